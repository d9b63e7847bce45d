import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import { ADMIN_CALLBACKS, TYPE_LIST } from '../../views/admin/admin-ids';
import { GUEST_ACCESS_ACTION } from '../../views/admin/guest-access-section';
import { PRIVACY_ACTIONS, PRIVACY_CALLBACKS } from '../../views/admin/privacy-ids';
import { TEAM_CALLBACKS, TEAM_LIST } from '../../views/admin/team-ids';
import { TOKEN_CALLBACKS, TOKEN_LIST } from '../../views/admin/token-ids';
import {
  WORKSPACE_INPUTS,
  WORKSPACE_SETTINGS_ACTIONS,
  WORKSPACE_SETTINGS_CALLBACK,
} from '../../views/admin/workspace-settings-ids';
import { addTypeButton } from './add-type-button';
import { addTypeSubmission } from './add-type-submission';
import { adminPageButton } from './admin-page-button';
import type { AdminDeps } from './admin-screen';
import { guestAccessButton } from './guest-access-button';
import { privacyChooseSubmission } from './privacy-choose-submission';
import { privacyEraseSubmission } from './privacy-erase-submission';
import { privacyOpenButton } from './privacy-open-button';
import { privacyPersonOptions } from './privacy-person-options';
import { renameTypeSubmission } from './rename-type-submission';
import { teamAddButton } from './team-add-button';
import { teamDeleteSubmission } from './team-delete-submission';
import { teamFormSubmission } from './team-form-submission';
import { teamMenuAction } from './team-menu-action';
import { tokenAddButton } from './token-add-button';
import { tokenCreateSubmission } from './token-create-submission';
import { tokenMenuAction } from './token-menu-action';
import { tokenRevokeSubmission } from './token-revoke-submission';
import { typeDefaultsSubmission } from './type-defaults-submission';
import { typeMenuAction } from './type-menu-action';
import { workspaceSettingsButton } from './workspace-settings-button';
import { workspaceSettingsOptions } from './workspace-settings-options';
import { workspaceSettingsSubmission } from './workspace-settings-submission';

/** The buttons and forms of `/activity admin` (the command itself is routed by /activity). */
export function registerAdminListeners(app: App, deps: AdminDeps): void {
  app.action<BlockAction<ButtonAction>>(TYPE_LIST.add, addTypeButton(deps));
  app.action<BlockAction<ButtonAction>>(TYPE_LIST.pagePattern, adminPageButton(deps, 'page'));
  app.action<BlockAction<OverflowAction>>(TYPE_LIST.menuPattern, typeMenuAction(deps));
  app.view(ADMIN_CALLBACKS.addType, addTypeSubmission(deps));
  app.view(ADMIN_CALLBACKS.renameType, renameTypeSubmission(deps));
  app.view(ADMIN_CALLBACKS.typeDefaults, typeDefaultsSubmission(deps));
  app.action<BlockAction<ButtonAction>>(TEAM_LIST.add, teamAddButton(deps));
  app.action<BlockAction<ButtonAction>>(TEAM_LIST.pagePattern, adminPageButton(deps, 'teamsPage'));
  app.action<BlockAction<OverflowAction>>(TEAM_LIST.menuPattern, teamMenuAction(deps));
  app.view(TEAM_CALLBACKS.save, teamFormSubmission(deps));
  app.view(TEAM_CALLBACKS.delete, teamDeleteSubmission(deps));
  app.action<BlockAction<ButtonAction>>(TOKEN_LIST.add, tokenAddButton(deps));
  app.action<BlockAction<ButtonAction>>(TOKEN_LIST.pagePattern, adminPageButton(deps, 'tokensPage'));
  app.action<BlockAction<OverflowAction>>(TOKEN_LIST.menuPattern, tokenMenuAction(deps));
  app.view(TOKEN_CALLBACKS.create, tokenCreateSubmission(deps));
  app.view(TOKEN_CALLBACKS.revoke, tokenRevokeSubmission(deps));
  app.action<BlockAction<ButtonAction>>(PRIVACY_ACTIONS.open, privacyOpenButton(deps));
  app.options({ action_id: PRIVACY_ACTIONS.personPicker }, privacyPersonOptions(deps));
  app.view(PRIVACY_CALLBACKS.choose, privacyChooseSubmission(deps));
  app.view(PRIVACY_CALLBACKS.erase, privacyEraseSubmission(deps));
  app.action<BlockAction<ButtonAction>>(GUEST_ACCESS_ACTION, guestAccessButton(deps));
  app.action<BlockAction<ButtonAction>>(WORKSPACE_SETTINGS_ACTIONS.open, workspaceSettingsButton(deps));
  app.options({ action_id: WORKSPACE_INPUTS.timezone }, workspaceSettingsOptions());
  app.options({ action_id: WORKSPACE_INPUTS.holidayCountry }, workspaceSettingsOptions());
  app.view(WORKSPACE_SETTINGS_CALLBACK, workspaceSettingsSubmission(deps));
}
