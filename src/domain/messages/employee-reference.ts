import type { IntegrationLookups } from './message-ports';

/** Slack's directory by e-mail (users.lookupByEmail); the domain does not know Slack. */
export interface SlackDirectory {
  /** Asked in the directory of the workspace with this id. */
  slackUserIdByEmail(email: string, workspaceId: number): Promise<string | null>;
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

  /**
   * `known`: the employees already looked up by e-mail (ApiReferenceRepository), keyed
   * by the trimmed reference; an address missing there is asked of Slack's directory.
   */
  async slackUserId(
    workspaceId: number,
    reference: string,
    known?: ReadonlyMap<string, string>,
  ): Promise<string | null> {
    const value = reference.trim();
    if (!isEmail(value)) return /^[UW][A-Z0-9]{2,}$/i.test(value) ? value.toUpperCase() : null;
    const stored = known ? known.get(value) : await this.lookups.employeeSlackIdByEmail(workspaceId, value);
    return stored ?? (await this.directory.slackUserIdByEmail(value, workspaceId).catch(() => null));
  }
}

/** An employee reference that is an e-mail address (the rest are Slack ids). */
export function isEmail(reference: string): boolean {
  return reference.trim().includes('@');
}
