import { randomUUID } from 'node:crypto';
import { ImportJobRepository } from '../../../src/db/repositories/import-job-repository';
import { ImportRepository } from '../../../src/db/repositories/import-repository';
import { WorkspaceRepository } from '../../../src/db/repositories/workspace-repository';
import { ImportContacts } from '../../../src/domain/imports/import-contacts';
import { IMPORT_JOB_LEASE_MS, ImportJobs } from '../../../src/domain/imports/import-jobs';
import { WorkspaceService } from '../../../src/domain/workspaces/workspace-service';
import type { Workspace } from '../../../src/generated/prisma/client';
import { messages } from '../../../src/i18n';
import { SettableClock } from '../../support/fixtures/activities';
import { openTestDatabase } from '../../support/test-prisma';

const HEADER = 'name,email\n';
const row = (i: number) => `Person ${i},job${i}@x.se\n`;

describe('import jobs (large API imports in the background)', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let workspace: Workspace;
  const clock = new SettableClock(new Date('2026-03-02T09:00:00Z'));
  let jobs: ImportJobs;
  const unexpected: unknown[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    workspace = await new WorkspaceService(new WorkspaceRepository(db.prisma), {
      locale: 'en',
      timezone: 'Europe/Stockholm',
      holidayCountry: null,
    }).ensure('TJOBS', 'Jobs AB');
    jobs = new ImportJobs({
      store: new ImportJobRepository(db.prisma),
      importer: new ImportContacts(new ImportRepository(db.prisma), clock, 3),
      clock,
      onUnexpected: (error) => unexpected.push(error),
    });
  });
  afterAll(() => db.drop());

  it('stops a running job at shutdown and marks it interrupted, with what it saved and its file released', async () => {
    let reading!: () => void;
    const waitingForMore = new Promise<void>((resolve) => {
      reading = resolve;
    });
    let opened = 0;
    let released = false;
    const id = randomUUID();
    await jobs.start({
      id,
      workspaceId: workspace.id,
      tokenId: null,
      locale: 'en',
      bytesTotal: 1000,
      source: async function* () {
        // The encoding check reads the whole file; the import then finds the rest never comes.
        opened++;
        yield HEADER + row(1) + row(2) + row(3) + row(4);
        if (opened === 1) return;
        reading();
        await new Promise(() => undefined);
      },
      release: async () => {
        released = true;
      },
    });
    await waitingForMore;
    expect(jobs.runningCount).toBe(1);
    await jobs.stop();
    expect(jobs.runningCount).toBe(0);
    expect(released).toBe(true);
    const job = await jobs.get(workspace.id, id);
    // A batch (three rows) was saved before the read that never ended.
    expect(job).toMatchObject({
      status: 'interrupted',
      problem: messages('en').imports.jobs.interrupted,
      summary: { created: 3 },
    });
    expect(job?.finishedAt).not.toBeNull();
    expect(await db.prisma.person.count({ where: { email: { startsWith: 'job' } } })).toBe(3);
    expect(unexpected).toEqual([]);
  });

  it('marks a job whose process died interrupted once its heartbeat is older than the lease, not before', async () => {
    const id = randomUUID();
    await new ImportJobRepository(db.prisma).create({
      id,
      workspaceId: workspace.id,
      tokenId: null,
      locale: 'sv',
      bytesTotal: 10,
      now: clock.now(),
    });
    expect(await jobs.recover()).toEqual([]);
    expect((await jobs.get(workspace.id, id))?.status).toBe('running');
    clock.advance(IMPORT_JOB_LEASE_MS + 1000);
    expect(await jobs.get(workspace.id, id)).toMatchObject({
      status: 'interrupted',
      problem: messages('sv').imports.jobs.interrupted,
    });
    expect(await jobs.get(workspace.id + 1, id)).toBeNull();
  });

  it('at start, marks every job left running by a dead process interrupted', async () => {
    const repository = new ImportJobRepository(db.prisma);
    const id = randomUUID();
    await repository.create({
      id,
      workspaceId: workspace.id,
      tokenId: null,
      locale: 'en',
      bytesTotal: 10,
      now: clock.now(),
    });
    clock.advance(IMPORT_JOB_LEASE_MS + 1000);
    expect(await jobs.recover()).toEqual([id]);
    expect((await jobs.get(workspace.id, id))?.status).toBe('interrupted');
  });
});
