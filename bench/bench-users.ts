import type { SlackDouble } from '../test/support/slack-double';
import { slackUserIdFor } from './generate';
import { TIMEZONES } from './generator/words';

/**
 * Slack users who send the benchmark's commands: generated employees of T0001 (the
 * first ones, or from `firstRow` on), known to the double with a mix of English and
 * Swedish locales so both the employee lookup and the profile refresh see realistic answers.
 */
export function addBenchUsers(double: SlackDouble, count: number, firstRow = 1): string[] {
  return Array.from({ length: count }, (_, i) => {
    const row = firstRow + i;
    const id = slackUserIdFor(row);
    double.addUser({
      id,
      name: `bench.user${row}`,
      real_name: `Bench User ${row}`,
      locale: row % 2 === 1 ? 'en-US' : 'sv-SE',
      tz: TIMEZONES[(row - 1) % TIMEZONES.length],
    });
    return id;
  });
}
