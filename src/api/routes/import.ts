import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { type ImportRowError, ImportStopped, type ImportSummary } from '../../domain/imports/import-contacts';
import { IMPORT_JOB_ERRORS_KEPT, type ImportJobView } from '../../domain/imports/import-jobs';
import { messages } from '../../i18n';
import type { ApiRouteContext } from '../api-route-context';
import { apiContext, requireScope } from '../auth';
import { receiveCsv, SYNC_IMPORT_MAX_BYTES } from '../import-body';
import type { ApiOperation } from '../openapi/registry';
import { ApiProblem, problemLocale } from '../problem';
import { foundResponses } from '../schemas/common';

/** Per-row errors in an answer; the summary still counts every refused row. */
export const IMPORT_ERRORS_SHOWN = IMPORT_JOB_ERRORS_KEPT;
/** Where large bodies wait for their job; a file is deleted when its job ends. */
export const IMPORT_SPOOL_DIR = path.join(os.tmpdir(), 'touchbase-imports');

const importResult = z.object({
  rows: z.int().meta({ description: 'Data rows read (blank lines not counted)' }),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  rejected: z.int(),
  organizationsCreated: z.int().meta({ description: 'Organizations created because persons named them' }),
  ignoredColumns: z.array(z.string()).meta({ description: 'Headers that matched no column' }),
  encoding: z
    .enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'])
    .meta({ description: 'How the file’s bytes were read (detected)' }),
  errors: z
    .array(
      z.object({
        row: z.int().meta({ description: 'Row in the file; the header is row 1' }),
        column: z.string().meta({ description: 'The header of the column, empty for the whole row' }),
        message: z
          .string()
          .meta({ description: 'What is wrong; names the line for a row that could not be read' }),
      }),
    )
    .meta({ description: `The first ${IMPORT_ERRORS_SHOWN} problems, in row order` }),
  errorsTruncated: z.boolean(),
});

const importJob = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed', 'interrupted']).meta({
    description:
      'running; done (see result); failed (the file was refused or the import stopped: see problem); interrupted (the app stopped: result counts what was saved; send the file again)',
  }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  progress: z.object({
    bytesRead: z.int(),
    bytesTotal: z.int(),
    percent: z.int().meta({ description: 'Bytes read, 0–100' }),
    rows: z.int().meta({ description: 'Data rows handled so far' }),
  }),
  result: importResult
    .nullable()
    .meta({ description: 'Counts so far while running; the summary and error report when done' }),
  problem: z.string().nullable().meta({ description: 'Why the job failed or was interrupted' }),
});

function resultBody(summary: ImportSummary, errors: ImportRowError[], errorCount: number) {
  return { ...summary, errors, errorsTruncated: errorCount > errors.length };
}

function jobBody(job: ImportJobView) {
  return {
    id: job.id,
    status: job.status,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    progress: {
      bytesRead: job.bytesRead,
      bytesTotal: job.bytesTotal,
      percent: job.bytesTotal > 0 ? Math.min(100, Math.floor((job.bytesRead / job.bytesTotal) * 100)) : 100,
      rows: job.summary?.rows ?? 0,
    },
    result: job.summary ? resultBody(job.summary, job.errors, job.errorCount) : null,
    problem: job.problem,
  };
}

const SYNC_KB = SYNC_IMPORT_MAX_BYTES / 1024;

const postImport: ApiOperation = {
  method: 'post',
  path: '/import',
  operationId: 'importContacts',
  summary: 'Import persons and organizations from CSV',
  description: `Columns, header names (English or Swedish) and rules as in the README, “Importing contacts”: upsert by external id, else e-mail; \`,\`, \`;\` or tab; UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252, detected (a file whose encoding is unsure is refused with 422). A bad row is reported and never stops the others. Bodies up to ${SYNC_KB} KB are imported at once (200); larger ones, or any with \`Prefer: respond-async\`, become an import job (202 with \`Location\`: poll \`GET /import/{jobId}\`). Bodies up to 20 MB; \`Content-Encoding\` gzip, deflate or br.`,
  tag: 'Contacts',
  scopes: ['contacts:write'],
  headers: z.object({
    Prefer: z
      .string()
      .optional()
      .meta({ description: '`respond-async`: answer 202 with a job even for a small body' }),
  }),
  body: {
    schema: z.string(),
    contentType: 'text/csv',
    limit: '20mb',
    description: 'The CSV file, header line first',
  },
  responses: {
    200: {
      description: `Bodies up to ${SYNC_KB} KB: the summary and the first per-row errors`,
      schema: importResult,
    },
    202: {
      description:
        'Larger bodies: the import job, started. `Location` is its status URL (`GET /import/{jobId}`); `Retry-After` says when to look.',
      schema: importJob,
    },
    413: { description: 'Body over 20 MB: split the file' },
    415: { description: 'Not text/csv, or an unknown Content-Encoding' },
    422: {
      description:
        'The file as a whole is refused: empty, no name column, a column twice, an unsure or broken encoding (the problem type names it, e.g. `urn:touchbase:problem:import-unknown-encoding`)',
    },
    500: {
      description:
        'The import stopped part-way (the database failed); the detail says from which row nothing was saved',
    },
  },
};

