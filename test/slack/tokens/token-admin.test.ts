import { createHash } from 'node:crypto';
import { call } from '../../api/api-client';
import { adminModalSteps } from '../../support/fixtures/admin-modal';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('/activity admin: API tokens (product §7.1)', () => {
  let t: TestApp;
  const { expectCall, openAdmin, pushForm } = adminModalSteps(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    t.double.addUser({ id: 'USVADMIN', name: 'sara', is_owner: true, locale: 'sv-SE' });
    t.double.addUser({ id: 'USTAFF', name: 'sam' });
  });
  afterAll(() => t.stop());

  const prisma = () => t.app.database.prisma;
  const shown = (view: SlackView | undefined) => JSON.stringify(view?.blocks ?? []);

  function tokenLines(view: SlackView | undefined): string[] {
    return (view?.blocks ?? [])
      .filter((block) => String(block.block_id).startsWith('admin_token:'))
      .map((block) => String((block.text as { text: string }).text));
  }

  /** Every text of preformatted rich text blocks, in order. */
  function preformatted(view: SlackView | undefined): string[] {
    return (view?.blocks ?? [])
      .filter((block) => block.type === 'rich_text')
      .flatMap((block) => block.elements as { type: string; elements: { text: string }[] }[])
      .filter((element) => element.type === 'rich_text_preformatted')
      .map((element) => element.elements.map((part) => part.text).join(''));
  }

  const openCreateForm = (userId: string, list: SlackView) =>
    pushForm(userId, list, 'admin_token_add_open', 'admin_token_create');

  async function openRevoke(userId: string, list: SlackView, tokenId: number): Promise<SlackView> {
    const push = await expectCall('views.push', () =>
      t.slack.blockActions({
        userId,
        actionId: `admin_token_menu:${tokenId}`,
        selectedOption: `revoke:${tokenId}`,
        container: { type: 'view', viewId: list.id },
      }),
    );
    expect(push.response).toMatchObject({ ok: true });
    const confirm = t.double.latestView(userId)!;
    expect(confirm.callback_id).toBe('admin_token_revoke');
    return confirm;
  }

  /** Waits for the admin modal under a form to be redrawn after `step`, and returns it. */
  async function redrawnAfter(list: SlackView, step: () => Promise<unknown>): Promise<SlackView> {
    const since = t.double.calls.length;
    await step();
    const redraw = await t.double.waitForCall('views.update', (update) => update.args.view_id === list.id, {
      since,
    });
    expect(redraw.response).toMatchObject({ ok: true });
    return t.double.view(list.id)!;
  }

  let list: SlackView;
  let secret: string;
  let tokenId: number;

  it('shows an empty API tokens section after Teams, with *Create token*', async () => {
    list = await openAdmin('UADMIN');
    const headerAt = (text: string) =>
      list.blocks.findIndex(
        (block) => block.type === 'header' && JSON.stringify(block).includes(`"${text}"`),
      );
    expect(headerAt('Teams')).toBeGreaterThan(0);
    expect(headerAt('API tokens')).toBeGreaterThan(headerAt('Teams'));
    expect(list.blocks[headerAt('API tokens') - 1]?.type).toBe('divider');
    expect(shown(list)).toContain('No API tokens yet.');
    expect(shown(list)).toContain('admin_token_add_open');
  });

  it('refuses a nameless token without scopes next to each field, in the user’s language, saving nothing', async () => {
    const form = await openCreateForm('UADMIN', list);
    expect(shown(form)).toContain('"value":"contacts:write"');
    expect(shown(form)).toContain('"value":"admin"');
    const refused = await t.slack.viewSubmission({
      userId: 'UADMIN',
      viewId: form.id,
      fill: { Name: '   ', Scopes: null },
    });
    expect(refused.ack).toEqual({
      response_action: 'errors',
      errors: { token_name: 'Give the token a name.', token_scopes: 'Choose at least one scope.' },
    });
    expect(t.double.isViewOpen(form.id)).toBe(true);

    const svList = await openAdmin('USVADMIN');
    expect(shown(svList)).toContain('API-nycklar');
    const svForm = await openCreateForm('USVADMIN', svList);
    const svRefused = await t.slack.viewSubmission({
      userId: 'USVADMIN',
      viewId: svForm.id,
      fill: { Namn: 'CRM', Behörigheter: null },
    });
    expect(svRefused.ack).toEqual({
      response_action: 'errors',
      errors: { token_scopes: 'Välj minst en behörighet.' },
    });
    expect(await prisma().apiToken.count()).toBe(0);
    expect(await prisma().auditLog.count({ where: { action: 'api_token.created' } })).toBe(0);
  });

  it('creates a token and shows its secret once, with a curl example, while the list shows only its prefix', async () => {
    const form = await openCreateForm('UADMIN', list);
    let submitted: Awaited<ReturnType<TestApp['slack']['viewSubmission']>> | undefined;
    list = await redrawnAfter(list, async () => {
      submitted = await t.slack.viewSubmission({
        userId: 'UADMIN',
        viewId: form.id,
        fill: { Name: 'Mail <!channel> gateway', Scopes: ['activities:read', 'activities:write'] },
      });
    });
    expect(submitted?.ack).toMatchObject({ response_action: 'update' });
    const created = t.double.view(form.id)!;
    expect(created.callback_id).toBe('admin_token_created');
    expect(created.submit ?? undefined).toBeUndefined();
    expect(shown(created)).toContain('it is shown only this once');
    expect(shown(created)).toContain('*Mail &lt;!channel&gt; gateway*');
    const [shownSecret, curl] = preformatted(created);
    secret = shownSecret!;
    expect(secret).toMatch(/^tb_[A-Za-z0-9_-]{43}$/);
    expect(curl).toContain(`Authorization: Bearer ${secret}`);
    expect(curl).toContain('$TOUCHBASE_URL/api/v1/activities');

    const row = await prisma().apiToken.findFirstOrThrow();
    tokenId = row.id;
    expect(row).toMatchObject({
      name: 'Mail <!channel> gateway',
      prefix: secret.slice(0, 10),
      scopes: ['activities:read', 'activities:write'],
      secretHash: createHash('sha256').update(secret).digest('hex'),
      revokedAt: null,
    });
    expect(shown(list)).toContain('Created the token *Mail &lt;!channel&gt; gateway*.');
    expect(shown(list)).not.toContain('<!channel>');
    expect(tokenLines(list)).toHaveLength(1);
    expect(tokenLines(list)[0]).toMatch(
      new RegExp(
        `^\\*Mail &lt;!channel&gt; gateway\\* \`${secret.slice(0, 10)}…\` \`activities:read\`, \`activities:write\`\ncreated by <@UADMIN>, \\d+ \\w+ \\d{4} \\d\\d:\\d\\d · last used never$`,
      ),
    );
    // The secret lives only in the one view: not in the list, its metadata, the audit log or the logs.
    expect(JSON.stringify(list)).not.toContain(secret);
    expect(created.private_metadata ?? '').not.toContain(secret);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'api_token.created' } });
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(t.logs)).not.toContain(secret);
  });

  it('lets the API accept the new token, and the list then says when it was last used', async () => {
    const answer = await call(t, 'GET', '/activities', { token: secret });
    expect(answer.status).toBe(200);
    // Written after the answer.
    await t.app.idle();
    const row = await prisma().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.lastUsedAt).not.toBeNull();
    list = await openAdmin('UADMIN');
    expect(tokenLines(list)[0]).not.toContain('last used never');
  });

  it('refuses someone who is not an admin, from a stale admin modal, and changes nothing', async () => {
    const add = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'USTAFF',
        actionId: 'admin_token_add_open',
        container: { type: 'view', viewId: list.id },
      }),
    );
    expect(JSON.stringify(add.args.view)).toContain('Only Touchbase admins');
    list = await openAdmin('UADMIN');
    const revoke = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'USTAFF',
        actionId: `admin_token_menu:${tokenId}`,
        selectedOption: `revoke:${tokenId}`,
        container: { type: 'view', viewId: list.id },
      }),
    );
    expect(JSON.stringify(revoke.args.view)).toContain('Only Touchbase admins');
    expect(JSON.stringify(revoke.args.view)).not.toContain('admin_token_menu');
    expect(await prisma().apiToken.count({ where: { revokedAt: null } })).toBe(1);
    expect((await call(t, 'GET', '/activities', { token: secret })).status).toBe(200);
  });

  let stale: SlackView;

  it('revokes a token after asking; the API refuses it from the next request on', async () => {
    stale = await openAdmin('UADMIN');
    list = await openAdmin('UADMIN');
    const confirm = await openRevoke('UADMIN', list, tokenId);
    expect(shown(confirm)).toContain(
      `Revoke *Mail &lt;!channel&gt; gateway* (\`${secret.slice(0, 10)}…\`)? Systems using it get 401`,
    );
    list = await redrawnAfter(list, async () => {
      const result = await t.slack.viewSubmission({ userId: 'UADMIN', viewId: confirm.id });
      expect(result.ack).toBeUndefined();
    });
    expect(shown(list)).toContain('Token *Mail &lt;!channel&gt; gateway* was revoked.');
    expect(tokenLines(list)).toEqual([]);
    expect(shown(list)).toContain('No API tokens yet.');
    const refused = await call(t, 'GET', '/activities', { token: secret });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const row = await prisma().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.revokedAt).not.toBeNull();
    expect(await prisma().auditLog.count({ where: { action: 'api_token.revoked' } })).toBe(1);
  });

  it('says so when a stale menu names a token revoked meanwhile', async () => {
    const update = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'UADMIN',
        actionId: `admin_token_menu:${tokenId}`,
        selectedOption: `revoke:${tokenId}`,
        container: { type: 'view', viewId: stale.id },
      }),
    );
    expect(JSON.stringify(update.args.view)).toContain('That token no longer exists or was revoked already.');
    expect(await prisma().auditLog.count({ where: { action: 'api_token.revoked' } })).toBe(1);
  });

  it('creates a token in Swedish with every scope, and its curl example reads activities', async () => {
    const svList = await openAdmin('USVADMIN');
    const form = await openCreateForm('USVADMIN', svList);
    const after = await redrawnAfter(svList, () =>
      t.slack.viewSubmission({
        userId: 'USVADMIN',
        viewId: form.id,
        fill: { Namn: 'Ekonomi', Behörigheter: true },
      }),
    );
    const created = t.double.view(form.id)!;
    expect(shown(created)).toContain('den visas bara denna gång');
    const [svSecret] = preformatted(created);
    expect(shown(after)).toContain('Skapade nyckeln *Ekonomi*.');
    expect(tokenLines(after)[0]).toContain(
      '`activities:read`, `activities:write`, `contacts:read`, `contacts:write`, `admin`',
    );
    expect(tokenLines(after)[0]).toContain('senast använd aldrig');
    expect((await call(t, 'GET', '/persons/nobody', { token: svSecret })).status).toBe(404);
  });

  it('pages a long list of tokens, and the whole modal stays within 100 blocks', async () => {
    const workspace = await prisma().workspace.findFirstOrThrow();
    const admin = await prisma().employee.findFirstOrThrow({ where: { slackUserId: 'UADMIN' } });
    const types = await prisma().activityType.count();
    await prisma().activityType.createMany({
      data: Array.from({ length: 45 - types }, (_, index) => ({
        workspaceId: workspace.id,
        nameEn: `Campaign ${index + 1}`,
        nameSv: `Kampanj ${index + 1}`,
        position: types + index + 1,
      })),
    });
    await prisma().team.createMany({
      data: Array.from({ length: 25 }, (_, index) => ({
        workspaceId: workspace.id,
        name: `Zone ${index + 1}`,
      })),
    });
    await prisma().apiToken.createMany({
      data: Array.from({ length: 12 }, (_, index) => ({
        workspaceId: workspace.id,
        name: `System ${String(index + 1).padStart(2, '0')}`,
        prefix: `tb_sys${String(index + 1).padStart(4, '0')}`,
        secretHash: `hash-${index}`,
        scopes: ['contacts:read'],
        createdById: admin.id,
        createdAt: new Date(Date.UTC(2025, 0, index + 1)),
      })),
    });
    const view = await openAdmin('UADMIN');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(tokenLines(view)).toHaveLength(10);
    expect(shown(view)).toContain('Tokens 1–10 of 13');
    const next = await expectCall('views.update', () =>
      t.slack.blockActions({
        userId: 'UADMIN',
        actionId: 'admin_tokens_page_next',
        container: { type: 'view', viewId: view.id },
      }),
    );
    expect(next.response).toMatchObject({ ok: true });
    const second = t.double.view(view.id)!;
    expect(tokenLines(second).map((line) => line.split('`')[0])).toEqual([
      '*System 03* ',
      '*System 02* ',
      '*System 01* ',
    ]);
    expect(shown(second)).toContain('Tokens 11–13 of 13');
    // Revoking from the second page comes back to it.
    const oldest = await prisma().apiToken.findFirstOrThrow({ where: { name: 'System 01' } });
    const confirm = await openRevoke('UADMIN', second, oldest.id);
    const after = await redrawnAfter(second, () =>
      t.slack.viewSubmission({ userId: 'UADMIN', viewId: confirm.id }),
    );
    expect(shown(after)).toContain('Tokens 11–12 of 12');
    expect(after.blocks.length).toBeLessThanOrEqual(100);
  });
});
