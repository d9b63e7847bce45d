import type { KnownBlock, ModalView } from '@slack/types';
import type { TeamWithMembers } from '../../../../src/domain/teams/team';
import type { WorkspaceSettings } from '../../../../src/domain/workspaces/workspace-settings';
import type { ActivityType } from '../../../../src/generated/prisma/client';
import { en } from '../../../../src/i18n/en';
import { sv } from '../../../../src/i18n/sv';
import { adminPagesOf, decodeFormState, FIRST_PAGES } from '../../../../src/slack/views/admin/admin-metadata';
import { adminModal, adminRefusalModal } from '../../../../src/slack/views/admin/admin-modal';
import { problemNotice, typeDoneNotice } from '../../../../src/slack/views/admin/admin-notice';
import { addTypeForm, renameTypeForm, typeDefaultsForm } from '../../../../src/slack/views/admin/type-forms';
import { workspaceSettingsForm } from '../../../../src/slack/views/admin/workspace-settings-form';
import { validateView } from '../../../support/slack-double';

let nextId = 1;
/** A type named `name` in English and `sv` (default: the same) in Swedish. */
function type({ name, sv, ...fields }: Partial<ActivityType> & { name: string; sv?: string }): ActivityType {
  const id = fields.id ?? nextId++;
  return {
    nameEn: name,
    nameSv: sv ?? name,
    id,
    workspaceId: 1,
    key: null,
    position: id,
    archived: false,
    defaultSubject: null,
    defaultDueDays: null,
    reminderLeadMinutes: null,
    askOutcome: false,
    defaultDurationMinutes: 30,
    followUpTypeId: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...fields,
  };
}

function manyTypes(count: number): ActivityType[] {
  return Array.from({ length: count }, (_, index) =>
    type({ id: 1000 + index, position: index + 1, name: `Type ${index + 1}`, defaultDueDays: index % 4 }),
  );
}

function expectValid(view: ModalView): void {
  expect(validateView(view, 'modal')).toEqual({ ok: true, messages: [] });
}

function typeSections(view: ModalView): KnownBlock[] {
  return view.blocks.filter((block) => block.block_id?.startsWith('admin_type:')) as KnownBlock[];
}

function menuValues(block: KnownBlock): string[] {
  const accessory = (block as { accessory?: { options: { value: string }[] } }).accessory;
  return accessory?.options.map((option) => option.value.split(':')[0]!) ?? [];
}

const form = { page: 0, teamsPage: 0, tokensPage: 0, listViewId: 'V1', listHash: 'h1', typeId: 1 };

