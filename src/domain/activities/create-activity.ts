import type { SeriesKeeper } from '../recurrence/series-keeper';
import { outcomeMoment, reminderMoment } from '../reminders/reminder-rules';
import type { Transaction, WithinTransaction } from '../transaction';
import type { ActivityInput } from './activity-input';
import type { KnownRelations } from './activity-ports';
import type { ActivityRecord, ActivitySource, EmployeeRef } from './activity-record';
import { type ActivityState, changesBetween, toWrite } from './activity-state';
import type { ActivityWriteDeps } from './activity-write-deps';
import { assignmentNotice, othersAffected, type SavedActivity } from './assignment-notice';
import type { ActingContext, KnownReferences, ResolvedActivity } from './resolve-activity-input';
import { applyTimingRules } from './timing-rules';

export interface CreateOptions {
  source?: ActivitySource;
  /** The Slack message the activity was logged from. */
  permalink?: string | null;
  /**
   * Set when no employee acts (an API token): the creator stays empty and the
   * history names this label instead. `acting.viewer` then only scopes visibility.
   */
  actorLabel?: string;
  /** Work that commits with the new activity or not at all (the API's idempotent answer). */
  alongside?: WithinTransaction<ActivityRecord>;
  /** Person and type the caller read already (the API's look-up), so they are not read again. */
  known?: KnownReferences;
  /** The input as the caller already read and checked it (a plan launch checks every step before writing any). */
  checked?: ResolvedActivity;
  /** Writes inside the caller's transaction (a plan launch creates all its activities in one). */
  within?: Transaction;
}

/** Logs a new activity (product §3.1–3.3): defaults filled, every field checked, history started. */
export class CreateActivity {
  constructor(private readonly deps: ActivityWriteDeps) {}

  /** Saves the activity and says whom to tell that it is now theirs. */
  async execute(
    acting: ActingContext,
    input: ActivityInput,
    options: CreateOptions = {},
  ): Promise<SavedActivity> {
    const now = this.deps.clock.now();
    const resolved =
      options.checked ??
      (await this.deps.resolver.resolve(acting, input, { current: null, now, known: options.known }));
    const state = newActivityState(resolved, now);
    const creatorId = options.actorLabel === undefined ? acting.viewer.employeeId : null;
    // product §3.6: a repeating activity is the first occurrence of its series, made with it.
    let started: Awaited<ReturnType<SeriesKeeper['start']>> | undefined;
    const rule = state.recurrence;
    const alongside: WithinTransaction<ActivityRecord> | undefined =
      rule === null
        ? options.alongside
        : async (tx, written) => {
            started = await this.deps.series.start(tx, written, {
              rule,
              timeZone: resolved.timeZone,
              by: { employeeId: creatorId, label: options.actorLabel ?? null, at: now },
            });
            await options.alongside?.(tx, { ...written, seriesId: started.series.id });
          };
    const created = await this.deps.activities.create(
      {
        ...toWrite(state),
        workspaceId: acting.workspace.id,
        creatorId,
        actorLabel: options.actorLabel ?? null,
        source: options.source ?? 'SLACK',
        permalink: options.permalink ?? null,
      },
      {
        changes: changesBetween(null, state),
        at: now,
        alongside,
        known: knownRelations(resolved, creatorId),
        within: options.within,
      },
    );
    const record = started ? { ...created, seriesId: started.series.id } : created;
    return {
      record,
      ...(started?.next !== undefined ? { nextOccurrence: started.next } : {}),
      tell: assignmentNotice(acting.viewer, null, record),
      affected: othersAffected(acting.viewer, null, record),
    };
  }
}

/**
 * A new activity as it is stored: due and completion from the timing rules, and its first
 * reminder and outcome prompt (product §5.4, §5.5) from its start, lead and type.
 */
export function newActivityState(resolved: ResolvedActivity, now: Date): ActivityState {
  const timed = { ...resolved, ...applyTimingRules(resolved, null, now) };
  return {
    ...timed,
    remindAt: reminderMoment(timed, null, { now, timezone: resolved.responsible.timezone }),
    ...outcomeMoment(timed, null, now),
  };
}

const employeeRef = (employee: EmployeeRef): EmployeeRef => ({
  id: employee.id,
  slackUserId: employee.slackUserId,
  name: employee.name,
});

/**
 * The new record's relations as just resolved, when all are at hand: an API token
 * creates without a creator, and one logging their own activity is its responsible.
 * Otherwise (logging for a colleague) undefined, and the record is read back.
 */
function knownRelations(resolved: ResolvedActivity, creatorId: number | null): KnownRelations | undefined {
  const responsible = employeeRef(resolved.responsible);
  if (creatorId !== null && creatorId !== responsible.id) return undefined;
  const { person, type } = resolved;
  return {
    person: {
      id: person.id,
      name: person.name,
      organization: person.organization
        ? { id: person.organization.id, name: person.organization.name }
        : null,
    },
    organization: resolved.organization
      ? { id: resolved.organization.id, name: resolved.organization.name }
      : null,
    type,
    responsible,
    creator: creatorId === null ? null : responsible,
  };
}
