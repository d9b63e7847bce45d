import type { IncomingMessage, ServerResponse } from 'node:http';
import { mentionProblems, STRAY_MENTION } from '../block-kit/mentions';
import { withGeneratedIds } from '../block-kit/normalize';
import { validateMessageBlocks } from '../block-kit/validate';
import { readBody } from '../http-io';
import { isObj, type JsonObject } from '../json';
import type { InteractionContext } from '../types';
import type { Outcome, RouteEnv } from './env';
import { runCall } from './pipeline';

function parse(raw: Buffer): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    return isObj(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What the response does to the conversation: replace or delete the source message, or add a new one. */
function apply(env: RouteEnv, where: InteractionContext, body: JsonObject): void {
  const { channels } = env.ctx.ws;
  const { channelId, messageTs, userId } = where;
  if (!channelId) return;
  // replace_original swaps the whole message, so absent blocks mean no blocks.
  const content: JsonObject = {
    text: body.text ?? '',
    blocks: Array.isArray(body.blocks) ? withGeneratedIds(body.blocks, () => env.ctx.ids.short()) : undefined,
  };
  const ephemeral = messageTs ? channels.ephemeral(messageTs) : undefined;
  if (body.delete_original === true && messageTs) {
    channels.remove(channelId, messageTs);
  } else if (body.replace_original === true && messageTs) {
    if (ephemeral) Object.assign(ephemeral, content);
    else channels.update(channelId, messageTs, content);
  } else if (body.response_type === 'in_channel') {
    channels.post(channelId, content);
  } else if (userId) {
    channels.addEphemeral({ channel: channelId, user: userId, text: content.text, blocks: content.blocks });
  }
}

function answer(env: RouteEnv, where: InteractionContext | undefined, body: JsonObject | undefined): Outcome {
  if (!where) return { status: 404, body: 'no_such_response_url' };
  if (!body) return { status: 400, body: 'invalid_payload' };
  if (body.blocks !== undefined && !validateMessageBlocks(body.blocks).ok)
    return { status: 400, body: 'invalid_blocks' };
  const hasContent = body.text || (Array.isArray(body.blocks) && body.blocks.length > 0) || body.attachments;
  if (!hasContent && body.delete_original !== true) return { status: 400, body: 'no_text' };
  // Not a refusal Slack makes; the double's check that typed text was escaped (see block-kit/mentions).
  if (mentionProblems(body, env.ctx.ws.known).length > 0) return { status: 400, body: STRAY_MENTION };
  apply(env, where, body);
  return { status: 200, body: 'ok' };
}

/** Slack answers response_url posts with plain text: `ok`, or the reason it refused. */
export async function handleResponseUrl(
  env: RouteEnv,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) {
  const raw = await readBody(req);
  const body = parse(raw);
  const where = env.responseUrls.lookup(id);
  const url = `${env.ctx.baseUrl()}/response/${id}`;
  await runCall(env, res, { method: 'response_url', args: body ?? { raw: raw.toString('utf8') }, url }, () =>
    answer(env, where, body),
  );
}
