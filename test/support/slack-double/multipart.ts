export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function parsePart(raw: Buffer): MultipartPart | undefined {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) return undefined;
  const head = raw.subarray(0, split).toString('utf8');
  const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? '';
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) return undefined;
  return {
    name,
    filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
    contentType: /content-type:\s*([^\r\n]*)/i.exec(head)?.[1],
    data: raw.subarray(split + 4),
  };
}

/** multipart/form-data as undici's FormData writes it (what the WebClient sends for file bytes). */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) return [];
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // Prefixing CRLF lets the first delimiter match like all the others.
  const text = Buffer.concat([Buffer.from('\r\n'), body]);
  const parts: MultipartPart[] = [];
  let start = text.indexOf(delimiter);
  while (start >= 0) {
    const contentStart = start + delimiter.length;
    if (text.subarray(contentStart, contentStart + 2).toString() === '--') break;
    const next = text.indexOf(delimiter, contentStart);
    if (next < 0) break;
    const part = parsePart(text.subarray(contentStart + 2, next));
    if (part) parts.push(part);
    start = next;
  }
  return parts;
}