describe('the admin modal', () => {
  it('lists each type with its position, archived marker, defaults and a menu', () => {
    const followUp = type({ id: 3, position: 3, name: 'Follow-up', defaultDueDays: 2 });
    const types = [
      type({
        id: 1,
        position: 1,
        name: 'Meeting',
        sv: 'Möte',
        defaultSubject: 'Quarterly review',
        defaultDueDays: 1,
        followUpTypeId: 3,
      }),
      type({ id: 2, position: 2, name: 'Fax', archived: true, followUpTypeId: 4 }),
      followUp,
      type({ id: 4, position: 4, name: 'Letter', archived: true }),
    ];
    const view = adminModal(en, { types, page: 0 });
    expectValid(view);
    expect(view.title).toEqual({ type: 'plain_text', text: 'Touchbase admin' });
    expect(view.callback_id).toBe('admin_home');
    const texts = typeSections(view).map((block) => (block as { text: { text: string } }).text.text);
    expect(texts).toEqual([
      '*1. Meeting*\nin Swedish: Möte · subject “Quarterly review” · due in 1 working day · follow-up: Follow-up',
      '*2. Fax* _(archived)_\nin Swedish: Fax · follow-up: Letter (archived)',
      '*3. Follow-up*\nin Swedish: Follow-up · due in 2 working days',
      '*4. Letter* _(archived)_\nin Swedish: Letter · no defaults',
    ]);
    // A Swedish admin reads the Swedish names first, the English ones beside them.
    const swedish = typeSections(adminModal(sv, { types, page: 0 })).map(
      (block) => (block as { text: { text: string } }).text.text,
    );
    expect(swedish[0]).toBe(
      '*1. Möte*\npå engelska: Meeting · ämne ”Quarterly review” · klar om 1 arbetsdag · uppföljning: Follow-up',
    );
    const menus = typeSections(view).map(menuValues);
    expect(menus).toEqual([
      ['rename', 'defaults', 'down', 'archive'],
      ['rename', 'defaults', 'up', 'down', 'unarchive'],
      ['rename', 'defaults', 'up', 'down', 'archive'],
      ['rename', 'defaults', 'up', 'unarchive'],
    ]);
    expect(JSON.stringify(view)).toContain('Add type');
  });

  it('speaks Swedish', () => {
    const view = adminModal(sv, { types: [type({ name: 'Möte', defaultDueDays: 0 })], page: 0 });
    expectValid(view);
    const shown = JSON.stringify(view);
    for (const text of [
      'Aktivitetstyper',
      'Lägg till typ',
      'klar samma dag',
      'Byt namn eller flytta…',
      'Stäng',
    ])
      expect(shown).toContain(text);
  });

  it('shows what users typed literally, notifying nobody', () => {
    const sneaky = type({
      name: '<!channel> & <@U123>',
      defaultSubject: '<!here> call <https://evil.example|bank>',
    });
    const view = adminModal(en, {
      types: [sneaky],
      page: 0,
      notice: typeDoneNotice(en, 'added', { en: sneaky.nameEn, sv: sneaky.nameSv }),
    });
    expectValid(view);
    const shown = JSON.stringify(view.blocks);
    expect(shown).not.toMatch(/<!channel>|<@U123>|<!here>|<https:/);
    expect(shown).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
    expect(shown).toContain('&lt;!here&gt; call &lt;https://evil.example|bank&gt;');
    const problem = adminModal(en, {
      types: [sneaky],
      page: 0,
      notice: problemNotice('“<!channel>” is taken'),
    });
    expect(JSON.stringify(problem.blocks[0])).toContain(':warning: “&lt;!channel&gt;” is taken');
  });

  it('keeps 40 types on one page within Slack’s limits, with room for further sections', () => {
    const view = adminModal(en, { types: manyTypes(40), page: 0 });
    expectValid(view);
    expect(typeSections(view)).toHaveLength(40);
    expect(view.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(view)).not.toContain('Next ▶');
  });

  it('pages a longer list, and shows the last page for a page past the end', () => {
    const types = manyTypes(95);
    const first = adminModal(en, { types, page: 0 });
    expectValid(first);
    expect(typeSections(first)).toHaveLength(40);
    expect(JSON.stringify(first)).toContain('Types 1–40 of 95');
    expect(JSON.stringify(first)).toContain('Next ▶');
    expect(JSON.stringify(first)).not.toContain('◀ Previous');
    const last = adminModal(en, { types, page: 7 });
    expectValid(last);
    expect(adminPagesOf(last.private_metadata)).toEqual({ page: 2, teamsPage: 0, tokensPage: 0 });
    expect(typeSections(last)).toHaveLength(15);
    expect(JSON.stringify(last)).toContain('Types 81–95 of 95');
    expect(JSON.stringify(last)).toContain('◀ Previous');
    expect(typeSections(last).at(-1)?.block_id).toBe('admin_type:1094');
    expect(menuValues(typeSections(last).at(-1)!)).not.toContain('down');
  });

  it('refuses in place of the modal, in the user’s language', () => {
    expectValid(adminRefusalModal(en));
    expect(JSON.stringify(adminRefusalModal(sv))).toContain('Endast för administratörer');
    expect(JSON.stringify(adminRefusalModal(en))).not.toContain('admin_type');
  });
});

