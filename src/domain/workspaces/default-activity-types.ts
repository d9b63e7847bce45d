import { messages } from '../../i18n';
import type { NewActivityType } from './workspace-ports';

type TypeKey = keyof ReturnType<typeof messages>['activityTypes'];

/**
 * product §3.5: the types a new workspace starts with. Planned contacts (outgoing
 * calls, meetings, visits) suggest a follow-up; a follow-up is due in 2 working days.
 */
const DEFAULTS: { key: TypeKey; defaultDueDays: number | null; followUpKey: TypeKey | null }[] = [
  { key: 'INCOMING_CALL', defaultDueDays: null, followUpKey: 'FOLLOW_UP' },
  { key: 'OUTGOING_CALL', defaultDueDays: null, followUpKey: 'FOLLOW_UP' },
  { key: 'MEETING', defaultDueDays: null, followUpKey: 'FOLLOW_UP' },
  { key: 'EMAIL', defaultDueDays: null, followUpKey: 'FOLLOW_UP' },
  { key: 'SMS', defaultDueDays: null, followUpKey: 'FOLLOW_UP' },
  { key: 'VISIT', defaultDueDays: null, followUpKey: 'FOLLOW_UP' },
  { key: 'FOLLOW_UP', defaultDueDays: 2, followUpKey: 'FOLLOW_UP' },
];

/** The starting types, each named in both languages (the migration names them the same way). */
export function defaultActivityTypes(): NewActivityType[] {
  const en = messages('en').activityTypes;
  const sv = messages('sv').activityTypes;
  return DEFAULTS.map((type, index) => ({
    ...type,
    nameEn: en[type.key],
    nameSv: sv[type.key],
    position: index + 1,
  }));
}
