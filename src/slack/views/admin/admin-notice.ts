import type { KnownBlock } from '@slack/types';
import { nameIn, type TypeNames } from '../../../domain/activity-types/type-names';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';

/** A line at the top of the admin modal saying what the last click did, or why it did nothing. */
export interface AdminNotice {
  tone: 'done' | 'problem';
  /** Ready mrkdwn: build it with the helpers below, which escape what users typed. */
  mrkdwn: string;
}

type DoneMessages = Messages['admin']['types']['done'];

export function typeDoneNotice(
  m: Messages,
  what: Exclude<keyof DoneMessages, 'moved'>,
  names: TypeNames,
): AdminNotice {
  return { tone: 'done', mrkdwn: m.admin.types.done[what](escapeMrkdwn(nameIn(names, m.locale))) };
}

export function typeMovedNotice(m: Messages, names: TypeNames, position: number): AdminNotice {
  return {
    tone: 'done',
    mrkdwn: m.admin.types.done.moved(escapeMrkdwn(nameIn(names, m.locale)), position),
  };
}

/** Error texts may quote type names, so the whole text is made inert. */
export function problemNotice(text: string): AdminNotice {
  return { tone: 'problem', mrkdwn: escapeMrkdwn(text) };
}

export function noticeBlock(notice: AdminNotice): KnownBlock {
  const icon = notice.tone === 'done' ? ':white_check_mark:' : ':warning:';
  return {
    type: 'section',
    block_id: 'admin_notice',
    text: { type: 'mrkdwn', text: `${icon} ${notice.mrkdwn}` },
  };
}
