import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { AppError } from '../../../domain/app-error';
import { touchbase } from '../../request-context';
import { type AdminNotice, problemNotice } from '../../views/admin/admin-notice';
import { eraseConfirmForm } from '../../views/admin/privacy-forms';
import { decodePrivacyState, PRIVACY_ACTIONS, PRIVACY_INPUTS } from '../../views/admin/privacy-ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { directMessageChannel } from '../stats/direct-message';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The person form. *Erase* replaces it with a confirmation that counts what will go;
 * *Export* closes it, uploads the JSON to the admin's DM and says so in the admin modal.
 * A refusal (no longer an admin, the person gone) keeps the form open with the
 * message next to the person.
 */
export function privacyChooseSubmission(deps: AdminDeps) {
  return async ({ ack, view, client, context, logger }: FormArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    const state = decodePrivacyState(view.private_metadata);
    const values = view.state.values;
    const personId = Number(
      values[PRIVACY_INPUTS.person]?.[PRIVACY_ACTIONS.personPicker]?.selected_option?.value,
    );
    const choice = values[PRIVACY_INPUTS.action]?.[PRIVACY_INPUTS.action]?.selected_option?.value ?? 'export';
    if (!Number.isInteger(personId) || personId <= 0)
      return ack({ response_action: 'errors', errors: { [PRIVACY_INPUTS.person]: m.privacy.choosePerson } });
    const actor = { kind: 'employee' as const, viewer };
    if (choice === 'erase') {
      try {
        const preview = await deps.privacy.previewErasure.execute(actor, personId);
        return ack({ response_action: 'update', view: eraseConfirmForm(m, preview, state) });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return ack({ response_action: 'errors', errors: { [PRIVACY_INPUTS.person]: error.userMessage(m) } });
      }
    }
    try {
      await deps.privacy.checkExport.execute(actor, personId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return ack({ response_action: 'errors', errors: { [PRIVACY_INPUTS.person]: error.userMessage(m) } });
    }
    await ack();
    let notice: AdminNotice;
    try {
      const data = await deps.privacy.export.execute(actor, personId);
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
        notice = {
          tone: 'done',
          mrkdwn: m.privacy.exported(name, data.activities.length, privateCount),
        };
      } catch (error) {
        logger.error(`privacy export upload failed: ${String(error)}`);
        notice = problemNotice(m.privacy.exportFailed);
      }
    } catch (error) {
      // A refusal for someone no longer an admin is drawn by the redraw below (it refuses them too).
      if (!(error instanceof AppError)) throw error;
      notice = problemNotice(error.userMessage(m));
    }
    await redrawAdminList(deps, client, { viewer, m }, state, view.previous_view_id, notice);
  };
}
