import { AppError, type AppErrorCode } from '../app-error';

/** The encodings an import file may have; anything else is refused, never guessed into replacement characters. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A longer line is not a contact row: the file is refused before any row is read. */
export const MAX_LINE_BYTES = 1_000_000;

const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** How many accented letters one suspicious byte may hide among, and the file still be Windows-1252. */
const LETTERS_PER_SUSPICIOUS_BYTE = 10;
/** Bytes looked at for UTF-16 without a byte order mark (every other byte zero). */
const UTF16_SNIFF_BYTES = 1024;

const isAsciiLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

/** Continuation bytes the lead byte allows first (overlong forms and surrogates excluded). */
function utf8Lead(byte: number): { following: number; low: number; high: number } | null {
  if (byte >= 0xc2 && byte <= 0xdf) return { following: 1, low: 0x80, high: 0xbf };
  if (byte === 0xe0) return { following: 2, low: 0xa0, high: 0xbf };
  if (byte === 0xed) return { following: 2, low: 0x80, high: 0x9f };
  if (byte >= 0xe1 && byte <= 0xef) return { following: 2, low: 0x80, high: 0xbf };
  if (byte === 0xf0) return { following: 3, low: 0x90, high: 0xbf };
  if (byte >= 0xf1 && byte <= 0xf3) return { following: 3, low: 0x80, high: 0xbf };
  if (byte === 0xf4) return { following: 3, low: 0x80, high: 0x8f };
  return null;
}

/**
 * One pass over the bytes of a file without a byte order mark: is it UTF-8 (and if
 * not, on which line it stops being), and do its non-ASCII bytes read like the
 * accented letters of Windows-1252 (Å Ä Ö é … inside words) or like something else
 * (Mac Roman, DOS code pages, broken UTF-8 put their letters at 0x80–0xBF)?
 */
class ByteScan {
  line = 1;
  lineBytes = 0;
  longestLine = { bytes: 0, line: 1 };
  firstInvalidUtf8Line: number | null = null;
  undefinedIn1252 = 0;
  /** Non-ASCII bytes next to an ASCII letter, by the Windows-1252 character they would be. */
  letters = 0;
  suspicious = 0;
  private utf8Pending = 0;
  private utf8Low = 0x80;
  private utf8High = 0xbf;
  private previous = 0x0a;
  /** A non-ASCII byte waiting for the byte after it (is it inside a word?). */
  private high: number | null = null;
  private highAfterLetter = false;
  private bytesSeen = 0;
  private zeroEven = 0;
  private zeroOdd = 0;

  add(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (this.bytesSeen < UTF16_SNIFF_BYTES) {
        if (byte === 0) {
          if (this.bytesSeen % 2 === 0) this.zeroEven++;
          else this.zeroOdd++;
        }
        this.bytesSeen++;
      }
      if (this.high !== null) this.classify(this.high, this.highAfterLetter || isAsciiLetter(byte));
      if (byte >= 0x80) {
        this.high = byte;
        this.highAfterLetter = isAsciiLetter(this.previous);
      } else this.high = null;
      this.utf8(byte);
      if (byte === 0x0a) {
        if (this.lineBytes > this.longestLine.bytes)
          this.longestLine = { bytes: this.lineBytes, line: this.line };
        this.line++;
        this.lineBytes = 0;
      } else this.lineBytes++;
      this.previous = byte;
    }
  }

  finish(): void {
    if (this.high !== null) this.classify(this.high, this.highAfterLetter);
    if (this.utf8Pending > 0) this.invalidUtf8();
    if (this.lineBytes > this.longestLine.bytes)
      this.longestLine = { bytes: this.lineBytes, line: this.line };
  }

  get looksLikeUtf16(): boolean {
    const zeros = this.zeroEven + this.zeroOdd;
    return (
      this.bytesSeen >= 4 &&
      zeros >= this.bytesSeen / 4 &&
      Math.max(this.zeroEven, this.zeroOdd) >= zeros * 0.9
    );
  }

  private utf8(byte: number): void {
    if (this.utf8Pending > 0) {
      if (byte >= this.utf8Low && byte <= this.utf8High) {
        this.utf8Pending--;
        this.utf8Low = 0x80;
        this.utf8High = 0xbf;
        return;
      }
      this.invalidUtf8();
    }
    if (byte < 0x80) return;
    const lead = utf8Lead(byte);
    if (!lead) {
      this.invalidUtf8();
      return;
    }
    this.utf8Pending = lead.following;
    this.utf8Low = lead.low;
    this.utf8High = lead.high;
  }

  private invalidUtf8(): void {
    this.utf8Pending = 0;
    this.firstInvalidUtf8Line ??= this.line;
  }

  private classify(byte: number, inWord: boolean): void {
    if (UNDEFINED_IN_WINDOWS_1252.has(byte)) this.undefinedIn1252++;
    if (!inWord) return;
    if (byte >= 0xc0 && byte !== 0xd7 && byte !== 0xf7) this.letters++;
    else this.suspicious++;
  }
}

