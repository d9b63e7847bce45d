import type { ActivityServices } from '../../domain/activities/activity-services';
import type { ActivityTypeAdmin } from '../../domain/activity-types/activity-type-admin';
import type { ApiTokenAdmin } from '../../domain/api-tokens/token-admin';
import type { Clock } from '../../domain/clock';
import type { ContactServices } from '../../domain/contacts/contact-services';
import type { EmployeeService } from '../../domain/employees/employee-service';
import type { UpdateSettings } from '../../domain/employees/update-settings';
import type { PlanServices } from '../../domain/plans/plan-services';
import type { PrivacyServices } from '../../domain/privacy/privacy-services';
import type { DeliverAssignment } from '../../domain/reminders/deliver-assignment';
import type { PostponeOutcome } from '../../domain/reminders/postpone-outcome';
import type { RecordOutcome } from '../../domain/reminders/record-outcome';
import type { RescheduleActivity } from '../../domain/reminders/reschedule-activity';
import type { SnoozeReminder } from '../../domain/reminders/snooze-reminder';
import type { StatsServices } from '../../domain/stats/stats-services';
import type { TeamAdmin } from '../../domain/teams/team-admin';
import type { TeamLeadOverview } from '../../domain/teams/team-lead-overview';
import type { WorkspaceSettingsAdmin } from '../../domain/workspaces/workspace-settings-admin';
import type { DigestListenerDeps } from '../digests/digest-listener-deps';
import type { ReminderRedrawer } from '../reminders/reminder-redrawer';
import type { SlackNoticeMessenger } from '../reminders/slack-notice-messenger';
import type { HomeNotice } from './home/home-notice';
import type { HomeRefresher } from './home/home-refresher';

/** The services listeners call, built once in the composition root (src/app.ts). */
export interface ListenerDeps {
  clock: Clock;
  employees: EmployeeService;
  contacts: ContactServices;
  activityTypeAdmin: ActivityTypeAdmin;
  activities: ActivityServices;
  settings: UpdateSettings;
  teamLeadOverview: TeamLeadOverview;
  teamAdmin: TeamAdmin;
  /** Redrawing a daily digest after a button in it was pressed. */
  digests: DigestListenerDeps;
  /** `/activity stats` and `/activity export` (product §6). */
  stats: StatsServices;
  /** Export and erasure of a person's data in `/activity admin` (product §8). */
  privacy: PrivacyServices;
  /** Activity plans (product §3.7): `/activity admin` → Plans, and launching one on a person. */
  plans: PlanServices;
  /** API tokens in `/activity admin` (product §7.1). */
  apiTokens: ApiTokenAdmin;
  /**
   * Language, time zone, holiday country and working hours of the workspace, and whether
   * multi-channel guests may use Touchbase (product §1), in `/activity admin`.
   */
  workspaceSettings: WorkspaceSettingsAdmin;
  /** Everyone's Homes (the actor's own too), redrawn after changes that touch them, bursts folded per person. */
  homes: HomeRefresher<HomeNotice>;
  /** Reminders before activities (product §5.4): their own snooze, and redrawing sent ones after a change. */
  reminders: {
    snooze: SnoozeReminder;
    redraw: ReminderRedrawer;
    /** "How did it go?" (product §5.5): *Done…*, *Not yet*, *Reschedule*. */
    recordOutcome: RecordOutcome;
    postponeOutcome: PostponeOutcome;
    reschedule: RescheduleActivity;
    /** Assignment messages, held outside working time and folded within two minutes (product §5.6). */
    assignments: DeliverAssignment;
    /** Folded messages, drawn again whole when one of their buttons is pressed. */
    folds: SlackNoticeMessenger;
  };
}
