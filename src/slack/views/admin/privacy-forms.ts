import type { ModalView, PlainTextOption } from '@slack/types';
import type { ErasurePreview } from '../../../domain/privacy/preview-erasure';
import type { PersonFound } from '../../../domain/privacy/privacy-ports';
import type { Messages } from '../../../i18n';
import { fitOptionText } from '../contacts/contact-options';
import { escapeMrkdwn } from '../mrkdwn';
import { adminConfirmForm, adminForm, plain } from './admin-form';
import type { ItemFormState } from './admin-metadata';
import { PRIVACY_ACTIONS, PRIVACY_CALLBACKS, PRIVACY_INPUTS } from './privacy-ids';

/** What the privacy forms remember: the admin modal under them, and the person being erased. */
export type PrivacyFormState = ItemFormState<'personId'>;

/** Pushed over the admin modal: which person, and export or erase. */
export function privacyChooseForm(m: Messages, state: PrivacyFormState): ModalView {
  const p = m.privacy;
  const choices: PlainTextOption[] = [
    { text: plain(p.exportOption), value: 'export' },
    { text: plain(p.eraseOption), value: 'erase' },
  ];
  return adminForm(m, {
    callbackId: PRIVACY_CALLBACKS.choose,
    title: p.formTitle,
    submit: p.continue,
    state,
    blocks: [
      {
        type: 'input',
        block_id: PRIVACY_INPUTS.person,
        label: plain(p.personLabel),
        hint: plain(p.personHint),
        element: { type: 'external_select', action_id: PRIVACY_ACTIONS.personPicker, min_query_length: 0 },
      },
      {
        type: 'input',
        block_id: PRIVACY_INPUTS.action,
        label: plain(p.actionLabel),
        element: {
          type: 'radio_buttons',
          action_id: PRIVACY_INPUTS.action,
          options: choices,
          initial_option: choices[0],
        },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: p.exportIncludesPrivate }] },
    ],
  });
}

/** The picker's options: "Name — Organization (archived)"; the value is the person's id. */
export function privacyPersonOption(m: Messages, person: PersonFound): PlainTextOption {
  const organization = person.organizationName ? ` — ${person.organizationName}` : '';
  const archived = person.archived ? ` (${m.privacy.archived})` : '';
  return { text: plain(fitOptionText(`${person.name}${organization}${archived}`)), value: String(person.id) };
}

/** Says exactly what an erasure deletes; submitting erases. */
export function eraseConfirmForm(m: Messages, preview: ErasurePreview, state: PrivacyFormState): ModalView {
  const p = m.privacy;
  return adminConfirmForm(m, {
    callbackId: PRIVACY_CALLBACKS.erase,
    title: p.confirmTitle,
    submit: p.confirmButton,
    state: { ...state, personId: preview.personId },
    question: p.confirmQuestion(escapeMrkdwn(preview.name), preview.activities, preview.historyEntries),
    note: p.confirmAudit,
  });
}
