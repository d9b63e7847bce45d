import { type KnownIds, mentionProblems } from '../block-kit/mentions';
import { validateMessageBlocks, validateOptionsAnswer } from '../block-kit/validate';
import { isObj, type JsonObject } from '../json';
import { BlockKitRefusal } from '../view-acks';
import type { AgentResponse } from './http-post';

/** One ack shape for both transports: the object the app passed to ack(), or undefined for a bare ack. */
export function ackOf(response: AgentResponse): JsonObject | undefined {
  if (response.status !== 200) return undefined;
  const { body } = response;
  if (isObj(body)) return Object.keys(body).length > 0 ? body : undefined;
  // Bolt writes ack('text') as a plain-text body; Slack shows it as the message text.
  if (typeof body === 'string' && body !== '') return { text: body };
  return undefined;
}

/** A slash command's immediate answer is a message: same block limits and mention check as chat.postMessage. */
export function checkCommandAck(ack: JsonObject | undefined, known: KnownIds): void {
  if (!ack) return;
  const stray = mentionProblems(ack, known);
  if (stray.length > 0) throw new BlockKitRefusal('the slash command ack', stray);
  if (ack.blocks === undefined) return;
  const verdict = validateMessageBlocks(ack.blocks);
  if (!verdict.ok) throw new BlockKitRefusal('the slash command ack', verdict.messages);
}

export function checkOptionsAck(ack: JsonObject | undefined): void {
  const verdict = validateOptionsAnswer(ack);
  if (!verdict.ok) throw new BlockKitRefusal('the block_suggestion answer', verdict.messages);
}
