import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { AppError } from '../../../domain/app-error';
import { ValidationError } from '../../../domain/validation-error';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import { TYPE_INPUTS } from '../../views/admin/admin-ids';
import { decodeTypeFormState, type TypeFormState } from '../../views/admin/admin-metadata';
import type { AdminNotice } from '../../views/admin/admin-notice';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';

export type TypeFormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type InputBlockId = (typeof TYPE_INPUTS)[keyof typeof TYPE_INPUTS];

export interface TypeFormSubmission {
  viewer: Viewer | null;
  m: Messages;
  state: TypeFormState;
  /** What was typed or chosen in an input, null when left empty. */
  value(blockId: InputBlockId): string | null;
  /** Whether the submitted form has this input at all (a form drawn by an older version may not). */
  hasInput(blockId: InputBlockId): boolean;
}

/**
 * The common part of the type forms: `save` runs the use case; a refusal (someone no
 * longer an admin too) keeps the form open with what was typed and the message next to
 * its field; on success the form closes and the admin modal under it is redrawn with what was done.
 */
export async function submitTypeForm(
  args: TypeFormArgs,
  deps: AdminDeps,
  /** Where a message with no input of its own goes: the form's first input in the viewer's language. */
  mainInputFor: (m: Messages) => InputBlockId,
  save: (submission: TypeFormSubmission) => Promise<AdminNotice>,
): Promise<void> {
  const { ack, view, client, context } = args;
  const { viewer, m } = touchbase(context);
  const mainInput = mainInputFor(m);
  const state = decodeTypeFormState(view.private_metadata);
  const value = (blockId: InputBlockId): string | null => {
    const input = view.state.values[blockId]?.[blockId];
    const raw = input?.selected_option?.value ?? input?.selected_options?.[0]?.value ?? input?.value;
    return raw === undefined || raw === null || raw === '' ? null : raw;
  };
  let notice: AdminNotice;
  try {
    const hasInput = (blockId: InputBlockId) => view.blocks.some((block) => block.block_id === blockId);
    notice = await save({ viewer, m, state, value, hasInput });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return ack({ response_action: 'errors', errors: fieldErrors(error, m, view, mainInput) });
  }
  await ack();
  const listViewId = state.listViewId || view.previous_view_id;
  if (!listViewId) return;
  await redrawAdminModal(client, { viewId: listViewId, hash: state.listHash }, () =>
    currentAdminModal(deps, viewer, m, state.page, notice),
  );
}

/** Each message next to its own input; what has no input in this form goes next to the main one. */
function fieldErrors(
  error: AppError,
  m: Messages,
  view: ViewSubmitAction['view'],
  mainInput: InputBlockId,
): Record<string, string> {
  if (!(error instanceof ValidationError)) return { [mainInput]: error.userMessage(m) };
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const candidate = TYPE_INPUTS[field as keyof typeof TYPE_INPUTS];
    const blockId = view.blocks.some((block) => block.block_id === candidate) ? candidate : mainInput;
    const text = (message as (m: Messages) => string)(m);
    errors[blockId] = errors[blockId] ? `${errors[blockId]} ${text}` : text;
  }
  return errors;
}
