import { installKeysFor, registerFor } from '../../../src/domain/installations/installation';

const orgWide = { isEnterpriseInstall: true, enterpriseId: 'E1', sharedRegister: false };
const shared = { ...orgWide, sharedRegister: true };
const ownInstall = { isEnterpriseInstall: false, enterpriseId: 'E1', sharedRegister: false };

describe('which install and which register an Enterprise Grid request finds (product §10.4)', () => {
  it('keeps each workspace’s data in its own register under an org-wide install', () => {
    expect(registerFor(orgWide, { teamId: 'T1', enterpriseId: 'E1' })).toEqual({
      slackTeamId: 'T1',
      enterpriseId: 'E1',
    });
    expect(registerFor(orgWide, { teamId: 'T9', enterpriseId: 'E1' })).toEqual({
      slackTeamId: 'T9',
      enterpriseId: 'E1',
    });
  });

  it('finds the organization’s install, but does not guess a workspace, for a request naming only the organization', () => {
    expect(installKeysFor({ enterpriseId: 'E1' })).toEqual(['E:E1']);
    expect(registerFor(orgWide, { enterpriseId: 'E1' })).toBeUndefined();
    expect(registerFor(orgWide, { teamId: 'E1', enterpriseId: 'E1' })).toBeUndefined();
  });

  it('maps every workspace of the organization to one register when the organization chose to share it', () => {
    for (const request of [{ teamId: 'T1', enterpriseId: 'E1' }, { teamId: 'T2' }, { enterpriseId: 'E1' }]) {
      expect(registerFor(shared, request)).toEqual({ slackTeamId: 'E1', enterpriseId: 'E1' });
    }
  });

  it('gives a workspace installed on its own its own register, even when its organization chose to share', () => {
    expect(
      registerFor({ ...ownInstall, sharedRegister: true }, { teamId: 'T1', enterpriseId: 'E1' }),
    ).toEqual({
      slackTeamId: 'T1',
      enterpriseId: 'E1',
    });
  });
});
