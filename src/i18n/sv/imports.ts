import type { Messages } from '../en';

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
    reportHeader: ['rad', 'kolumn', 'meddelande'],
  },
};
