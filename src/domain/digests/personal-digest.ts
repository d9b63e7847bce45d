import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import type { ActivityRecord } from '../activities/activity-record';
import { visibleTo } from '../activities/activity-visibility';
import type { DigestActivities, DigestGroupKey } from './digest-ports';

/** product §5.2: *Upcoming* in a digest looks a week ahead. */
export const DIGEST_UPCOMING_DAYS = 7;
export const DIGEST_GROUPS: readonly DigestGroupKey[] = ['overdue', 'today', 'upcoming'];
export type { DigestGroupKey };

export interface DigestGroup {
  key: DigestGroupKey;
  /** All unfinished activities in the group. */
  count: number;
  /** Those that fit in the message, soonest due first. */
  items: ActivityRecord[];
}

/** One employee's digest as of `now`, for the local date it is made for. */
export interface PersonalDigest {
  employeeId: number;
  localDate: string;
  groups: DigestGroup[];
  /** Activities in the three groups together; 0 means there is nothing to send. */
  total: number;
}

export interface DigestRecipient {
  employeeId: number;
  workspaceId: number;
  timezone: string;
  localDate: string;
}

/** Today's end and the week after it, as the employee's own calendar counts days. */
function boundaries(now: Date, timezone: string) {
  const tomorrow = addDays(startOfDay(new TZDate(now, timezone)), 1);
  return {
    tomorrow: new Date(tomorrow.getTime()),
    horizon: new Date(addDays(tomorrow, DIGEST_UPCOMING_DAYS).getTime()),
  };
}

/**
 * The personal digest (product §5.2): an employee's own unfinished activities —
 * private ones included, they are theirs — as Overdue, Today and Upcoming. Built for
 * a whole batch of employees from the same two queries.
 */
export class BuildPersonalDigests {
  constructor(private readonly activities: DigestActivities) {}

  /** `itemLimit`: how many items one message can show; the rest are only counted. */
  async forRecipients(
    recipients: DigestRecipient[],
    now: Date,
    itemLimit: number,
  ): Promise<Map<number, PersonalDigest>> {
    const found = await this.activities.forEmployees(
      recipients.map((r) => ({
        employeeId: r.employeeId,
        rule: visibleTo({ workspaceId: r.workspaceId, employeeId: r.employeeId }),
        ...boundaries(now, r.timezone),
      })),
      now,
      itemLimit,
    );
    const digests = new Map<number, PersonalDigest>();
    for (const recipient of recipients) {
      const entry = found.get(recipient.employeeId);
      const groups = DIGEST_GROUPS.map((key) => ({
        key,
        count: entry?.counts[key] ?? 0,
        items: (entry?.items ?? []).filter((item) => item.group === key).map((item) => item.record),
      }));
      digests.set(recipient.employeeId, {
        employeeId: recipient.employeeId,
        localDate: recipient.localDate,
        groups,
        total: groups.reduce((sum, group) => sum + group.count, 0),
      });
    }
    return digests;
  }

  /** One employee's digest drawn again after a button in it was pressed. */
  async forOne(recipient: DigestRecipient, now: Date, itemLimit: number): Promise<PersonalDigest> {
    const digests = await this.forRecipients([recipient], now, itemLimit);
    return digests.get(recipient.employeeId) as PersonalDigest;
  }
}
