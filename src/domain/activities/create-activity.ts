import type { Clock } from '../clock';
import { outcomeMoment, reminderMoment } from '../reminders/reminder-rules';
import type { WithinTransaction } from '../transaction';
import type { ActivityInput } from './activity-input';
import type { Activities } from './activity-ports';
import type { ActivityRecord, ActivitySource } from './activity-record';
import { type ActivityState, changesBetween, toWrite } from './activity-state';
import { assignmentNotice, othersAffected, type SavedActivity } from './assignment-notice';
import type { ActingContext, ActivityInputResolver } from './resolve-activity-input';
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
}

/** Logs a new activity (product §3.1–3.3): defaults filled, every field checked, history started. */
export class CreateActivity {
  constructor(
    private readonly activities: Activities,
    private readonly resolver: ActivityInputResolver,
    private readonly clock: Clock,
  ) {}

  async execute(
    acting: ActingContext,
    input: ActivityInput,
    options: CreateOptions = {},
  ): Promise<ActivityRecord> {
    return (await this.save(acting, input, options)).record;
  }

  /** As `execute`, and says whom to tell that the activity is now theirs. */
  async save(
    acting: ActingContext,
    input: ActivityInput,
    options: CreateOptions = {},
  ): Promise<SavedActivity> {
    const now = this.clock.now();
    const resolved = await this.resolver.resolve(acting, input, null, now);
    const timed = { ...resolved, ...applyTimingRules(resolved, null, now) };
    const state: ActivityState = {
      ...timed,
      remindAt: reminderMoment(timed, null, now, resolved.responsible.timezone),
      ...outcomeMoment(timed, null, now),
    };
    const record = await this.activities.create(
      {
        ...toWrite(state),
        workspaceId: acting.workspace.id,
        creatorId: options.actorLabel === undefined ? acting.viewer.employeeId : null,
        actorLabel: options.actorLabel ?? null,
        source: options.source ?? 'SLACK',
        permalink: options.permalink ?? null,
      },
      changesBetween(null, state),
      now,
      options.alongside,
    );
    return {
      record,
      tell: assignmentNotice(acting.viewer, null, record),
      affected: othersAffected(acting.viewer, null, record),
    };
  }
}
