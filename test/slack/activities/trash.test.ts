import {
  activitySlack,
  addPerson,
  SettableClock,
  typeByKey,
  workspaceOf,
} from '../../support/fixtures/activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * `/activity trash` (`/activity papperskorg`): what the user deleted (or an admin:
 * anyone's but others' private ones) in the last 30 days, newest deletion first,
 * with *Restore*; `/activity show` of such an activity says it is deleted; after
 * 30 days the nightly job deletes it for good.
 */
describe('the trash', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let clock: SettableClock;
  let workspaceId: number;
  let personId: number;
  let typeId: number;
  const prisma = () => t.app.database.prisma;
  const shown = (value: unknown) => JSON.stringify(value);
  const command = (userId: string, text: string) =>
    t.slack.slashCommand({ command: '/activity', text, userId });
  const employeeId = async (slackUserId: string) =>
    (await prisma().employee.findFirstOrThrow({ where: { slackUserId } })).id;

  /** An activity of `responsible`, deleted by them `minutesAgo` minutes before now (straight into the database). */
  async function deleted(
    subject: string,
    responsible: string,
    minutesAgo: number,
    extra: { isPrivate?: boolean; creator?: string } = {},
  ): Promise<number> {
    const by = await employeeId(responsible);
    const at = new Date(clock.now().getTime() - minutesAgo * MINUTE);
    const row = await prisma().activity.create({
      data: {
        workspaceId,
        personId,
        typeId,
        subject,
        startAt: NOW,
        dueAt: NOW,
        responsibleId: by,
        creatorId: extra.creator ? await employeeId(extra.creator) : by,
        isPrivate: extra.isPrivate ?? false,
        deletedAt: at,
        deletedById: by,
        version: 2,
      },
    });
    return row.id;
  }

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    for (const [id, name] of [
      ['UANNA', 'anna'],
      ['UBEN', 'ben'],
      ['UCARL', 'carl'],
    ])
      t.double.addUser({ id, name });
    t.double.addUser({ id: 'UBOSS', name: 'boss', is_admin: true });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
    for (const user of ['UANNA', 'UBEN', 'UCARL', 'UBOSS', 'USVEN']) await command(user, 'help');
    workspaceId = (await workspaceOf(t)).id;
    personId = (await addPerson(prisma(), workspaceId, { name: 'Pia Person' })).id;
    typeId = (await typeByKey(prisma(), workspaceId, 'MEETING')).id;
  });
  afterAll(() => t.stop());

  it('lists what the user deleted, newest deletion first, each with Restore; not what others deleted', async () => {
    const logged = await slack.logActivity(
      'UANNA',
      { id: personId, name: 'Pia Person' },
      { Subject: 'Just now' },
    );
    const card = slack.lastEphemeral('UANNA');
    const older = await deleted('Deleted an hour ago', 'UANNA', 60);
    const oldest = await deleted('Deleted 29 days ago', 'UANNA', 29 * 24 * 60);
    const bens = await deleted('Ben’s own', 'UBEN', 5);
    const expired = await deleted('Deleted 31 days ago', 'UANNA', 31 * 24 * 60);
    clock.advance(MINUTE);
    const deletedCard = await slack.pressInEphemeral(
      'UANNA',
      card.ts,
      card.channel,
      `activity_delete:${logged}`,
    );
    expect(shown(deletedCard.blocks)).toContain('Until then it waits in `/activity trash`.');

    const answer = await command('UANNA', 'trash');
    expect(answer.ack?.response_type).toBe('ephemeral');
    const text = shown(answer.ack);
    expect(answer.ack?.text).toBe('Your trash: activities deleted in the last 30 days');
    const order = [logged, older, oldest].map((id) => text.indexOf(`activity_undo:${id}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('~*#');
    expect(text).toContain(`Activity #${logged} was deleted by <@UANNA> on 2 Mar 2026 10:01.`);
    expect(text).toContain('Can be restored until 1 Apr 2026.');
    expect(text).toContain('"text":"Restore"');
    expect(text).not.toContain(`activity_undo:${bens}`);
    expect(text).not.toContain(`activity_undo:${expired}`);
    expect(text).not.toContain('Deleted 31 days ago');
  });

  it('shows an admin everyone’s deleted activities except others’ private ones', async () => {
    const bens = await deleted('Ben’s public', 'UBEN', 1);
    const bensPrivate = await deleted('Ben’s private', 'UBEN', 2, { isPrivate: true, creator: 'UBOSS' });
    const text = shown((await command('UBOSS', 'trash')).ack);
    expect(text).toContain('Trash: activities deleted in the last 30 days (yours, and your colleagues’');
    expect(text).toContain(`activity_undo:${bens}`);
    expect(text).not.toContain(`activity_undo:${bensPrivate}`);
    expect(text).not.toContain('Ben’s private');
    // Ben sees his private one; Carl, neither responsible nor creator nor admin, sees nothing of Ben's.
    expect(shown((await command('UBEN', 'trash')).ack)).toContain('Ben’s private');
    expect(shown((await command('UCARL', 'trash')).ack)).toContain('The trash is empty.');
  });

  it('Restore on a trash page brings the activity back and redraws the page in place', async () => {
    const first = await deleted('Restore me', 'UCARL', 3);
    const second = await deleted('Leave me', 'UCARL', 4);
    await command('UCARL', 'trash');
    const page = slack.lastEphemeral('UCARL');
    const redrawn = await slack.pressInEphemeral('UCARL', page.ts, page.channel, `activity_undo:${first}`);
    expect(await prisma().activity.findUniqueOrThrow({ where: { id: first } })).toMatchObject({
      deletedAt: null,
    });
    const text = shown(redrawn.blocks);
    expect(text).toContain(`Activity #${first} is back.`);
    expect(text).toContain(`activity_done:${first}`);
    expect(text).toContain(`activity_undo:${second}`);
    const events = await prisma().activityEvent.findMany({ where: { activityId: first } });
    expect(events.map((e) => e.kind)).toEqual(['RESTORED']);
    expect(shown((await command('UCARL', 'trash')).ack)).not.toContain(`activity_undo:${first}`);
  });

  it('pages ten at a time with More', async () => {
    t.double.addUser({ id: 'UDORA', name: 'dora' });
    await command('UDORA', 'help');
    const ids: number[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(await deleted(`bulk ${String(i).padStart(2, '0')}`, 'UDORA', 10 + i));
    await command('UDORA', 'trash');
    const first = slack.lastEphemeral('UDORA');
    const page1 = shown(first.blocks);
    expect(page1).toContain('bulk 00');
    expect(page1).toContain('bulk 09');
    expect(page1).not.toContain('bulk 10');
    const second = await slack.pressInEphemeral('UDORA', first.ts, first.channel, 'activity_trash_more');
    expect(second.text).toBe('Your trash: activities deleted in the last 30 days · page 2');
    const page2 = shown(second.blocks);
    expect(page2).toContain('bulk 10');
    expect(page2).toContain('bulk 11');
    expect(page2).not.toContain('bulk 09');
    expect(page2).not.toContain('activity_trash_more');
  });

  it('/activity show of a deleted activity says so and offers Restore; others are told it does not exist', async () => {
    const id = await deleted('Shown deleted', 'UANNA', 7);
    const show = await command('UANNA', `show ${id}`);
    const text = shown(show.ack);
    expect(show.ack?.text).toContain(`Activity #${id} has been deleted.`);
    expect(text).toContain(`Activity #${id} was deleted by <@UANNA>`);
    expect(text).toContain(`activity_undo:${id}`);
    expect(text).toContain('"text":"Restore"');
    expect((await command('UCARL', `show ${id}`)).ack?.text).toBe(
      `There is no activity #${id} that you can see.`,
    );

    const message = slack.lastEphemeral('UANNA');
    const restored = await slack.pressInEphemeral(
      'UANNA',
      message.ts,
      message.channel,
      `activity_undo:${id}`,
    );
    expect(shown(restored.blocks)).toContain(`Activity #${id} is back.`);
    expect(shown(restored.blocks)).toContain('*History*');
  });

  it('speaks Swedish: /activity papperskorg (and trash), Återställ, the help', async () => {
    const id = await deleted('Borttagen', 'USVEN', 2);
    for (const word of ['papperskorg', 'trash']) {
      const answer = await command('USVEN', word);
      expect(answer.ack?.text).toBe('Din papperskorg: aktiviteter borttagna de senaste 30 dagarna');
      const text = shown(answer.ack);
      expect(text).toContain(`activity_undo:${id}`);
      expect(text).toContain('"text":"Återställ"');
      expect(text).toContain('Kan återställas till och med 1 apr. 2026.');
    }
    expect(shown((await command('USVEN', `show ${id}`)).ack)).toContain(`Aktivitet #${id} har tagits bort.`);
    expect((await command('USVEN', 'papperskorg allt')).ack?.text).toContain(
      '`/activity papperskorg` tar inget mer',
    );
    expect(shown((await command('USVEN', 'help')).ack)).toContain('/activity papperskorg');
    expect(shown((await command('UANNA', 'help')).ack)).toContain('/activity trash');
  });

  it('after 30 days: out of the trash, shown to nobody, and deleted for good by the nightly job', async () => {
    const id = await deleted('Soon gone for good', 'UANNA', 0);
    await command('UANNA', 'trash');
    const page = slack.lastEphemeral('UANNA');
    clock.advance(30 * DAY + MINUTE);
    expect(shown((await command('UANNA', 'trash')).ack)).not.toContain(`activity_undo:${id}`);
    expect((await command('UANNA', `show ${id}`)).ack?.text).toBe(
      `There is no activity #${id} that you can see.`,
    );
    expect((await command('UBOSS', `show ${id}`)).ack?.text).toBe(
      `There is no activity #${id} that you can see.`,
    );
    const stale = await slack.pressInEphemeral('UANNA', page.ts, page.channel, `activity_undo:${id}`);
    expect(shown(stale.blocks)).not.toContain('Soon gone for good');
    expect(await prisma().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      deletedAt: expect.any(Date),
    });

    const result = await t.app.runRetention();
    expect(result).toMatchObject({ ran: true, retention: null });
    expect(await prisma().activity.count({ where: { id } })).toBe(0);
    expect(await prisma().activityEvent.count({ where: { activityId: id } })).toBe(0);
    const audit = await prisma().auditLog.findFirstOrThrow({
      where: { action: 'trash.purged', workspaceId },
    });
    expect(audit.details).toMatchObject({ days: 30 });
    expect((audit.details as { activities: number }).activities).toBeGreaterThan(0);
    expect((await command('UANNA', `show ${id}`)).ack?.text).toBe(
      `There is no activity #${id} that you can see.`,
    );
  });
});
