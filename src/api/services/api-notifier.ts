import type { SavedActivity } from '../../domain/activities/assignment-notice';
import type { Workspace } from '../../domain/workspaces/workspace';

/**
 * Tells Slack about an activity the API saved: a DM to a new responsible
 * (product §5.1) and a fresh App Home for those affected. Runs after the answer,
 * never failing the request; `idle()` lets shutdown and tests wait for it.
 */
export interface ApiNotifier {
  saved(workspace: Workspace, saved: SavedActivity, actorLabel: string): void;
  idle(): Promise<void>;
}
