import type { App } from '@slack/bolt';
import { COMMANDS } from '../catalog';
import { activityCommand } from './activity-command';
import { contactCommand } from './contact-command';

export function registerCommands(app: App): void {
  app.command(COMMANDS.activity, activityCommand);
  app.command(COMMANDS.contact, contactCommand);
}
