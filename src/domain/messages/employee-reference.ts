import type { IntegrationLookups } from './message-ports';

/** Slack's directory by e-mail (users.lookupByEmail); the domain does not know Slack. */
export interface SlackDirectory {
  slackUserIdByEmail(email: string): Promise<string | null>;
}

/**
 * An employee as integrations name them (product §7.1): a Slack user id, or an
 * e-mail — first among the employees we know, then in Slack's directory. The
 * answer is a Slack id; whether that user may be responsible is the activity
 * rules' decision (bots, guests and deactivated users are refused there).
 */
export class EmployeeReferences {
  constructor(
    private readonly lookups: IntegrationLookups,
    private readonly directory: SlackDirectory,
  ) {}

  async slackUserId(workspaceId: number, reference: string): Promise<string | null> {
    const value = reference.trim();
    if (!value.includes('@')) return /^[UW][A-Z0-9]{2,}$/i.test(value) ? value.toUpperCase() : null;
    return (
      (await this.lookups.employeeSlackIdByEmail(workspaceId, value)) ??
      (await this.directory.slackUserIdByEmail(value).catch(() => null))
    );
  }
}
