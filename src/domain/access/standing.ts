import type { Employee } from '../employees/employee';

/**
 * Who a Slack user is to Touchbase (product §1, Outsiders): a member of the workspace,
 * one of its guests, or someone of another organization (Slack Connect).
 */
export type Standing = 'member' | 'multi_channel_guest' | 'single_channel_guest' | 'external';

export type StandingFlags = Pick<Employee, 'isRestricted' | 'isUltraRestricted' | 'isForeign'>;

/** From the flags Slack gave for the user (users.info); the strongest restriction wins. */
export function standingOf(flags: StandingFlags): Standing {
  if (flags.isForeign) return 'external';
  if (flags.isUltraRestricted) return 'single_channel_guest';
  if (flags.isRestricted) return 'multi_channel_guest';
  return 'member';
}

/** The workspace's choice about guests (an admin setting, off by default). */
export interface GuestPolicy {
  admitMultiChannelGuests: boolean;
}

/**
 * Staff may use Touchbase. Members always are; multi-channel guests only when an
 * admin admitted them; single-channel guests and other organizations' users never.
 */
export function isStaff(standing: Standing, policy: GuestPolicy): boolean {
  if (standing === 'member') return true;
  return standing === 'multi_channel_guest' && policy.admitMultiChannelGuests;
}
