/**
 * English strings for what goes wrong around the app rather than in it: input that
 * cannot be stored, a database that does not answer, Slack refusing to open a form.
 * sv/faults.ts has the same keys.
 */
export const faults = {
  input: {
    unstorableText:
      'Contains characters that cannot be saved (a NUL character or broken Unicode). Remove them and try again.',
    dateOutOfRange: 'Must be a date between the years 0001 and 9999.',
    pathEncodingTitle: 'Malformed URL',
    pathEncodingDetail: 'The path has a malformed %-escape; encode it as UTF-8, e.g. %C3%A5 for å.',
    pathEncodingField: 'Not valid %-encoded UTF-8.',
    contentEncodingTitle: 'Unsupported content encoding',
    contentEncodingField: (encoding: string) =>
      `"${encoding}" is not supported: send the body uncompressed or as gzip, deflate or br.`,
    bodyUnreadableTitle: 'Unreadable request body',
    bodyUnreadableField: 'The body does not decompress as this Content-Encoding says.',
    bodyIncompleteField: 'The body could not be read completely; send it again.',
  },
  database: {
    unavailableTitle: 'Database unavailable',
    unavailableDetail: 'Touchbase cannot reach its database right now. Try again in a minute.',
    slack: 'Touchbase cannot reach its database right now. Try again in a minute.',
  },
  modal: {
    expired:
      'Slack took too long to open the form, so it did not open. Please try again (run the command or press the button once more).',
    rateLimited: 'Slack is busy right now and did not open the form. Wait a few seconds, then try again.',
    slackError:
      'Slack could not open the form because of a problem on Slack’s side. Try again in a minute; if it keeps failing, see https://slack-status.com.',
  },
};
