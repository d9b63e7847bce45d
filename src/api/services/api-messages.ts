import type { z } from 'zod';
import type { ActivityRecord } from '../../domain/activities/activity-record';
import { workspaceLocale } from '../../domain/employees/employee-viewer';
import { messageActivity } from '../../domain/messages/message-activity';
import type { WithinTransaction } from '../../domain/transaction';
import { messages } from '../../i18n';
import type { ApiContext } from '../auth';
import type { postMessageBody } from '../schemas/message-schemas';
import type { ApiActivities, RequestFieldNames } from './api-activities';

type MessageBody = z.output<typeof postMessageBody>;

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
    const email = body.channel === 'email';
    const m = messages(workspaceLocale(api.workspace));
    const activity = messageActivity({ ...body, sentAt: new Date(body.sentAt) }, m.api.messages.noSubject);
    const toField = body.personExternalId ? 'personExternalId' : 'to';
    const fields: RequestFieldNames = {
      person: {
        match: toField,
        name: 'personName',
        email: 'to',
        phone: 'to',
        externalId: 'personExternalId',
      },
      responsible: 'sender',
      others: { type: 'channel', subject: 'subject', notes: 'body', start: 'sentAt', end: 'sentAt' },
    };
    return this.activities.create(
      api,
      {
        personExternalId: body.personExternalId,
        personEmail: email ? body.to : undefined,
        personPhone: email ? undefined : body.to,
        createPerson: body.createPerson,
        personName: body.personName,
        type: activity.typeKey,
        subject: activity.subject,
        status: 'DONE',
        startAt: activity.startAt.toISOString(),
        endAt: activity.endAt.toISOString(),
        responsible: body.sender,
        notes: activity.notes,
        isPrivate: false,
      },
      { source: activity.source, fields, notify: false, alongside },
    );
  }
}
