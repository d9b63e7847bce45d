import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import { decodeHomeState } from '../../views/admin/admin-metadata';
import { deleteTeamForm, teamForm } from '../../views/admin/team-forms';
import { parseTeamMenuValue } from '../../views/admin/team-ids';
import { decodeTeamsPage, type TeamFormState } from '../../views/admin/team-metadata';
import type { AdminDeps } from './admin-screen';
import { type AdminModalClick, showRefusal } from './answer-in-admin-modal';

type TeamMenuArgs = SlackActionMiddlewareArgs<BlockAction<OverflowAction>> & AllMiddlewareArgs;

/**
 * A team's overflow menu: *Edit…* opens the team form, *Delete…* asks first. Both read
 * the team afresh and re-check, in the domain, that the user is still an admin.
 */
export function teamMenuAction(deps: AdminDeps) {
  return async (args: TeamMenuArgs): Promise<void> => {
    const { ack, action, body, client, context } = args;
    await ack();
    const chosen = parseTeamMenuValue(action.selected_option.value);
    if (!body.view || !chosen) return;
    const { viewer, m } = touchbase(context);
    const click: AdminModalClick = { deps, client, viewer, m, view: body.view };
    const metadata = body.view.private_metadata;
    const state: TeamFormState = {
      page: decodeHomeState(metadata).page,
      teamsPage: decodeTeamsPage(metadata),
      listViewId: body.view.id,
      listHash: body.view.hash,
    };
    try {
      const team = await deps.teamAdmin.get.execute(viewer, { teamId: chosen.teamId });
      const view = chosen.operation === 'edit' ? teamForm(m, team, state) : deleteTeamForm(m, team, state);
      await openModal(modalTrigger(args), view, 'push');
    } catch (error) {
      await showRefusal(click, error);
    }
  };
}
