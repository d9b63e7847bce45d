import type { digests as english } from '../en/digests';

/** Dagliga sammanfattningen. */
export const digests: typeof english = {
  title: (date: string) => `Dina aktiviteter · ${date}`,
  greetings: {
    morning: 'God morgon!',
    afternoon: 'God eftermiddag!',
    evening: 'God kväll!',
  },
  intro: (counts: string) => `Ej klara: ${counts}`,
  groups: {
    overdue: 'Försenade',
    today: 'I dag',
    upcoming: 'Kommande (7 dagar)',
  },
  fallback: (counts: string) => `Din dagliga sammanfattning — ej klara: ${counts}`,
  moreInHome: (count: number, homeUrl: string) => `…och ${count} till — se <${homeUrl}|Hem-fliken>.`,
  morePlain: (count: number) => `…och ${count} till — se fliken *Hem* i Touchbase.`,
  allDone: ':tada: Inget ofärdigt den kommande veckan. Bra jobbat!',
};