/** product §7.3: `POST /import` with a CSV body, the same import as `npm run import`; large ones as jobs. */
export function importRoutes({ router, openapi, route, deps }: ApiRouteContext): void {
  // Registered by hand: the body is streamed (to a file when large), not parsed into memory.
  openapi.add(postImport);
  router.post('/import', requireScope('contacts:write'), async (req, res) => {
    const locale = problemLocale(req, res);
    const m = messages(locale);
    const { workspace, token } = apiContext(res);
    const id = randomUUID();
    const spoolFile = path.join(IMPORT_SPOOL_DIR, `${id}.csv`);
    const wantsJob = /\brespond-async\b/i.test(req.get('prefer') ?? '');
    const body = await receiveCsv(req, { inMemoryUpTo: wantsJob ? 0 : SYNC_IMPORT_MAX_BYTES, spoolFile, m });
    if (body.kind === 'file') {
      const release = () => fs.promises.rm(body.path, { force: true });
      const job = await deps.importJobs
        .start({
          id,
          workspaceId: workspace.id,
          tokenId: token.id,
          locale,
          bytesTotal: body.size,
          source: () => fs.createReadStream(body.path, { highWaterMark: 256 * 1024 }),
          release,
        })
        .catch(async (error: unknown) => {
          await release();
          throw error;
        });
      res
        .status(202)
        .location(`${req.baseUrl}/import/${id}`)
        .setHeader('Retry-After', '2')
        .json(jobBody(job));
      return;
    }
    const errors: ImportRowError[] = [];
    let errorCount = 0;
    try {
      const summary = await deps.imports.execute(
        async function* () {
          yield body.bytes;
        },
        {
          workspaceId: workspace.id,
          locale,
          onError: (error) => {
            errorCount++;
            if (errors.length < IMPORT_ERRORS_SHOWN) errors.push(error);
          },
        },
      );
      res.status(200).json(resultBody(summary, errors, errorCount));
    } catch (error) {
      if (!(error instanceof ImportStopped)) throw error;
      deps.logger.error({ err: error.reason }, 'import stopped part-way');
      throw new ApiProblem(500, {
        type: 'import-stopped',
        title: m.api.problems.internalTitle,
        detail: m.imports.jobs.stopped(error.row),
      });
    }
  });

  route(
    {
      method: 'get',
      path: '/import/{jobId}',
      operationId: 'getImportJob',
      summary: 'Progress and result of an import job',
      description: `A job from \`POST /import\` (202): its status, progress, and when done the summary and the first ${IMPORT_ERRORS_SHOWN} row errors. Readable from any replica; finished jobs are kept 7 days.`,
      tag: 'Contacts',
      scopes: ['contacts:write'],
      params: z.object({ jobId: z.uuid().meta({ description: 'From the Location of the 202 answer' }) }),
      responses: foundResponses(
        { description: 'The job', schema: importJob },
        'No such job in this workspace',
      ),
    },
    async ({ params, api, req, res }) => {
      const job = await deps.importJobs.get(api.workspace.id, params.jobId);
      if (!job) {
        const m = messages(problemLocale(req, res));
        throw new ApiProblem(404, {
          type: 'not-found',
          title: m.api.problems.notFoundTitle,
          detail: m.imports.jobs.notFound(params.jobId),
        });
      }
      return { status: 200, body: jobBody(job) };
    },
  );
}
