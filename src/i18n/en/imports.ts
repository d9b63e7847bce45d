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
    reportHeader: ['row', 'column', 'message'],
  },
};
