import type { PrismaClient } from '../../../src/generated/prisma/client';
import { activitySlack, workspaceOf } from '../../support/fixtures/activities';
import { shown } from '../../support/fixtures/contacts';
import type { EphemeralMessage } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('archived contacts: admins find them in /contact and restore them', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let slack: ReturnType<typeof activitySlack>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    prisma = t.app.database.prisma;
    slack = activitySlack(t);
    t.double.addUser({ id: 'UADMIN', name: 'ada', locale: 'en-US', is_admin: true });
    t.double.addUser({ id: 'UASA', name: 'asa', locale: 'sv-SE', is_admin: true });
    t.double.addUser({ id: 'USTAFF', name: 'sam', locale: 'en-US' });
    t.double.addChannel({ id: 'CSALES', name: 'sales' });
    const workspaceId = (await workspaceOf(t)).id;
    const closed = await prisma.organization.create({
      data: { workspaceId, name: 'Nedlagda Bolaget AB', archived: true },
    });
    ids.closed = closed.id;
    ids.arkivsson = (
      await prisma.person.create({
        data: { workspaceId, name: 'Gunnar Arkivsson', email: 'gunnar@arkiv.se', archived: true },
      })
    ).id;
    ids.nilsson = (await prisma.person.create({ data: { workspaceId, name: 'Gunnar Nilsson' } })).id;
  });
  afterAll(() => t.stop());

  async function contact(userId: string, text: string): Promise<EphemeralMessage> {
    await t.slack.slashCommand({ command: '/contact', text, userId, channelId: 'CSALES' });
    return slack.lastEphemeral(userId);
  }

  const press = (userId: string, message: EphemeralMessage, actionId: string) =>
    slack.pressInEphemeral(userId, message.ts, 'CSALES', actionId);

  it('never shows archived contacts to staff, in /contact or in pickers', async () => {
    const found = shown((await contact('USTAFF', 'Gunnar')).blocks);
    expect(found).toContain('*Gunnar Nilsson*');
    expect(found).not.toContain('Arkivsson');
    expect((await contact('USTAFF', 'Arkivsson')).text).toBe('No contact matches “Arkivsson”.');
    expect((await contact('USTAFF', 'Nedlagda')).text).toBe('No contact matches “Nedlagda”.');
    for (const userId of ['USTAFF', 'UADMIN']) {
      const picked = await t.slack.blockSuggestion({ userId, actionId: 'person_picker', value: 'Arkivsson' });
      expect(picked.ack?.options).toEqual([]);
    }
  });

  it('lets an admin find them, marked as archived and after the active ones', async () => {
    const list = shown((await contact('UADMIN', 'Gunnar')).blocks);
    expect(list).toContain('*Gunnar Nilsson*');
    expect(list).toContain('*Gunnar Arkivsson* _(archived)_');
    expect(list.indexOf('Nilsson')).toBeLessThan(list.indexOf('Arkivsson'));
    // Activities are logged for active persons only.
    expect(list).not.toContain(`activity_log_for_person:${ids.arkivsson}`);
    expect(list).toContain(`contact_show_person:${ids.arkivsson}`);
  });

  it('restores an archived person from the card: the card says so, and staff find the person again', async () => {
    const card = await contact('UADMIN', 'Arkivsson');
    expect(shown(card.blocks)).toContain('*Gunnar Arkivsson* _(archived)_');
    expect(shown(card.blocks)).toContain(`"action_id":"contact_restore_person","value":"${ids.arkivsson}"`);
    expect(shown(card.blocks)).not.toContain('activity_log_for_person');
    const restored = await press('UADMIN', card, 'contact_restore_person');
    expect(restored.ts).toBe(card.ts);
    const text = shown(restored.blocks);
    expect(text).toContain('Restored *Gunnar Arkivsson*: it shows in search and pickers again.');
    expect(text).not.toContain('_(archived)_');
    expect(text).not.toContain('contact_restore_person');
    expect(text).toContain('activity_log_for_person');
    expect(await prisma.person.findUniqueOrThrow({ where: { id: ids.arkivsson! } })).toMatchObject({
      archived: false,
    });
    expect(shown((await contact('USTAFF', 'Arkivsson')).blocks)).toContain('*Gunnar Arkivsson*');
  });

  it('restores an archived organization for a Swedish admin, in Swedish', async () => {
    const card = await contact('UASA', 'Nedlagda');
    expect(shown(card.blocks)).toContain('*Nedlagda Bolaget AB* _(arkiverad)_');
    expect(shown(card.blocks)).toContain('"text":"Återställ"');
    const restored = await press('UASA', card, 'contact_restore_organization');
    expect(shown(restored.blocks)).toContain(
      '*Nedlagda Bolaget AB* är återställd och syns i sökningar och listor igen.',
    );
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: ids.closed! } })).toMatchObject({
      archived: false,
    });
  });

  it('refuses Restore to staff, politely, and changes nothing', async () => {
    await prisma.person.update({ where: { id: ids.arkivsson! }, data: { archived: true } });
    // A card drawn for someone else (an old message): staff never get the button themselves.
    const dm = t.double.dmChannelFor('USTAFF');
    const card = t.double.workspace.channels.post(dm, {
      text: 'card',
      blocks: [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'contact_restore_person',
              text: { type: 'plain_text', text: 'Restore' },
              value: String(ids.arkivsson),
            },
          ],
        },
      ],
    });
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'USTAFF',
      actionId: 'contact_restore_person',
      container: { type: 'message', channelId: dm, messageTs: card.ts },
    });
    const answer = await t.double.waitForCall('response_url', undefined, { since });
    expect(answer.args).toMatchObject({
      replace_original: false,
      text: 'Only Touchbase admins can restore archived contacts.',
    });
    expect(t.double.calls.slice(since).some((call) => call.method === 'chat.update')).toBe(false);
    expect(await prisma.person.findUniqueOrThrow({ where: { id: ids.arkivsson! } })).toMatchObject({
      archived: true,
    });
  });
});
