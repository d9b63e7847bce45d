import type { ViewOutput } from '@slack/bolt';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { touchbase } from '../../request-context';
import { decodeFormState } from '../../views/admin/admin-metadata';
import { tokenCreatedView } from '../../views/admin/token-forms';
import { TOKEN_INPUTS } from '../../views/admin/token-ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

/** Any refusal without a field of its own (someone no longer an admin too) goes next to the name. */
const TOKEN_FIELDS = formFields(TOKEN_INPUTS, TOKEN_INPUTS.name, 'in-form');

/**
 * *Create* in the token form. A refusal keeps the form open with each message next to its
 * field and creates nothing. Once created, the form turns into the one view that shows the
 * secret, and the admin modal under it lists the new token (on its first page: newest first).
 */
export function tokenCreateSubmission(deps: AdminDeps) {
  return formSubmission(
    () => TOKEN_FIELDS,
    async ({ ack, view, client, context }: FormArgs): Promise<void> => {
      const { viewer, m } = touchbase(context);
      const form = decodeFormState(view.private_metadata);
      requireAdmin(viewer);
      const created = await deps.apiTokens.create(viewer, readTokenForm(view));
      await ack({ response_action: 'update', view: tokenCreatedView(m, created.token, created.secret) });
      const notice = {
        tone: 'done' as const,
        mrkdwn: m.api.tokens.created(escapeMrkdwn(created.token.name)),
      };
      // The new token is the newest: the list shows it on its first page.
      await redrawAdminList(deps, { client, context, view }, { form: { ...form, tokensPage: 0 }, notice });
    },
  );
}

function readTokenForm(view: ViewOutput): { name: string; scopes: string[] } {
  const state = (id: string) => view.state.values[id]?.[id];
  return {
    name: state(TOKEN_INPUTS.name)?.value ?? '',
    scopes: (state(TOKEN_INPUTS.scopes)?.selected_options ?? []).map((option) => option.value),
  };
}
