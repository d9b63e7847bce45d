import type { PrismaClient } from '../../../src/generated/prisma/client';
import { addActivity, shown, viewerFor } from '../../support/fixtures/contacts';
import type { EphemeralMessage } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('person and organization cards', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let workspaceId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    prisma = t.app.database.prisma;
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'America/New_York' });
    t.double.addUser({ id: 'UBOB', name: 'bob', locale: 'en-US' });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    workspaceId = (await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: t.double.teamId } })).id;
    const anna = await viewerFor(prisma, workspaceId, 'UANNA');
    const bob = await viewerFor(prisma, workspaceId, 'UBOB');
    const kund = await prisma.organization.create({
      data: { workspaceId, name: 'Kundbolaget AB', orgNumber: '556012-5790', email: 'info@kundbolaget.se' },
    });
    ids.kund = kund.id;
    for (const [name, extra] of [
      ['Karin Kund', { email: 'karin@kundbolaget.se', phone: '08-123 456 78' }],
      ['Lars Kund', {}],
      ['Gammal Kund', { archived: true }],
    ] as const) {
      ids[name] = (
        await prisma.person.create({ data: { workspaceId, name, organizationId: kund.id, ...extra } })
      ).id;
    }
    const at = (iso: string) => new Date(iso);
    const activity = (subject: string, responsibleId: number, extra: Record<string, unknown> = {}) =>
      addActivity(prisma, {
        workspaceId,
        personId: ids['Karin Kund']!,
        responsibleId,
        subject,
        startAt: at('2026-12-01T09:00:00Z'),
        ...extra,
      });
    await activity('Offert skickad', bob.employeeId, { status: 'IN_PROGRESS' });
    await activity('Bobs hemlighet', bob.employeeId, {
      isPrivate: true,
      startAt: at('2026-12-02T09:00:00Z'),
    });
    await activity('Annas anteckning', anna.employeeId, {
      isPrivate: true,
      startAt: at('2026-11-20T09:00:00Z'),
    });
    await activity('Borttagen aktivitet', anna.employeeId, { deletedAt: at('2026-11-25T09:00:00Z') });
    await activity('Möte om avtal', bob.employeeId, {
      organizationId: kund.id,
      startAt: at('2026-11-15T09:00:00Z'),
    });
    await activity('Hemligt avtal', bob.employeeId, { organizationId: kund.id, isPrivate: true });
    await activity('Annas avtal', anna.employeeId, { organizationId: kund.id, isPrivate: true });

    const loud = await prisma.person.create({
      data: {
        workspaceId,
        name: 'Loud <!channel> <@U123>',
        email: 'loud&clear@example.se',
        phone: '070 111 22 33',
      },
    });
    ids.loud = loud.id;
    await addActivity(prisma, {
      workspaceId,
      personId: loud.id,
      responsibleId: bob.employeeId,
      subject: 'Ping <!here> *now*',
      startAt: at('2026-12-03T09:00:00Z'),
    });
  });
  afterAll(() => t.stop());

  async function search(userId: string, text: string): Promise<EphemeralMessage> {
    await t.slack.slashCommand({ command: '/contact', text, userId, channelId: 'CSALES' });
    return t.double.ephemeralMessages({ user: userId }).at(-1)!;
  }

  async function click(userId: string, message: EphemeralMessage, actionId: string): Promise<string> {
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId,
      actionId,
      container: { type: 'message', channelId: 'CSALES', messageTs: message.ts, isEphemeral: true },
    });
    await t.double.waitForCall('response_url', undefined, { since });
    return shown(t.double.ephemeralMessages({ user: userId }).at(-1)!.blocks);
  }

  it('shows a person with the organization and only the activities the viewer may see', async () => {
    const list = await search('UANNA', 'Kund');
    const card = await click('UANNA', list, `contact_show_person:${ids['Karin Kund']}`);
    expect(card).toContain('*Karin Kund*');
    expect(card).toContain('Kundbolaget AB (556012-5790)');
    expect(card).toContain('<mailto:karin@kundbolaget.se|karin@kundbolaget.se>');
    expect(card).toContain('08-123 456 78');
    expect(card).toContain('Offert skickad — In progress · due 1 Dec 2026 10:00 · <@UBOB>');
    expect(card).toContain('Annas anteckning');
    expect(card).not.toContain('Bobs hemlighet');
    expect(card).not.toContain('Borttagen');
    // Newest first.
    expect(card.indexOf('Offert skickad')).toBeLessThan(card.indexOf('Annas anteckning'));
  });

  it('offers Log activity on every person of a result list, opening the form for that person', async () => {
    const list = await search('UANNA', 'Kund');
    const actionId = `activity_log_for_person:${ids['Karin Kund']}`;
    expect(JSON.stringify(list.blocks)).toContain(`"action_id":"${actionId}"`);
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId,
      container: { type: 'message', channelId: 'CSALES', messageTs: list.ts, isEphemeral: true },
    });
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    expect(JSON.stringify(opened.args)).toContain('Karin Kund');
  });

  it('never shows someone else’s private activity, whoever looks', async () => {
    const list = await search('UBOB', 'Kund');
    const card = await click('UBOB', list, `contact_show_person:${ids['Karin Kund']}`);
    expect(card).toContain('Bobs hemlighet');
    expect(card).not.toContain('Annas anteckning');
  });

  it('shows an organization with its persons and linked activities, private ones only to their responsible', async () => {
    const list = await search('UANNA', 'Kund');
    const card = await click('UANNA', list, `contact_show_organization:${ids.kund}`);
    expect(card).toContain('*Kundbolaget AB*');
    expect(card).toContain('556012-5790');
    expect(card).toContain('Karin Kund — <mailto:karin@kundbolaget.se|karin@kundbolaget.se> · 08-123 456 78');
    expect(card).toContain('Lars Kund');
    expect(card).not.toContain('Gammal Kund');
    expect(card).toContain('Möte om avtal');
    expect(card).toContain('Annas avtal');
    expect(card).not.toContain('Hemligt avtal');
    expect(card).not.toContain('Offert skickad');
    expect(card).toContain(`"action_id":"contact_edit_organization","value":"${ids.kund}"`);
  });

  it('speaks the viewer’s language and time zone', async () => {
    const list = await search('USVEN', 'Kund');
    const card = await click('USVEN', list, `contact_show_person:${ids['Karin Kund']}`);
    expect(card).toContain('Offert skickad — Pågår · förfaller 1 dec. 2026 04:00');
    expect(card).toContain('Registrera aktivitet');
  });

  it('shows user text literally: names, e-mail addresses and subjects notify nobody', async () => {
    const card = shown((await search('UANNA', 'Loud')).blocks);
    expect(card).toContain('*Loud &lt;!channel&gt; &lt;@U123&gt;*');
    expect(card).toContain('<mailto:loud&amp;clear@example.se|loud&amp;clear@example.se>');
    expect(card).toContain('Ping &lt;!here&gt; *now*');
    expect(card).not.toMatch(/<!channel>|<@U123>|<!here>/);
    expect(card).toContain('<@UBOB>');
  });
});
