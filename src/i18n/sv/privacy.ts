import type { Messages } from '../en';

const activityCount = (n: number) => (n === 1 ? '1 aktivitet' : `${n} aktiviteter`);

/** Svenska texter för dataskydd i `/activity admin` (product §8). */
export const privacy: Messages['privacy'] = {
  heading: 'Dataskydd',
  intro:
    'Exportera allt Touchbase lagrar om en person (JSON, till dina direktmeddelanden), eller radera personen med aktiviteter och historik. Raderingar och exporter loggas i granskningsloggen utan personuppgifter.',
  open: 'Exportera eller radera en person…',
  formTitle: 'Dataskydd',
  continue: 'Fortsätt',
  personLabel: 'Person',
  personHint: 'Sök på namn, e-post, telefon eller externt id; arkiverade personer finns med.',
  archived: 'arkiverad',
  actionLabel: 'Vad vill du göra?',
  exportOption: 'Exportera uppgifterna (JSON till mina DM)',
  eraseOption: 'Radera personen…',
  confirmTitle: 'Radera person',
  confirmButton: 'Radera',
  confirmQuestion: (name: string, activities: number, history: number) =>
    `Radera *${name}* för gott? Det tar bort personen, ${activities === 1 ? '1 aktivitet' : `${activities} aktiviteter`} om personen (även raderade och privata) och ${history === 1 ? '1 historikpost' : `${history} historikposter`}. Historik på andra aktiviteter som nämner personen maskeras. Det går inte att ångra.`,
  confirmAudit:
    'Granskningsloggen sparar vem som raderade vem och när, med antalen, aldrig namnet eller kontaktuppgifterna.',
  exportIncludesPrivate:
    'Exporten innehåller även privata och raderade aktiviteter: rätten till tillgång gäller allt som lagras om personen. Det antecknas i granskningsloggen.',
  exported: (name: string, activities: number, privates: number) =>
    `Uppgifterna om *${name}* har skickats till dina direktmeddelanden: ${activityCount(activities)}, varav ${privates} ${privates === 1 ? 'privat' : 'privata'} (privata aktiviteter ingår, som rätten till tillgång kräver; det står i granskningsloggen).`,
  exportComment: (name: string, activities: number, privates: number) =>
    `Allt Touchbase lagrar om ${name} (registerutdrag enligt GDPR): ${activityCount(activities)}, även privata (${privates}). Hantera det varsamt.`,
  exportFailed: 'Exporten kunde inte laddas upp till dina direktmeddelanden. Försök igen.',
  erased: (activities: number, history: number) =>
    `Personen är raderad, liksom ${activities === 1 ? '1 aktivitet' : `${activities} aktiviteter`} och ${history === 1 ? '1 historikpost' : `${history} historikposter`}.`,
  choosePerson: 'Välj en person i listan.',
};
