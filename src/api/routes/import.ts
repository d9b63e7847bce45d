import { z } from 'zod';
import type { ImportRowError } from '../../domain/imports/import-contacts';
import type { ApiRouteContext } from '../api-router';
import { problemLocale } from '../problem';
import { text } from '../schemas/common';

/** CSV bodies may be much larger than JSON ones: 20 MB is about 150 k typical contact rows. */
export const IMPORT_BODY_LIMIT = '20mb';
/** Per-row errors in the answer; the summary still counts every refused row. */
export const IMPORT_ERRORS_SHOWN = 1000;

const importResponse = z.object({
  rows: z.int().meta({ description: 'Data rows read (blank lines not counted)' }),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  rejected: z.int(),
  organizationsCreated: z.int().meta({ description: 'Organizations created because persons named them' }),
  ignoredColumns: z.array(z.string()).meta({ description: 'Headers that matched no column' }),
  errors: z
    .array(
      z.object({
        row: z.int().meta({ description: 'Row in the file; the header is row 1' }),
        column: z.string().meta({ description: 'The header of the column, empty for the whole row' }),
        message: z.string(),
      }),
    )
    .meta({ description: `The first ${IMPORT_ERRORS_SHOWN} problems, in row order` }),
  errorsTruncated: z.boolean(),
});

/** SPEC 7.3: `POST /import` with a CSV body, the same import as `npm run import`. */
export function importRoutes({ route, deps }: ApiRouteContext): void {
  route(
    {
      method: 'post',
      path: '/import',
      operationId: 'importContacts',
      summary: 'Import persons and organizations from CSV',
      description:
        'Columns, header names (English or Swedish) and rules as in the README, “Importing contacts”: upsert by external id, else e-mail; `,` or `;`; UTF-8 with or without BOM. A bad row is reported and never stops the others. Bodies up to 20 MB.',
      tag: 'Contacts',
      scopes: ['contacts:write'],
      body: {
        // A NUL anywhere (a UTF-16 file saved as CSV has one in every other byte) refuses the whole file.
        schema: text(),
        contentType: 'text/csv',
        limit: IMPORT_BODY_LIMIT,
        description: 'The CSV file, header line first',
      },
      responses: {
        200: { description: 'The summary and the first per-row errors', schema: importResponse },
        413: { description: 'Body over 20 MB: split the file' },
        422: { description: 'No header line, no name column, or a column given twice' },
      },
    },
    async ({ api, body, req, res }) => {
      const errors: ImportRowError[] = [];
      let errorCount = 0;
      const summary = await deps.imports.run(
        (async function* () {
          yield body;
        })(),
        {
          workspaceId: api.workspace.id,
          locale: problemLocale(req, res),
          onError: (error) => {
            errorCount++;
            if (errors.length < IMPORT_ERRORS_SHOWN) errors.push(error);
          },
        },
      );
      return { status: 200, body: { ...summary, errors, errorsTruncated: errorCount > errors.length } };
    },
  );
}
