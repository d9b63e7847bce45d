import { AppError } from '../../../domain/app-error';
import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { touchbase } from '../../request-context';
import { decodeFormState } from '../../views/admin/admin-metadata';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { eraseConfirmForm } from '../../views/admin/privacy-forms';
import { PRIVACY_ACTIONS, PRIVACY_INPUTS } from '../../views/admin/privacy-ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { directMessageChannel } from '../stats/direct-message';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps, AdminViewer } from './admin-screen';

/** Every refusal of the person form (someone no longer an admin too) goes next to the person. */
const PRIVACY_FIELDS = formFields({}, PRIVACY_INPUTS.person, 'in-form');

/**
 * The person form. *Erase* replaces it with a confirmation that counts what will go;
 * *Export* closes it, uploads the JSON to the admin's DM and says so in the admin modal.
 * A refusal (no longer an admin, the person gone) keeps the form open with the
 * message next to the person.
 */
export function privacyChooseSubmission(deps: AdminDeps) {
  return formSubmission(
    () => PRIVACY_FIELDS,
    async ({ ack, view, client, context, logger }: FormArgs): Promise<void> => {
      const { viewer, m } = touchbase(context);
      const form = decodeFormState(view.private_metadata);
      const values = view.state.values;
      const personId = Number(
        values[PRIVACY_INPUTS.person]?.[PRIVACY_ACTIONS.personPicker]?.selected_option?.value,
      );
      const choice =
        values[PRIVACY_INPUTS.action]?.[PRIVACY_INPUTS.action]?.selected_option?.value ?? 'export';
      if (!Number.isInteger(personId) || personId <= 0)
        return ack({
          response_action: 'errors',
          errors: { [PRIVACY_INPUTS.person]: m.privacy.choosePerson },
        });
      const actor = { kind: 'employee' as const, viewer };
      if (choice === 'erase') {
        const preview = await deps.privacy.previewErasure.execute(actor, personId);
        return ack({ response_action: 'update', view: eraseConfirmForm(m, preview, form) });
      }
      await deps.privacy.checkExport.execute(actor, personId);
      await ack();
      const notice = await exportToDirectMessage(deps, { viewer, m }, { personId, client, logger });
      await redrawAdminList(deps, { client, context, view }, { form, notice });
    },
  );
}

/** The export, uploaded to the admin's DM; what the admin modal then says. */
async function exportToDirectMessage(
  deps: AdminDeps,
  { viewer, m }: AdminViewer,
  { personId, client, logger }: { personId: number } & Pick<FormArgs, 'client' | 'logger'>,
): Promise<AdminNotice> {
  try {
    const data = await deps.privacy.export.execute({ kind: 'employee', viewer }, personId);
    // The comment is mrkdwn like any message: a name like "<!channel>" must stay inert.
    const name = escapeMrkdwn(data.person.name);
    const privateCount = data.activities.filter((activity) => activity.private).length;
    try {
      await client.files.uploadV2({
        channel_id: await directMessageChannel(client, viewer?.slackUserId ?? ''),
        file: Buffer.from(JSON.stringify(data, null, 2)),
        filename: `touchbase-person-${personId}.json`,
        title: `touchbase-person-${personId}.json`,
        initial_comment: m.privacy.exportComment(name, data.activities.length, privateCount),
      });
      return { tone: 'done', mrkdwn: m.privacy.exported(name, data.activities.length, privateCount) };
    } catch (error) {
      logger.error(`privacy export upload failed: ${String(error)}`);
      return problemNotice(m.privacy.exportFailed);
    }
  } catch (error) {
    // A refusal for someone no longer an admin is drawn by the redraw after (it refuses them too).
    if (!(error instanceof AppError)) throw error;
    return problemNotice(error.userMessage(m));
  }
}
