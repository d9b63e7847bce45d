/** A team of employees (product §5.3) with its channel digest settings. */
export interface Team {
  id: number;
  workspaceId: number;
  name: string;
  channelId: string | null;
  digestHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  digestDays: number[];
  /** Working days an item may be overdue before the channel digest names it. */
  escalationDays: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TeamMemberRow {
  employeeId: number;
  slackUserId: string;
  name: string;
  isLead: boolean;
}

/** A team with its members (leads included), members in name order. */
export interface TeamWithMembers extends Team {
  members: TeamMemberRow[];
}
