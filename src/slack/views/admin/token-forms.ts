import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { API_SCOPES } from '../../../domain/api-tokens/api-scopes';
import { TOKEN_NAME_MAX } from '../../../domain/api-tokens/token-admin';
import type { ApiTokenListing } from '../../../domain/api-tokens/token-ports';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import { adminConfirmForm, adminForm, plain } from './admin-form';
import type { ItemFormState } from './admin-metadata';
import { curlExample } from './token-curl';
import { TOKEN_CALLBACKS, TOKEN_INPUTS } from './token-ids';

export type TokenFormState = ItemFormState<'tokenId'>;

/** *Create token*: a name and at least one scope. */
export function createTokenForm(m: Messages, state: TokenFormState): ModalView {
  const t = m.api.tokens;
  const scopes: PlainTextOption[] = API_SCOPES.map((scope) => ({
    text: plain(scope),
    description: plain(t.scopeLabels[scope]),
    value: scope,
  }));
  return adminForm(m, {
    callbackId: TOKEN_CALLBACKS.create,
    title: t.createTitle,
    submit: t.create,
    state,
    blocks: [
      {
        type: 'input',
        block_id: TOKEN_INPUTS.name,
        label: plain(t.name),
        hint: plain(t.nameHint),
        element: { type: 'plain_text_input', action_id: TOKEN_INPUTS.name, max_length: TOKEN_NAME_MAX },
      },
      {
        type: 'input',
        block_id: TOKEN_INPUTS.scopes,
        // Optional for Slack, so an empty choice reaches us and is refused in the user's language.
        optional: true,
        label: plain(t.scopes),
        element: { type: 'checkboxes', action_id: TOKEN_INPUTS.scopes, options: scopes },
      },
    ],
  });
}

/**
 * Replaces the create form once the token exists: the only time the secret is ever shown.
 * Preformatted rich text lets the admin copy it whole; nothing here is stored with the view's
 * metadata, so closing the modal is the end of it.
 */
export function tokenCreatedView(m: Messages, token: ApiTokenListing, secret: string): ModalView {
  const t = m.api.tokens;
  const preformatted = (text: string): KnownBlock => ({
    type: 'rich_text',
    elements: [{ type: 'rich_text_preformatted', elements: [{ type: 'text', text }] }],
  });
  const scopes = token.scopes.map((scope) => `\`${scope}\``).join(', ');
  return {
    type: 'modal',
    callback_id: TOKEN_CALLBACKS.created,
    title: plain(t.createdTitle),
    close: plain(t.done),
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `:warning: ${t.createdText(escapeMrkdwn(token.name))}` },
      },
      { type: 'section', text: { type: 'mrkdwn', text: `*${t.secretHeading}* · ${scopes}` } },
      preformatted(secret),
      { type: 'section', text: { type: 'mrkdwn', text: t.curlIntro } },
      preformatted(curlExample(secret, token.scopes)),
    ],
  };
}

/** Asks before a token is revoked; submitting the modal revokes it. */
export function revokeTokenForm(m: Messages, token: ApiTokenListing, state: TokenFormState): ModalView {
  const t = m.api.tokens;
  return adminConfirmForm(m, {
    callbackId: TOKEN_CALLBACKS.revoke,
    title: t.revokeTitle,
    submit: t.revokeButton,
    state: { ...state, tokenId: token.id },
    question: t.revokeQuestion(escapeMrkdwn(token.name), token.prefix),
  });
}
