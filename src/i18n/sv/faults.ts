import type { Messages } from '../en';

/** Svenska: samma nycklar som ../en/faults.ts. */
export const faults: Messages['faults'] = {
  input: {
    unstorableText:
      'Innehåller tecken som inte kan sparas (ett NUL-tecken eller trasig Unicode). Ta bort dem och försök igen.',
    dateOutOfRange: 'Måste vara ett datum mellan åren 0001 och 9999.',
    pathEncodingTitle: 'Felaktig URL',
    pathEncodingDetail: 'Sökvägen har en felaktig %-kodning; koda den som UTF-8, t.ex. %C3%A5 för å.',
    pathEncodingField: 'Inte giltig %-kodad UTF-8.',
    contentEncodingTitle: 'Innehållskodningen stöds inte',
    contentEncodingField: (encoding: string) =>
      `"${encoding}" stöds inte: skicka innehållet okomprimerat eller som gzip, deflate eller br.`,
    bodyUnreadableTitle: 'Oläsbart innehåll',
    bodyUnreadableField: 'Innehållet går inte att packa upp så som Content-Encoding anger.',
    bodyIncompleteField: 'Innehållet kunde inte läsas helt; skicka det igen.',
  },
  database: {
    unavailableTitle: 'Databasen är inte tillgänglig',
    unavailableDetail: 'Touchbase når inte sin databas just nu. Försök igen om en minut.',
    slack: 'Touchbase når inte sin databas just nu. Försök igen om en minut.',
  },
  modal: {
    expired:
      'Slack tog för lång tid på sig att öppna formuläret, så det öppnades inte. Försök igen (kör kommandot eller tryck på knappen en gång till).',
    rateLimited:
      'Slack har mycket att göra just nu och öppnade inte formuläret. Vänta några sekunder och försök igen.',
    slackError:
      'Slack kunde inte öppna formuläret på grund av ett fel hos Slack. Försök igen om en minut; om det fortsätter, se https://slack-status.com.',
  },
};