describe('the type forms', () => {
  it('asks for a name in each language, of at most 60 characters, the viewer’s own first', () => {
    const view = addTypeForm(en, form);
    expectValid(view);
    const inputs = view.blocks as unknown as {
      block_id: string;
      label: { text: string };
      optional?: boolean;
    }[];
    expect(inputs.map((block) => [block.block_id, block.label.text, block.optional ?? false])).toEqual([
      ['type_name_en', 'Name in English', false],
      ['type_name_sv', 'Name in Swedish', false],
    ]);
    expect(JSON.stringify(view.blocks)).toContain('"max_length":60');
    expect(decodeFormState(view.private_metadata, 'typeId')).toEqual(form);
    const swedish = addTypeForm(sv, form).blocks as unknown as { label: { text: string } }[];
    expect(swedish.map((block) => block.label.text)).toEqual(['Namn på svenska', 'Namn på engelska']);
  });

  it('offers the current name and position, between 1 and the number of types', () => {
    const meeting = type({ name: 'Meeting', sv: 'Möte' });
    const view = renameTypeForm(sv, { type: meeting, position: 3, count: 9, state: form });
    expectValid(view);
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('"action_id":"type_name_sv","max_length":60,"initial_value":"Möte"');
    expect(shown).toContain('"action_id":"type_name_en","max_length":60,"initial_value":"Meeting"');
    expect(shown).toContain('"min_value":"1","max_value":"9","initial_value":"3"');
    expect(shown).toContain('1 är först, 9 är sist.');
  });

  it('prefills the defaults and offers only active types as follow-up, or none', () => {
    const types = [
      type({ id: 1, name: 'Meeting', defaultSubject: 'Review', defaultDueDays: 0, followUpTypeId: 3 }),
      type({ id: 2, name: 'Fax', archived: true }),
      type({ id: 3, name: 'Follow-up' }),
    ];
    const view = typeDefaultsForm(en, { type: types[0]!, all: types, state: form });
    expectValid(view);
    const follow = view.blocks.find((block) => block.block_id === 'type_follow_up') as unknown as {
      element: { options: { value: string }[]; initial_option: { value: string } };
    };
    expect(follow.element.options.map((option) => option.value)).toEqual(['none', '1', '3']);
    expect(follow.element.initial_option.value).toBe('3');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('"initial_value":"Review"');
    expect(shown).toContain('"initial_value":"0"');

    const bare = typeDefaultsForm(en, { type: types[2]!, all: types, state: form });
    expectValid(bare);
    // Nothing prefilled but the duration, which every type has (30 minutes unless set).
    expect(JSON.stringify(bare.blocks.filter((block) => block.block_id !== 'type_duration'))).not.toContain(
      'initial_value',
    );
    expect(JSON.stringify(bare.blocks)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"No follow-up"}',
    );
  });

  it('stays within a select’s 100 options when there are more active types', () => {
    const types = manyTypes(120);
    const view = typeDefaultsForm(en, { type: types[0]!, all: types, state: form });
    expectValid(view);
  });
});

describe('the Guests section of the admin modal', () => {
  it('says who can never use Touchbase and offers Allow, behind a confirmation, while guests are refused', () => {
    const view = adminModal(sv, { types: manyTypes(3), page: 0, guests: { admitMultiChannelGuests: false } });
    expectValid(view);
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('Gäster');
    expect(shown).toContain('Enkanalsgäster och personer från andra organisationer');
    expect(shown).toContain('*Flerkanalsgäster:* tillåts inte.');
    const button = view.blocks.find((block) => block.block_id === 'admin_guest_access') as {
      accessory: { action_id: string; value: string; confirm?: unknown };
    };
    expect(button.accessory).toMatchObject({ action_id: 'admin_guest_access', value: 'admit' });
    expect(button.accessory.confirm).toBeDefined();
  });

  it('offers Stop allowing, without confirmation, once they are allowed', () => {
    const view = adminModal(en, { types: manyTypes(3), page: 0, guests: { admitMultiChannelGuests: true } });
    expectValid(view);
    const button = view.blocks.find((block) => block.block_id === 'admin_guest_access') as {
      text: { text: string };
      accessory: { value: string; text: { text: string }; confirm?: unknown };
    };
    expect(button.text.text).toBe('*Multi-channel guests:* allowed, like staff.');
    expect(button.accessory).toMatchObject({ value: 'refuse', text: { text: 'Stop allowing' } });
    expect(button.accessory.confirm).toBeUndefined();
  });
});

