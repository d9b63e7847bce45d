import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { touchbase } from '../../request-context';
import { decodeFormState } from '../../views/admin/admin-metadata';
import { TEAM_INPUTS } from '../../views/admin/team-ids';
import { teamDoneNotice } from '../../views/admin/team-notice';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';
import { channelAccess } from './team-channel-check';
import { readTeamForm } from './team-form-values';

/** A refusal about the team as a whole (and someone no longer an admin) goes next to the name. */
const TEAM_FIELDS = formFields(TEAM_INPUTS, TEAM_INPUTS.name, 'in-form');

/**
 * The team form (add or edit). A refusal keeps the form open with each message next to
 * its field and saves nothing. Once saved, the form closes, the app checks it can post in
 * the chosen channel, and the admin modal under it says what was done and, when
 * Touchbase is not in the channel, how to invite it.
 */
export function teamFormSubmission(deps: AdminDeps) {
  return formSubmission(
    () => TEAM_FIELDS,
    async ({ ack, view, client, context, logger }: FormArgs): Promise<void> => {
      const { workspace, viewer, m } = touchbase(context);
      const form = decodeFormState(view.private_metadata, 'teamId');
      const { team, created } = await deps.teamAdmin.save.execute(
        { workspace, viewer },
        readTeamForm(view),
        form.teamId,
      );
      await ack();
      const access = team.channelId ? await channelAccess(client, team.channelId) : 'member';
      if (access === 'unknown') logger.warn({ teamId: team.id }, 'could not check the team channel');
      const unreachable = access === 'not_member' ? (team.channelId ?? undefined) : undefined;
      const notice = teamDoneNotice(m, {
        what: created ? 'created' : 'saved',
        teamName: team.name,
        unreachableChannel: unreachable,
      });
      await redrawAdminList(deps, { client, context, view }, { form, notice });
    },
  );
}
