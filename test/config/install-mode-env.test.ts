import { ConfigError, installModeOf, loadEnv } from '../../src/config/env';

const DISTRIBUTED = {
  SLACK_CLIENT_ID: '1234567890.9876543210',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 'a-state-secret-of-at-least-thirty-two-chars',
  TOKEN_ENCRYPTION_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  SLACK_SIGNING_SECRET: 'signing-secret',
};

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    loadEnv(source);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('the two ways to run, in the environment', () => {
  it('runs in one workspace with SLACK_BOT_TOKEN alone, as before', () => {
    const env = loadEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(installModeOf(env)).toEqual({ kind: 'single', botToken: 'xoxb-1' });
  });

  it('installs into many workspaces with the four OAuth variables and no bot token', () => {
    const mode = installModeOf(loadEnv(DISTRIBUTED));
    expect(mode).toMatchObject({ kind: 'distributed', clientId: DISTRIBUTED.SLACK_CLIENT_ID });
    expect(mode.kind === 'distributed' && mode.encryptionKey.length).toBe(32);
  });

  it('takes the encryption key as base64 too', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(installModeOf(loadEnv({ ...DISTRIBUTED, TOKEN_ENCRYPTION_KEY: key })).kind).toBe('distributed');
  });

  it('asks for a bot token, or names the other way, when neither is configured', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 's' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is required.*SLACK_CLIENT_ID, SLACK_CLIENT_SECRET/),
    ]);
  });

  it('names every OAuth variable still missing once one is set', () => {
    const problems = problemsOf({ SLACK_CLIENT_ID: DISTRIBUTED.SLACK_CLIENT_ID, SLACK_SIGNING_SECRET: 's' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'SLACK_CLIENT_SECRET',
      'SLACK_STATE_SECRET',
      'TOKEN_ENCRYPTION_KEY',
    ]);
  });

  it('refuses both ways at once, saying which variables clash', () => {
    const problems = problemsOf({ ...DISTRIBUTED, SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(problems).toEqual([expect.stringContaining('SLACK_BOT_TOKEN runs Touchbase in one workspace')]);
    expect(problems[0]).toContain(
      'SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, TOKEN_ENCRYPTION_KEY',
    );
  });

  it('installs into many workspaces over Socket Mode too: SLACK_APP_TOKEN instead of the signing secret', () => {
    const { SLACK_SIGNING_SECRET: _signing, ...oauth } = DISTRIBUTED;
    const env = loadEnv({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' });
    expect(installModeOf(env).kind).toBe('distributed');
    expect(env.SLACK_APP_TOKEN).toBe('xapp-1');
  });

  it('refuses a short state secret, a malformed key or client id', () => {
    const problems = problemsOf({
      ...DISTRIBUTED,
      SLACK_CLIENT_ID: 'abc',
      SLACK_STATE_SECRET: 'short',
      TOKEN_ENCRYPTION_KEY: 'not-a-key',
    });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual([
      'SLACK_CLIENT_ID',
      'SLACK_STATE_SECRET',
      'TOKEN_ENCRYPTION_KEY',
    ]);
  });
});
