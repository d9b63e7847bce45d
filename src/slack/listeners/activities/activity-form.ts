import type { ModalView } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { nameIn, typeNameIn } from '../../../domain/activity-types/type-names';
import { localDayOf } from '../../../domain/recurrence/occurrences';
import { InvalidRecurrence, parseRrule } from '../../../domain/recurrence/parse-rrule';
import { choiceOfForm, formOfRule, ruleOfChoice } from '../../../domain/recurrence/repeat-choice';
import { formatRrule } from '../../../domain/recurrence/repeat-rule';
import { asksSeriesScope } from '../../../domain/recurrence/series-scope';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import {
  type ActivityFormMetadata,
  type ActivityFormValues,
  activityModal,
  type FormRepeat,
} from '../../views/activities/activity-modal';
import { mention } from '../../views/activities/activity-parts';
import { conflictHints, conflictWarning } from '../../views/activities/conflict-hints';
import { ruleInWords } from '../../views/activities/repeat-text';
import { formatDateTime } from '../../views/format';
import type { ListenerDeps } from '../deps';

export interface FormViewer {
  viewer: Viewer;
  m: Messages;
}

/** A fresh *Log activity* form: start now, the user responsible. */
export function newFormValues(viewer: Viewer, now: Date): ActivityFormValues {
  return {
    person: null,
    linkableOrganization: null,
    linkOrganization: false,
    typeId: null,
    subject: '',
    status: 'NOT_STARTED',
    startAt: now,
    endAt: null,
    responsibleSlackUserId: viewer.slackUserId,
    notes: '',
    isPrivate: false,
    remindLeadMinutes: null,
  };
}

/**
 * The edit form of an activity, filled with its current values; *Repeat* shows its rule as a
 * choice taken from the start's day in `timeZone` (product §3.6).
 */
export function recordFormValues(record: ActivityRecord, timeZone: string): ActivityFormValues {
  const repeat = editableRepeat(record, timeZone);
  return {
    person: { id: record.person.id, name: record.person.name },
    linkableOrganization: null,
    linkOrganization: record.organization !== null,
    typeId: record.type.id,
    subject: record.subject,
    status: record.status,
    startAt: record.startAt,
    endAt: record.endAt,
    responsibleSlackUserId: record.responsible.slackUserId,
    notes: record.notes ?? '',
    isPrivate: record.isPrivate,
    remindLeadMinutes: record.remindLeadMinutes,
    ...(repeat ? { repeat } : {}),
    ...(asksSeriesScope(record) ? { scope: 'this' as const } : {}),
  };
}

/**
 * The edit form's *Repeat*: the stored rule as a choice, *As it is* for a rule no choice shows,
 * or *Never*. A done occurrence has no Repeat: its series has moved on to the next one.
 */
function editableRepeat(record: ActivityRecord, timeZone: string): FormRepeat | undefined {
  if (record.seriesId !== null && record.status === 'DONE') return undefined;
  if (record.recurrence === null) return { preset: 'never', count: null, until: null };
  const day = localDayOf(record.startAt, timeZone);
  try {
    const rule = parseRrule(record.recurrence, day);
    const form = formOfRule(rule, day);
    const shown = ruleOfChoice(choiceOfForm(form), day);
    return shown && formatRrule(shown) === formatRrule(rule) ? form : { preset: 'stored' };
  } catch (error) {
    if (error instanceof InvalidRecurrence) return { preset: 'stored' };
    throw error;
  }
}

/**
 * Draws the form for these values: the active types (and an edited activity's own
 * archived type), and the link checkbox when the chosen person belongs to an
 * organization — or the activity is already linked to one. After a save refused
 * because someone else saved first (`metadata.changed`), a warning with *Use
 * current values* on top, and under each field changed meanwhile who changed it and what it is now.
 */
export async function activityFormView(
  deps: ListenerDeps,
  who: FormViewer,
  {
    values,
    metadata,
    current = null,
    warning,
  }: {
    values: ActivityFormValues;
    metadata: ActivityFormMetadata;
    /** The edited activity as it is now. */
    current?: ActivityRecord | null;
    /** A line on top of the form, in place of the conflict warning. */
    warning?: string;
  },
): Promise<ModalView> {
  const { viewer, m } = who;
  const conflict = current && metadata.changed ? { record: current, changed: metadata.changed } : null;
  const [types, person, history] = await Promise.all([
    deps.activities.form.activeTypes(viewer.workspaceId),
    values.person ? deps.activities.form.person(viewer.workspaceId, values.person.id) : null,
    conflict && conflict.changed.length > 0 ? deps.activities.get.history(viewer, conflict.record) : [],
  ]);
  // Each type under its name in the viewer's language.
  const offered = types.map((type) => ({
    id: type.id,
    name: typeNameIn(type, viewer.locale),
    archived: type.archived,
  }));
  if (current && values.typeId === current.type.id && current.type.archived)
    offered.push({ id: current.type.id, name: nameIn(current.type.names, viewer.locale), archived: true });
  const keepsLink = current?.organization && current.person.id === values.person?.id;
  const linkableOrganization = keepsLink ? current.organization : (person?.organization ?? null);
  const footer = current
    ? `${m.activities.modal.editing(current.id)} · ${m.activities.modal.createdBy(
        current.creator ? mention(current.creator.slackUserId) : m.activities.detail.someone,
        formatDateTime(current.createdAt, viewer),
      )}`
    : undefined;
  return activityModal({
    m,
    values: {
      ...values,
      person: values.person && person ? { id: person.id, name: person.name } : values.person,
      linkableOrganization,
      linkOrganization: linkableOrganization !== null && values.linkOrganization,
    },
    types: offered,
    metadata,
    warning: warning ?? (conflict ? conflictWarning(m, viewer, conflict.record) : undefined),
    takeCurrent: conflict !== null,
    hints: conflict
      ? conflictHints(m, viewer, { record: conflict.record, history, changed: conflict.changed })
      : undefined,
    footer,
    asksScope: current !== null && asksSeriesScope(current),
    // Offered while the stored rule is one no choice shows, whatever is chosen now.
    ...(current?.recurrence && editableRepeat(current, viewer.timezone)?.preset === 'stored'
      ? { storedRule: ruleInWords(who, current.recurrence, current.startAt) }
      : {}),
  });
}
