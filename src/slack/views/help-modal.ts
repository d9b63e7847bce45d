import type { ModalView } from '@slack/types';
import type { Messages } from '../../i18n';
import { helpMessage } from './help-view';

export function helpModal(m: Messages): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Touchbase' },
    close: { type: 'plain_text', text: m.help.close },
    blocks: helpMessage(m).blocks,
  };
}
