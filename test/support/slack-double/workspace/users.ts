import type { IdFactory } from '../ids';
import type { SlackUser, SlackUserInput } from '../types';
import { timeZoneFacts } from './time-zone';

export class UserDirectory {
  /** Insertion order doubles as users.list order, so pagination is stable. */
  private readonly users = new Map<string, SlackUser>();

  constructor(
    private readonly teamId: string,
    private readonly ids: IdFactory,
    private readonly now: () => number,
  ) {}

  add(input: SlackUserInput = {}): SlackUser {
    const { profile, email, ...fields } = input;
    const id = fields.id ?? this.ids.next('U');
    const name = fields.name ?? id.toLowerCase();
    const realName = fields.real_name ?? profile?.real_name ?? name;
    const tz = fields.tz ?? 'Europe/Stockholm';
    const isBot = fields.is_bot ?? false;
    const mail = email ?? profile?.email ?? (isBot ? undefined : `${name}@example.com`);
    const user: SlackUser = {
      team_id: this.teamId,
      deleted: false,
      is_admin: false,
      is_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_app_user: false,
      locale: 'en-US',
      ...timeZoneFacts(tz, this.now()),
      ...fields,
      id,
      name,
      real_name: realName,
      tz,
      is_bot: isBot,
      profile: {
        real_name: realName,
        display_name: name,
        ...profile,
        ...(mail === undefined ? {} : { email: mail }),
      },
    };
    this.users.set(id, user);
    return user;
  }

  get(id: string): SlackUser | undefined {
    return this.users.get(id);
  }

  byEmail(email: string): SlackUser | undefined {
    const wanted = email.toLowerCase();
    return this.list().find((u) => u.profile.email?.toLowerCase() === wanted);
  }

  list(): SlackUser[] {
    return [...this.users.values()];
  }
}
