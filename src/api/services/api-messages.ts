import type { z } from 'zod';
import type { ActivityRecord, ActivitySource } from '../../domain/activities/activity-record';
import { workspaceLocale } from '../../domain/employees/employee-viewer';
import { messageActivity } from '../../domain/messages/message-activity';
import type { WithinTransaction } from '../../domain/transaction';
import { messages } from '../../i18n';
import type { ApiContext } from '../auth';
import type { postMessageBody } from '../schemas/message-schemas';
import type { ApiActivities, CreateActivityBody, RequestFieldNames } from './api-activities';

type MessageBody = z.output<typeof postMessageBody>;

/** What a sent message becomes: the activity body POST /activities would take, and where its errors go. */
export interface MessageAsActivity {
  body: CreateActivityBody;
  source: ActivitySource;
  fields: RequestFieldNames;
}

/** A message as an activity request: the customer by `to`, the sender responsible, done when it was sent. */
export function messageAsActivity(api: ApiContext, message: MessageBody): MessageAsActivity {
  const email = message.channel === 'email';
  const m = messages(workspaceLocale(api.workspace));
  const activity = messageActivity(
    { ...message, sentAt: new Date(message.sentAt) },
    m.api.messages.noSubject,
  );
  const toField = message.personExternalId ? 'personExternalId' : 'to';
  return {
    body: {
      personExternalId: message.personExternalId,
      personEmail: email ? message.to : undefined,
      personPhone: email ? undefined : message.to,
      createPerson: message.createPerson,
      personName: message.personName,
      type: activity.typeKey,
      subject: activity.subject,
      status: 'DONE',
      startAt: activity.startAt.toISOString(),
      endAt: activity.endAt.toISOString(),
      responsible: message.sender,
      notes: activity.notes,
      isPrivate: false,
    },
    source: activity.source,
    fields: {
      person: {
        match: toField,
        name: 'personName',
        email: 'to',
        phone: 'to',
        externalId: 'personExternalId',
      },
      responsible: 'sender',
      others: { type: 'channel', subject: 'subject', notes: 'body', start: 'sentAt', end: 'sentAt' },
    },
  };
}

/**
 * POST /messages (product §7.2, the seed's last rule): every e-mail and SMS sent to
 * a customer becomes a DONE activity on them, the sender responsible. The
 * sender sent it, so nobody is told about it.
 */
export class ApiMessages {
  constructor(private readonly activities: ApiActivities) {}

  record(
    api: ApiContext,
    body: MessageBody,
    alongside?: WithinTransaction<ActivityRecord>,
  ): Promise<ActivityRecord> {
    const { body: activity, source, fields } = messageAsActivity(api, body);
    return this.activities.create(api, activity, { source, fields, notify: false, alongside });
  }
}
