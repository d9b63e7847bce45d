import type { App } from '@slack/bolt';
import { COMMANDS } from '../catalog';
import type { ListenerDeps } from '../deps';
import { activityCommand } from './activity-command';

export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(COMMANDS.activity, activityCommand(deps));
}
