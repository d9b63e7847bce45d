import type { Messages } from '../../i18n';
import type { ActivityType } from '../activity-types/activity-type';
import { typeNames } from '../activity-types/type-names';
import type { Employee } from '../employees/employee';
import type { EmployeeService } from '../employees/employee-service';
import { describeProblem } from '../recurrence/describe-rule';
import { localDayOf, seriesTimeZone } from '../recurrence/occurrences';
import { InvalidRecurrence, parseRrule } from '../recurrence/parse-rrule';
import { choiceOfForm, keepsRule, type RepeatChoice, ruleOfChoice } from '../recurrence/repeat-choice';
import { formatRrule } from '../recurrence/repeat-rule';
import { isReminderLead } from '../reminders/reminder-rules';
import { type FieldMessages, ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import { type ActivityField, type ActivityInput, NOTES_MAX, SUBJECT_MAX } from './activity-input';
import type { ActivityTypeCatalog, PersonSummaries, PersonSummary } from './activity-ports';
import { ACTIVITY_STATUSES, type ActivityRecord, type NamedRef } from './activity-record';
import { sameSecond } from './timing-rules';

/** Who acts, in which workspace. */
export interface ActingContext {
  workspace: Workspace;
  viewer: Viewer;
}

/** Input checked against the register: every reference found and allowed. */
/** `type` comes with its key and whether archived: a new record is made from it without reading it back. */
export interface ResolvedActivity
  extends Pick<
    ActivityRecord,
    'organization' | 'subject' | 'status' | 'startAt' | 'endAt' | 'notes' | 'isPrivate' | 'remindLeadMinutes'
  > {
  /** With the outcome flags (product §5.5): the reminder and outcome moments are derived from them. */
  type: ActivityRecord['type'] & { askOutcome: boolean; defaultDurationMinutes: number };
  person: PersonSummary;
  endSetByThisEdit: boolean;
  responsible: Employee;
  /** The canonical RRULE the activity repeats by (product §3.6), or null. */
  recurrence: string | null;
  /** Whether this input changed the rule (started, changed or stopped it). */
  recurrenceChanged: boolean;
  /** The zone a series keeps its times in: the responsible's. */
  timeZone: string;
}

type Errors = FieldMessages<ActivityField>;
type Text = (m: Messages) => string;

const isValidDate = (value: Date) => !Number.isNaN(value.getTime());
const characters = (value: string) => [...value].length;

/** Responsible must be a human member of this workspace (product §1). */
function responsibleProblem(employee: Employee): Text | undefined {
  if (employee.isBot) return (m) => m.activities.errors.responsibleBot;
  if (employee.isDeleted) return (m) => m.activities.errors.responsibleDeactivated;
  if (employee.isForeign) return (m) => m.activities.errors.responsibleForeign;
  if (employee.isRestricted) return (m) => m.activities.errors.responsibleGuest;
  return undefined;
}

/** Person and type already read by the caller (with the same ids), so they are not read again. */
export interface KnownReferences {
  person?: PersonSummary;
  type?: ActivityType;
}

/** What the input's references turned out to be: null when not found. */
export interface FoundReferences {
  person: PersonSummary | null;
  type: ActivityType | null;
  responsible: { employee: Employee | null; problem?: Text };
}

/**
 * product §3.1 and 3.3, once the references are read: checks every field and reports
 * all problems at once. Pure, so a batch can read its references together and
 * check each item the same way.
 */
export function checkActivityInput(
  found: FoundReferences,
  input: ActivityInput,
  { current, now }: { current: ActivityRecord | null; now: Date },
): ResolvedActivity {
  const errors: Errors = {};
  const pick = <T>(given: T | undefined, kept: T) => (given === undefined ? kept : given);
  const { person, type, responsible } = found;
  const personId = pick(input.personId, current?.person.id ?? null);
  const typeId = pick(input.typeId, current?.type.id ?? null);

  if (personId === null) errors.person = (m) => m.activities.errors.personRequired;
  else if (!person) errors.person = (m) => m.activities.errors.personUnknown;
  else if (person.archived && person.id !== current?.person.id)
    errors.person = (m) => m.activities.errors.personArchived;

  if (typeId === null) errors.type = (m) => m.activities.errors.typeRequired;
  else if (!type) errors.type = (m) => m.activities.errors.typeUnknown;
  else if (type.archived && type.id !== current?.type.id)
    errors.type = (m) => m.activities.errors.typeArchived;

  const subject = (pick(input.subject, current?.subject ?? null) ?? '').trim();
  if (subject === '') errors.subject = (m) => m.activities.errors.subjectRequired;
  else if (characters(subject) > SUBJECT_MAX)
    errors.subject = (m) => m.activities.errors.subjectTooLong(SUBJECT_MAX, characters(subject));

  const status = pick(input.status, current?.status ?? 'NOT_STARTED');
  if (!ACTIVITY_STATUSES.includes(status)) errors.status = (m) => m.activities.errors.statusUnknown;

  const startAt = pick(input.startAt, current?.startAt ?? now) ?? (current ? null : now);
  if (startAt === null) errors.start = (m) => m.activities.errors.startRequired;
  else if (!isValidDate(startAt)) errors.start = (m) => m.activities.errors.timeInvalid;

  const endAt = pick(input.endAt, current?.endAt ?? null);
  if (endAt !== null && !isValidDate(endAt)) errors.end = (m) => m.activities.errors.timeInvalid;
  else if (endAt !== null && startAt !== null && isValidDate(startAt) && endAt < startAt)
    errors.end = (m) => m.activities.errors.endBeforeStart;

  if (responsible.problem) errors.responsible = responsible.problem;
  else if (responsible.employee && responsible.employee.slackUserId !== current?.responsible.slackUserId) {
    const problem = responsibleProblem(responsible.employee);
    if (problem) errors.responsible = problem;
  }

  const notes = (pick(input.notes, current?.notes ?? null) ?? '').trim();
  if (characters(notes) > NOTES_MAX)
    errors.notes = (m) => m.activities.errors.notesTooLong(NOTES_MAX, characters(notes));

  const timeZone = seriesTimeZone(responsible.employee?.timezone ?? '', 'UTC');
  const kept = current?.recurrence ?? null;
  let recurrence = kept;
  const ruleText = input.recurrence === undefined ? undefined : (input.recurrence ?? '').trim();
  if (ruleText === '' || input.repeat?.preset === 'never') recurrence = null;
  else if ((ruleText !== undefined || input.repeat) && startAt !== null && isValidDate(startAt)) {
    try {
      const day = localDayOf(startAt, timeZone);
      const choice = input.repeat ? choiceOfForm(input.repeat) : null;
      const chosen = choice ? ruleOfChoice(choice, day) : null;
      recurrence =
        choice && current && keptByForm(choice, current, timeZone)
          ? kept
          : formatRrule(parseRrule(chosen ? formatRrule(chosen) : (ruleText ?? ''), day));
    } catch (error) {
      if (!(error instanceof InvalidRecurrence)) throw error;
      errors.recurrence = (m) => describeProblem(m, error.problem);
    }
  }
  // A new activity takes its type's lead unless the form says otherwise; an edit keeps its own.
  const remindLeadMinutes =
    input.remindLeadMinutes !== undefined
      ? input.remindLeadMinutes
      : current
        ? current.remindLeadMinutes
        : (type?.reminderLeadMinutes ?? null);
  if (remindLeadMinutes !== null && !isReminderLead(remindLeadMinutes))
    errors.remind = (m) => m.reminders.errors.lead;

  if (Object.keys(errors).length > 0 || !person || !type || !responsible.employee || !startAt)
    throw new ValidationError<ActivityField>(errors);

  const link = input.linkOrganization ?? current?.organization != null;
  return {
    person,
    organization: organizationOf(link, person, current),
    type: {
      id: type.id,
      names: typeNames(type),
      key: type.key,
      archived: type.archived,
      askOutcome: type.askOutcome,
      defaultDurationMinutes: type.defaultDurationMinutes,
    },
    subject,
    status,
    startAt,
    endAt,
    endSetByThisEdit: input.endAt != null && !sameSecond(input.endAt, current?.endAt ?? null),
    responsible: responsible.employee,
    notes: notes === '' ? null : notes,
    isPrivate: pick(input.isPrivate, current?.isPrivate ?? false),
    recurrence,
    recurrenceChanged: recurrence !== kept,
    timeZone,
    remindLeadMinutes,
  };
}

/**
 * The edit form shows the stored rule as a choice taken from the activity's start; left as it
 * was, the rule stays exactly as stored (a rule from the API no choice shows, or a preset whose
 * start moved for this occurrence only).
 */
function keptByForm(choice: RepeatChoice, current: ActivityRecord, timeZone: string): boolean {
  if (current.recurrence === null) return false;
  const day = localDayOf(current.startAt, timeZone);
  try {
    return keepsRule(choice, parseRrule(current.recurrence, day), day);
  } catch (error) {
    if (error instanceof InvalidRecurrence) return false;
    throw error;
  }
}

/** The organization stays as stored while the person stays: a later move does not move old activities. */
function organizationOf(
  link: boolean,
  person: PersonSummary,
  current: ActivityRecord | null,
): NamedRef | null {
  if (!link) return null;
  if (current?.organization && current.person.id === person.id) return current.organization;
  return person.organization ? { id: person.organization.id, name: person.organization.name } : null;
}

/**
 * Reads what the input refers to and checks it (checkActivityInput). References
 * an existing activity already holds (an archived type or person, a responsible who
 * has since left) stay acceptable, so old activities remain editable.
 */
export class ActivityInputResolver {
  constructor(
    private readonly persons: PersonSummaries,
    private readonly types: ActivityTypeCatalog,
    private readonly employees: EmployeeService,
  ) {}

  async resolve(
    acting: ActingContext,
    input: ActivityInput,
    { current, now, known = {} }: { current: ActivityRecord | null; now: Date; known?: KnownReferences },
  ): Promise<ResolvedActivity> {
    const pick = <T>(given: T | undefined, kept: T) => (given === undefined ? kept : given);
    const personId = pick(input.personId, current?.person.id ?? null);
    const typeId = pick(input.typeId, current?.type.id ?? null);
    const responsibleId = pick(
      input.responsibleSlackUserId,
      current?.responsible.slackUserId ?? acting.viewer.slackUserId,
    );
    const [{ person, type }, responsible] = await Promise.all([
      this.personAndType(acting.workspace.id, { personId, typeId, known }),
      this.responsible(acting, responsibleId ?? (current ? null : acting.viewer.slackUserId)),
    ]);
    return checkActivityInput({ person, type, responsible }, input, { current, now });
  }

  /** Both in one statement when neither is at hand (a saved form), else only what is missing. */
  private async personAndType(
    workspaceId: number,
    { personId, typeId, known }: { personId: number | null; typeId: number | null; known: KnownReferences },
  ): Promise<Pick<FoundReferences, 'person' | 'type'>> {
    const knownPerson = personId !== null && known.person?.id === personId ? known.person : undefined;
    const knownType = typeId !== null && known.type?.id === typeId ? known.type : undefined;
    if (personId !== null && typeId !== null && !knownPerson && !knownType)
      return this.persons.findWithType(workspaceId, { personId, typeId });
    const [person, type] = await Promise.all([
      personId === null ? null : (knownPerson ?? this.persons.find(workspaceId, personId)),
      typeId === null ? null : (knownType ?? this.types.findById(workspaceId, typeId)),
    ]);
    return { person, type };
  }

  private async responsible(
    acting: ActingContext,
    slackUserId: string | null,
  ): Promise<{ employee: Employee | null; problem?: Text }> {
    if (slackUserId === null || slackUserId.trim() === '')
      return { employee: null, problem: (m) => m.activities.errors.responsibleRequired };
    return responsibleFound(await this.employees.resolve(acting.workspace, slackUserId));
  }
}

/** The responsible as read: unknown when nobody was found. */
export function responsibleFound(employee: Employee | null): FoundReferences['responsible'] {
  if (!employee) return { employee: null, problem: (m) => m.activities.errors.responsibleUnknown };
  return { employee };
}
