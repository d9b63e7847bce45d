import { isObj } from '../json';

/** Which user and channel ids the workspace knows (mentions of anything else come from typed text). */
export interface KnownIds {
  user(id: string): boolean;
  channel(id: string): boolean;
}

/** `<!…>`, `<@…>`, `<#…>` as Slack reads them in mrkdwn; the part after `|` is only a label. */
const SPECIAL = /<([!@#])([^>|]*)(?:\|[^>]*)?>/g;

/**
 * Mentions in one mrkdwn string that the app never sends on purpose: broadcasts
 * (`<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`, anything `<!…>` but a
 * date) and user or channel mentions of ids the workspace does not know — which
 * can only have come from text someone typed, unescaped.
 */
export function strayMentions(text: string, known: KnownIds): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(SPECIAL)) {
    const [whole, sigil, id = ''] = match;
    const stray =
      sigil === '!' ? !id.startsWith('date^') : sigil === '@' ? !known.user(id) : !known.channel(id);
    if (stray) found.push(whole);
  }
  return found;
}

/** Every mrkdwn string of a message or view, with its JSON pointer (plain_text shows `<!channel>` literally). */
function mrkdwnStrings(value: unknown, pointer: string, out: { pointer: string; text: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      mrkdwnStrings(item, `${pointer}/${i}`, out);
    });
    return;
  }
  if (!isObj(value)) return;
  if (value.type === 'mrkdwn' && typeof value.text === 'string')
    out.push({ pointer: `${pointer}/text`, text: value.text });
  for (const [key, item] of Object.entries(value)) {
    if (key === 'private_metadata') continue;
    mrkdwnStrings(item, `${pointer}/${key}`, out);
  }
}

/**
 * Refusals, in Slack's `[ERROR] … [json-pointer:…]` shape, for the mentions an
 * outgoing message (`text` is mrkdwn and drives notifications, `blocks`), view,
 * or file comment carries that the app must have escaped.
 */
export function mentionProblems(
  content: { text?: unknown; blocks?: unknown; view?: unknown; initial_comment?: unknown },
  known: KnownIds,
): string[] {
  const strings: { pointer: string; text: string }[] = [];
  if (typeof content.text === 'string') strings.push({ pointer: '/text', text: content.text });
  if (typeof content.initial_comment === 'string')
    strings.push({ pointer: '/initial_comment', text: content.initial_comment });
  mrkdwnStrings(content.blocks, '/blocks', strings);
  mrkdwnStrings(content.view, '/view', strings);
  return strings.flatMap(({ pointer, text }) =>
    strayMentions(text, known).map(
      (mention) =>
        `[ERROR] ${mention} would notify people: user text must be escaped (&lt; &gt; &amp;) [json-pointer:${pointer}]`,
    ),
  );
}

/** The error the double answers with (and `SlackDouble.mentionRefusals` looks for). */
export const STRAY_MENTION = 'double_refused_stray_mention';
