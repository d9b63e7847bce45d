import type { ModalView } from '@slack/types';
import type { Messages } from '../../i18n';

/** A modal that only says something (mrkdwn, already escaped), for surfaces with no channel to answer in. */
export function noticeModal(m: Messages, text: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Touchbase' },
    close: { type: 'plain_text', text: m.help.close },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  };
}
