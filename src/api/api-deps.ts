import type { Clock } from '../domain/clock';
import type { ImportContacts } from '../domain/imports/import-contacts';
import type { ImportJobs } from '../domain/imports/import-jobs';
import type { PrivacyServices } from '../domain/privacy/privacy-services';
import type { Logger } from '../observability/logger';
import type { ApiGate } from './auth';
import type { IdempotencyStore } from './idempotency';
import type { ApiActivities } from './services/api-activities';
import type { ApiContacts } from './services/api-contacts';
import type { ApiMessageBatch } from './services/api-message-batch';
import type { ApiMessages } from './services/api-messages';

/**
 * Everything the /api/v1 routes use, built in the composition root (src/app.ts).
 * A route module that needs another service adds one field here.
 */
export interface ApiDeps {
  clock: Clock;
  logger: Logger;
  /** Bearer token check and per-token rate limit. */
  gate: ApiGate;
  idempotency: IdempotencyStore;
  activities: ApiActivities;
  contacts: ApiContacts;
  messages: ApiMessages;
  /** POST /messages/batch: many sent messages in one request. */
  messageBatch: ApiMessageBatch;
  /** POST /import (product §7.3). */
  imports: ImportContacts;
  /** Large imports in the background, and their status (GET /import/{jobId}). */
  importJobs: ImportJobs;
  /** Export and erasure for admin tokens (product §8). */
  privacy: PrivacyServices;
}
