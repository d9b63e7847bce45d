import { startTouchbase } from '../../../src/app';
import { loadEnv } from '../../../src/config/env';
import { createLogger } from '../../../src/observability/logger';
import { adminModalSteps } from '../../support/fixtures/admin-modal';
import { keepTestDatabase } from '../../support/kept-database';
import { captureLogs } from '../../support/log-capture';
import { SlackDouble, type SlackView } from '../../support/slack-double';
import { SIGNING_SECRET, type TestApp } from '../../support/test-app';
import { postgresUrl, type TestDatabase } from '../../support/test-database';
import {
  addActivity,
  addEmployee,
  type DigestBed,
  deliveredTo,
  digestsOf,
  startDigestBed,
} from '../digests/digest-harness';

// Monday 4 January 2027, 07:00 in Stockholm. Wednesday 6 January is Epiphany
// (trettondedag jul), a Swedish public holiday.
const START = '2027-01-04T06:00:00Z';
// On PostgreSQL two replicas share the database and the digests are ticked on the one that did
// not save the settings; the embedded database serves one process.
const INSTANCES = postgresUrl ? 2 : 1;
const REPLICA = INSTANCES - 1;
const shown = (value: unknown) => JSON.stringify(value);
// One database for the file: the digest bed's, then, emptied, the one the app restarts on.
const kept = keepTestDatabase();

/**
 * /activity admin → Workspace settings (issue 14): language, time zone, holiday country
 * and working hours are the workspace's own, set by an admin and in effect at once — on
 * every replica — for digests, team digests and working-day offsets. The environment
 * (DEFAULT_LOCALE, DEFAULT_TIMEZONE, HOLIDAY_COUNTRY) only seeds a new workspace.
 */
