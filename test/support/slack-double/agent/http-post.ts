import { request } from 'node:http';
import type { AnyJson } from '../json';

export interface AgentResponse {
  status: number;
  /** Parsed JSON when the app answered JSON, else the text ('' for a bare ack). */
  body: AnyJson;
  headers: Record<string, string>;
}

function parse(text: string, contentType: string | undefined): AnyJson {
  if (!contentType?.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Plain node:http rather than fetch: the Content-Type must reach Bolt exactly as given, and a
 * fresh connection per request leaves nothing pooled behind when a test ends.
 */
export function post(
  url: string,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<AgentResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { ...headers, Connection: 'close' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = String(v);
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            body: parse(text, res.headers['content-type']),
            headers: flat,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
