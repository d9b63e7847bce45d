import type { WebClient } from '@slack/web-api';
import type { Env } from '../config/env';
import type { PlainSql } from '../db/plain-sql';
import { ApiLookupRepository } from '../db/repositories/api-lookup-repository';
import { ApiReferenceRepository } from '../db/repositories/api-reference-repository';
import { ApiTokenRepository } from '../db/repositories/api-token-repository';
import { IdempotencyRepository } from '../db/repositories/idempotency-repository';
import { ImportJobRepository } from '../db/repositories/import-job-repository';
import { ImportRepository } from '../db/repositories/import-repository';
import { MessageBatchRepository } from '../db/repositories/message-batch-repository';
import { TokenAuthenticator } from '../domain/api-tokens/token-authenticator';
import type { Clock } from '../domain/clock';
import { ImportContacts } from '../domain/imports/import-contacts';
import { ImportJobs } from '../domain/imports/import-jobs';
import { EmployeeReferences } from '../domain/messages/employee-reference';
import { GroupedReferences } from '../domain/messages/grouped-references';
import { PersonReferences } from '../domain/messages/person-reference';
import type { PrismaClient } from '../generated/prisma/client';
import type { Logger } from '../observability/logger';
import { boltLogger } from '../observability/logger';
import type { ListenerDeps } from '../slack/listeners/deps';
import { publishHomesOf } from '../slack/listeners/home/publish-homes-of';
import type { ApiDeps } from './api-deps';
import { DatabaseIdempotencyStore } from './idempotency';
import { TokenRateLimiter } from './rate-limiter';
import { ApiActivities } from './services/api-activities';
import { ApiContacts } from './services/api-contacts';
import { ApiMessageBatch } from './services/api-message-batch';
import { ApiMessages } from './services/api-messages';
import { SlackApiNotifier } from './slack/slack-api-notifier';
import { SlackUserDirectory } from './slack/slack-directory';

/** The API's services from the app's: the same activity and contact rules the Slack surfaces use. */
export function createApiDeps(input: {
  env: Env;
  logger: Logger;
  clock: Clock;
  prisma: PrismaClient;
  /** The plain path of the same database, for the hot statements outside transactions. */
  plain: PlainSql;
  listenerDeps: ListenerDeps;
  /** The Web API client acting in a workspace, by its Slack team id (its own token). */
  clientFor: (slackTeamId: string) => Promise<WebClient>;
  /** A workspace's Slack team id by our id (the API knows workspaces by id). */
  slackTeamIdOf: (workspaceId: number) => Promise<string>;
}): ApiDeps & { notifier: SlackApiNotifier; authenticator: TokenAuthenticator } {
  const { env, clock, prisma, plain, listenerDeps } = input;
  const logger = input.logger.child({ component: 'api' });
  const lookups = new ApiLookupRepository(prisma);
  const authenticator = new TokenAuthenticator(new ApiTokenRepository(prisma, plain), clock, (error) =>
    logger.warn({ err: error }, 'could not record when an API token was last used'),
  );
  const limiter = new TokenRateLimiter(env.API_RATE_LIMIT_PER_MINUTE, clock);
  const slackLogger = boltLogger(logger);
  const notifier = new SlackApiNotifier(
    {
      employees: listenerDeps.employees,
      clock: listenerDeps.clock,
      refreshHomes: async (workspace, people) =>
        publishHomesOf(listenerDeps, await input.clientFor(workspace.slackTeamId), {
          logger: slackLogger,
          workspace,
          people,
        }),
      assignments: listenerDeps.reminders.assignments,
      redrawReminders: (workspaceId, activityId) =>
        listenerDeps.reminders.redraw.request(workspaceId, activityId),
    },
    slackLogger,
  );
  const references = new ApiReferenceRepository(plain);
  // Single creates of concurrent requests share one look-up; a message batch already reads its 500 in one.
  const groupedReferences = new GroupedReferences(references);
  const persons = new PersonReferences(lookups, listenerDeps.contacts.createPerson);
  const employees = new EmployeeReferences(
    lookups,
    new SlackUserDirectory(async (workspaceId) => input.clientFor(await input.slackTeamIdOf(workspaceId))),
  );
  const activities = new ApiActivities({
    activities: listenerDeps.activities,
    lookups,
    references: groupedReferences,
    persons,
    employees,
    notifier,
  });
  const imports = new ImportContacts(new ImportRepository(prisma), clock);
  const importJobs = new ImportJobs({
    store: new ImportJobRepository(prisma),
    importer: imports,
    clock,
    onUnexpected: (error, jobId) => logger.error({ err: error, jobId }, 'import job failed'),
  });
  return {
    clock,
    logger,
    gate: {
      authenticate: (secret) => authenticator.authenticate(secret),
      take: (tokenId) => limiter.take(tokenId),
      recordUse: (tokenId) => authenticator.recordUse(tokenId),
    },
    idempotency: new DatabaseIdempotencyStore(new IdempotencyRepository(prisma), clock),
    activities,
    contacts: new ApiContacts({ contacts: listenerDeps.contacts, lookups }),
    messages: new ApiMessages(activities),
    messageBatch: new ApiMessageBatch({
      references,
      batches: new MessageBatchRepository(prisma),
      lookups,
      persons,
      employeeReferences: employees,
      employees: listenerDeps.employees,
      clock,
    }),
    imports,
    importJobs,
    privacy: listenerDeps.privacy,
    notifier,
    authenticator,
  };
}
