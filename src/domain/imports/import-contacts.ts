import type { ImportRepository } from '../../db/repositories/import-repository';
import { duplicateField } from '../../db/repositories/unique-violation';
import { type Locale, type Messages, messages } from '../../i18n';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { csvRecords } from './csv-records';
import { type HeaderMap, mapHeader } from './import-columns';
import { keysOf, planBatch, type RowOutcome, rowKeys } from './import-plan';
import { checkRow, type ImportRow, type RowProblem } from './import-row';

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
}

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
  onProgress?(progress: { rows: number; bytesRead: number }): void;
}

export const IMPORT_BATCH_SIZE = 500;

/**
 * Contact import (SPEC 7.3): a CSV stream in, persons and organizations upserted
 * (by external id, else e-mail) in set-based batches. A batch is one transaction;
 * if it fails, its rows are saved one by one so only a bad row is refused and none
 * is half-written. Memory holds one batch, whatever the file's size.
 */
export class ImportContacts {
  constructor(
    private readonly repository: ImportRepository,
    private readonly clock: Clock,
    private readonly batchSize = IMPORT_BATCH_SIZE,
  ) {}

  async run(source: AsyncIterable<Buffer | string>, options: ImportOptions): Promise<ImportSummary> {
    const m = messages(options.locale);
    const summary: ImportSummary = {
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      organizationsCreated: 0,
      ignoredColumns: [],
    };
    let header: HeaderMap | undefined;
    let batch: ImportRow[] = [];
    let written = new Set<string>();
    let read = new Set<string>();
    // Refusals found while reading wait for the batch around them, so the report stays in row order.
    let pending: RowProblem[] = [];
    let bytesRead = 0;
    let recordNumber = 0;
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
    const flush = async () => {
      if (batch.length === 0 && pending.length === 0) return;
      const checkProblems = pending;
      pending = [];
      await report([...checkProblems, ...(await this.save(options.workspaceId, batch, summary))]);
      batch = [];
      written = new Set();
      read = new Set();
      options.onProgress?.({ rows: summary.rows, bytesRead });
    };

    for await (const record of csvRecords(source)) {
      recordNumber++;
      bytesRead = record.bytesRead;
      if (!header) {
        const mapped = mapHeader(record.fields);
        if ('problem' in mapped) throw headerError(mapped);
        header = mapped;
        summary.ignoredColumns = mapped.ignored;
        continue;
      }
      if (record.fields.every((field) => field.trim() === '')) continue;
      summary.rows++;
      const checked = checkRow(header, record.fields, recordNumber);
      if ('problems' in checked) {
        pending.push(...checked.problems);
        if (pending.length >= this.batchSize) await flush();
        continue;
      }
      const keys = rowKeys(checked.row);
      if (
        keys.writes.some((key) => written.has(key) || read.has(key)) ||
        keys.reads.some((key) => written.has(key))
      )
        await flush();
      for (const key of keys.writes) written.add(key);
      for (const key of keys.reads) read.add(key);
      batch.push(checked.row);
      if (batch.length >= this.batchSize) await flush();
    }
    if (!header) throw new AppError('import_empty', (m) => m.imports.errors.emptyFile);
    await flush();
    options.onProgress?.({ rows: summary.rows, bytesRead });
    return summary;
  }

  /** One batch in one transaction; when that fails, row by row. Answers the refused rows. */
  private async save(workspaceId: number, rows: ImportRow[], summary: ImportSummary): Promise<RowProblem[]> {
    if (rows.length === 0) return [];
    try {
      const outcome = await this.saveTogether(workspaceId, rows);
      count(summary, outcome);
      return outcome.problems;
    } catch (error) {
      const [row] = rows;
      if (rows.length === 1 && row) {
        // Another writer took an e-mail or external id between our read and our write.
        const field = duplicateField(error);
        if (!field) throw error;
        return [{ row: row.row, column: field, message: takenMessage(field) }];
      }
    }
    const problems: RowProblem[] = [];
    for (const row of rows) problems.push(...(await this.save(workspaceId, [row], summary)));
    return problems;
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

function takenMessage(field: 'email' | 'externalId'): (m: Messages) => string {
  return field === 'email' ? (m) => m.contacts.errors.emailTaken : (m) => m.contacts.errors.externalIdTaken;
}

function headerError(problem: Exclude<ReturnType<typeof mapHeader>, HeaderMap>): AppError {
  if (problem.problem === 'noName')
    return new AppError('import_no_name_column', (m) => m.imports.errors.noNameColumn);
  const [first, second] = problem.headers;
  return new AppError('import_duplicate_column', (m) => m.imports.errors.duplicateColumn(first, second));
}