describe('workspace settings in /activity admin', () => {
  let bed: DigestBed;
  let teamId: number;
  const asTestApp = () => ({ double: bed.double, slack: bed.slack }) as unknown as TestApp;
  const { openAdmin, pushForm } = adminModalSteps(asTestApp);

  beforeAll(async () => {
    // The workspace was created without a holiday country.
    bed = await startDigestBed({
      now: START,
      instances: INSTANCES,
      env: { HOLIDAY_COUNTRY: '' },
      database: kept,
    });
    bed.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true, tz: 'Europe/Stockholm' });
    bed.double.addUser({ id: 'USARA', name: 'sara', is_admin: true, locale: 'sv-SE' });
    bed.double.addChannel({ id: 'CSALES', name: 'sales', isMember: true });
    const anna = await addEmployee(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    const sven = await addEmployee(bed, {
      slackUserId: 'USVEN',
      timezone: 'Europe/Stockholm',
      locale: 'sv-SE',
    });
    await addActivity(bed, anna, '2026-12-30T09:00:00Z', { subject: 'Call back about the offer' });
    await addActivity(bed, sven, '2026-12-30T09:00:00Z', { subject: 'Ring om offerten' });
    const team = await bed.prisma.team.create({
      data: { workspaceId: bed.workspaceId, name: 'Sales', channelId: 'CSALES', digestHour: 9 },
    });
    teamId = team.id;
    await bed.prisma.teamMember.createMany({
      data: [
        { teamId, employeeId: anna, isLead: true },
        { teamId, employeeId: sven },
      ],
    });
  });
  afterAll(() => bed.stop());

  const settingsLine = (view: SlackView | undefined) =>
    (
      view?.blocks.find((block) => block.block_id === 'admin_workspace_settings') as {
        text: { text: string };
      }
    )?.text.text;

  async function settingsForm(userId: string): Promise<{ list: SlackView; form: SlackView }> {
    const list = await openAdmin(userId);
    const form = await pushForm(userId, list, 'admin_workspace_settings_open', 'admin_workspace_settings');
    return { list, form };
  }

  function initial(form: SlackView, blockId: string): unknown {
    const block = form.blocks.find((candidate) => candidate.block_id === blockId) as {
      element: { initial_option?: { value: string }; initial_options?: { value: string }[] };
    };
    return block.element.initial_option?.value ?? block.element.initial_options?.map((o) => o.value);
  }

  async function submit(userId: string, form: SlackView, fill: Record<string, unknown>) {
    const since = bed.double.calls.length;
    const result = await bed.slack.viewSubmission({ userId, viewId: form.id, fill });
    return { result, since };
  }

  async function audits() {
    return bed.prisma.auditLog.findMany({
      where: { action: 'workspace.settings_changed' },
      orderBy: { id: 'asc' },
      include: { actor: true },
    });
  }

  it('shows what the workspace started with, and opens its own form from a button', async () => {
    const { list, form } = await settingsForm('UADMIN');
    expect(settingsLine(list)).toBe(
      '*Workspace settings*\nEnglish · Europe/Stockholm · no public holidays · 08:00–17:00 Mon–Fri',
    );
    expect(form.title).toMatchObject({ text: 'Workspace settings' });
    expect(initial(form, 'ws_locale')).toBe('en');
    expect(initial(form, 'ws_timezone')).toBe('Europe/Stockholm');
    expect(initial(form, 'ws_holiday_country')).toBe('none');
    expect(initial(form, 'ws_work_day_start')).toBe('480');
    expect(initial(form, 'ws_work_day_end')).toBe('1020');
    expect(initial(form, 'ws_work_days')).toEqual(['1', '2', '3', '4', '5']);
    // The admin modal itself grew by two blocks only (the line and a divider).
    expect(list.blocks.filter((block) => String(block.block_id).startsWith('admin_workspace'))).toHaveLength(
      1,
    );
  });

  it('finds any IANA time zone and any country date-holidays knows by typing, in the admin’s language', async () => {
    const { form } = await settingsForm('UADMIN');
    const search = async (userId: string, actionId: string, value: string) => {
      const answer = await bed.slack.blockSuggestion({ userId, actionId, value, viewId: form.id });
      return (answer.ack as { options: { text: { text: string }; value: string }[] }).options;
    };
    expect((await search('UADMIN', 'ws_timezone', 'new york')).map((o) => o.value)).toEqual([
      'America/New_York',
    ]);
    expect((await search('UADMIN', 'ws_timezone', '')).map((o) => o.value)).toContain('Europe/Stockholm');
    expect((await search('UADMIN', 'ws_timezone', 'europe/')).length).toBeGreaterThan(40);
    const sweden = await search('UADMIN', 'ws_holiday_country', 'swe');
    expect(sweden).toEqual([{ text: { type: 'plain_text', text: 'Sweden (SE)' }, value: 'SE' }]);
    expect((await search('UADMIN', 'ws_holiday_country', '')).map((o) => o.value).slice(0, 2)).toEqual([
      'none',
      'DK',
    ]);
    expect((await search('USARA', 'ws_holiday_country', 'tysk')).map((o) => o.text.text)).toEqual([
      'Tyskland (DE)',
    ]);
    expect((await search('USARA', 'ws_holiday_country', 'germany')).map((o) => o.value)).toEqual(['DE']);
  });

  it('refuses what it cannot use next to each field, in the admin’s language, and changes nothing', async () => {
    const { form } = await settingsForm('UADMIN');
    const refused = await submit('UADMIN', form, {
      'Time zone': 'Mars/Olympus_Mons',
      'Public holidays': { text: { type: 'plain_text', text: 'Atlantis' }, value: 'XA' },
      'Working day starts': '09:00',
      'Working day ends': '08:30',
      'Working days': [],
    });
    expect(refused.result.ack).toEqual({
      response_action: 'errors',
      errors: {
        ws_timezone: 'Choose a time zone from the list: an IANA name such as Europe/Stockholm.',
        ws_holiday_country: 'Choose a country from the list, or None.',
        ws_work_day_end: 'The working day must end after it starts.',
        ws_work_days: 'Choose at least one working day.',
      },
    });
    expect(bed.double.isViewOpen(form.id)).toBe(true);

    const swedish = await settingsForm('USARA');
    const labels = swedish.form.blocks.map((block) => (block as { label?: { text: string } }).label?.text);
    expect(labels.filter(Boolean)).toEqual([
      'Språk',
      'Tidszon',
      'Helgdagar',
      'Arbetsdagen börjar',
      'Arbetsdagen slutar',
      'Arbetsdagar',
    ]);
    const svRefused = await submit('USARA', swedish.form, { Arbetsdagar: [] });
    expect(svRefused.result.ack).toEqual({
      response_action: 'errors',
      errors: { ws_work_days: 'Välj minst en arbetsdag.' },
    });
    expect(await audits()).toEqual([]);
  });

  it('refuses a form submitted by someone who is not an admin beside its fields, keeping what they chose, and changes nothing', async () => {
    bed.double.addUser({ id: 'USTAFF', name: 'sam' });
    const { form } = await settingsForm('UADMIN');
    const refused = await submit('USTAFF', form, {
      'Public holidays': { text: { type: 'plain_text', text: 'Sweden (SE)' }, value: 'SE' },
    });
    // Field errors leave the form as it is in Slack, with every choice made in it.
    expect(refused.result.ack?.response_action).toBe('errors');
    expect(JSON.stringify(refused.result.ack)).toContain('Only Touchbase admins');
    expect(
      (await bed.prisma.workspace.findUniqueOrThrow({ where: { id: bed.workspaceId } })).holidayCountry,
    ).toBeNull();
  });

  it('sets Swedish public holidays: saved with an audit entry, the admin modal says so', async () => {
    const { list, form } = await settingsForm('UADMIN');
    const { result, since } = await submit('UADMIN', form, {
      'Public holidays': { text: { type: 'plain_text', text: 'Sweden (SE)' }, value: 'SE' },
    });
    expect(result.ack).toBeUndefined();
    const redraw = await bed.double.waitForCall('views.update', undefined, { since });
    expect(redraw.args.view_id).toBe(list.id);
    const redrawn = bed.double.view(list.id);
    expect(shown(redrawn?.blocks)).toContain('Saved the workspace settings.');
    expect(settingsLine(redrawn)).toContain('public holidays of Sweden');
    const [audit, ...more] = await audits();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      targetType: 'workspace',
      targetId: String(bed.workspaceId),
      details: { changed: ['holidayCountry'], from: { holidayCountry: null }, to: { holidayCountry: 'SE' } },
    });
    expect(audit?.actor?.slackUserId).toBe('UADMIN');

    // Saving the same again writes nothing and says so.
    const again = await settingsForm('UADMIN');
    const unchanged = await submit('UADMIN', again.form, {});
    await bed.double.waitForCall('views.update', undefined, { since: unchanged.since });
    expect(shown(bed.double.view(again.list.id)?.blocks)).toContain('nothing changed');
    expect(await audits()).toHaveLength(1);
  });

  it('counts due dates in working days without the holiday', async () => {
    // Tuesday 5 January, 10:00 in Stockholm: Follow-up is due in 2 working days.
    bed.clock.set(new Date('2027-01-05T09:00:00Z'));
    const since = bed.double.calls.length;
    await bed.slack.slashCommand({ command: '/activity', userId: 'UANNA' });
    await bed.double.waitForCall('views.open', undefined, { since });
    const form = bed.double.latestView('UANNA')!;
    const before = bed.double.calls.length;
    await bed.slack.blockActions({
      userId: 'UANNA',
      actionId: 'activity_form_type',
      selectedOption: 'Follow-up',
      container: { type: 'view', viewId: form.id },
    });
    await bed.double.waitForCall('views.update', undefined, { since: before });
    const end = bed.double
      .view(form.id)!
      .blocks.find((block) => String(block.block_id).startsWith('end.')) as {
      element: { initial_date_time: number };
    };
    // Wednesday is Epiphany: Thursday and Friday are the two working days.
    expect(new Date(end.element.initial_date_time * 1000).toISOString()).toBe('2027-01-08T09:00:00.000Z');
  });

  it('sends no digest on the holiday, on the other replica too, and the next working day in each reader’s language', async () => {
    await bed.tick('2027-01-06T07:05:00Z', REPLICA);
    await bed.tick('2027-01-06T08:05:00Z', REPLICA);
    expect(deliveredTo(bed.double)).toEqual({});
    await bed.tick('2027-01-07T07:05:00Z', REPLICA);
    await bed.tick('2027-01-07T08:05:00Z', REPLICA);
    expect(deliveredTo(bed.double)).toEqual({ UANNA: 1, USVEN: 1, CSALES: 1 });
    const anna = shown(digestsOf(bed.double, 'UANNA')[0]?.blocks);
    expect(anna).toContain('Meeting');
    expect(anna).not.toContain('Möte');
    const sven = shown(digestsOf(bed.double, 'USVEN')[0]?.blocks);
    expect(sven).toContain('Möte');
    expect(sven).not.toContain('Meeting');
    // The team digest speaks the workspace's language: English so far.
    const team = shown(bed.double.messages('CSALES')[0]?.blocks);
    expect(team).toContain('Per member');
    expect(team).toContain('*Meeting*');
  });

  it('switches the team digest to Swedish and New York time at once, and starts new people at the working day', async () => {
    // Someone whose language Slack does not tell reads the workspace's.
    bed.double.addUser({ id: 'UQUIET', name: 'quinn', locale: undefined });
    const help = async () =>
      shown((await bed.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UQUIET' })).ack);
    expect(await help()).toContain('Touchbase — log and follow up customer contacts');
    const { form } = await settingsForm('USARA');
    const saved = await submit('USARA', form, {
      Språk: 'Svenska',
      Tidszon: 'America/New_York',
      'Arbetsdagen börjar': '07:00',
      'Arbetsdagen slutar': '16:00',
      Arbetsdagar: ['måndag', 'tisdag', 'onsdag', 'torsdag'],
    });
    expect(saved.result.ack).toBeUndefined();
    await bed.double.waitForCall('views.update', undefined, { since: saved.since });
    const [, audit] = await audits();
    expect(audit?.details).toEqual({
      changed: ['locale', 'timezone', 'workDayStartMinute', 'workDayEndMinute', 'workDays'],
      from: {
        locale: 'en',
        timezone: 'Europe/Stockholm',
        workDayStartMinute: 480,
        workDayEndMinute: 1020,
        workDays: [1, 2, 3, 4, 5],
      },
      to: {
        locale: 'sv',
        timezone: 'America/New_York',
        workDayStartMinute: 420,
        workDayEndMinute: 960,
        workDays: [1, 2, 3, 4],
      },
    });

    // At once, in this process too: nothing keeps the old settings in memory.
    expect(await help()).toContain('Touchbase — registrera och följ upp kundkontakter');

    bed.double.clearCalls();
    // Monday 11 January, 09:00 in Stockholm: no longer the team's hour.
    await bed.tick('2027-01-11T08:05:00Z', REPLICA);
    expect(deliveredTo(bed.double).CSALES).toBeUndefined();
    // 09:00 in New York.
    await bed.tick('2027-01-11T14:05:00Z', REPLICA);
    expect(deliveredTo(bed.double).CSALES).toBe(1);
    const team = shown(bed.double.messages('CSALES').at(-1)?.blocks);
    expect(team).toContain('Per medlem');
    expect(team).toContain('*Möte*');

    // Someone new gets their digest when the working day starts, on its working days.
    bed.double.addUser({ id: 'UNEW', name: 'nova', tz: 'Europe/Stockholm' });
    await bed.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UNEW' });
    expect(
      await bed.prisma.employee.findFirstOrThrow({
        where: { slackUserId: 'UNEW' },
        select: { digestHour: true, digestDays: true },
      }),
    ).toEqual({ digestHour: 7, digestDays: [1, 2, 3, 4] });

    // So does a new team.
    const list = await openAdmin('UADMIN');
    const teamForm = await pushForm('UADMIN', list, 'admin_team_add_open', 'admin_team_save');
    expect(shown(teamForm.blocks)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"07:00"},"value":"7"}',
    );
  });

  it('shows the new settings in the admin modal, in the admin’s language', async () => {
    expect(settingsLine(await openAdmin('UADMIN'))).toBe(
      '*Workspace settings*\nSvenska (Swedish) · America/New_York · public holidays of Sweden · 07:00–16:00 Mon–Thu',
    );
    expect(settingsLine(await openAdmin('USARA'))).toBe(
      '*Arbetsytans inställningar*\nSvenska · America/New_York · helgdagar i Sverige · 07:00–16:00 mån–tor',
    );
  });
});

