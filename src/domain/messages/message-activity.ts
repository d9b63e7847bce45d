import { NOTES_MAX, SUBJECT_MAX } from '../activities/activity-input';

export type MessageChannel = 'email' | 'sms';

/** An e-mail or SMS staff sent to a customer (product §7.2), as an integration reports it. */
export interface SentMessage {
  channel: MessageChannel;
  from: string;
  to: string;
  subject?: string | null;
  body: string;
  sentAt: Date;
}

/** What the sent message becomes: a DONE activity of type E-mail or SMS, dated when it was sent. */
export interface MessageActivity {
  typeKey: 'EMAIL' | 'SMS';
  source: 'EMAIL' | 'SMS';
  subject: string;
  notes: string;
  startAt: Date;
  endAt: Date;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const firstLine = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '') ?? '';

/**
 * Mail subjects and bodies may be longer than an activity holds: they are cut
 * (with …) rather than refused, since the message was sent either way. An SMS
 * has no subject: its first line stands in; so does an e-mail's when it has none.
 */
export function messageActivity(message: SentMessage, noSubject: string): MessageActivity {
  const email = message.channel === 'email';
  const subject = (email ? message.subject?.trim() : '') || firstLine(message.body) || noSubject;
  const header = `${email ? 'E-mail' : 'SMS'} ${message.from} → ${message.to}`;
  return {
    typeKey: email ? 'EMAIL' : 'SMS',
    source: email ? 'EMAIL' : 'SMS',
    subject: cut(subject.replace(/\s+/g, ' '), SUBJECT_MAX),
    notes: cut(`${header}\n\n${message.body.trim()}`, NOTES_MAX),
    startAt: message.sentAt,
    endAt: message.sentAt,
  };
}
