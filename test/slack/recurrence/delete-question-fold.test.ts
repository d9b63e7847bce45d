import type { RecordedCall } from '../../support/slack-double';
import { addStaff, type ReminderBed, startReminderBed } from '../reminders/reminder-bed';

// Tuesday 1 December 2026, 10:00 in Stockholm: working hours, so assignments go out at once.
const MORNING = '2026-12-01T09:00:00Z';
const text = (value: unknown) => JSON.stringify(value ?? null);

describe('Delete on an occurrence in a folded message (product §3.6, §5.6)', () => {
  let bed: ReminderBed;
  beforeAll(async () => {
    bed = await startReminderBed({ now: MORNING });
    await addStaff(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    await addStaff(bed, { slackUserId: 'UBOB', timezone: 'Europe/Stockholm' });
  });
  afterAll(() => bed.stop());

  it('asks in place of that activity’s buttons, keeps the others, and redraws the message once answered', async () => {
    const since = bed.double.calls.length;
    const ids: number[] = [];
    for (const subject of ['Weekly review', 'Weekly call']) {
      ids.push(
        await bed.form.logActivity('UBOB', bed.person, {
          Type: 'Meeting',
          Subject: subject,
          Start: new Date('2026-12-03T09:00:00Z'),
          Responsible: 'UANNA',
          'Remind me': 'No reminder',
          Repeat: 'weekly',
        }),
      );
      await bed.apps[0]?.idle();
    }
    const [first, second] = ids as [number, number];
    const channel = bed.double.dmChannelFor('UANNA');
    const posted = (bed.double.succeededCalls('chat.postMessage') as RecordedCall[]).filter(
      (call) =>
        bed.double.calls.indexOf(call) >= since &&
        (call.response as { channel?: string }).channel === channel,
    );
    expect(posted).toHaveLength(1);
    const { ts } = (posted[0] as RecordedCall).response as { ts: string };
    const folded = () => text(bed.double.message(channel, ts));
    expect(folded()).toContain(`"activity_delete:${first}"`);
    expect(folded()).toContain(`"activity_delete:${second}"`);

    const press = async (actionId: string) => {
      const mark = bed.double.calls.length;
      await bed.t.slack.blockActions({
        userId: 'UANNA',
        actionId,
        container: { type: 'message', channelId: channel, messageTs: ts },
      });
      await bed.double.waitForCall('chat.update', undefined, { since: mark });
      await bed.apps[0]?.idle();
    };
    await press(`activity_delete:${first}`);
    // The question takes the place of that activity's buttons; the other one is as it was.
    expect(folded()).toContain(`Activity #${first} repeats (↻ every Thursday)`);
    expect(folded()).toContain(`"activity_delete_this:${first}"`);
    expect(folded()).not.toContain(`"activity_delete:${first}"`);
    expect(folded()).toContain(`"activity_delete:${second}"`);
    expect(await bed.prisma.activity.count({ where: { id: first, deletedAt: null } })).toBe(1);

    await press(`activity_delete_this:${first}`);
    expect(folded()).toContain('The next one is 10 Dec 2026 10:00');
    expect(folded()).not.toContain(`"activity_delete_this:${first}"`);
    expect(folded()).toContain(`"activity_delete:${second}"`);
    expect(await bed.prisma.activity.count({ where: { id: first, deletedAt: null } })).toBe(0);
  });
});