describe('DEFAULT_LOCALE, DEFAULT_TIMEZONE and HOLIDAY_COUNTRY after the workspace exists', () => {
  let double: SlackDouble;
  let database: TestDatabase;
  beforeAll(async () => {
    double = await SlackDouble.start();
    // Embedded, it is lent to each app, which leaves it open: it outlives the app as a directory would.
    database = await kept.fresh();
  });
  afterAll(() => double.stop());

  /** The app as an operator starts it, on a database that outlives it; its log lines. */
  async function start(variables: Record<string, string>) {
    const { logs, sink } = captureLogs();
    const app = await startTouchbase({
      env: loadEnv({
        SLACK_BOT_TOKEN: double.botToken,
        SLACK_API_URL: double.apiUrl,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: '0',
        ...variables,
      }),
      logger: createLogger('info', sink),
      slackRetryConfig: { retries: 0 },
      scheduler: 'manual',
      databaseTarget: database.target,
    });
    const warnings = logs.filter((line) => line.level === 40).map((line) => [line.variable, line.msg]);
    return { app, warnings };
  }

  it('only seed a new workspace; one that differs later is ignored, and the start-up log says why', async () => {
    const first = await start({ HOLIDAY_COUNTRY: 'SE' });
    expect(first.warnings).toEqual([]);
    // An admin then chose Swedish, New York and Norway's holidays in Workspace settings.
    await first.app.database.prisma.workspace.updateMany({
      data: { defaultLocale: 'sv', defaultTimezone: 'America/New_York', holidayCountry: 'NO' },
    });
    await first.app.stop();

    const second = await start({
      DEFAULT_LOCALE: 'en',
      DEFAULT_TIMEZONE: 'America/New_York',
      HOLIDAY_COUNTRY: 'SE',
    });
    try {
      expect(second.warnings).toEqual([
        [
          'DEFAULT_LOCALE',
          "DEFAULT_LOCALE=en differs from the workspace's setting (sv) and is ignored: it only seeds a new workspace. Change the setting in Slack: /activity admin → Workspace settings.",
        ],
        [
          'HOLIDAY_COUNTRY',
          "HOLIDAY_COUNTRY=SE differs from the workspace's setting (NO) and is ignored: it only seeds a new workspace. Change the setting in Slack: /activity admin → Workspace settings.",
        ],
      ]);
      expect(
        await second.app.database.prisma.workspace.findFirstOrThrow({
          select: { defaultLocale: true, defaultTimezone: true, holidayCountry: true },
        }),
      ).toEqual({ defaultLocale: 'sv', defaultTimezone: 'America/New_York', holidayCountry: 'NO' });
    } finally {
      await second.app.stop();
    }
    // Variables left unset say nothing.
    const third = await start({});
    await third.app.stop();
    expect(third.warnings).toEqual([]);
  });
});
