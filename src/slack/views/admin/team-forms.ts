import type { InputBlock, ModalView } from '@slack/types';
import type { TeamWithMembers } from '../../../domain/teams/team';
import {
  DEFAULT_DIGEST_DAYS,
  DEFAULT_DIGEST_HOUR,
  DEFAULT_ESCALATION_DAYS,
  ESCALATION_MAX,
  ESCALATION_MIN,
  TEAM_NAME_MAX,
} from '../../../domain/teams/team-input';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import { adminConfirmForm, adminForm, option, plain } from './admin-form';
import type { ItemFormState } from './admin-metadata';
import { TEAM_CALLBACKS, TEAM_INPUTS } from './team-ids';
import { hourText } from './team-summary';

export type TeamFormState = ItemFormState<'teamId'>;

/**
 * *Add team* (no team) or *Edit team*: every setting of a team in one form. A new team's
 * digest starts out at `starting` (the workspace's working day start and days).
 */
export function teamForm(
  m: Messages,
  {
    team,
    state,
    starting = { digestHour: DEFAULT_DIGEST_HOUR, digestDays: DEFAULT_DIGEST_DAYS },
  }: {
    team: TeamWithMembers | null;
    state: TeamFormState;
    starting?: { digestHour: number; digestDays: number[] };
  },
): ModalView {
  const t = m.teams;
  const hours = Array.from({ length: 24 }, (_, hour) => option(hourText(hour), String(hour)));
  const days = t.weekdays.map((name, index) => option(name, String(index + 1)));
  const chosenDays = team?.digestDays ?? starting.digestDays;
  const leads = team?.members.filter((member) => member.isLead).map((member) => member.slackUserId) ?? [];
  const members = team?.members.map((member) => member.slackUserId) ?? [];
  const hour = team?.digestHour ?? starting.digestHour;
  const blocks: InputBlock[] = [
    {
      type: 'input',
      block_id: TEAM_INPUTS.name,
      label: plain(t.name),
      hint: plain(t.nameHint),
      element: {
        type: 'plain_text_input',
        action_id: TEAM_INPUTS.name,
        max_length: TEAM_NAME_MAX,
        ...(team ? { initial_value: team.name } : {}),
      },
    },
    {
      type: 'input',
      block_id: TEAM_INPUTS.members,
      optional: true,
      label: plain(t.membersLabel),
      hint: plain(t.membersHint),
      element: {
        type: 'multi_users_select',
        action_id: TEAM_INPUTS.members,
        ...(members.length > 0 ? { initial_users: members } : {}),
      },
    },
    {
      type: 'input',
      block_id: TEAM_INPUTS.leads,
      optional: true,
      label: plain(t.leadsLabel),
      hint: plain(t.leadsHint),
      element: {
        type: 'multi_users_select',
        action_id: TEAM_INPUTS.leads,
        ...(leads.length > 0 ? { initial_users: leads } : {}),
      },
    },
    {
      type: 'input',
      block_id: TEAM_INPUTS.channel,
      optional: true,
      label: plain(t.channel),
      hint: plain(t.channelHint),
      element: {
        type: 'conversations_select',
        action_id: TEAM_INPUTS.channel,
        filter: {
          include: ['public', 'private'],
          exclude_bot_users: true,
          exclude_external_shared_channels: true,
        },
        ...(team?.channelId ? { initial_conversation: team.channelId } : {}),
      },
    },
    {
      type: 'input',
      block_id: TEAM_INPUTS.digestHour,
      label: plain(t.digestHour),
      hint: plain(t.digestHourHint),
      element: {
        type: 'static_select',
        action_id: TEAM_INPUTS.digestHour,
        options: hours,
        initial_option: hours[hour],
      },
    },
    {
      type: 'input',
      block_id: TEAM_INPUTS.digestDays,
      // Optional for Slack, so an empty choice reaches us and is refused in the user's language.
      optional: true,
      label: plain(t.digestDays),
      element: {
        type: 'checkboxes',
        action_id: TEAM_INPUTS.digestDays,
        options: days,
        ...(chosenDays.length > 0
          ? { initial_options: days.filter((day) => chosenDays.includes(Number(day.value))) }
          : {}),
      },
    },
    {
      type: 'input',
      block_id: TEAM_INPUTS.escalationDays,
      label: plain(t.escalationDays),
      hint: plain(t.escalationHint),
      element: {
        type: 'number_input',
        action_id: TEAM_INPUTS.escalationDays,
        is_decimal_allowed: false,
        min_value: String(ESCALATION_MIN),
        max_value: String(ESCALATION_MAX),
        initial_value: String(team?.escalationDays ?? DEFAULT_ESCALATION_DAYS),
      },
    },
  ];
  return adminForm(m, {
    callbackId: TEAM_CALLBACKS.save,
    title: team ? t.editTitle : t.addTitle,
    submit: m.admin.save,
    state: { ...state, teamId: team?.id },
    blocks,
  });
}

/** Asks before a team is deleted; submitting the modal deletes it. */
export function deleteTeamForm(m: Messages, team: TeamWithMembers, state: TeamFormState): ModalView {
  const t = m.teams;
  return adminConfirmForm(m, {
    callbackId: TEAM_CALLBACKS.delete,
    title: t.deleteTitle,
    submit: t.deleteButton,
    state: { ...state, teamId: team.id },
    question: t.deleteQuestion(escapeMrkdwn(team.name), team.members.length),
  });
}
