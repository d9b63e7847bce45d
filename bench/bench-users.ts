import type { SlackDouble } from '../test/support/slack-double';
import { slackUserIdFor } from './generate';
import { TIMEZONES } from './generator/words';

/**
 * Slack users who send the benchmark's commands: the first generated employees of
 * T0001, known to the double with a mix of English and Swedish locales so both the
 * employee lookup and the profile refresh see realistic answers.
 */
export function addBenchUsers(double: SlackDouble, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const id = slackUserIdFor(i + 1);
    double.addUser({
      id,
      name: `bench.user${i + 1}`,
      real_name: `Bench User ${i + 1}`,
      locale: i % 2 === 0 ? 'en-US' : 'sv-SE',
      tz: TIMEZONES[i % TIMEZONES.length],
    });
    return id;
  });
}
