import { z } from 'zod';
import { parseEncryptionKey } from '../domain/installations/token-cipher';

const SLACK_HELP = 'Find it in your Slack app settings (https://api.slack.com/apps → your app)';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** Unset, or a whole number within [min, max]; each message says what was wrong. */
function optionalWholeNumber(rule: { notWhole: string; min: [number, string]; max: [number, string] }) {
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, rule.notWhole)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(...rule.min)
          .max(...rule.max),
      )
      .optional(),
  );
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  // One workspace: its bot token. Unset, with the four below: distributed mode (installs through OAuth).
  SLACK_BOT_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xoxb-'), {
    message: `must be a bot token starting with xoxb-. ${SLACK_HELP} → OAuth & Permissions.`,
  }),
  SLACK_CLIENT_ID: optionalText.refine((value) => value === undefined || /^\d+\.\d+$/.test(value), {
    message: `must be the app's Client ID, two numbers joined by a dot. ${SLACK_HELP} → Basic Information → App Credentials.`,
  }),
  SLACK_CLIENT_SECRET: optionalText,
  // Signs nothing itself: keys the HMAC under which OAuth states are stored (at least 32 characters).
  SLACK_STATE_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, {
    message: 'must be at least 32 characters (a long random string, e.g. from `openssl rand -hex 32`).',
  }),
  // 32 bytes as 64 hex digits or base64: bot and refresh tokens are stored encrypted under it.
  TOKEN_ENCRYPTION_KEY: optionalText.refine((value) => value === undefined || parseEncryptionKey(value), {
    message: 'must be 32 random bytes as 64 hex digits or base64 (e.g. from `openssl rand -hex 32`).',
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xapp-'), {
    message: `must be an app-level token starting with xapp- (scope connections:write). ${SLACK_HELP} → Basic Information → App-Level Tokens.`,
  }),
  SLACK_API_URL: optionalText.refine((value) => value === undefined || URL.canParse(value), {
    message: 'must be a URL such as https://slack.com/api/ (leave it unset for Slack itself).',
  }),
  PORT: z.coerce
    .number({ error: 'must be a port number (1–65535).' })
    .int('must be a whole number.')
    .min(0, 'must be between 0 and 65535.')
    .max(65535, 'must be between 0 and 65535.')
    .default(3000),
  // Where /metrics is served: a port of its own (0: any free port), or PORT itself when set to
  // the same number. Unset: only on PORT behind METRICS_TOKEN, or not at all.
  METRICS_PORT: optionalText.pipe(
    z
      .string()
      .regex(
        /^\d+$/,
        'must be a port number (0–65535), e.g. 9464 (leave it unset to keep metrics off the network).',
      )
      .transform(Number)
      .pipe(z.number().max(65535, 'must be between 0 and 65535.'))
      .optional(),
  ),
  // A bearer token /metrics asks for (Authorization: Bearer …).
  METRICS_TOKEN: optionalText.refine((value) => value === undefined || value.length >= 16, {
    message: 'must be at least 16 characters (a long random string, e.g. from `openssl rand -hex 32`).',
  }),
  DATABASE_URL: optionalText.refine((value) => value === undefined || /^postgres(ql)?:\/\//i.test(value), {
    message: 'must start with postgresql:// (leave it unset to use the embedded database under DATA_DIR).',
  }),
  // Longest one SQL statement may run on a PostgreSQL server before it is cancelled;
  // connect and answer timeouts follow from it (src/db/timeouts.ts). Not used by PGlite.
  DATABASE_TIMEOUT_MS: optionalWholeNumber({
    notWhole: 'must be a whole number of milliseconds, e.g. 15000.',
    min: [100, 'must be at least 100 ms.'],
    max: [3_600_000, 'must be at most 3600000 ms.'],
  }),
  DATA_DIR: optionalText.transform((value) => value ?? './data'),
  // These three only seed a workspace when it is first created (unset: en, Europe/Stockholm, no
  // holidays); after that its settings are changed in /activity admin → Workspace settings.
  DEFAULT_LOCALE: optionalText.pipe(z.enum(['sv', 'en'], { error: 'must be sv or en.' }).optional()),
  DEFAULT_TIMEZONE: optionalText.refine((value) => value === undefined || isTimeZone(value), {
    message: 'must be an IANA time zone such as Europe/Stockholm.',
  }),
  HOLIDAY_COUNTRY: optionalText.refine((value) => value === undefined || /^[A-Z]{2}$/.test(value), {
    message: 'must be a two-letter country code such as SE.',
  }),
  // Digest messages per second in each workspace (default 10: DMs go to different channels, so Slack's
  // one-per-second-per-channel guidance does not bind; the workspace-wide cap does).
  DIGEST_RATE_PER_SECOND: optionalText
    .transform((value) => Number(value ?? '10'))
    .pipe(
      z
        .number({ error: 'must be a number of messages per second, e.g. 10.' })
        .positive('must be more than 0.')
        .max(1000, 'must be at most 1000.'),
    ),
  // Digest and reminder messages in flight at once over all workspaces (each workspace has at most
  // 4); unset: 100, enough for 25 to 50 workspaces sending at their full pace side by side.
  DIGEST_MAX_IN_FLIGHT: optionalWholeNumber({
    notWhole: 'must be a whole number of messages, e.g. 100.',
    min: [1, 'must be at least 1.'],
    max: [10_000, 'must be at most 10000.'],
  }),
  // Days a DONE activity is kept after completion (product §8); unset: kept for ever.
  RETENTION_DAYS: optionalWholeNumber({
    notWhole: 'must be a whole number of days, e.g. 730 (leave it unset to keep activities).',
    min: [1, 'must be at least 1 day.'],
    max: [36_500, 'must be at most 36500 days.'],
  }),
  // Distributed mode: days an uninstalled workspace's data is kept for a reinstall before it is erased.
  UNINSTALL_RETENTION_DAYS: optionalWholeNumber({
    notWhole: 'must be a whole number of days, e.g. 30.',
    min: [1, 'must be at least 1 day.'],
    max: [3650, 'must be at most 3650 days.'],
  }).transform((value) => value ?? 30),
  // Requests per minute per API token (bursts up to the same number); 0 turns the limit off.
  API_RATE_LIMIT_PER_MINUTE: optionalText
    .transform((value) => Number(value ?? '600'))
    .pipe(
      z
        .number({ error: 'must be a number of requests per minute, e.g. 600 (0 for no limit).' })
        .int('must be a whole number.')
        .min(0, 'must be 0 or more.')
        .max(1_000_000, 'must be at most 1000000.'),
    ),
  ADMIN_SLACK_USER_IDS: optionalText.transform((value) =>
    (value ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  ),
  LOG_LEVEL: optionalText
    .transform((value) => value ?? 'info')
    .pipe(
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent.',
      }),
    ),
});

