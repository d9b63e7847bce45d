/**
 * Makes user text inert in Slack mrkdwn: `<!channel>`, `<@U123>` and links are
 * shown literally and notify nobody. Slack asks for exactly these three escapes.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
