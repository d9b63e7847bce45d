/** The word that asks for the statistics to be posted for the whole conversation, in either language. */
const SHARE_WORDS = new Set(['share', 'dela']);

/**
 * `/activity stats … share` (or `dela`): the figures and chart go into the
 * conversation instead of to the requester alone. The word may stand anywhere
 * among the other arguments; the rest is read as usual.
 */
export function takeShareWord(text: string): { share: boolean; rest: string } {
  const words = text.split(/\s+/).filter(Boolean);
  const rest = words.filter((word) => !SHARE_WORDS.has(word.toLowerCase()));
  return { share: rest.length < words.length, rest: rest.join(' ') };
}
