import type { TypeNames } from '../activity-types/type-names';
import type { ActivityWrite, WrittenColumn } from './activity-ports';
import type { ActivityRecord, EmployeeRef, FieldChange, NamedRef, TypeRef } from './activity-record';

/** The user-decided content of an activity, whether stored (a record) or about to be. */
export interface ActivityState extends Pick<ActivityRecord, 'organization' | WrittenColumn> {
  person: NamedRef;
  /** The outcome flags are known when the type was looked up (a form) or read with the record. */
  type: TypeRef & { askOutcome?: boolean; defaultDurationMinutes?: number };
  responsible: Pick<EmployeeRef, 'id' | 'slackUserId'>;
}

export function toWrite(state: ActivityState): ActivityWrite {
  return {
    personId: state.person.id,
    organizationId: state.organization?.id ?? null,
    typeId: state.type.id,
    subject: state.subject,
    status: state.status,
    startAt: state.startAt,
    endAt: state.endAt,
    dueAt: state.dueAt,
    completedAt: state.completedAt,
    responsibleId: state.responsible.id,
    notes: state.notes,
    isPrivate: state.isPrivate,
    recurrence: state.recurrence,
    remindLeadMinutes: state.remindLeadMinutes,
    remindAt: state.remindAt,
    outcomeAskAt: state.outcomeAskAt,
    outcomePostponed: state.outcomePostponed,
  };
}

type Shown = string | boolean | null;

/** Per history field: what identifies the value, how users read it, and a type's names. */
function describe(state: ActivityState): Record<string, { key: Shown; shown: Shown; names?: TypeNames }> {
  const same = (value: Shown) => ({ key: value, shown: value });
  const time = (value: Date | null) =>
    same(value ? new Date(Math.floor(value.getTime() / 1000) * 1000).toISOString() : null);
  return {
    person: { key: String(state.person.id), shown: state.person.name },
    organization: {
      key: state.organization ? String(state.organization.id) : null,
      shown: state.organization?.name ?? null,
    },
    type: { key: String(state.type.id), shown: state.type.names.en, names: state.type.names },
    subject: same(state.subject),
    status: same(state.status),
    start: time(state.startAt),
    end: time(state.endAt),
    responsible: same(state.responsible.slackUserId),
    notes: same(state.notes),
    private: same(state.isPrivate),
    // The series' rule (product §3.6): the history says when an activity began or stopped repeating.
    recurrence: same(state.recurrence),
    reminder: same(state.remindLeadMinutes === null ? null : String(state.remindLeadMinutes)),
  };
}

/** Every field that differs, with values as users read them (names, Slack ids, ISO times, status keys). */
export function changesBetween(before: ActivityState | null, after: ActivityState): FieldChange[] {
  const was = before ? describe(before) : null;
  return Object.entries(describe(after)).flatMap(([field, now]) => {
    const old = was?.[field];
    if (old && old.key === now.key) return [];
    if (!old && (now.shown === null || now.shown === false)) return [];
    const change: FieldChange = { field, from: old?.shown ?? null, to: now.shown };
    if (now.names) change.names = { from: old?.names ?? null, to: now.names };
    return [change];
  });
}
