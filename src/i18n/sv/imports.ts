import type { Messages } from '../en';
import { encodingName } from '../en/imports';

/** Svenska texter för kontaktimporten (CLI och API). */
export const imports: Messages['imports'] = {
  errors: {
    kindUnknown: 'Sorten måste vara person eller organisation.',
    organizationOnOrganization: 'En organisationsrad kan inte ange en annan organisation.',
    otherExternalId: 'E-postadressen tillhör en kontakt med ett annat externt id.',
    unknownOrgNumber: 'Ingen organisation har det här organisationsnumret; ange namnet för att skapa den.',
    emptyFile: 'Filen är tom: den behöver en rubrikrad som namnger kolumnerna.',
    noNameColumn:
      'Rubrikraden saknar en namnkolumn (namn eller name). Se ”Importera kontakter” i README för kolumnerna.',
    duplicateColumn: (first: string, second: string) =>
      `Kolumnerna ”${first}” och ”${second}” betyder samma sak; behåll en av dem.`,
    nulCharacter:
      'Raden innehåller ett NUL-tecken (en nollbyte), som inte är text: filen kan vara skadad. Raden importerades inte.',
    replacementCharacter:
      'Raden innehåller ”\uFFFD”, tecknet för en bokstav som gick förlorad när filen konverterades tidigare. Rätta raden; den importerades inte.',
    unclosedQuote: (line: number) =>
      `Rad ${line} i filen: ett fält börjar med ett citattecken (") som aldrig avslutas, så raden kunde inte läsas. Lägg till det avslutande citattecknet eller ta bort det; raderna efter lästes som vanligt.`,
    rowTooLong: (line: number) =>
      `Rad ${line} i filen: raden är längre än 100 000 tecken, så den kunde inte läsas.`,
    headerUnreadable:
      'Rubrikraden har ett citattecken (") som aldrig avslutas, så kolumnerna kan inte läsas. Rätta filens första rad.',
    invalidUtf8: (line: number) =>
      `Filen börjar med en UTF-8-byteordningsmarkering, men rad ${line} innehåller byte som inte är UTF-8. Inget importerades, så att inga bokstäver sparas fel. Spara filen igen som ”CSV UTF-8” och importera den på nytt.`,
    invalidUtf16:
      'Filen börjar med en UTF-16-byteordningsmarkering, men innehåller byte som inte är UTF-16-text. Inget importerades. Spara filen igen som ”CSV UTF-8” och importera den på nytt.',
    utf32: 'Filen är i UTF-32, som importen inte läser. Spara den som ”CSV UTF-8” och importera den på nytt.',
    utf16WithoutBom:
      'Filen ser ut att vara UTF-16 utan byteordningsmarkering, så byteordningen är okänd. Inget importerades. Spara den som ”CSV UTF-8” och importera den på nytt.',
    unknownEncoding: (line: number) =>
      `Filen är inte UTF-8 (rad ${line} innehåller byte som UTF-8 inte tillåter), och bokstäverna går inte heller säkert att läsa som Windows-1252 (det Excel kallar ”CSV” i Västeuropa). Inget importerades, så att inga bokstäver sparas fel. Spara filen som ”CSV UTF-8” och importera den på nytt.`,
    lineTooLong: (line: number) =>
      `Rad ${line} är längre än 1 000 000 byte: det här är ingen kontaktlista. Inget importerades.`,
  },
  cli: {
    usage: 'Användning: npm run import -- <fil.csv> [--workspace T0123ABCD]',
    fileMissing: (file: string) => `Kan inte läsa ${file}: filen finns inte.`,
    workspaceUnknown: (id: string) => `Ingen arbetsyta har Slack-team-id ${id}.`,
    workspaceNeeded: (ids: string) => `Det finns flera arbetsytor; välj en med --workspace (${ids}).`,
    noWorkspace: 'Ingen arbetsyta ännu: starta Touchbase en gång så att den lär känna sin Slack-arbetsyta.',
    importing: (file: string, workspace: string) => `Importerar ${file} till ${workspace}…`,
    progress: (rows: number, percent: number) => `${rows} rader lästa (${percent} %)`,
    summary: (s) =>
      `${s.rows} rader: ${s.created} skapade, ${s.updated} uppdaterade, ${s.unchanged} oförändrade, ${s.rejected} avvisade.`,
    organizationsCreated: (count: number) =>
      `${count} ${count === 1 ? 'organisation' : 'organisationer'} skapade för personer som angav dem.`,
    ignoredColumns: (columns: string) => `Kolumner som inte importerades (okända): ${columns}.`,
    errorsHeading: (shown: number, total: number) =>
      shown < total ? `De första ${shown} av ${total} problemen:` : 'Problem:',
    errorLine: (row: number, column: string, message: string) =>
      `  rad ${row}${column ? `, ${column}` : ''}: ${message}`,
    errorFile: (file: string) => `Alla problem finns i ${file}.`,
    failed: (message: string) => `Importen avbröts: ${message}`,
    stopped: (row: number, reason: string) =>
      `Importen avbröts vid rad ${row} (${reason}). Raderna före den sparades eller rapporterades, som summeringen ovan visar; inget från rad ${row} och framåt. Det går bra att importera filen igen: sparade rader räknas då som oförändrade.`,
    readAs: (encoding: string) =>
      `Filen lästes som ${encoding === 'windows-1252' ? 'Windows-1252 (Excels ”CSV”)' : encodingName(encoding)}.`,
    reportHeader: ['rad', 'kolumn', 'meddelande'],
  },
  jobs: {
    stopped: (row: number) =>
      `Importen avbröts vid rad ${row} på grund av ett internt fel (databasen svarade inte). Raderna före den sparades eller rapporterades, som summeringen visar; inget från rad ${row} och framåt. Det går bra att skicka filen igen: sparade rader räknas då som oförändrade.`,
    interrupted:
      'Appen stoppades medan importen pågick. Raderna som summeringen räknar sparades; resten gjorde det inte. Det går bra att skicka filen igen: sparade rader räknas då som oförändrade.',
    failed: 'Importen misslyckades på grund av ett fel i Touchbase. Raderna som summeringen räknar sparades.',
    notFound: (id: string) =>
      `Det finns inget importjobb ${id} i den här arbetsytan (avslutade jobb sparas i 7 dagar).`,
  },
};
