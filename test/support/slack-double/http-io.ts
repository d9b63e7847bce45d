import type { IncomingMessage, ServerResponse } from 'node:http';
import { clone, type Obj } from './json';
import { type MultipartPart, parseMultipart } from './multipart';

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface ParsedBody {
  fields: Obj;
  parts: MultipartPart[];
}

/** Form-encoded (the WebClient's choice), JSON (other clients), or multipart (file bytes). */
export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const parts = parseMultipart(raw, contentType ?? '');
    const fields: Obj = {};
    for (const p of parts) if (p.filename === undefined) fields[p.name] = p.data.toString('utf8');
    return { fields, parts };
  }
  const text = raw.toString('utf8');
  if (type.startsWith('application/json')) {
    const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
    return { fields: typeof parsed === 'object' && parsed !== null ? (parsed as Obj) : {}, parts: [] };
  }
  return { fields: Object.fromEntries(new URLSearchParams(text)), parts: [] };
}

/** Arguments that travel as JSON strings in form-encoded calls. */
const JSON_ARGS = ['blocks', 'attachments', 'view', 'files', 'metadata', 'unfurls', 'user_auth_blocks'];

export function decodeJsonArgs(fields: Obj): Obj {
  const args = clone(fields);
  for (const key of JSON_ARGS) {
    const value = args[key];
    if (typeof value !== 'string') continue;
    try {
      args[key] = JSON.parse(value);
    } catch {
      // Left as the string it was: validation then refuses it the way Slack refuses malformed JSON.
    }
  }
  return args;
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const isText = typeof body === 'string';
  const payload = isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
    ...headers,
  });
  res.end(payload);
}
