import type { Clock } from '../clock';
import type { WithinTransaction } from '../transaction';
import { ActivityNotFoundError, ConflictError } from './activity-errors';
import type { ActivityInput } from './activity-input';
import type { Activities } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { visibleTo } from './activity-visibility';
import { assignmentNotice, othersAffected, type SavedActivity } from './assignment-notice';
import type { ActingContext, ActivityInputResolver } from './resolve-activity-input';
import { saveActivityChange } from './save-activity-change';
import { applyTimingRules } from './timing-rules';

/**
 * Edits an activity the user can see. `version` is the one their form was built
 * from: when someone saved since, the edit is refused with the current values
 * (product §3.2) and nothing is overwritten.
 */
export class UpdateActivity {
  constructor(
    private readonly activities: Activities,
    private readonly resolver: ActivityInputResolver,
    private readonly clock: Clock,
  ) {}

  /** Saves the edit and says whom to tell when the activity changed hands. */
  async execute(
    acting: ActingContext,
    edit: { id: number; version: number; input: ActivityInput },
    options: {
      /** When no employee acts (an API token): the history names this label. */
      actorLabel?: string;
      /** Work that commits with the change or not at all (the API's idempotent answer). */
      alongside?: WithinTransaction<ActivityRecord>;
    } = {},
  ): Promise<SavedActivity> {
    const { id, version, input } = edit;
    const current = await this.activities.find(visibleTo(acting.viewer), id);
    if (!current) throw new ActivityNotFoundError(id);
    if (current.version !== version) throw new ConflictError(current);
    const now = this.clock.now();
    const resolved = await this.resolver.resolve(acting, input, { current, now });
    const record = await saveActivityChange(this.activities, acting.viewer, {
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
      alongside: options.alongside,
    });
    return {
      record,
      tell: assignmentNotice(acting.viewer, current.responsible.id, record),
      affected: othersAffected(acting.viewer, current.responsible, record),
    };
  }
}
