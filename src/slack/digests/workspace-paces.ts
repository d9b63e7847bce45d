import { defaultSleep, SendPace } from './send-pace';

/**
 * One SendPace per workspace, shared by everything that posts DMs there (digests, reminders):
 * Slack's limits are per app and workspace, so each workspace has its own budget, a 429 holds
 * up only that workspace, and a large workspace never slows a small one.
 */
export class WorkspacePaces {
  private readonly paces = new Map<string, SendPace>();

  constructor(
    private readonly perSecond: number,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
  ) {}

  of(slackTeamId: string): SendPace {
    let pace = this.paces.get(slackTeamId);
    if (!pace) {
      pace = new SendPace(this.perSecond, this.sleep);
      this.paces.set(slackTeamId, pace);
    }
    return pace;
  }
}
