import { CsvError, parse } from 'csv-parse';

/**
 * CSV records from decoded text, read by csv-parse (RFC 4180 plus what
 * spreadsheets write): `,`, `;` or tab between fields (decided from the header
 * line, outside quotes), quoted fields with doubled quotes and line breaks, CRLF,
 * LF or CR line ends, and quotes inside an unquoted field taken literally.
 *
 * A quote that opens a field and is never closed would make the parser read the
 * rest of the file as that one field. Such a record is reported as broken on the
 * line where it starts, and reading goes on from the next line with a new parser,
 * so one stray quote costs one row. Text is held from the end of the last good
 * record only (a record is at most MAX_RECORD_CHARS), whatever the file's size.
 */
export interface CsvRecord {
  fields: string[];
  /** Record number in the file; the header is 1, as in a spreadsheet. */
  row: number;
  /** The line the record starts on (differs from `row` after quoted line breaks). */
  line: number;
  /** Bytes of the file consumed so far (for progress). */
  bytesRead: number;
}

export type BrokenReason = 'unclosedQuote' | 'tooLong';

/** A record that could not be read; its line is skipped and reading goes on after it. */
export interface BrokenRecord {
  broken: BrokenReason;
  row: number;
  line: number;
  bytesRead: number;
}

export type CsvItem = CsvRecord | BrokenRecord;

export type Separator = ',' | ';' | '\t';

/** No field of a contact file is near this; a record this long has lost its closing quote. */
export const MAX_RECORD_CHARS = 100_000;
/** A quoted field over more lines than this has swallowed rows, not an address. */
const MAX_FIELD_LINES = 10;

/** The separator of a header line: whichever of `;`, tab and `,` occurs most often outside quotes (`,` on a tie). */
export function detectSeparator(headerLine: string): Separator {
  let inQuotes = false;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (const char of headerLine) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

interface Line {
  /** With its line end, always `\n` (CRLF and CR are turned into LF), except maybe the last line. */
  text: string;
  number: number;
  bytesRead: number;
}

/** Physical lines of the text, with a way to put lines back for a re-read. */
class Lines {
  private readonly source: AsyncIterator<{ text: string; bytesRead: number }>;
  private partial = '';
  private number = 1;
  private ready: Line[] = [];
  private bytesRead = 0;
  private ended = false;
  private carriageReturn = false;

  constructor(source: AsyncIterable<{ text: string; bytesRead: number }>) {
    this.source = source[Symbol.asyncIterator]();
  }

  async next(): Promise<Line | null> {
    while (this.ready.length === 0 && !this.ended) await this.read();
    return this.ready.shift() ?? null;
  }

  async peek(): Promise<Line | null> {
    const line = await this.next();
    if (line) this.ready.unshift(line);
    return line;
  }

  unread(lines: Line[]): void {
    this.ready.unshift(...lines);
  }

  private async read(): Promise<void> {
    const chunk = await this.source.next();
    if (chunk.done) {
      this.ended = true;
      if (this.partial !== '') this.push(this.partial);
      this.partial = '';
      return;
    }
    this.bytesRead = chunk.value.bytesRead;
    let text = chunk.value.text;
    // A CR at the end of the last chunk and an LF at the start of this one are one line end.
    if (this.carriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.carriageReturn = text.endsWith('\r');
    let start = 0;
    for (const match of text.matchAll(/\r\n|\r|\n/g)) {
      this.push(`${this.partial}${text.slice(start, match.index)}\n`);
      this.partial = '';
      start = match.index + match[0].length;
    }
    this.partial += text.slice(start);
  }

  private push(text: string): void {
    this.ready.push({ text, number: this.number++, bytesRead: this.bytesRead });
  }
}

/**
 * Did a quoted field swallow whole rows? csv-parse (relaxed) keeps an opening quote
 * in the value when its "closing" quote turns out to be followed by more text, so a
 * value over several lines that starts with `"` opened a quote that never closed.
 * Otherwise: more lines than any address has, or three or more lines of which one
 * holds as many separators as a row has.
 */
function swallowedRows(fields: string[], separator: Separator, columns: number): boolean {
  return fields.some((field) => {
    if (!field.includes('\n')) return false;
    if (field.startsWith('"')) return true;
    const lines = field.split('\n');
    if (lines.length > MAX_FIELD_LINES) return true;
    const needed = Math.max(1, columns - 1);
    return lines.length >= 3 && lines.some((line) => line.split(separator).length - 1 >= needed);
  });
}

interface ReadState {
  separator: Separator;
  row: number;
  /** Fields of the header (the first record), for telling swallowed rows from a long field. */
  columns: number;
}

/**
 * One csv-parse run from the next unread line. Answers true at the end of the
 * text, false after a broken record (whose later lines were put back).
 */
async function* parseRun(lines: Lines, state: ReadState): AsyncGenerator<CsvItem, boolean> {
  const first = await lines.peek();
  if (!first) return true;
  const base = first.number - 1;
  const parser = parse({
    delimiter: state.separator,
    record_delimiter: '\n',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
  });
  // Lines given to the parser that are not yet part of a record it answered.
  const sent: Line[] = [];
  let stopped = false;
  let wake: (() => void) | null = null;
  const release = () => {
    const waiting = wake;
    wake = null;
    waiting?.();
  };
  // One line at a time, and never past an answered record nobody has taken yet: when
  // the parser fails, every record before the broken one has been taken, so `sent`
  // starts on the broken record's first line. (A failed stream drops what it holds.)
  const feeding = (async () => {
    for (;;) {
      const line = await lines.next();
      if (!line) break;
      sent.push(line);
      if (stopped) return;
      await new Promise<void>((resolve) => parser.write(line.text, () => resolve()));
      while (!stopped && parser.readableLength > 0) await new Promise<void>((resolve) => (wake = resolve));
      if (stopped) return;
    }
    parser.end();
  })().catch((error: unknown) => {
    parser.destroy(error as Error);
  });
  const broken = async (reason: BrokenReason): Promise<BrokenRecord> => {
    const bytesRead = sent.at(-1)?.bytesRead ?? 0;
    stopped = true;
    release();
    parser.destroy();
    await feeding;
    const [start, ...after] = sent;
    lines.unread(after);
    return { broken: reason, row: ++state.row, line: start?.number ?? first.number, bytesRead };
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      release();
      const end = base + info.lines;
      let taken = 0;
      while (taken < sent.length && (sent[taken] as Line).number <= end) taken++;
      const start = sent[0] as Line;
      const last = sent[taken - 1] ?? start;
      if (state.columns > 0 && swallowedRows(record, state.separator, state.columns)) {
        yield await broken('unclosedQuote');
        return false;
      }
      sent.splice(0, taken);
      if (state.columns === 0) state.columns = record.length;
      yield { fields: record, row: ++state.row, line: start.number, bytesRead: last.bytesRead };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const quoted = (sent[0]?.text ?? '').includes('"');
    yield await broken(error.code === 'CSV_MAX_RECORD_SIZE' && !quoted ? 'tooLong' : 'unclosedQuote');
    return false;
  }
  await feeding;
  return true;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

export async function* csvRecords(
  text: AsyncIterable<{ text: string; bytesRead: number }>,
): AsyncGenerator<CsvItem, void, undefined> {
  const lines = new Lines(text);
  const header = await lines.peek();
  const state: ReadState = { separator: detectSeparator(header?.text ?? ''), row: 0, columns: 0 };
  for (;;) {
    const ended = yield* parseRun(lines, state);
    if (ended) return;
  }
}
