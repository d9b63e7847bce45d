import type { WebClient } from '@slack/web-api';
import type { EmployeeProfile } from '../db/repositories/employee-repository';
import type { ProfileSource } from '../domain/employees/employee-service';
import type { Workspace } from '../generated/prisma/client';

/** Reads a user's profile with users.info (with locale), mapped to what an Employee keeps. */
export class SlackProfileSource implements ProfileSource {
  constructor(private readonly client: WebClient) {}

  async fetchProfile(slackUserId: string, workspace: Workspace): Promise<EmployeeProfile | null> {
    const { user } = await this.client.users.info({ user: slackUserId, include_locale: true });
    if (!user) return null;
    return {
      name: user.profile?.display_name || user.real_name || user.name || slackUserId,
      email: user.profile?.email ?? null,
      timezone: user.tz || workspace.defaultTimezone,
      slackLocale: user.locale ?? null,
      isSlackAdmin: Boolean(user.is_admin || user.is_owner),
      isBot: Boolean(user.is_bot) || slackUserId === 'USLACKBOT',
      isDeleted: Boolean(user.deleted),
      isRestricted: Boolean(user.is_restricted || user.is_ultra_restricted),
      isForeign: Boolean(user.team_id && user.team_id !== workspace.slackTeamId),
    };
  }
}