export type Env = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(formatProblems(problems));
  }
}

function formatProblems(problems: string[]): string {
  return [
    'Touchbase cannot start: the configuration has problems.',
    ...problems.map((problem) => `  - ${problem}`),
    '',
    'Set these in the environment or in a .env file (see .env.example).',
    'One workspace: SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).',
    'Many workspaces: SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, TOKEN_ENCRYPTION_KEY and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode), without SLACK_BOT_TOKEN.',
  ].join('\n');
}

const DISTRIBUTED_VARIABLES = [
  'SLACK_CLIENT_ID',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'TOKEN_ENCRYPTION_KEY',
] as const;

/** One workspace with a bot token, or many installed through OAuth (README "Two ways to run"). */
export type InstallMode =
  | { kind: 'single'; botToken: string }
  | {
      kind: 'distributed';
      clientId: string;
      clientSecret: string;
      stateSecret: string;
      encryptionKey: Buffer;
    };

export function installModeOf(env: Env): InstallMode {
  if (env.SLACK_BOT_TOKEN) return { kind: 'single', botToken: env.SLACK_BOT_TOKEN };
  const key = env.TOKEN_ENCRYPTION_KEY ? parseEncryptionKey(env.TOKEN_ENCRYPTION_KEY) : undefined;
  if (!env.SLACK_CLIENT_ID || !env.SLACK_CLIENT_SECRET || !env.SLACK_STATE_SECRET || !key)
    throw new ConfigError(['SLACK_BOT_TOKEN or the distributed-mode variables are required.']);
  return {
    kind: 'distributed',
    clientId: env.SLACK_CLIENT_ID,
    clientSecret: env.SLACK_CLIENT_SECRET,
    stateSecret: env.SLACK_STATE_SECRET,
    encryptionKey: key,
  };
}

/** The two ways to run exclude each other; problems in plain words, checked on the raw input. */
function modeProblems(source: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => Boolean(source[name]?.trim());
  const distributed = DISTRIBUTED_VARIABLES.filter(set);
  if (set('SLACK_BOT_TOKEN')) {
    if (distributed.length === 0) return [];
    return [
      `SLACK_BOT_TOKEN runs Touchbase in one workspace, but ${distributed.join(', ')} ${distributed.length === 1 ? 'is' : 'are'} set too, which install it into many. Unset SLACK_BOT_TOKEN to install through OAuth, or unset the others to run in one workspace.`,
    ];
  }
  if (distributed.length === 0) {
    return [
      `SLACK_BOT_TOKEN is required: the Bot User OAuth Token (xoxb-…). ${SLACK_HELP} → OAuth & Permissions. To install into many workspaces instead, set ${DISTRIBUTED_VARIABLES.join(', ')}.`,
    ];
  }
  const problems = DISTRIBUTED_VARIABLES.filter((name) => !set(name)).map(
    (name) =>
      `${name} is required to install into many workspaces (set without SLACK_BOT_TOKEN). See README "Two ways to run".`,
  );
  return problems;
}

/** Validates the environment; every problem is collected into one ConfigError. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  // Checked on the raw input so it is reported together with every other problem.
  problems.push(...modeProblems(source));
  if (!source.SLACK_APP_TOKEN?.trim() && !source.SLACK_SIGNING_SECRET?.trim()) {
    problems.push(
      `SLACK_SIGNING_SECRET is required in HTTP mode (when SLACK_APP_TOKEN is not set). ${SLACK_HELP} → Basic Information → Signing Secret. For Socket Mode set SLACK_APP_TOKEN instead.`,
    );
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return result.data;
}
