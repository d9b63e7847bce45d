import type { Workspace } from '../../src/domain/workspaces/workspace';
import { profileFromSlackUser, type SlackUserLike } from '../../src/slack/slack-user-profile';

function register(slackTeamId: string, enterpriseId: string | null): Workspace {
  return {
    id: 1,
    slackTeamId,
    name: slackTeamId,
    defaultLocale: 'en',
    defaultTimezone: 'Europe/Stockholm',
    holidayCountry: null,
    admitMultiChannelGuests: false,
    workDayStartMinute: 480,
    workDayEndMinute: 1020,
    workDays: [1, 2, 3, 4, 5],
    uninstalledAt: null,
    enterpriseId,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

/** A member of organization E1 whose home workspace is T1, in the workspaces `teams`. */
function member(teams: string[], flags: Partial<SlackUserLike['enterprise_user']> = {}): SlackUserLike {
  return {
    id: 'W1',
    name: 'clara',
    team_id: teams[0],
    enterprise_user: { enterprise_id: 'E1', teams, ...flags },
  };
}

describe('whether a Slack user belongs to a register (product §1, §10.4)', () => {
  const foreign = (user: SlackUserLike, workspace: Workspace) =>
    profileFromSlackUser(user, 'W1', workspace).isForeign;

  it('counts a member of the organization in every workspace they are in, whatever their home workspace, and only there', () => {
    expect(foreign(member(['T1', 'T2']), register('T2', 'E1'))).toBe(false);
    expect(foreign(member(['T1', 'T2']), register('T1', 'E1'))).toBe(false);
    // …and not in a workspace of the organization they are not in.
    expect(foreign(member(['T1']), register('T2', 'E1'))).toBe(true);
    // Outside Enterprise Grid, as before: another team is another workspace.
    expect(foreign({ id: 'U1', team_id: 'T2' }, register('T1', null))).toBe(true);
  });

  it('counts everyone of the organization in its shared register, and nobody of another', () => {
    expect(foreign(member(['T1']), register('E1', 'E1'))).toBe(false);
    expect(
      foreign(
        { ...member(['TX']), enterprise_user: { enterprise_id: 'E2', teams: ['TX'] } },
        register('E1', 'E1'),
      ),
    ).toBe(true);
    expect(foreign({ id: 'U9', team_id: 'TPARTNER' }, register('E1', 'E1'))).toBe(true);
  });

  it('makes the organization’s admins admins of its shared register, not of a workspace register', () => {
    const orgAdmin = member(['T1'], { is_admin: true });
    expect(profileFromSlackUser(orgAdmin, 'W1', register('E1', 'E1')).isSlackAdmin).toBe(true);
    expect(profileFromSlackUser(orgAdmin, 'W1', register('T1', 'E1')).isSlackAdmin).toBe(false);
  });
});
