import type { App } from '@slack/bolt';
import { HOME_ACTIONS, homeActionPattern } from '../../views/home/home-actions';
import type { ListenerDeps } from '../deps';
import { appHomeOpened } from './app-home-opened';
import { homeDoneButton } from './home-done-button';
import { homeEditButton } from './home-edit-button';
import { homeSnoozeMenu } from './home-snooze-menu';
import { homeStartButton } from './home-start-button';
import { homeLogButton } from './log-button';

/** App Home: the tab itself and its buttons. */
export function registerHomeListeners(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', appHomeOpened(deps));
  app.action(HOME_ACTIONS.log, homeLogButton(deps));
  app.action(homeActionPattern('done'), homeDoneButton(deps));
  app.action(homeActionPattern('start'), homeStartButton(deps));
  app.action(homeActionPattern('edit'), homeEditButton(deps));
  app.action(homeActionPattern('snooze'), homeSnoozeMenu(deps));
}
