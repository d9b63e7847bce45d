import { ConfigError, loadEnv } from '../../src/config/env';

const BASE = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    loadEnv(source);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('DIGEST_MAX_IN_FLIGHT: digest and reminder messages in flight over all workspaces', () => {
  it('is unset by default (the jobs then use 100) and takes a whole number', () => {
    expect(loadEnv(BASE).DIGEST_MAX_IN_FLIGHT).toBeUndefined();
    expect(loadEnv({ ...BASE, DIGEST_MAX_IN_FLIGHT: '250' }).DIGEST_MAX_IN_FLIGHT).toBe(250);
  });

  it.each(['0', '2.5', 'many', '20000'])('refuses %s, naming the variable', (value) => {
    expect(problemsOf({ ...BASE, DIGEST_MAX_IN_FLIGHT: value })).toEqual([
      expect.stringMatching(/^DIGEST_MAX_IN_FLIGHT must be/),
    ]);
  });
});
