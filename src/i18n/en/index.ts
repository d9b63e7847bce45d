import { access } from './access';
import { activities } from './activities';
import { admin } from './admin';
import { api } from './api';
import { contacts } from './contacts';
import { core } from './core';
import { digests } from './digests';
import { faults } from './faults';
import { home } from './home';
import { imports } from './imports';
import { plans } from './plans';
import { privacy } from './privacy';
import { recurrence } from './recurrence';
import { reminders } from './reminders';
import { settings } from './settings';
import { stats } from './stats';
import { teams } from './teams';
import { workspace } from './workspace';

/**
 * English. Each part of the app keeps its strings in a file of its own here and
 * in ../sv; the types make both languages carry the same keys.
 */
export const en = {
  ...core,
  contacts,
  activities,
  admin,
  home,
  settings,
  teams,
  digests,
  reminders,
  stats,
  api,
  imports,
  privacy,
  access,
  faults,
  workspace,
  recurrence,
  plans,
};

export type Messages = typeof en;
