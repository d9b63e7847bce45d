import { type Locale, type Messages, messages } from '../../i18n';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { DuplicateValueError } from '../contacts/contact-ports';
import { type BrokenRecord, type CsvItem, csvRecords } from './csv-records';
import { type HeaderMap, mapHeader } from './import-columns';
import { keysOf, planBatch, type RowOutcome, rowKeys } from './import-plan';
import type { ContactImports } from './import-ports';
import { checkRow, type ImportRow, type RowProblem } from './import-row';
import { decodeText, detectEncoding, type ImportEncoding } from './text-encoding';

export interface ImportSummary {
  /** Data rows read (blank lines not counted). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Organizations created because persons named one that did not exist yet. */
  organizationsCreated: number;
  /** Headers that matched no column. */
  ignoredColumns: string[];
  /** How the file's bytes were read. */
  encoding: ImportEncoding;
}

/**
 * The file, opened as often as needed: once to learn its encoding (reading it
 * all, streamed), once to import it.
 */
export type ImportSource = () => AsyncIterable<Uint8Array | string>;

/** One problem of one row, in the importer's language. Row 1 is the header, as in a spreadsheet. */
export interface ImportRowError {
  row: number;
  /** The column's header as written in the file; empty for the row as a whole. */
  column: string;
  message: string;
}

export interface ImportOptions {
  workspaceId: number;
  locale: Locale;
  /** Called for every refused row, in row order, as soon as it is known. */
  onError(error: ImportRowError): void | Promise<void>;
  /** Called after every batch. */
  onProgress?(progress: { rows: number; bytesRead: number; summary: ImportSummary }): void | Promise<void>;
  /** Stops the import between two batches (the app is shutting down); execute() then throws ImportStopped. */
  signal?: AbortSignal;
}

/**
 * The import could not go on (the database failed, or it was stopped). Everything
 * before `row` was saved or reported, nothing from `row` on: `summary` says what.
 */
