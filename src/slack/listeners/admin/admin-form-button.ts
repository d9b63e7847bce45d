import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import type { Messages } from '../../../i18n';
import { modalTrigger, openModal } from '../../open-modal';
import { type TouchbaseContext, touchbase } from '../../request-context';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, showRefusal } from './answer-in-admin-modal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * A button in the admin modal that opens a form on top of it (*Add type*, *Add
 * team*, *Create token*, *Export or erase a person…*, *Workspace settings*), for
 * admins only; anyone else sees the refusal in place of the modal. `form` draws the
 * form from the admin modal it opens over, whose state (pages) the form carries back,
 * and the request (its workspace as stored now).
 */
export function adminFormButton(
  deps: AdminDeps,
  form: (m: Messages, list: AdminModalClick['view'], request: TouchbaseContext) => ModalView,
) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, context } = args;
    await ack();
    if (!body.view) return;
    const request = touchbase(context);
    const { viewer, m } = request;
    const click: AdminModalClick = { deps, client, viewer, m, view: body.view };
    try {
      requireAdmin(viewer);
      await openModal(modalTrigger(args), form(m, body.view, request), 'push');
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}
