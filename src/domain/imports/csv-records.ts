/**
 * A streaming CSV reader (RFC 4180 plus what spreadsheets write): UTF-8 with or
 * without a byte order mark, `,` or `;` between fields (decided from the header
 * line, outside quotes), quoted fields with doubled quotes and line breaks, and
 * CRLF or LF line ends. Records are yielded as they complete, so a file of any
 * size is read in the memory of one chunk and one record.
 */
export interface CsvRecord {
  fields: string[];
  /** Bytes of the input consumed so far (for progress). */
  bytesRead: number;
}

export type Separator = ',' | ';';

/** The separator of a header line: whichever of `;` and `,` occurs more often outside quotes (`,` on a tie). */
export function detectSeparator(headerLine: string): Separator {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of headerLine) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === ',') commas++;
    else if (!inQuotes && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export async function* csvRecords(
  source: AsyncIterable<Buffer | string>,
): AsyncGenerator<CsvRecord, void, undefined> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let separator: Separator | null = null;
  let pending = '';
  let bytesRead = 0;
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  // After a closing quote, until the separator: `"a"b` keeps the b, as spreadsheets do.
  let started = false;

  function* parse(text: string, final: boolean): Generator<CsvRecord> {
    const sep = separator as Separator;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const char = text[i];
      if (inQuotes) {
        if (char === '"') {
          if (i + 1 < length) {
            if (text[i + 1] === '"') {
              field += '"';
              i++;
            } else inQuotes = false;
          } else if (final) inQuotes = false;
          else {
            // A quote at the end of a chunk: whether it is doubled shows in the next one.
            pending = '"';
            return;
          }
        } else field += char;
      } else if (char === '"' && !started) {
        inQuotes = true;
        started = true;
      } else if (char === sep) {
        fields.push(field);
        field = '';
        started = false;
      } else if (char === '\n' || char === '\r') {
        if (char === '\r' && text[i + 1] === '\n') i++;
        else if (char === '\r' && i + 1 === length && !final) {
          pending = '\r';
          return;
        }
        fields.push(field);
        yield { fields, bytesRead };
        fields = [];
        field = '';
        started = false;
      } else {
        field += char;
        started = true;
      }
    }
    pending = '';
  }

  let headerBuffer = '';
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytesRead += bytes.length;
    let text = decoder.decode(bytes, { stream: true });
    if (separator === null) {
      headerBuffer += text;
      const lineEnd = headerBuffer.search(/[\r\n]/);
      if (lineEnd < 0 && headerBuffer.length < 1_000_000) continue;
      separator = detectSeparator(lineEnd < 0 ? headerBuffer : headerBuffer.slice(0, lineEnd));
      text = headerBuffer;
      headerBuffer = '';
    }
    const carried = pending;
    pending = '';
    yield* parse(carried + text, false);
  }
  const rest = (separator === null ? headerBuffer : pending) + decoder.decode();
  if (separator === null) separator = detectSeparator(rest.split(/[\r\n]/)[0] ?? '');
  pending = '';
  yield* parse(rest, true);
  if (field !== '' || fields.length > 0 || started) {
    fields.push(field);
    yield { fields, bytesRead };
  }
}
