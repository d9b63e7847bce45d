import { localDayOf } from '../recurrence/occurrences';
import { parseRrule } from '../recurrence/parse-rrule';
import { ruleMovedWithStart } from '../recurrence/repeat-choice';
import { formatRrule } from '../recurrence/repeat-rule';
import type { SeriesScope } from '../recurrence/series-scope';
import type { WithinTransaction } from '../transaction';
import { ActivityNotFoundError, ConflictError } from './activity-errors';
import type { ActivityInput } from './activity-input';
import type { ActivityRecord } from './activity-record';
import { visibleTo } from './activity-visibility';
import type { ActivityWriteDeps } from './activity-write-deps';
import { assignmentNotice, othersAffected, type SavedActivity } from './assignment-notice';
import type { ActingContext, ResolvedActivity } from './resolve-activity-input';
import { saveActivityChange } from './save-activity-change';
import { applyTimingRules } from './timing-rules';

function both(
  first: WithinTransaction<ActivityRecord> | undefined,
  then: WithinTransaction<ActivityRecord> | undefined,
): WithinTransaction<ActivityRecord> | undefined {
  if (!first || !then) return first ?? then;
  return async (tx, written) => {
    await first(tx, written);
    await then(tx, written);
  };
}

/**
 * "This and following" that moves the start to another day moves a rule taken from the start
 * along (weekly on Tuesdays becomes weekly on Thursdays); the count of occurrences goes on.
 */
function movedWithStart(
  current: ActivityRecord,
  resolved: ResolvedActivity,
  scope: SeriesScope,
): ResolvedActivity {
  const rule = current.recurrence;
  if (scope !== 'following' || rule === null || resolved.recurrenceChanged || current.seriesId === null)
    return resolved;
  const from = localDayOf(current.startAt, resolved.timeZone);
  const to = localDayOf(resolved.startAt, resolved.timeZone);
  const moved = formatRrule(ruleMovedWithStart(parseRrule(rule, from), from, to));
  return moved === rule ? resolved : { ...resolved, recurrence: moved };
}

/**
 * Edits an activity the user can see. `version` is the one their form was built
 * from: when someone saved since, the edit is refused with the current values
 * (product §3.2) and nothing is overwritten.
 */
export class UpdateActivity {
  constructor(private readonly deps: ActivityWriteDeps) {}

  /**
   * Saves the edit and says whom to tell when the activity changed hands. For an occurrence
   * of a series (product §3.6), `scope` says whether the edit is *This one* (the default) or
   * *This and following*; a changed rule always applies to the series.
   */
  async execute(
    acting: ActingContext,
    edit: { id: number; version: number; input: ActivityInput; scope?: SeriesScope },
    options: {
      /** When no employee acts (an API token): the history names this label. */
      actorLabel?: string;
      /** Work that commits with the change or not at all (the API's idempotent answer). */
      alongside?: WithinTransaction<ActivityRecord>;
    } = {},
  ): Promise<SavedActivity> {
    const { id, version, input } = edit;
    const { activities, clock } = this.deps;
    const current = await activities.find(visibleTo(acting.viewer), id);
    if (!current) throw new ActivityNotFoundError(id);
    if (current.version !== version) throw new ConflictError(current);
    const now = clock.now();
    const scope = edit.scope ?? 'this';
    const resolved = movedWithStart(
      current,
      await this.deps.resolver.resolve(acting, input, { current, now }),
      scope,
    );
    let seriesId = current.seriesId;
    const seriesWork = this.seriesWork({
      current,
      resolved,
      scope,
      by: {
        employeeId: options.actorLabel === undefined ? acting.viewer.employeeId : null,
        label: options.actorLabel ?? null,
        at: now,
      },
      started: (id) => {
        seriesId = id;
      },
    });
    const saved = await saveActivityChange(activities, acting.viewer, {
      current,
      next: {
        ...resolved,
        ...applyTimingRules(resolved, current, now),
        remindAt: current.remindAt,
        outcomeAskAt: current.outcomeAskAt,
        outcomePostponed: current.outcomePostponed,
      },
      now,
      actorLabel: options.actorLabel,
      alongside: both(seriesWork, options.alongside),
      series: this.deps.series,
    });
    const { nextOccurrence, ...stored } = saved;
    const record = { ...stored, seriesId };
    return {
      record,
      tell: assignmentNotice(acting.viewer, current.responsible.id, record),
      affected: othersAffected(acting.viewer, current.responsible, record),
      ...(nextOccurrence !== undefined ? { nextOccurrence } : {}),
    };
  }

  /** What the edit does to the series, in the edit's transaction. */
  private seriesWork(edit: {
    current: ActivityRecord;
    resolved: ResolvedActivity;
    scope: SeriesScope;
    by: { employeeId: number | null; label: string | null; at: Date };
    started: (seriesId: number) => void;
  }): WithinTransaction<ActivityRecord> | undefined {
    const { current, resolved, by } = edit;
    const series = this.deps.series;
    const repeating = current.seriesId !== null && current.recurrence !== null;
    const rule = resolved.recurrence;
    const spec = { timeZone: resolved.timeZone, ruleChanged: resolved.recurrenceChanged };
    if (resolved.recurrenceChanged && rule === null) {
      const { seriesId } = current;
      return repeating && seriesId !== null ? (tx) => series.end(tx, seriesId, by.at) : undefined;
    }
    if (resolved.recurrenceChanged && rule !== null && !repeating) {
      return async (tx, written) => {
        const { series: made } = await series.start(tx, written, { rule, timeZone: resolved.timeZone, by });
        edit.started(made.id);
      };
    }
    if (rule !== null && repeating && (resolved.recurrenceChanged || edit.scope === 'following')) {
      return (tx, written) => series.follow(tx, written, { ...spec, rule });
    }
    return undefined;
  }
}
