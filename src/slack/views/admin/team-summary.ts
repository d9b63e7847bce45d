import type { TeamWithMembers } from '../../../domain/teams/team';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';

export const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat": runs of three or more days as a range. */
export function daysSummary(m: Messages, days: number[]): string {
  const names = m.teams.weekdaysShort;
  const sorted = [...new Set(days)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3
        ? [`${names[run[0]! - 1]}–${names[run.at(-1)! - 1]}`]
        : run.map((day) => names[day - 1] ?? String(day)),
    )
    .join(', ');
}

/** One team in the admin list, as mrkdwn: name, channel, members, leads, digest time, escalation. */
export function teamSummary(m: Messages, team: TeamWithMembers): string {
  const t = m.teams;
  const leads = team.members.filter((member) => member.isLead).map((member) => `<@${member.slackUserId}>`);
  const parts = [
    `*${escapeMrkdwn(team.name)}*`,
    team.channelId ? `<#${team.channelId}>` : t.noChannel,
    t.members(team.members.length),
    leads.length > 0 ? t.leads(leads.join(', ')) : t.noLeads,
  ];
  const details = [
    t.digestAt(hourText(team.digestHour), daysSummary(m, team.digestDays)),
    t.escalation(team.escalationDays),
  ];
  return `${parts.join(' · ')}\n${details.join(' · ')}`;
}
