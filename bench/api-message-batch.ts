import type { RunningTouchbase } from '../src/app';
import type { ApiLoadResult } from './api-load-worker';
import { createBenchToken, runApiLoad, startApiUnderTest } from './api-throughput';
import { addBenchUsers } from './bench-users';
import type { Benchmark, BenchSettings, ResultRow } from './benchmark';
import { peakRssMb } from './peak-rss';
import { summarize } from './stats';
import type { PreparedDatabase } from './targets/prepared-database';
import { countActivities } from './touchbase-under-test';

/**
 * Messages recorded per second through POST /messages/batch (issue 12): a mail
 * gateway catching up after an outage, or a nightly SMS export, sends its backlog
 * in batches; 3,000 a second clears a day of a large customer's mail in seconds.
 */
const TARGET_PER_SECOND = 3000;
const BATCH_SIZE = 500;
const SENDERS = 20;
const PERSONS = 2000;

/**
 * Batches of 500 sent e-mails and SMS to generated persons (by their e-mail, or
 * their phone written as the person's own number), senders by Slack id, each item
 * with its own idempotency key; sequentially and with N batches in flight.
 */
export const apiMessageBatch: Benchmark = {
  name: 'api-batch',
  async run(database, settings) {
    const api = await startApiUnderTest(database);
    try {
      const senders = addBenchUsers(api.double, SENDERS);
      const workspaceId = database.data.workspaces[0]!.id;
      const token = await createBenchToken(api.app, workspaceId, senders[0]!);
      const recipients = await recipientsOf(api.app, workspaceId);
      if (recipients.length === 0)
        throw new Error('the prepared data has no persons with an e-mail or phone');
      const batches = Math.max(4, Math.round(settings.requests / 50));
      const warmup = Math.max(1, Math.round(settings.warmup / 50));
      const levels = settings.concurrency > 1 ? [1, Math.min(settings.concurrency, 4)] : [1];
      const bodies = batchBodies(recipients, senders, levels.length * (warmup + batches));
      const rows: ResultRow[] = [];
      let offset = 0;
      for (const concurrency of levels) {
        settings.log(
          `  POST /api/v1/messages/batch, ${database.kind}, ${batches} × ${BATCH_SIZE} messages, concurrency ${concurrency}`,
        );
        const count = warmup + batches;
        const result = await runApiLoad({
          url: `${api.baseUrl}/api/v1/messages/batch`,
          token,
          bodies: bodies.slice(offset, offset + count),
          warmup,
          requests: batches,
          concurrency,
          expectStatus: 200,
          countItems: true,
        });
        offset += count;
        rows.push(toRow(database, settings, concurrency, batches, result, await countActivities(api.app)));
      }
      return rows;
    } finally {
      await api.stop();
    }
  },
};

interface Recipient {
  email: string | null;
  phone: string | null;
}

/** Persons one e-mail or phone names alone (a shared number would be refused as ambiguous). */
async function recipientsOf(app: RunningTouchbase, workspaceId: number): Promise<Recipient[]> {
  return app.database.sql.query<Recipient>(
    `SELECT email, CASE WHEN count(*) OVER (PARTITION BY phone) = 1 THEN phone END AS phone
     FROM "Person" WHERE "workspaceId" = $1 AND NOT archived AND (email IS NOT NULL OR phone IS NOT NULL)
     ORDER BY id LIMIT ${PERSONS}`,
    [workspaceId],
  );
}

/** Every batch different (its own idempotency keys), e-mails and SMS mixed. */
function batchBodies(recipients: Recipient[], senders: string[], count: number): string[] {
  const run = Date.now().toString(36);
  let n = 0;
  return Array.from({ length: count }, () =>
    JSON.stringify({
      items: Array.from({ length: BATCH_SIZE }, () => {
        const i = n++;
        const to = recipients[i % recipients.length]!;
        const sms = to.phone !== null && (i % 3 === 0 || to.email === null);
        return {
          channel: sms ? 'sms' : 'email',
          from: sms ? '+46700000000' : 'sales@example.com',
          to: sms ? to.phone : to.email,
          subject: sms ? undefined : `Offer ${i}`,
          body: sms ? `See you at ${i % 24}:00` : `Hello,\nhere is offer ${i}.\n\nBest regards`,
          sentAt: new Date(Date.UTC(2026, 2, 2, 8, 0, i % 3600)).toISOString(),
          sender: senders[i % senders.length],
          idempotencyKey: `bench-${run}-${i}`,
        };
      }),
    }),
  );
}

function toRow(
  database: PreparedDatabase,
  settings: BenchSettings,
  concurrency: number,
  batches: number,
  result: ApiLoadResult,
  rows: number,
): ResultRow {
  const measured = summarize(result.latenciesMs);
  const perSecond = result.itemsCreated / (result.elapsedMs / 1000);
  const judged = database.kind === 'postgres';
  return {
    benchmark: `API POST /messages/batch ×${BATCH_SIZE} (${concurrency > 1 ? `${concurrency} concurrent` : 'sequential'})`,
    database: database.kind,
    rows,
    requests: batches,
    p50Ms: measured.p50,
    p95Ms: measured.p95,
    p99Ms: measured.p99,
    baselineP99Ms: Number.NaN,
    criterion: {
      name: 'messages/s',
      value: perSecond,
      limit: TARGET_PER_SECOND,
      atLeast: true,
      ...(judged ? {} : { informational: true }),
    },
    pass: result.failures === 0 && (!judged || perSecond >= TARGET_PER_SECOND),
    details: {
      concurrency,
      batchSize: BATCH_SIZE,
      messagesPerSecond: Math.round(perSecond),
      messagesCreated: result.itemsCreated,
      elapsedMs: Math.round(result.elapsedMs),
      loadCpuMsPerBatch: Math.round(result.loadCpuMs / batches),
      batch: measured,
      refusedItems: result.failures,
      firstFailure: result.firstFailure,
      peakRssMb: peakRssMb(),
      warmupBatches: Math.max(1, Math.round(settings.warmup / 50)),
    },
  };
}
