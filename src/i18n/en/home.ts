/** English strings of App Home. sv/home.ts has the same keys. */
export const home = {
  title: 'Your activities',
  logActivity: 'Log activity',
  settings: 'Settings',
  nothingOpen: 'Nothing unfinished. Log what you have done or plan to do with *Log activity*.',
  groups: {
    overdue: 'Overdue',
    today: 'Today',
    upcoming: 'Upcoming (next 14 days)',
    later: 'Later',
  },
  summary: (counts: string) => `Unfinished: ${counts}`,
  more: (count: number) => `…and ${count} more — \`/activity list\` shows them all, a page at a time.`,
  snooze: 'Snooze',
  snoozeTomorrow: 'Snooze until tomorrow',
  snoozeNextWeek: 'Snooze until next week',
  snoozed: (id: number, when: string) => `Activity #${id} snoozed until ${when}.`,
  teamsHeading: 'Your teams',
  memberLoad: (who: string, unfinished: number, overdue: number) =>
    overdue > 0
      ? `${who} · ${unfinished} unfinished · :warning: ${overdue} overdue`
      : `${who} · ${unfinished} unfinished`,
  noMembers: 'No members yet.',
  moreMembers: (count: number) => `…and ${count} more`,
  moreTeams: (count: number) => `…and ${count} more teams.`,
};
