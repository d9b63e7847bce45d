/** How an encoding is named to people. */
export function encodingName(encoding: string): string {
  const names: Record<string, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Excel’s “CSV”)',
  };
  return names[encoding] ?? encoding;
}

/** English strings of the contact import (CLI and API). sv/imports.ts has the same keys. */
export const imports = {
  errors: {
    kindUnknown: 'The kind must be person or organization.',
    organizationOnOrganization: 'An organization row cannot name another organization.',
    otherExternalId: 'This e-mail address belongs to a contact with another external id.',
    unknownOrgNumber: 'No organization has this organization number; add its name to create it.',
    emptyFile: 'The file is empty: it needs a header line naming the columns.',
    noNameColumn:
      'The header line has no name column (name or namn). See “Importing contacts” in the README for the columns.',
    duplicateColumn: (first: string, second: string) =>
      `The columns “${first}” and “${second}” mean the same thing; keep one of them.`,
    nulCharacter:
      'The row holds a NUL character (a zero byte), which is not text: the file may be damaged. The row was not imported.',
    replacementCharacter:
      'The row holds “\uFFFD”, the mark of a letter lost when the file was converted earlier. Correct the row; it was not imported.',
    unclosedQuote: (line: number) =>
      `Line ${line}: a field starts with a quote (") that is never closed, so this row could not be read. Add the closing quote or remove it; the rows after it were read as usual.`,
    rowTooLong: (line: number) =>
      `Line ${line}: the row is longer than 100,000 characters, so it could not be read.`,
    headerUnreadable:
      'The header line has a quote (") that is never closed, so the columns cannot be read. Correct the first line of the file.',
    invalidUtf8: (line: number) =>
      `The file starts with a UTF-8 byte order mark, but line ${line} holds bytes that are not UTF-8. Nothing was imported, so that no letters are stored wrong. Save the file again as “CSV UTF-8” and import it again.`,
    invalidUtf16:
      'The file starts with a UTF-16 byte order mark, but holds bytes that are not UTF-16 text. Nothing was imported. Save the file again as “CSV UTF-8” and import it again.',
    utf32: 'The file is UTF-32, which the import does not read. Save it as “CSV UTF-8” and import it again.',
    utf16WithoutBom:
      'The file looks like UTF-16 without a byte order mark, so its byte order is unknown. Nothing was imported. Save it as “CSV UTF-8” and import it again.',
    unknownEncoding: (line: number) =>
      `The file is not UTF-8 (line ${line} holds bytes UTF-8 does not allow), and its letters do not clearly read as Windows-1252 (what Excel calls “CSV” in Western Europe) either. Nothing was imported, so that no letters are stored wrong. Save the file as “CSV UTF-8” and import it again.`,
    lineTooLong: (line: number) =>
      `Line ${line} is longer than 1,000,000 bytes: this is not a contact list. Nothing was imported.`,
  },
  cli: {
    usage: 'Usage: npm run import -- <file.csv> [--workspace T0123ABCD]',
    fileMissing: (file: string) => `Cannot read ${file}: no such file.`,
    workspaceUnknown: (id: string) => `No workspace has the Slack team id ${id}.`,
    workspaceNeeded: (ids: string) => `Several workspaces exist; choose one with --workspace (${ids}).`,
    noWorkspace: 'No workspace yet: start Touchbase once so it learns its Slack workspace.',
    importing: (file: string, workspace: string) => `Importing ${file} into ${workspace}…`,
    progress: (rows: number, percent: number) => `${rows} rows read (${percent}%)`,
    summary: (s: { rows: number; created: number; updated: number; unchanged: number; rejected: number }) =>
      `${s.rows} rows: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected.`,
    organizationsCreated: (count: number) =>
      `${count} ${count === 1 ? 'organization' : 'organizations'} created for the persons that named them.`,
    ignoredColumns: (columns: string) => `Columns not imported (unknown): ${columns}.`,
    errorsHeading: (shown: number, total: number) =>
      shown < total ? `The first ${shown} of ${total} problems:` : 'Problems:',
    errorLine: (row: number, column: string, message: string) =>
      `  row ${row}${column ? `, ${column}` : ''}: ${message}`,
    errorFile: (file: string) => `Every problem is listed in ${file}.`,
    failed: (message: string) => `The import stopped: ${message}`,
    stopped: (row: number, reason: string) =>
      `The import stopped at row ${row} (${reason}). The rows before it were saved or reported, as counted above; none from row ${row} on. Importing the file again is safe: saved rows count as unchanged.`,
    readAs: (encoding: string) => `The file was read as ${encodingName(encoding)}.`,
    reportHeader: ['row', 'column', 'message'],
  },
  jobs: {
    stopped: (row: number) =>
      `The import stopped at row ${row} because of an internal error (the database did not answer). The rows before it were saved or reported, as the summary counts; none from row ${row} on. Sending the file again is safe: saved rows count as unchanged.`,
    interrupted:
      'The app stopped while this import ran. The rows the summary counts were saved; the rest were not. Sending the file again is safe: saved rows count as unchanged.',
    failed: 'The import failed because of an error in Touchbase. The rows the summary counts were saved.',
    notFound: (id: string) =>
      `There is no import job ${id} in this workspace (finished jobs are kept 7 days).`,
  },
};
