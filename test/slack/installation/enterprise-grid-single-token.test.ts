import type { PrismaClient } from '../../../src/generated/prisma/client';
import type { Organization, SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * One bot token (SLACK_BOT_TOKEN) of a workspace that is part of an Enterprise Grid organization
 * (product §10.4): members whose home is another workspace of the organization are staff here.
 */
describe('Enterprise Grid, one workspace served with SLACK_BOT_TOKEN', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let acme: Organization<SlackDouble>;

  beforeAll(async () => {
    t = await startTestApp({
      slack: {
        teamId: 'TSTHLM',
        teamName: 'Acme Stockholm',
        organization: { enterpriseId: 'E0ACME', name: 'Acme Group' },
      },
    });
    prisma = t.app.database.prisma;
    acme = t.double.organization as Organization<SlackDouble>;
    t.double.addWorkspace({ teamId: 'TGBG', teamName: 'Acme Göteborg', enterpriseId: 'E0ACME' });
    acme.addMember({ id: 'WANNA', name: 'anna', teams: ['TSTHLM'] });
    // Clara's home workspace is Göteborg: Slack names TGBG as her team in every payload.
    acme.addMember({ id: 'WCLARA', name: 'clara', teams: ['TGBG', 'TSTHLM'] });
  });
  afterAll(() => t.stop());

  it('records the organization of the served workspace at start', async () => {
    const workspace = await prisma.workspace.findUnique({ where: { slackTeamId: 'TSTHLM' } });
    expect(workspace?.enterpriseId).toBe('E0ACME');
  });

  it('serves a member whose home is another workspace of the organization as staff', async () => {
    const answer = await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'WCLARA' });
    expect(JSON.stringify(answer.ack)).not.toContain('other organizations');

    const since = t.double.calls.length;
    await t.slack.globalShortcut({ userId: 'WCLARA', callbackId: 'log_activity' });
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    // The activity form, not a notice that Touchbase is for staff.
    expect(JSON.stringify(opened.args)).not.toContain('other organizations');
    expect(JSON.stringify(opened.args)).toContain('"type":"input"');
    const clara = await prisma.employee.findFirst({ where: { slackUserId: 'WCLARA' } });
    expect(clara?.isForeign).toBe(false);
  });

  it('keeps such a member staff through the daily profile refresh of the workspace’s directory', async () => {
    const since = t.double.calls.length;

    await t.app.syncProfiles();

    const lists = t.double.calls.slice(since).filter((call) => call.method === 'users.list');
    expect(lists.map((call) => [call.args.team_id, call.teamId, call.status])).toEqual([
      ['TSTHLM', 'TSTHLM', 200],
    ]);
    const clara = await prisma.employee.findFirstOrThrow({ where: { slackUserId: 'WCLARA' } });
    expect(clara.isForeign).toBe(false);
  });
});
