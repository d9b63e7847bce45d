import type { PrismaClient } from '../../../src/generated/prisma/client';
import { activitySlack, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import { addActivity, shown, viewerFor } from '../../support/fixtures/contacts';
import { type EphemeralMessage, validateMessageBlocks } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

// Tuesday 1 December 2026, 10:00 in Stockholm.
const NOW = new Date('2026-12-01T09:00:00Z');
const at = (iso: string) => new Date(iso);

describe('the organization view: an overview of the contact with an organization', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let slack: ReturnType<typeof activitySlack>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    prisma = t.app.database.prisma;
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UBOB', name: 'bob', locale: 'en-US', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    const workspaceId = (await workspaceOf(t)).id;
    const anna = await viewerFor(prisma, workspaceId, 'UANNA');
    const bob = await viewerFor(prisma, workspaceId, 'UBOB');
    const kund = await prisma.organization.create({
      data: { workspaceId, name: 'Kundbolaget AB', orgNumber: '556012-5790' },
    });
    ids.kund = kund.id;
    for (let i = 1; i <= 23; i++) {
      const name = `Kontakt ${String(i).padStart(2, '0')}`;
      ids[name] = (
        await prisma.person.create({
          data: { workspaceId, name, organizationId: kund.id, email: `k${i}@example.se` },
        })
      ).id;
    }
    await prisma.person.create({
      data: { workspaceId, name: 'Kontakt 99 Arkiverad', organizationId: kund.id, archived: true },
    });
    const linked = (
      subject: string,
      startAt: string,
      extra: Parameters<typeof addActivity>[1] | object = {},
    ) =>
      addActivity(prisma, {
        workspaceId,
        personId: ids['Kontakt 01']!,
        organizationId: kund.id,
        responsibleId: bob.employeeId,
        subject,
        startAt: at(startAt),
        ...extra,
      }).then((row) => {
        ids[subject] = row.id;
      });
    const done = (iso: string) => ({ status: 'DONE' as const, completedAt: at(iso) });
    await linked('Avtal klart', '2026-11-20T09:00:00Z', done('2026-11-21T09:00:00Z'));
    await linked('Gammal offert', '2026-11-10T09:00:00Z', done('2026-11-12T09:00:00Z'));
    for (let i = 1; i <= 8; i++)
      await linked(`Äldre ärende ${i}`, `2026-10-0${i}T09:00:00Z`, done(`2026-10-0${i}T12:00:00Z`));
    await linked('Försenad uppföljning', '2026-11-28T09:00:00Z');
    await linked('Möte nästa vecka', '2026-12-08T09:00:00Z');
    await linked('Samtal på fredag', '2026-12-04T13:00:00Z', { status: 'IN_PROGRESS' });
    await linked('Bobs hemliga möte', '2026-12-02T09:00:00Z', { isPrivate: true });
    await linked('Annas privata', '2026-11-29T09:00:00Z', {
      isPrivate: true,
      responsibleId: anna.employeeId,
      ...done('2026-11-30T09:00:00Z'),
    });
    await linked('Borttagen', '2026-11-30T09:00:00Z', { deletedAt: at('2026-11-30T10:00:00Z') });
    // About a person of the organization, but not linked to it.
    await addActivity(prisma, {
      workspaceId,
      personId: ids['Kontakt 01']!,
      responsibleId: bob.employeeId,
      subject: 'Ej kopplad',
      startAt: at('2026-11-27T09:00:00Z'),
    });
  });
  afterAll(() => t.stop());

  /** `/contact Kundbolaget`: the only match, so its card at once. */
  async function organizationCard(userId: string): Promise<EphemeralMessage> {
    await t.slack.slashCommand({ command: '/contact', text: 'Kundbolaget', userId, channelId: 'CSALES' });
    return slack.lastEphemeral(userId);
  }

  /** Presses a button that answers with a new message; that message. */
  async function pressForNew(userId: string, message: EphemeralMessage, actionId: string) {
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId,
      actionId,
      container: { type: 'message', channelId: 'CSALES', messageTs: message.ts, isEphemeral: true },
    });
    await t.double.waitForCall('response_url', undefined, { since });
    const latest = slack.lastEphemeral(userId);
    expect(latest.ts).not.toBe(message.ts);
    return latest;
  }

  const pressInPlace = (userId: string, message: EphemeralMessage, actionId: string) =>
    slack.pressInEphemeral(userId, message.ts, 'CSALES', actionId);

  it('sums up open, overdue and done, the next planned and the last completed: only what the viewer may see', async () => {
    const forAnna = shown((await organizationCard('UANNA')).blocks);
    expect(forAnna).toContain('*Kundbolaget AB*');
    expect(forAnna).toContain('*Open* 3 · *Overdue* 1 · *Done* 11');
    expect(forAnna).toContain(
      `*Next planned:* #${ids['Samtal på fredag']} · Incoming call · Samtal på fredag — In progress · due 4 Dec 2026 14:00 · <@UBOB>`,
    );
    expect(forAnna).toContain(
      `*Last completed:* #${ids['Annas privata']} · Incoming call · Annas privata — Done 30 Nov 2026 10:00 · <@UANNA>`,
    );
    expect(forAnna).not.toContain('Bobs hemliga');
    const forBob = shown((await organizationCard('UBOB')).blocks);
    expect(forBob).toContain('*Open* 4 · *Overdue* 1 · *Done* 10');
    expect(forBob).toContain('*Next planned:* #');
    expect(forBob).toContain('Bobs hemliga möte — Not started · due 2 Dec 2026 10:00');
    expect(forBob).toContain('*Last completed:* #');
    expect(forBob).toContain('Avtal klart — Done 21 Nov 2026 10:00');
    expect(forBob).not.toContain('Annas privata');
    for (const text of [forAnna, forBob]) {
      expect(text).not.toContain('Borttagen');
      expect(text).not.toContain('Ej kopplad');
    }
  });

  it('pages through all its persons in place, and opens any of them', async () => {
    const card = await organizationCard('UANNA');
    expect(validateMessageBlocks(card.blocks)).toEqual({ ok: true, messages: [] });
    const first = shown(card.blocks);
    expect(first).toContain('*Persons 1–10 of 23*');
    expect(first).toContain('Kontakt 01 — <mailto:k1@example.se|k1@example.se>');
    expect(first).toContain('Kontakt 10');
    expect(first).not.toContain('Kontakt 11');
    expect(first).not.toContain('Arkiverad');
    const second = await pressInPlace('UANNA', card, 'contact_organization_persons:2');
    expect(second.ts).toBe(card.ts);
    expect(shown(second.blocks)).toContain('*Persons 11–20 of 23*');
    expect(shown(second.blocks)).toContain('Kontakt 20');
    expect(shown(second.blocks)).not.toContain('Kontakt 10 ');
    const third = await pressInPlace('UANNA', second, 'contact_organization_persons:3');
    expect(shown(third.blocks)).toContain('*Persons 21–23 of 23*');
    expect(shown(third.blocks)).not.toContain('More persons');
    const back = await pressInPlace('UANNA', third, 'contact_organization_persons:2');
    expect(shown(back.blocks)).toContain('*Persons 11–20 of 23*');
    const person = await pressForNew('UANNA', back, `contact_show_person:${ids['Kontakt 12']}`);
    expect(shown(person.blocks)).toContain('*Kontakt 12*');
    expect(shown(person.blocks)).toContain(`"action_id":"contact_show_organization","value":"${ids.kund}"`);
  });

  it('links a person’s card to the organization, and gives the person All activities with filters', async () => {
    await t.slack.slashCommand({
      command: '/contact',
      text: 'Kontakt 01',
      userId: 'UBOB',
      channelId: 'CSALES',
    });
    const person = slack.lastEphemeral('UBOB');
    expect(shown(person.blocks)).toContain('*Kontakt 01*');
    expect(shown(person.blocks)).toContain('*Open* 5 · *Overdue* 2 · *Done* 10');
    const organization = await pressForNew('UBOB', person, 'contact_show_organization');
    expect(shown(organization.blocks)).toContain('*Kundbolaget AB*');
    const list = await pressForNew('UBOB', person, 'activity_list_for_person');
    expect(list.text).toBe('Activities with Kontakt 01: all');
    expect(shown(list.blocks)).toContain('activity_list_filter:open');
    const open = await pressInPlace('UBOB', list, 'activity_list_filter:open');
    expect(open.text).toBe('Activities with Kontakt 01: open');
    expect(shown(open.blocks)).toContain('Ej kopplad');
    expect(shown(open.blocks)).toContain('Bobs hemliga möte');
    expect(shown(open.blocks)).not.toContain('Avtal klart');
  });

  it('lists All activities newest first, a page at a time, filterable, each line with its buttons', async () => {
    const card = await organizationCard('UANNA');
    const list = await pressForNew('UANNA', card, 'activity_list_for_organization');
    expect(validateMessageBlocks(list.blocks)).toEqual({ ok: true, messages: [] });
    const page = shown(list.blocks);
    expect(list.text).toBe('Activities linked to Kundbolaget AB: all');
    const order = [
      'Möte nästa vecka',
      'Samtal på fredag',
      'Annas privata',
      'Försenad uppföljning',
      'Avtal klart',
    ];
    const positions = order.map((subject) => page.indexOf(subject));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain('Äldre ärende 5');
    expect(page).not.toContain('Äldre ärende 4');
    expect(page).not.toContain('Bobs hemliga');
    expect(page).not.toContain('Ej kopplad');
    expect(page).toContain(`activity_done:${ids['Samtal på fredag']}`);
    expect(page).toContain(`activity_snooze_tomorrow:${ids['Möte nästa vecka']}`);
    expect(page).toContain(`activity_start:${ids['Möte nästa vecka']}`);
    expect(page).toContain(`activity_edit:${ids['Avtal klart']}`);
    const next = await pressInPlace('UANNA', list, 'activity_list_more');
    expect(next.text).toBe('Activities linked to Kundbolaget AB: all · page 2');
    expect(shown(next.blocks)).toContain('Äldre ärende 1');
    expect(shown(next.blocks)).not.toContain('Äldre ärende 5');

    const open = await pressInPlace('UANNA', next, 'activity_list_filter:open');
    expect(open.text).toBe('Activities linked to Kundbolaget AB: open');
    const openShown = shown(open.blocks);
    for (const subject of ['Möte nästa vecka', 'Samtal på fredag', 'Försenad uppföljning'])
      expect(openShown).toContain(subject);
    expect(openShown).not.toContain('Avtal klart');

    const afterDone = await pressInPlace('UANNA', open, `activity_done:${ids['Samtal på fredag']}`);
    expect(shown(afterDone.blocks)).toContain(`Activity #${ids['Samtal på fredag']} is done.`);
    expect(
      await prisma.activity.findUniqueOrThrow({ where: { id: ids['Samtal på fredag']! } }),
    ).toMatchObject({
      status: 'DONE',
      completedAt: NOW,
    });
    const finished = await pressInPlace('UANNA', afterDone, 'activity_list_filter:done');
    expect(finished.text).toBe('Activities linked to Kundbolaget AB: done');
    expect(shown(finished.blocks)).toContain('Samtal på fredag');
    expect(shown(finished.blocks)).not.toContain('Möte nästa vecka');
    const overdue = await pressInPlace('UANNA', finished, 'activity_list_filter:overdue');
    expect(shown(overdue.blocks)).toContain('Försenad uppföljning');
    expect(shown(overdue.blocks)).not.toContain('Möte nästa vecka');
  });

  it('speaks Swedish to a Swedish user (after Samtal på fredag was done above)', async () => {
    const card = await organizationCard('USVEN');
    const text = shown(card.blocks);
    expect(text).toContain('*Ej klara* 2 · *Försenade* 1 · *Klara* 11');
    expect(text).toContain('*Nästa planerade:* #');
    expect(text).toContain('Möte nästa vecka — Ej påbörjad · förfaller 8 dec. 2026 10:00');
    expect(text).toContain('*Senast klar:* #');
    expect(text).toContain('Samtal på fredag — Klar 1 dec. 2026 10:00');
    expect(text).toContain('*Personer 1–10 av 23*');
    expect(text).toContain('Fler personer →');
    expect(text).toContain('Alla aktiviteter');
    const list = await pressForNew('USVEN', card, 'activity_list_for_organization');
    expect(list.text).toBe('Aktiviteter kopplade till Kundbolaget AB: alla');
    expect(shown(list.blocks)).toContain('"text":"Ej klara"');
  });
});
