import type { WebClient } from '@slack/web-api';
import type { PlainSql } from '../db/plain-sql';
import { ActivityRepository } from '../db/repositories/activity-repository';
import { ActivityTypeRepository } from '../db/repositories/activity-type-repository';
import { DigestRecipientRepository } from '../db/repositories/digest-recipient-repository';
import { ReminderDeliveryRepository } from '../db/repositories/reminder-delivery-repository';
import type { ActivityServices } from '../domain/activities/activity-services';
import { DeliverAssignment } from '../domain/reminders/deliver-assignment';
import { PostponeOutcome } from '../domain/reminders/postpone-outcome';
import { RecordOutcome } from '../domain/reminders/record-outcome';
import { RescheduleActivity } from '../domain/reminders/reschedule-activity';
import { SnoozeReminder } from '../domain/reminders/snooze-reminder';
import type { PrismaClient } from '../generated/prisma/client';
import { createReminderJob, type ReminderJobDeps } from '../jobs/reminder-job';
import type { ListenerDeps } from '../slack/listeners/deps';
import { ReminderRedrawer } from '../slack/reminders/reminder-redrawer';
import { SlackNoticeMessenger } from '../slack/reminders/slack-notice-messenger';

/**
 * Reminders, outcome prompts and assignment messages (product §5.4–5.6) wired together:
 * one store of deliveries shared by the job that sends them, the redrawer that keeps
 * sent ones true, and the use cases behind their buttons.
 */
export function wireReminders({
  prisma,
  plain,
  activities,
  job,
  clientFor,
  slackTeamIdOf,
  assignmentDrawIntervalMs,
}: {
  prisma: PrismaClient;
  plain: PlainSql;
  activities: ActivityServices;
  /** What the reminder job needs besides its stores and the activities. */
  job: Omit<ReminderJobDeps, 'stores' | 'activities'>;
  clientFor: (slackTeamId: string) => Promise<WebClient>;
  slackTeamIdOf: (workspaceId: number) => Promise<string>;
  /** Least time between two draws of one person's assignment message (DeliverAssignment's default when absent). */
  assignmentDrawIntervalMs?: number;
}) {
  const { clock, logger } = job;
  const deliveries = new ReminderDeliveryRepository(prisma, plain);
  const activityStore = new ActivityRepository(prisma, plain);
  const recipients = new DigestRecipientRepository(prisma);
  const redraw = new ReminderRedrawer({
    deliveries,
    recipients,
    activities: activities.get,
    clientFor,
    clock,
    logger: logger.child({ component: 'reminders' }),
  });
  const messenger = new SlackNoticeMessenger({
    clientFor: async (workspaceId) => clientFor(await slackTeamIdOf(workspaceId)),
    activities: activities.get,
    notices: deliveries,
    clock,
  });
  const services: ListenerDeps['reminders'] = {
    snooze: new SnoozeReminder({ activities: activityStore, schedule: deliveries, clock }),
    redraw,
    recordOutcome: new RecordOutcome({
      activities: activityStore,
      types: new ActivityTypeRepository(prisma),
      update: activities.update,
      create: activities.create,
      clock,
    }),
    postponeOutcome: new PostponeOutcome({ activities: activityStore, schedule: deliveries, clock }),
    reschedule: new RescheduleActivity({ activities: activityStore, update: activities.update }),
    assignments: new DeliverAssignment({
      notices: deliveries,
      messenger,
      clock,
      drawIntervalMs: assignmentDrawIntervalMs,
    }),
    folds: messenger,
  };
  return {
    job: createReminderJob({ ...job, stores: { deliveries, recipients }, activities: activities.get }),
    redraw,
    services,
  };
}
