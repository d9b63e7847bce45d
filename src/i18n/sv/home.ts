import type { home as english } from '../en/home';

/** Svenska texter för appens startsida (App Home). */
export const home: typeof english = {
  title: 'Dina aktiviteter',
  logActivity: 'Registrera aktivitet',
  settings: 'Inställningar',
  nothingOpen: 'Inget ofärdigt. Registrera det du gjort eller planerar med *Registrera aktivitet*.',
  groups: {
    overdue: 'Försenade',
    today: 'I dag',
    upcoming: 'Kommande (14 dagar)',
    later: 'Senare',
  },
  summary: (counts: string) => `Ofärdiga: ${counts}`,
  more: (count: number) => `…och ${count} till — \`/activity list\` visar alla, en sida i taget.`,
  snooze: 'Skjut upp',
  snoozeTomorrow: 'Skjut upp till i morgon',
  snoozeNextWeek: 'Skjut upp till nästa vecka',
  snoozed: (id: number, when: string) => `Aktivitet #${id} uppskjuten till ${when}.`,
  teamsHeading: 'Dina team',
  memberLoad: (who: string, unfinished: number, overdue: number) =>
    overdue > 0
      ? `${who} · ${unfinished} ofärdiga · :warning: ${overdue} försenade`
      : `${who} · ${unfinished} ofärdiga`,
  noMembers: 'Inga medlemmar än.',
  moreMembers: (count: number) => `…och ${count} till`,
  moreTeams: (count: number) => `…och ${count} team till.`,
};
