import fs from 'node:fs';
import path from 'node:path';
import type { ResultRow } from './benchmark';

const COLUMNS: [title: string, cell: (row: ResultRow) => string][] = [
  ['benchmark', (row) => row.benchmark],
  ['database', (row) => row.database],
  ['rows', (row) => row.rows.toLocaleString('en-US')],
  ['requests', (row) => String(row.requests)],
  ['p50 ms', (row) => ms(row.p50Ms)],
  ['p95 ms', (row) => ms(row.p95Ms)],
  ['p99 ms', (row) => ms(row.p99Ms)],
  ['baseline p99', (row) => ms(row.baselineP99Ms)],
  ['ratio', (row) => (Number.isFinite(row.baselineP99Ms) ? (row.p99Ms / row.baselineP99Ms).toFixed(2) : '-')],
  ['measured', (row) => `${row.criterion.name} ${row.criterion.value.toFixed(2)}`],
  ['target', target],
  ['pass', (row) => (row.criterion.informational ? (row.pass ? '(info)' : 'NO') : row.pass ? 'yes' : 'NO')],
];

function target({ criterion }: ResultRow): string {
  const limit = `${criterion.atLeast ? '≥' : '≤'} ${criterion.limit}`;
  return criterion.informational ? `(${limit})` : limit;
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '-';
}

/** A plain-text table, left-aligned text and right-aligned numbers, for the terminal and the PR. */
export function formatTable(rows: ResultRow[]): string {
  const cells = rows.map((row) => COLUMNS.map(([, cell]) => cell(row)));
  const widths = COLUMNS.map(([title], i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const textColumns = 2;
  const line = (values: string[]) =>
    values
      .map((value, i) => (i < textColumns ? value.padEnd(widths[i]!) : value.padStart(widths[i]!)))
      .join('  ');
  return [
    line(COLUMNS.map(([title]) => title)),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
  ].join('\n');
}

/** The same results as JSON, timestamped and as latest.json, under bench/results/. */
export function writeResults(report: object, startedAt: Date): string[] {
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const files = [path.join(dir, `${stamp}.json`), path.join(dir, 'latest.json')];
  const json = `${JSON.stringify(report, null, 2)}\n`;
  for (const file of files) fs.writeFileSync(file, json);
  return files;
}