export class ImportStopped extends Error {
  constructor(
    readonly summary: ImportSummary,
    /** The first row not imported. */
    readonly row: number,
    readonly reason: unknown,
  ) {
    super(`import stopped at row ${row}: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

export const IMPORT_BATCH_SIZE = 500;

/**
 * Contact import (product §7.3): a CSV stream in, persons and organizations upserted
 * (by external id, else e-mail) in set-based batches. A batch is one transaction;
 * if it fails, its rows are saved one by one so only a bad row is refused and none
 * is half-written. Memory holds one batch, whatever the file's size.
 */
export class ImportContacts {
  constructor(
    private readonly repository: ContactImports,
    private readonly clock: Clock,
    private readonly batchSize = IMPORT_BATCH_SIZE,
  ) {}

  async execute(source: ImportSource, options: ImportOptions): Promise<ImportSummary> {
    const m = messages(options.locale);
    const encoding = await detectEncoding(bytesOf(source()));
    const summary: ImportSummary = {
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      organizationsCreated: 0,
      ignoredColumns: [],
      encoding,
    };
    let header: HeaderMap | undefined;
    let batch: ImportRow[] = [];
    let written = new Set<string>();
    let read = new Set<string>();
    // Refusals found while reading wait for the batch around them, so the report stays in row order.
    let pending: RowProblem[] = [];
    let bytesRead = 0;
    const report = async (problems: RowProblem[]) => {
      const sorted = [...problems].sort((a, b) => a.row - b.row);
      let lastRow = -1;
      for (const problem of sorted) {
        if (problem.row !== lastRow) summary.rejected++;
        lastRow = problem.row;
        await options.onError({
          row: problem.row,
          column: problem.column ? (header?.labelOf[problem.column] ?? problem.column) : '',
          message: problem.message(m),
        });
      }
    };
    /** Saves what was read; `next` is the first row not in it (where a stop would leave off). */
    const flush = async (next: number) => {
      if (batch.length === 0 && pending.length === 0) return;
      const checkProblems = pending;
      pending = [];
      const saved = await this.save(options.workspaceId, batch, summary);
      if ('stoppedAt' in saved) {
        await report([...checkProblems.filter((p) => p.row < saved.stoppedAt), ...saved.problems]);
        throw new ImportStopped(summary, saved.stoppedAt, saved.error);
      }
      await report([...checkProblems, ...saved.problems]);
      batch = [];
      written = new Set();
      read = new Set();
      await options.onProgress?.({ rows: summary.rows, bytesRead, summary });
      if (options.signal?.aborted) throw new ImportStopped(summary, next, options.signal.reason);
    };
    const handle = async (record: CsvItem) => {
      bytesRead = Math.max(bytesRead, record.bytesRead);
      if ('broken' in record) {
        if (!header) throw new AppError('import_header_unreadable', (m) => m.imports.errors.headerUnreadable);
        summary.rows++;
        pending.push(brokenProblem(record));
        if (pending.length >= this.batchSize) await flush(record.row + 1);
        return;
      }
      if (!header) {
        const mapped = mapHeader(record.fields);
        if ('problem' in mapped) throw headerError(mapped);
        header = mapped;
        summary.ignoredColumns = mapped.ignored;
        return;
      }
      if (record.fields.every((field) => field.trim() === '')) return;
      summary.rows++;
      const checked = checkRow(header, record.fields, record.row);
      if ('problems' in checked) {
        pending.push(...checked.problems);
        if (pending.length >= this.batchSize) await flush(record.row + 1);
        return;
      }
      const keys = rowKeys(checked.row);
      if (
        keys.writes.some((key) => written.has(key) || read.has(key)) ||
        keys.reads.some((key) => written.has(key))
      )
        await flush(record.row);
      for (const key of keys.writes) written.add(key);
      for (const key of keys.reads) read.add(key);
      batch.push(checked.row);
      if (batch.length >= this.batchSize) await flush(record.row + 1);
    };

    let nextRow = 1;
    try {
      for await (const record of csvRecords(decodeText(bytesOf(source()), encoding))) {
        nextRow = record.row;
        await handle(record);
        nextRow = record.row + 1;
      }
      if (!header) throw new AppError('import_empty', (m) => m.imports.errors.emptyFile);
      await flush(nextRow);
    } catch (error) {
      if (error instanceof ImportStopped || !header) throw error;
      // Reading failed half-way (the file or the connection went away): say what was saved.
      const unsaved = Math.min(batch[0]?.row ?? nextRow, pending[0]?.row ?? nextRow, nextRow);
      throw new ImportStopped(summary, unsaved, error);
    }
    await options.onProgress?.({ rows: summary.rows, bytesRead, summary });
    return summary;
  }

  /**
   * One batch in one transaction; when that fails, row by row. Answers the refused
   * rows, or where it had to stop (a failure no single row explains: the database).
   */
  private async save(
    workspaceId: number,
    rows: ImportRow[],
    summary: ImportSummary,
  ): Promise<{ problems: RowProblem[] } | { problems: RowProblem[]; stoppedAt: number; error: unknown }> {
    const [first] = rows;
    if (!first) return { problems: [] };
    try {
      const outcome = await this.saveTogether(workspaceId, rows);
      count(summary, outcome);
      return { problems: outcome.problems };
    } catch (error) {
      if (rows.length === 1) {
        // Another writer took an e-mail or external id between our read and our write.
        const field = error instanceof DuplicateValueError ? error.field : undefined;
        if (!field) return { problems: [], stoppedAt: first.row, error };
        return { problems: [{ row: first.row, column: field, message: takenMessage(field) }] };
      }
    }
    const problems: RowProblem[] = [];
    for (const row of rows) {
      const saved = await this.save(workspaceId, [row], summary);
      problems.push(...saved.problems);
      if ('stoppedAt' in saved) return { ...saved, problems };
    }
    return { problems };
  }

  private async saveTogether(workspaceId: number, rows: ImportRow[]) {
    const keys = keysOf(rows);
    const [persons, organizations] = await Promise.all([
      this.repository.personsByKeys(workspaceId, keys.persons.externalIds, keys.persons.emails),
      this.repository.organizationsByKeys(workspaceId, keys.organizations),
    ]);
    const plan = planBatch(rows, persons, organizations);
    await this.repository.applyBatch(workspaceId, plan.batch, this.clock.now());
    const organizationRows = new Set(rows.filter((row) => row.kind === 'organization').map((row) => row.row));
    const createdByOrganizationRows = plan.outcomes.filter(
      (o) => o.outcome === 'created' && organizationRows.has(o.row),
    ).length;
    return {
      outcomes: plan.outcomes,
      problems: plan.problems,
      organizationsCreated: plan.batch.newOrganizations.length - createdByOrganizationRows,
    };
  }
}

function count(
  summary: ImportSummary,
  outcome: { outcomes: { outcome: RowOutcome }[]; organizationsCreated: number },
): void {
  for (const { outcome: what } of outcome.outcomes) summary[what]++;
  summary.organizationsCreated += outcome.organizationsCreated;
}

/** Node streams give Buffers, tests and the API may give strings: the detector and decoder read bytes. */
async function* bytesOf(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

function brokenProblem(record: BrokenRecord): RowProblem {
  const { line } = record;
  return {
    row: record.row,
    column: null,
    message:
      record.broken === 'tooLong'
        ? (m) => m.imports.errors.rowTooLong(line)
        : (m) => m.imports.errors.unclosedQuote(line),
  };
}

function takenMessage(field: 'email' | 'externalId'): (m: Messages) => string {
  return field === 'email' ? (m) => m.contacts.errors.emailTaken : (m) => m.contacts.errors.externalIdTaken;
}

function headerError(problem: Exclude<ReturnType<typeof mapHeader>, HeaderMap>): AppError {
  if (problem.problem === 'noName')
    return new AppError('import_no_name_column', (m) => m.imports.errors.noNameColumn);
  const [first, second] = problem.headers;
  return new AppError('import_duplicate_column', (m) => m.imports.errors.duplicateColumn(first, second));
}
