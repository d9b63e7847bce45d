import type { PrismaClient } from '../../../src/generated/prisma/client';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Option {
  text: { type: string; text: string };
  value: string;
}

describe('person and organization pickers (block_suggestion)', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let workspaceId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    prisma = t.app.database.prisma;
    t.double.addUser({ id: 'UANNA', name: 'anna', locale: 'en-US' });
    workspaceId = (await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: t.double.teamId } })).id;
    const bygg = await prisma.organization.create({
      data: { workspaceId, name: 'Östergrens Bygg AB', orgNumber: '556036-0793' },
    });
    ids.bygg = bygg.id;
    ids.oldOrg = (
      await prisma.organization.create({ data: { workspaceId, name: 'Östergrens Gamla AB', archived: true } })
    ).id;
    ids.asa = (
      await prisma.person.create({ data: { workspaceId, name: 'Åsa Östergren', organizationId: bygg.id } })
    ).id;
    ids.archived = (
      await prisma.person.create({ data: { workspaceId, name: 'Arkiv Östergren', archived: true } })
    ).id;
    ids.long = (
      await prisma.person.create({
        data: {
          workspaceId,
          name: `Östergren ${'Mycket '.repeat(12)}Långt Namn`,
          organizationId: bygg.id,
        },
      })
    ).id;
    await prisma.person.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ workspaceId, name: `Massa Person ${i}` })),
    });
  });
  afterAll(() => t.stop());

  async function suggest(actionId: string, value: string): Promise<Option[]> {
    const result = await t.slack.blockSuggestion({ userId: 'UANNA', actionId, value });
    expect(result.status).toBe(200);
    return result.ack?.options as unknown as Option[];
  }

  it('offers matching persons as “Name — Organization”, never archived ones', async () => {
    const options = await suggest('person_picker', 'ostergren');
    const values = options.map((o) => o.value);
    expect(values).toContain(String(ids.asa));
    expect(values).not.toContain(String(ids.archived));
    expect(options.find((o) => o.value === String(ids.asa))?.text.text).toBe(
      'Åsa Östergren — Östergrens Bygg AB',
    );
  });

  it('cuts long option texts to Slack’s 75 characters', async () => {
    const options = await suggest('person_picker', 'Långt Namn');
    const long = options.find((o) => o.value === String(ids.long))!;
    expect(Array.from(long.text.text)).toHaveLength(75);
    expect(long.text.text.endsWith('…')).toBe(true);
  });

  it('stays within Slack’s limits however many match', async () => {
    const options = await suggest('person_picker', 'Massa');
    expect(options.length).toBeGreaterThan(10);
    expect(options.length).toBeLessThanOrEqual(100);
    for (const option of options) {
      expect(Array.from(option.text.text).length).toBeLessThanOrEqual(75);
      expect(option.value.length).toBeLessThanOrEqual(150);
    }
  });

  it('lists recently changed persons for an empty query, without archived ones', async () => {
    await prisma.person.update({ where: { id: ids.asa }, data: { phone: '070 123 45 67' } });
    const options = await suggest('person_picker', '');
    expect(options[0]?.value).toBe(String(ids.asa));
    expect(options.map((o) => o.value)).not.toContain(String(ids.archived));
    expect(options.length).toBeLessThanOrEqual(100);
  });

  it('offers organizations with their number, never archived ones, also for an empty query', async () => {
    const options = await suggest('organization_picker', 'Ostergrens');
    expect(options).toEqual([
      { text: { type: 'plain_text', text: 'Östergrens Bygg AB (556036-0793)' }, value: String(ids.bygg) },
    ]);
    const recent = await suggest('organization_picker', '');
    expect(recent.map((o) => o.value)).toEqual([String(ids.bygg)]);
  });

  it('answers the organization picker of the new-contact form', async () => {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/contact', text: 'new', userId: 'UANNA' });
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    const viewId = String((opened.response as { view: { id: string } }).view.id);
    const result = await t.slack.blockSuggestion({
      userId: 'UANNA',
      actionId: 'organization_picker',
      value: '5560360793',
      viewId,
    });
    const options = (result.ack?.options ?? []) as unknown as Option[];
    expect(options.map((o) => o.value)).toEqual([String(ids.bygg)]);
  });
});
