import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { AppError } from '../../../domain/app-error';
import type { TeamField } from '../../../domain/teams/team-input';
import { ValidationError } from '../../../domain/validation-error';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import { TEAM_INPUTS } from '../../views/admin/team-ids';
import { decodeTeamFormState } from '../../views/admin/team-metadata';
import { teamDoneNotice } from '../../views/admin/team-notice';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';
import { channelAccess } from './team-channel-check';
import { readTeamForm } from './team-form-values';

type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The team form (add or edit). A refusal keeps the form open with each message next to
 * its field and saves nothing. Once saved, the form closes, the app checks it can post in
 * the chosen channel, and the admin modal under it says what was done and, when
 * Touchbase is not in the channel, how to invite it.
 */
export function teamFormSubmission(deps: AdminDeps) {
  return async ({ ack, view, client, context, logger }: FormArgs): Promise<void> => {
    const { workspace, viewer, m } = touchbase(context);
    const state = decodeTeamFormState(view.private_metadata);
    let saved: Awaited<ReturnType<AdminDeps['teamAdmin']['save']['execute']>>;
    try {
      saved = await deps.teamAdmin.save.execute({ workspace, viewer }, readTeamForm(view), state.teamId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return ack({ response_action: 'errors', errors: fieldErrors(error, m) });
    }
    await ack();
    const { team, created } = saved;
    const access = team.channelId ? await channelAccess(client, team.channelId) : 'member';
    if (access === 'unknown') logger.warn({ teamId: team.id }, 'could not check the team channel');
    const unreachable = access === 'not_member' ? (team.channelId ?? undefined) : undefined;
    const notice = teamDoneNotice(m, created ? 'created' : 'saved', team.name, unreachable);
    await redrawAdminList(deps, client, { viewer, m }, state, view.previous_view_id, notice);
  };
}

/** Each message next to its own input; a refusal about the team as a whole goes next to the name. */
function fieldErrors(error: AppError, m: Messages): Record<string, string> {
  if (!(error instanceof ValidationError)) return { [TEAM_INPUTS.name]: error.userMessage(m) };
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const blockId = TEAM_INPUTS[field as TeamField] ?? TEAM_INPUTS.name;
    const text = (message as (m: Messages) => string)(m);
    errors[blockId] = errors[blockId] ? `${errors[blockId]} ${text}` : text;
  }
  return errors;
}
