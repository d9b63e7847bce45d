import type { Messages } from '../../i18n';
import type { Employee } from '../employees/employee';
import { type FieldMessages, ValidationError } from '../validation-error';
import {
  ESCALATION_MAX,
  ESCALATION_MIN,
  TEAM_MEMBERS_MAX,
  TEAM_NAME_MAX,
  type TeamField,
  type TeamInput,
} from './team-input';

/** The input tidied: trimmed name, unique sorted days, unique users, leads counted as members. */
export interface CheckedTeamInput extends TeamInput {
  /** Every member including the leads, each once, in the order picked. */
  memberSlackUserIds: string[];
}

// Slack channel ids: C… public, G… older private channels.
const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** Names compare without case or surrounding spaces: "Sales " and "sales" are the same team. */
export function sameTeamName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Checks everything that needs no lookup; all problems at once, next to their fields. */
export function checkTeamInput(input: TeamInput): CheckedTeamInput {
  const errors: FieldMessages<TeamField> = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = (m) => m.teams.errors.nameRequired;
  else if ([...name].length > TEAM_NAME_MAX) errors.name = (m) => m.teams.errors.nameTooLong(TEAM_NAME_MAX);

  const { members, leads } = teamPeople(input);
  if ([...members, ...leads].some((id) => !USER_ID.test(id))) {
    errors.members = (m) => m.teams.errors.userUnknown;
  } else if (members.length > TEAM_MEMBERS_MAX) {
    errors.members = (m) => m.teams.errors.tooManyMembers(TEAM_MEMBERS_MAX);
  }

  const channelId = input.channelId?.trim() || null;
  if (channelId !== null && !CHANNEL_ID.test(channelId)) errors.channel = (m) => m.teams.errors.channel;

  if (!Number.isInteger(input.digestHour) || input.digestHour < 0 || input.digestHour > 23) {
    errors.digestHour = (m) => m.teams.errors.digestHour;
  }
  const days = [...new Set(input.digestDays)].sort((a, b) => a - b);
  if (days.length === 0) errors.digestDays = (m) => m.teams.errors.digestDaysRequired;
  else if (days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    errors.digestDays = (m) => m.teams.errors.digestDaysInvalid;
  }
  const escalation = input.escalationDays;
  if (!Number.isInteger(escalation) || escalation < ESCALATION_MIN || escalation > ESCALATION_MAX) {
    errors.escalationDays = (m) => m.teams.errors.escalationDays(ESCALATION_MIN, ESCALATION_MAX);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError<TeamField>(errors);
  return {
    name,
    memberSlackUserIds: members,
    leadSlackUserIds: leads,
    channelId,
    digestHour: input.digestHour,
    digestDays: days,
    escalationDays: escalation,
  };
}

/** product §1: bots, deactivated users and guests are never on a team (they cannot be responsible either). */
export function memberProblem(employee: Employee): ((m: Messages) => string) | undefined {
  const who = employee.name || employee.slackUserId;
  if (employee.isBot) return (m) => m.teams.errors.memberBot(who);
  if (employee.isDeleted) return (m) => m.teams.errors.memberDeactivated(who);
  if (employee.isForeign) return (m) => m.teams.errors.memberForeign(who);
  if (employee.isRestricted) return (m) => m.teams.errors.memberGuest(who);
  return undefined;
}

/** Every member once, leads included (a lead who was not picked as a member becomes one), and the leads. */
export function teamPeople(input: Pick<TeamInput, 'memberSlackUserIds' | 'leadSlackUserIds'>): {
  members: string[];
  leads: string[];
} {
  const leads = unique(input.leadSlackUserIds);
  return { members: unique([...input.memberSlackUserIds, ...leads]), leads };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
}