describe('Workspace settings in the admin modal', () => {
  const settings: WorkspaceSettings = {
    locale: 'sv',
    timezone: 'America/New_York',
    holidayCountry: 'DE',
    workDayStartMinute: 450,
    workDayEndMinute: 1440,
    workDays: [1, 2, 3, 5],
  };

  it('is one line at the top with a button to its own form, in the admin’s language', () => {
    const view = adminModal(en, { types: [type({ name: 'Meeting' })], page: 0, workspace: settings });
    expectValid(view);
    expect(view.blocks[0]).toMatchObject({
      block_id: 'admin_workspace_settings',
      text: {
        text: '*Workspace settings*\nSvenska (Swedish) · America/New_York · public holidays of Germany · 07:30–24:00 Mon–Wed, Fri',
      },
      accessory: { action_id: 'admin_workspace_settings_open' },
    });
    expect(view.blocks[1]).toMatchObject({ type: 'divider' });
    const swedish = adminModal(sv, { types: [type({ name: 'Möte' })], page: 0, workspace: settings });
    expect(JSON.stringify(swedish.blocks[0])).toContain('helgdagar i Tyskland · 07:30–24:00 mån–ons, fre');
  });

  it('keeps the whole modal within 100 blocks when every list shows its largest page', () => {
    const teams: TeamWithMembers[] = Array.from({ length: 25 }, (_, index) => ({
      id: index + 1,
      workspaceId: 1,
      name: `Team ${index + 1}`,
      channelId: 'CSALES',
      digestHour: 8,
      digestDays: [1, 2, 3, 4, 5],
      escalationDays: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-01T00:00:00Z'),
      members: [{ employeeId: 1, slackUserId: 'UANNA', name: 'Anna', isLead: true }],
    }));
    const tokens = Array.from({ length: 15 }, (_, index) => ({
      id: index + 1,
      name: `Token ${index + 1}`,
      prefix: `tb_${index}`,
      scopes: ['activities:read'],
      createdAt: new Date('2026-01-01T00:00:00Z'),
      lastUsedAt: null,
      createdBy: null,
    }));
    const view = adminModal(en, {
      types: manyTypes(45),
      page: 0,
      notice: { tone: 'done', mrkdwn: 'Saved.' },
      teams,
      teamsPage: 0,
      tokens: { tokens, page: 0, time: { locale: 'en', timezone: 'Europe/Stockholm' } },
      privacy: true,
      guests: { admitMultiChannelGuests: false },
      workspace: settings,
      plans: Array.from({ length: 30 }, (_, index) => ({
        id: index + 1,
        workspaceId: 1,
        name: `Plan ${index + 1}`,
        archived: false,
        steps: [],
      })),
    });
    expectValid(view);
    // 96 without the settings line; it and its divider make 98; the Plans line (one block, however
    // many plans: they have a modal of their own) and its divider 100.
    expect(view.blocks).toHaveLength(100);
  });

  it('prefills the form with the settings; zones and countries are searchable selects', () => {
    const view = workspaceSettingsForm(en, settings, {
      listViewId: 'V1',
      listHash: 'h1',
      page: 2,
      teamsPage: 1,
      tokensPage: 0,
    });
    expectValid(view);
    const element = (blockId: string) =>
      (
        view.blocks.find((block) => block.block_id === blockId) as unknown as {
          element: Record<string, unknown>;
        }
      ).element;
    expect(element('ws_locale').initial_option).toMatchObject({ value: 'sv' });
    expect(element('ws_timezone')).toMatchObject({
      type: 'external_select',
      min_query_length: 0,
      initial_option: { value: 'America/New_York' },
    });
    expect(element('ws_holiday_country')).toMatchObject({
      type: 'external_select',
      initial_option: { text: { text: 'Germany (DE)' }, value: 'DE' },
    });
    expect(element('ws_work_day_start').initial_option).toMatchObject({ value: '450' });
    expect(element('ws_work_day_end').initial_option).toMatchObject({ text: { text: '24:00' } });
    expect((element('ws_work_days').initial_options as { value: string }[]).map((o) => o.value)).toEqual([
      '1',
      '2',
      '3',
      '5',
    ]);
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({
      listViewId: 'V1',
      listHash: 'h1',
      page: 2,
      teamsPage: 1,
      tokensPage: 0,
    });
    expect(
      workspaceSettingsForm(sv, settings, { listViewId: '', listHash: '', ...FIRST_PAGES }).title,
    ).toEqual({
      type: 'plain_text',
      text: 'Arbetsytan',
    });
  });
});
