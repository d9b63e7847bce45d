import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database';
import { resolveDatabaseTarget } from '../src/db/database-target';
import { ActivityRepository } from '../src/db/repositories/activity-repository';
import { ActivitySeriesRepository } from '../src/db/repositories/activity-series-repository';
import { ActivityTypeRepository } from '../src/db/repositories/activity-type-repository';
import { PersonSummaryRepository } from '../src/db/repositories/person-summary-repository';
import { createActivityServices } from '../src/domain/activities/activity-services';
import type { EmployeeService } from '../src/domain/employees/employee-service';
import type { Viewer } from '../src/domain/viewer';
import type { PrismaClient } from '../src/generated/prisma/client';
import type { Benchmark, ResultRow } from './benchmark';
import { slackUserIdFor } from './generate';
import { peakRssMb } from './peak-rss';
import { summarize } from './stats';
import type { PreparedDatabase } from './targets/prepared-database';

/** Each completion is one use case call (a few statements): fewer samples than the HTTP benchmarks need. */
const MAX_REQUESTS = 500;
const MAX_WARMUP = 20;
const DAY = 24 * 3600 * 1000;

/**
 * Rows for the measurement, beside the generated million: `count` single activities and `count`
 * open occurrences of weekly series, all due tomorrow for one staff member.
 */
async function makeRows(
  prisma: PrismaClient,
  setup: {
    workspaceId: number;
    personId: number;
    typeId: number;
    responsibleId: number;
    startAt: Date;
    count: number;
  },
): Promise<{ plain: number[]; occurrences: number[] }> {
  const base = {
    workspaceId: setup.workspaceId,
    personId: setup.personId,
    typeId: setup.typeId,
    responsibleId: setup.responsibleId,
    creatorId: setup.responsibleId,
    status: 'NOT_STARTED' as const,
    startAt: setup.startAt,
    dueAt: setup.startAt,
  };
  const plain: number[] = [];
  const occurrences: number[] = [];
  for (let i = 0; i < setup.count; i += 1) {
    plain.push((await prisma.activity.create({ data: { ...base, subject: `Bench single ${i}` } })).id);
    const rule = 'FREQ=WEEKLY;BYDAY=MO';
    const occurrence = await prisma.activity.create({
      data: { ...base, subject: `Bench occurrence ${i}`, recurrence: rule },
    });
    const series = await prisma.activitySeries.create({
      data: {
        workspaceId: setup.workspaceId,
        rule,
        timeZone: 'Europe/Stockholm',
        startAt: setup.startAt,
        slotAt: setup.startAt,
        currentActivityId: occurrence.id,
        personId: setup.personId,
        typeId: setup.typeId,
        subject: `Bench occurrence ${i}`,
        responsibleId: setup.responsibleId,
      },
    });
    await prisma.activity.update({ where: { id: occurrence.id }, data: { seriesId: series.id } });
    occurrences.push(occurrence.id);
  }
  return { plain, occurrences };
}

/**
 * product §3.6: completing an occurrence (*Done now*: the save, plus the next occurrence made
 * from the series in the same transaction) beside a plain completion, on the 1 M activities of
 * the shared data, as the use case runs it (no Slack). No target of its own: the figure to
 * watch is the occurrence's p99 against the plain one's.
 */
export const occurrenceCompletion: Benchmark = {
  name: 'occurrence-completion',
  async run(database, settings) {
    const target = resolveDatabaseTarget(database.env.DATABASE_URL, database.env.DATA_DIR ?? 'memory://');
    const db = await openDatabase(target);
    try {
      const prisma = db.prisma;
      const planned = database.data.workspaces[0]!;
      const responsibleId = planned.employees.start + 2;
      const type = await prisma.activityType.findFirstOrThrow({
        where: { workspaceId: planned.id, archived: false },
        orderBy: { position: 'asc' },
      });
      const warmup = Math.min(settings.warmup, MAX_WARMUP);
      const requests = Math.min(settings.requests, MAX_REQUESTS);
      const now = database.data.anchor;
      settings.log(`  occurrence completion, ${database.kind}: making ${warmup + requests} of each`);
      const rows = await makeRows(prisma, {
        workspaceId: planned.id,
        personId: planned.persons.start + 1,
        typeId: type.id,
        responsibleId,
        startAt: new Date(now.getTime() + DAY),
        count: warmup + requests,
      });
      const noSlackLookups = {
        resolve: async () => {
          throw new Error('completing looks up no Slack user');
        },
      } as unknown as EmployeeService;
      const services = createActivityServices({
        activities: new ActivityRepository(prisma, db.plain),
        types: new ActivityTypeRepository(prisma),
        persons: new PersonSummaryRepository(prisma),
        employees: noSlackLookups,
        series: new ActivitySeriesRepository(),
        clock: { now: () => now },
      });
      const viewer: Viewer = {
        workspaceId: planned.id,
        employeeId: responsibleId,
        slackUserId: slackUserIdFor(responsibleId),
        isAdmin: false,
        locale: 'en',
        timezone: 'Europe/Stockholm',
      };
      const result: ResultRow[] = [];
      for (const [label, ids] of [
        ['complete, single activity', rows.plain],
        ['complete occurrence (save + next)', rows.occurrences],
      ] as const) {
        settings.log(`  ${label}, ${database.kind}, ${requests} requests`);
        const samples: number[] = [];
        for (const [i, id] of ids.entries()) {
          const started = performance.now();
          const saved = await services.complete.execute(viewer, id);
          const elapsed = performance.now() - started;
          if (label.startsWith('complete occurrence') && !saved.nextOccurrence) {
            throw new Error(`occurrence ${id} made no next occurrence`);
          }
          if (i >= warmup) samples.push(elapsed);
        }
        result.push(toRow(database, { name: label, samples, beside: result[0]?.p99Ms }));
      }
      return result;
    } finally {
      await db.close();
    }
  },
};

/**
 * One row. The occurrence's row stands beside the single completion's (`beside`, its p99): the
 * ratio of the two is the figure to watch. No product target, so nothing is judged.
 */
function toRow(
  database: PreparedDatabase,
  { name, samples, beside }: { name: string; samples: number[]; beside?: number },
): ResultRow {
  const measured = summarize(samples);
  const criterion =
    beside === undefined
      ? // Itself: the row the occurrence's ratio is measured against.
        {
          name: 'p99 ms',
          value: measured.p99,
          limit: Math.round(measured.p99 * 100) / 100,
          informational: true,
        }
      : { name: 'ratio p99', value: measured.p99 / beside, limit: 2, informational: true };
  return {
    benchmark: name,
    database: database.kind,
    rows: database.data.sizes.activities,
    requests: samples.length,
    p50Ms: measured.p50,
    p95Ms: measured.p95,
    p99Ms: measured.p99,
    baselineP99Ms: beside ?? Number.NaN,
    criterion,
    pass: true,
    details: { latency: measured, peakRssMb: peakRssMb() },
  };
}
