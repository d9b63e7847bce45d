import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { WebClient } from '@slack/web-api';

const UPLOAD_TIMEOUT_MS = 120_000;

/** POSTs a file's raw bytes to Slack's upload URL as they are read from disk. */
function postFile(
  url: string,
  { filePath, size, contentType }: { filePath: string; size: number; contentType: string },
): Promise<void> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise<void>((resolve, reject) => {
    const request = transport.request(
      target,
      { method: 'POST', headers: { 'Content-Type': contentType, 'Content-Length': size } },
      (response) => {
        response.resume();
        response.on('end', () =>
          response.statusCode === 200
            ? resolve()
            : reject(new Error(`the upload URL answered HTTP ${response.statusCode}`)),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(UPLOAD_TIMEOUT_MS, () => request.destroy(new Error('the upload timed out')));
    pipeline(fs.createReadStream(filePath), request).catch(reject);
  });
}

export interface StreamUpload {
  filePath: string;
  filename: string;
  title: string;
  contentType: string;
  channelId: string;
  initialComment: string;
}

/**
 * Slack's external upload done by hand: `files.uploadV2` reads a whole file or
 * stream into memory first, so a large export would be held in memory twice.
 * Here the file's size comes from disk and its bytes stream straight from it.
 */
export async function uploadFileStreaming(client: WebClient, upload: StreamUpload): Promise<string> {
  const { size } = await fs.promises.stat(upload.filePath);
  const reserved = await client.files.getUploadURLExternal({ filename: upload.filename, length: size });
  if (!reserved.upload_url || !reserved.file_id)
    throw new Error('files.getUploadURLExternal gave no upload URL');
  await postFile(reserved.upload_url, { filePath: upload.filePath, size, contentType: upload.contentType });
  await client.files.completeUploadExternal({
    files: [{ id: reserved.file_id, title: upload.title }],
    channel_id: upload.channelId,
    initial_comment: upload.initialComment,
  });
  return reserved.file_id;
}
