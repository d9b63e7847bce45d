import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { touchbase } from '../../request-context';
import { TYPE_INPUTS } from '../../views/admin/admin-ids';
import { decodeFormState } from '../../views/admin/admin-metadata';
import type { AdminNotice } from '../../views/admin/admin-notice';
import type { TypeFormState } from '../../views/admin/type-forms';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

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
 * its field (or `mainInputFor`, the form's first input in the viewer's language); on
 * success the form closes and the admin modal under it is redrawn with what was done.
 */
export function typeFormSubmission(
  deps: AdminDeps,
  mainInputFor: (m: Messages) => InputBlockId,
  save: (submission: TypeFormSubmission) => Promise<AdminNotice>,
) {
  return formSubmission(
    (_view, m) => formFields(TYPE_INPUTS, mainInputFor(m), 'in-form'),
    async ({ ack, view, client, context }: FormArgs): Promise<void> => {
      const { viewer, m } = touchbase(context);
      const state = decodeFormState(view.private_metadata, 'typeId');
      const value = (blockId: InputBlockId): string | null => {
        const input = view.state.values[blockId]?.[blockId];
        const raw = input?.selected_option?.value ?? input?.selected_options?.[0]?.value ?? input?.value;
        return raw === undefined || raw === null || raw === '' ? null : raw;
      };
      const hasInput = (blockId: InputBlockId) => view.blocks.some((block) => block.block_id === blockId);
      const notice = await save({ viewer, m, state, value, hasInput });
      await ack();
      await redrawAdminList(deps, { client, context, view }, { form: state, notice });
    },
  );
}
