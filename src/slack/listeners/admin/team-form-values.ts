import type { ViewOutput } from '@slack/bolt';
import type { TeamInput } from '../../../domain/teams/team-input';
import { TEAM_INPUTS } from '../../views/admin/team-ids';

type Inputs = (typeof TEAM_INPUTS)[keyof typeof TEAM_INPUTS];

/**
 * The team form as submitted, as domain input. Missing or odd values become values the
 * domain refuses with a message next to their field (NaN hour, no days), never a crash.
 */
export function readTeamForm(view: ViewOutput): TeamInput {
  const state = (id: Inputs) => view.state.values[id]?.[id];
  const hour = state(TEAM_INPUTS.digestHour)?.selected_option?.value;
  const escalation = state(TEAM_INPUTS.escalationDays)?.value;
  return {
    name: state(TEAM_INPUTS.name)?.value ?? '',
    memberSlackUserIds: state(TEAM_INPUTS.members)?.selected_users ?? [],
    leadSlackUserIds: state(TEAM_INPUTS.leads)?.selected_users ?? [],
    channelId: state(TEAM_INPUTS.channel)?.selected_conversation ?? null,
    digestHour: hour === undefined ? Number.NaN : Number(hour),
    digestDays: (state(TEAM_INPUTS.digestDays)?.selected_options ?? []).map((option) => Number(option.value)),
    escalationDays:
      escalation === undefined || escalation === null || escalation === '' ? Number.NaN : Number(escalation),
  };
}
