// Builds every employee's digest as the delivery run would — recipients, the one
// activity queries per batch, the Block Kit message — without sending anything,
// in a process of its own so its peak RSS is the digest build's alone.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import { DigestActivityRepository } from '../../src/db/repositories/digest-activity-repository';
import { DigestRecipientRepository } from '../../src/db/repositories/digest-recipient-repository';
import { BuildPersonalDigests } from '../../src/domain/digests/personal-digest';
import { employeeViewer } from '../../src/domain/employees/employee-viewer';
import { messages } from '../../src/i18n';
import { DIGEST_ITEMS_MAX, personalDigestMessage } from '../../src/slack/views/digests/personal-digest-view';
import { rssSampler } from '../rss-sampler';

/** As the delivery engine's batches. */
const BATCH = 200;

async function main(): Promise<void> {
  const now = new Date(process.env.DIGEST_MORNING ?? '');
  if (Number.isNaN(now.getTime())) throw new Error('DIGEST_MORNING must be an ISO time');
  const rss = rssSampler();
  const database = await openDatabase(
    resolveDatabaseTarget(process.env.DATABASE_URL, process.env.DATA_DIR ?? ''),
  );
  const rssBefore = rss.peakMb();
  try {
    const ids = (
      await database.prisma.employee.findMany({ select: { id: true }, orderBy: { id: 'asc' } })
    ).map((row) => row.id);
    const build = new BuildPersonalDigests(new DigestActivityRepository(database.prisma));
    const recipients = new DigestRecipientRepository(database.prisma);
    const started = performance.now();
    let digests = 0;
    let items = 0;
    let bytes = 0;
    let blocksMax = 0;
    for (let from = 0; from < ids.length; from += BATCH) {
      const employees = await recipients.employees(ids.slice(from, from + BATCH));
      const batch = [...employees.values()].map((employee) => ({
        employeeId: employee.id,
        workspaceId: employee.workspaceId,
        timezone: employee.timezone,
        localDate: now.toISOString().slice(0, 10),
      }));
      const built = await build.forRecipients(batch, now, DIGEST_ITEMS_MAX);
      for (const [employeeId, digest] of built) {
        if (digest.total === 0) continue;
        const employee = employees.get(employeeId);
        if (!employee) continue;
        const viewer = employeeViewer(employee.workspace, employee, false);
        const message = personalDigestMessage({ m: messages(viewer.locale), viewer, now }, digest);
        digests += 1;
        items += digest.total;
        blocksMax = Math.max(blocksMax, message.blocks.length);
        bytes += JSON.stringify(message).length;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${JSON.stringify({ seconds, employees: ids.length, digests, items, blocksMax, bytes, rssBeforeMb: rssBefore, peakRssMb: rss.peakMb() })}\n`,
    );
  } finally {
    rss.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
