import { core } from './core';

/**
 * English. Each part of the app keeps its strings in a file of its own here and
 * in ../sv; the types make both languages carry the same keys.
 */
export const en = {
  ...core,
};

export type Messages = typeof en;
