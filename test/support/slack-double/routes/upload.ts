import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http-io';
import { parseMultipart } from '../multipart';
import type { RouteEnv } from './env';
import { runCall } from './pipeline';

/** The bytes of an upload: the file part of a multipart body (the WebClient's way), or the raw body. */
function fileBytes(raw: Buffer, contentType: string | undefined): Buffer {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return raw;
  const parts = parseMultipart(raw, contentType);
  return (parts.find((p) => p.filename !== undefined) ?? parts[0])?.data ?? Buffer.alloc(0);
}

export async function handleUpload(env: RouteEnv, req: IncomingMessage, res: ServerResponse, fileId: string) {
  const raw = await readBody(req);
  const bytes = fileBytes(raw, req.headers['content-type']);
  const url = `${env.ctx.baseUrl()}/upload/${fileId}`;
  await runCall(
    env,
    res,
    { method: 'upload_url', args: { file_id: fileId, size: bytes.length }, url },
    () => {
      const file = env.ctx.ws.files.get(fileId);
      if (!file) return { status: 404, body: 'file_not_found' };
      file.bytes = Buffer.from(bytes);
      return { status: 200, body: `OK - ${bytes.length}` };
    },
  );
}
