import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewOutput, ViewSubmitAction } from '@slack/bolt';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import type { CreatedToken, TokenField } from '../../../domain/api-tokens/token-admin';
import { AppError } from '../../../domain/app-error';
import { ValidationError } from '../../../domain/validation-error';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import { tokenCreatedView } from '../../views/admin/token-forms';
import { decodeTokenFormState, TOKEN_INPUTS } from '../../views/admin/token-ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * *Create* in the token form. A refusal keeps the form open with each message next to its
 * field and creates nothing. Once created, the form turns into the one view that shows the
 * secret, and the admin modal under it lists the new token (on its first page: newest first).
 */
export function tokenCreateSubmission(deps: AdminDeps) {
  return async ({ ack, view, client, context }: FormArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    const state = decodeTokenFormState(view.private_metadata);
    let created: CreatedToken;
    try {
      requireAdmin(viewer);
      created = await deps.apiTokens.create(viewer, readTokenForm(view));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return ack({ response_action: 'errors', errors: fieldErrors(error, m) });
    }
    await ack({ response_action: 'update', view: tokenCreatedView(m, created.token, created.secret) });
    const notice = { tone: 'done' as const, mrkdwn: m.api.tokens.created(escapeMrkdwn(created.token.name)) };
    await redrawAdminList(
      deps,
      client,
      { viewer, m },
      { ...state, tokensPage: 0 },
      view.previous_view_id,
      notice,
    );
  };
}

function readTokenForm(view: ViewOutput): { name: string; scopes: string[] } {
  const state = (id: string) => view.state.values[id]?.[id];
  return {
    name: state(TOKEN_INPUTS.name)?.value ?? '',
    scopes: (state(TOKEN_INPUTS.scopes)?.selected_options ?? []).map((option) => option.value),
  };
}

/** Each message next to its own input; any other refusal goes next to the name. */
function fieldErrors(error: AppError, m: Messages): Record<string, string> {
  if (!(error instanceof ValidationError)) return { [TOKEN_INPUTS.name]: error.userMessage(m) };
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const blockId = TOKEN_INPUTS[field as TokenField] ?? TOKEN_INPUTS.name;
    const text = (message as (m: Messages) => string)(m);
    errors[blockId] = errors[blockId] ? `${errors[blockId]} ${text}` : text;
  }
  return errors;
}