const BOMS: { bytes: number[]; encoding: ImportEncoding | 'utf-32' }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomOf(head: Uint8Array): ImportEncoding | 'utf-32' | null {
  const found = BOMS.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte));
  return found?.encoding ?? null;
}

const refuse = (code: AppErrorCode, message: ConstructorParameters<typeof AppError>[1]) =>
  new AppError(code, message);

/**
 * Reads the whole file once, as a stream, and names its encoding: a byte order
 * mark decides (UTF-8, UTF-16 LE/BE) and the text must then be valid in it;
 * without one, valid UTF-8 is UTF-8, and anything else is Windows-1252 only when
 * its bytes read like Windows-1252 letters. Everything else is refused with a
 * message saying how to save the file, before any row is imported.
 */
export async function detectEncoding(source: AsyncIterable<Uint8Array>): Promise<ImportEncoding> {
  let head: Uint8Array = new Uint8Array(0);
  let bom: ImportEncoding | 'utf-32' | null | undefined;
  let utf16: InstanceType<typeof TextDecoder> | undefined;
  let utf16Valid = true;
  const scan = new ByteScan();
  const start = () => {
    bom = bomOf(head);
    if (bom === 'utf-32') throw refuse('import_utf32', (m) => m.imports.errors.utf32);
    if (bom === 'utf-16le' || bom === 'utf-16be') utf16 = new TextDecoder(bom, { fatal: true });
    add(head);
  };
  const add = (bytes: Uint8Array) => {
    scan.add(bytes);
    if (!utf16 || !utf16Valid) return;
    try {
      utf16.decode(bytes, { stream: true });
    } catch {
      utf16Valid = false;
    }
  };
  for await (const chunk of source) {
    if (bom !== undefined) add(chunk);
    else {
      head = concat(head, chunk);
      if (head.length >= 4) start();
    }
  }
  if (bom === undefined) start();
  scan.finish();
  if (utf16 && utf16Valid) {
    try {
      utf16.decode();
    } catch {
      utf16Valid = false;
    }
  }
  if (!utf16Valid) throw refuse('import_invalid_utf16', (m) => m.imports.errors.invalidUtf16);
  const invalidLine = scan.firstInvalidUtf8Line;
  if (bom === 'utf-8' && invalidLine !== null)
    throw refuse('import_invalid_utf8', (m) => m.imports.errors.invalidUtf8(invalidLine));
  if (scan.longestLine.bytes > MAX_LINE_BYTES) {
    const { line } = scan.longestLine;
    throw refuse('import_line_too_long', (m) => m.imports.errors.lineTooLong(line));
  }
  if (bom) return bom as ImportEncoding;
  if (scan.looksLikeUtf16) throw refuse('import_utf16_without_bom', (m) => m.imports.errors.utf16WithoutBom);
  if (invalidLine === null) return 'utf-8';
  const windows1252 =
    scan.undefinedIn1252 === 0 && scan.suspicious * LETTERS_PER_SUSPICIOUS_BYTE <= scan.letters;
  if (windows1252) return 'windows-1252';
  throw refuse('import_unknown_encoding', (m) => m.imports.errors.unknownEncoding(invalidLine));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * The file's text in pieces, with the bytes read so far (for progress). The byte
 * order mark is dropped; the decoder is fatal, so a file that changed between the
 * check and the import stops rather than yield replacement characters.
 */
export async function* decodeText(
  source: AsyncIterable<Uint8Array>,
  encoding: ImportEncoding,
): AsyncGenerator<{ text: string; bytesRead: number }> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  let bytesRead = 0;
  for await (const chunk of source) {
    bytesRead += chunk.length;
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield { text, bytesRead };
  }
  const rest = decoder.decode();
  if (rest !== '') yield { text: rest, bytesRead };
}
