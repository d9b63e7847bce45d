/** English strings of the daily digest. sv/digests.ts has the same keys. */
export const digests = {
  title: (date: string) => `Your activities · ${date}`,
  greetings: {
    morning: 'Good morning!',
    afternoon: 'Good afternoon!',
    evening: 'Good evening!',
  },
  intro: (counts: string) => `Unfinished: ${counts}`,
  groups: {
    overdue: 'Overdue',
    today: 'Today',
    upcoming: 'Upcoming (next 7 days)',
  },
  fallback: (counts: string) => `Your daily digest — unfinished: ${counts}`,
  moreInHome: (count: number, homeUrl: string) => `…and ${count} more — see <${homeUrl}|App Home>.`,
  morePlain: (count: number) => `…and ${count} more — see the Touchbase *Home* tab.`,
  allDone: ':tada: Nothing unfinished for the coming week. Well done!',
};
