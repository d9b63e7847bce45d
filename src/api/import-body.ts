import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Request } from 'express';
import type { Messages } from '../i18n';
import { ApiProblem } from './problem';

/** 20 MB is about 150 k typical contact rows. */
export const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;
/** Bodies up to this size (about 1,500 typical rows, a second's work) are imported while the caller waits. */
export const SYNC_IMPORT_MAX_BYTES = 128 * 1024;

export type ReceivedCsv = { kind: 'memory'; bytes: Buffer } | { kind: 'file'; path: string; size: number };

function tooLarge(m: Messages): ApiProblem {
  return new ApiProblem(413, {
    type: 'too-large',
    title: m.api.problems.tooLargeTitle,
    detail: m.api.problems.tooLargeDetail(IMPORT_BODY_LIMIT_BYTES),
  });
}

function unsupported(m: Messages): ApiProblem {
  return new ApiProblem(415, {
    type: 'unsupported-media-type',
    title: m.api.problems.mediaTypeTitle,
    detail: m.api.problems.mediaTypeDetail('text/csv'),
  });
}

/** The body as it was sent, inflated when it came compressed (as body-parser did). */
function bodyStream(req: Request, m: Messages): Readable {
  const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return req;
  if (encoding === 'gzip') return req.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return req.pipe(zlib.createInflate());
  if (encoding === 'br') return req.pipe(zlib.createBrotliDecompress());
  throw unsupported(m);
}

/**
 * Reads a CSV body as a stream: kept in memory while it is at most `inMemoryUpTo`
 * bytes, otherwise written to `spoolFile` as it arrives, so a 20 MB body is never
 * held whole. Over IMPORT_BODY_LIMIT_BYTES (after inflating) it is refused with 413.
 */
export async function receiveCsv(
  req: Request,
  options: { inMemoryUpTo: number; spoolFile: string; m: Messages },
): Promise<ReceivedCsv> {
  const { m } = options;
  if (!req.is('text/csv')) throw unsupported(m);
  const declared = Number(req.get('content-length'));
  const identity = (req.get('content-encoding') ?? 'identity').trim().toLowerCase() === 'identity';
  if (identity && declared > IMPORT_BODY_LIMIT_BYTES) {
    // Let the client finish sending, so it reads the answer instead of a broken pipe.
    req.resume();
    throw tooLarge(m);
  }
  const stream = bodyStream(req, m);
  const held: Buffer[] = [];
  let size = 0;
  let file: fs.WriteStream | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > IMPORT_BODY_LIMIT_BYTES) {
        stream.destroy();
        req.resume();
        throw tooLarge(m);
      }
      if (!file && size <= options.inMemoryUpTo) {
        held.push(chunk);
        continue;
      }
      if (!file) {
        await fs.promises.mkdir(path.dirname(options.spoolFile), { recursive: true });
        file = fs.createWriteStream(options.spoolFile);
        for (const piece of held.splice(0)) file.write(piece);
      }
      if (!file.write(chunk)) await once(file, 'drain');
    }
    if (!file) return { kind: 'memory', bytes: Buffer.concat(held) };
    const written = file;
    await new Promise<void>((resolve, reject) => {
      written.once('error', reject);
      written.end(resolve);
    });
    return { kind: 'file', path: options.spoolFile, size };
  } catch (error) {
    if (file) {
      file.destroy();
      await fs.promises.rm(options.spoolFile, { force: true });
    }
    if (error instanceof ApiProblem) throw error;
    if ((error as { code?: string }).code?.startsWith('Z_')) throw unsupported(m);
    throw error;
  }
}
