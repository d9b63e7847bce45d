import type { Messages } from '../en';
import { core } from './core';

/** Svenska: samma delar och nycklar som ../en. */
export const sv: Messages = {
  ...core,
};
