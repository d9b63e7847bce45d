import { messages } from '../../i18n';
import type { NewActivityType } from './workspace-ports';

type TypeKey = keyof ReturnType<typeof messages>['activityTypes'];

/**
 * product §3.5: the types a new workspace starts with. Planned contacts (outgoing
 * calls, meetings, visits) suggest a follow-up; a follow-up is due in 2 working days.
 * Meetings and visits remind 15 minutes before, outgoing calls 5 (product §5.4; the
 * reminders migration gives existing workspaces the same).
 */
const DEFAULTS: {
  key: TypeKey;
  defaultDueDays: number | null;
  followUpKey: TypeKey | null;
  reminderLeadMinutes: number | null;
}[] = [
  { key: 'INCOMING_CALL', defaultDueDays: null, followUpKey: 'FOLLOW_UP', reminderLeadMinutes: null },
  { key: 'OUTGOING_CALL', defaultDueDays: null, followUpKey: 'FOLLOW_UP', reminderLeadMinutes: 5 },
  { key: 'MEETING', defaultDueDays: null, followUpKey: 'FOLLOW_UP', reminderLeadMinutes: 15 },
  { key: 'EMAIL', defaultDueDays: null, followUpKey: 'FOLLOW_UP', reminderLeadMinutes: null },
  { key: 'SMS', defaultDueDays: null, followUpKey: 'FOLLOW_UP', reminderLeadMinutes: null },
  { key: 'VISIT', defaultDueDays: null, followUpKey: 'FOLLOW_UP', reminderLeadMinutes: 15 },
  { key: 'FOLLOW_UP', defaultDueDays: 2, followUpKey: 'FOLLOW_UP', reminderLeadMinutes: null },
];

/** Meetings and visits ask how they went afterwards (product §5.5). */
const ASKS_OUTCOME: TypeKey[] = ['MEETING', 'VISIT'];

/** The starting types, each named in both languages (the migration names them the same way). */
export function defaultActivityTypes(): NewActivityType[] {
  const en = messages('en').activityTypes;
  const sv = messages('sv').activityTypes;
  return DEFAULTS.map((type, index) => ({
    ...type,
    askOutcome: ASKS_OUTCOME.includes(type.key),
    nameEn: en[type.key],
    nameSv: sv[type.key],
    position: index + 1,
  }));
}
