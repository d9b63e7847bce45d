import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { typeIn } from '../../../domain/activity-types/activity-type-rules';
import { typeNames } from '../../../domain/activity-types/type-names';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { type ModalTrigger, modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import { parseTypeMenuValue, type TypeMenuOperation } from '../../views/admin/admin-ids';
import { decodeHomeState, type TypeFormState } from '../../views/admin/admin-metadata';
import { type AdminNotice, typeDoneNotice, typeMovedNotice } from '../../views/admin/admin-notice';
import { renameTypeForm, typeDefaultsForm } from '../../views/admin/type-forms';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, answerInAdminModal, showRefusal } from './answer-in-admin-modal';

type TypeMenuArgs = SlackActionMiddlewareArgs<BlockAction<OverflowAction>> & AllMiddlewareArgs;
type FormOperation = Extract<TypeMenuOperation, 'rename' | 'defaults'>;

/**
 * A type's overflow menu in the admin modal. Rename and Defaults open a form on top;
 * the others change the type at once and redraw the list. Every choice re-checks, in
 * the domain, that the user is still an admin.
 */
export function typeMenuAction(deps: AdminDeps) {
  return async (args: TypeMenuArgs): Promise<void> => {
    const { ack, action, body, client, context } = args;
    await ack();
    const chosen = parseTypeMenuValue(action.selected_option.value);
    if (!body.view || !chosen) return;
    const { viewer, m } = touchbase(context);
    const click: AdminModalClick = { deps, client, viewer, m, view: body.view };
    const { operation, typeId } = chosen;
    if (operation === 'rename' || operation === 'defaults') {
      const form: TypeFormState = {
        page: decodeHomeState(body.view.private_metadata).page,
        listViewId: body.view.id,
        listHash: body.view.hash,
        typeId,
      };
      await openTypeForm(click, operation, form, modalTrigger(args)).catch((error) =>
        showRefusal(click, error),
      );
      return;
    }
    await answerInAdminModal(click, () => changeType(deps, viewer, m, operation, typeId));
  };
}

async function openTypeForm(
  click: AdminModalClick,
  operation: FormOperation,
  form: TypeFormState,
  trigger: ModalTrigger,
): Promise<void> {
  const { deps, viewer, m } = click;
  const types = await deps.activityTypeAdmin.list.execute(viewer);
  const type = typeIn(types, form.typeId ?? 0);
  const view =
    operation === 'rename'
      ? renameTypeForm(m, type, types.indexOf(type) + 1, types.length, form)
      : typeDefaultsForm(m, type, types, form);
  await openModal(trigger, view, 'push');
}

async function changeType(
  deps: AdminDeps,
  viewer: Viewer | null,
  m: Messages,
  operation: Exclude<TypeMenuOperation, FormOperation>,
  typeId: number,
): Promise<AdminNotice | undefined> {
  const admin = deps.activityTypeAdmin;
  switch (operation) {
    case 'up':
    case 'down': {
      const moved = await admin.move.execute(viewer, { typeId, direction: operation });
      return moved.moved ? typeMovedNotice(m, moved.names, moved.position) : undefined;
    }
    case 'archive':
      return typeDoneNotice(m, 'archived', typeNames(await admin.archive.execute(viewer, { typeId })));
    case 'unarchive':
      return typeDoneNotice(m, 'unarchived', typeNames(await admin.unarchive.execute(viewer, { typeId })));
  }
}
