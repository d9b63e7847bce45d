import { countedIn, detailsVisibleTo } from '../activities/activity-visibility';
import type { TypeNames } from '../activity-types/type-names';
import {
  addLocalDays,
  escalationCutoff,
  isLocalDate,
  type LocalDate,
  overdueWorkingDays,
  startOfLocalDay,
  type WorkingDay,
} from './team-calendar';
import type { OverdueRow, TeamDigestFigures } from './team-ports';

export interface TeamDigestItem {
  activityId: number;
  /** The view shows the workspace's language. */
  typeNames: TypeNames;
  dueAt: Date;
  responsibleSlackUserId: string;
  overdueWorkingDays: number;
  /** null when the activity is private: a channel never sees a private activity's subject or person. */
  subject: string | null;
  personName: string | null;
  isPrivate: boolean;
}

export interface TeamDigestMember {
  employeeId: number;
  slackUserId: string;
  name: string;
  unfinished: number;
  overdue: number;
  completedYesterday: number;
}

export interface TeamDigest {
  teamId: number;
  teamName: string;
  channelId: string;
  /** YYYY-MM-DD in `timezone`. */
  localDate: string;
  timezone: string;
  escalationDays: number;
  members: TeamDigestMember[];
  loggedYesterdayByType: { typeNames: TypeNames; count: number }[];
  /** At most OLDEST_OVERDUE_MAX, oldest due first. */
  oldestOverdue: TeamDigestItem[];
  /** Overdue more than escalationDays working days, at most ESCALATED_MAX, oldest first. */
  escalated: TeamDigestItem[];
  escalatedTotal: number;
}

export const OLDEST_OVERDUE_MAX = 5;
export const ESCALATED_MAX = 20;

/**
 * The content of a team's channel digest (product §5.3) for one local date, from a few
 * set-based queries. "Yesterday" is the calendar day before `localDate` in `timezone`.
 * Private activities are counted in the numbers, but their subject and person never
 * leave this class: a channel message is read by everyone in the channel.
 */
export class BuildTeamDigest {
  constructor(private readonly digests: TeamDigestFigures) {}

  /**
   * null when the team no longer exists or has no channel. `now` is the instant of the run;
   * `isWorkingDay` (the workspace's working days, minus its holidays) counts how overdue items are.
   */
  async execute(
    teamId: number,
    {
      localDate,
      timezone,
      now,
      isWorkingDay,
    }: { localDate: string; timezone: string; now: Date; isWorkingDay: WorkingDay },
  ): Promise<TeamDigest | null> {
    if (!isLocalDate(localDate)) throw new Error(`not a local date: ${localDate}`);
    const team = await this.digests.team(teamId);
    if (!team?.channelId) return null;
    const ids = team.members.map((member) => member.employeeId);
    const yesterday = {
      from: startOfLocalDay(addLocalDays(localDate, -1), timezone),
      to: startOfLocalDay(localDate, timezone),
    };
    const cutoff = escalationCutoff(localDate, team.escalationDays, { timezone, isWorkingDay });
    // Counted whatever their privacy; what a private one is about never reaches the channel (digestItem).
    const rule = countedIn(team.workspaceId);
    const [unfinished, overdue, completed, logged, oldest, escalated] = await Promise.all([
      this.digests.unfinishedPerMember(rule, ids),
      this.digests.unfinishedPerMember(rule, ids, now),
      this.digests.completedPerMember(rule, ids, yesterday),
      this.digests.loggedPerType(rule, ids, yesterday),
      this.digests.overdue(rule, ids, { before: now, limit: OLDEST_OVERDUE_MAX }),
      // The cutoff is never after now: its day is at least one working day before today.
      this.digests.overdue(rule, ids, { before: cutoff < now ? cutoff : now, limit: ESCALATED_MAX }),
    ]);
    const countOf = (counts: { employeeId: number; count: number }[]) => {
      const byId = new Map(counts.map((entry) => [entry.employeeId, entry.count]));
      return (employeeId: number) => byId.get(employeeId) ?? 0;
    };
    const [unfinishedOf, overdueOf, completedOf] = [
      countOf(unfinished),
      countOf(overdue),
      countOf(completed),
    ];
    const channel = { workspaceId: team.workspaceId, employeeId: null };
    const item = (row: OverdueRow) =>
      digestItem(row, detailsVisibleTo(channel, row), { today: localDate, timezone, isWorkingDay });
    return {
      teamId: team.id,
      teamName: team.name,
      channelId: team.channelId,
      localDate,
      timezone,
      escalationDays: team.escalationDays,
      members: team.members.map((member) => ({
        ...member,
        unfinished: unfinishedOf(member.employeeId),
        overdue: overdueOf(member.employeeId),
        completedYesterday: completedOf(member.employeeId),
      })),
      loggedYesterdayByType: logged,
      oldestOverdue: oldest.rows.map(item),
      escalated: escalated.rows.map(item),
      escalatedTotal: escalated.total,
    };
  }
}

function digestItem(
  row: OverdueRow,
  detailsShown: boolean,
  { today, timezone, isWorkingDay }: { today: LocalDate; timezone: string; isWorkingDay: WorkingDay },
): TeamDigestItem {
  return {
    activityId: row.id,
    typeNames: row.typeNames,
    dueAt: row.dueAt,
    responsibleSlackUserId: row.responsibleSlackUserId,
    overdueWorkingDays: overdueWorkingDays(row.dueAt, today, { timezone, isWorkingDay }),
    subject: detailsShown ? row.subject : null,
    personName: detailsShown ? row.personName : null,
    isPrivate: row.isPrivate,
  };
}
