import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import {
  ADMIN_ACTIONS,
  ADMIN_CALLBACKS,
  TYPE_MENU_PATTERN,
  TYPES_PAGE_PATTERN,
} from '../../views/admin/admin-ids';
import { GUEST_ACCESS_ACTION } from '../../views/admin/guest-access-section';
import { PRIVACY_ACTIONS, PRIVACY_CALLBACKS } from '../../views/admin/privacy-ids';
import {
  TEAM_ACTIONS,
  TEAM_CALLBACKS,
  TEAM_MENU_PATTERN,
  TEAMS_PAGE_PATTERN,
} from '../../views/admin/team-ids';
import {
  TOKEN_ACTIONS,
  TOKEN_CALLBACKS,
  TOKEN_MENU_PATTERN,
  TOKENS_PAGE_PATTERN,
} from '../../views/admin/token-ids';
import {
  WORKSPACE_INPUTS,
  WORKSPACE_SETTINGS_ACTIONS,
  WORKSPACE_SETTINGS_CALLBACK,
} from '../../views/admin/workspace-settings-ids';
import { addTypeButton } from './add-type-button';
import { addTypeSubmission } from './add-type-submission';
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
import { teamsPageButton } from './teams-page-button';
import { tokenAddButton } from './token-add-button';
import { tokenCreateSubmission } from './token-create-submission';
import { tokenMenuAction } from './token-menu-action';
import { tokenRevokeSubmission } from './token-revoke-submission';
import { tokensPageButton } from './tokens-page-button';
import { typeDefaultsSubmission } from './type-defaults-submission';
import { typeMenuAction } from './type-menu-action';
import { typesPageButton } from './types-page-button';
import { workspaceSettingsButton } from './workspace-settings-button';
import { workspaceSettingsOptions } from './workspace-settings-options';
import { workspaceSettingsSubmission } from './workspace-settings-submission';

/** The buttons and forms of `/activity admin` (the command itself is routed by /activity). */
export function registerAdminListeners(app: App, deps: AdminDeps): void {
  app.action<BlockAction<ButtonAction>>(ADMIN_ACTIONS.addType, addTypeButton(deps));
  app.action<BlockAction<ButtonAction>>(TYPES_PAGE_PATTERN, typesPageButton(deps));
  app.action<BlockAction<OverflowAction>>(TYPE_MENU_PATTERN, typeMenuAction(deps));
  app.view(ADMIN_CALLBACKS.addType, addTypeSubmission(deps));
  app.view(ADMIN_CALLBACKS.renameType, renameTypeSubmission(deps));
  app.view(ADMIN_CALLBACKS.typeDefaults, typeDefaultsSubmission(deps));
  app.action<BlockAction<ButtonAction>>(TEAM_ACTIONS.add, teamAddButton(deps));
  app.action<BlockAction<ButtonAction>>(TEAMS_PAGE_PATTERN, teamsPageButton(deps));
  app.action<BlockAction<OverflowAction>>(TEAM_MENU_PATTERN, teamMenuAction(deps));
  app.view(TEAM_CALLBACKS.save, teamFormSubmission(deps));
  app.view(TEAM_CALLBACKS.delete, teamDeleteSubmission(deps));
  app.action<BlockAction<ButtonAction>>(TOKEN_ACTIONS.add, tokenAddButton(deps));
  app.action<BlockAction<ButtonAction>>(TOKENS_PAGE_PATTERN, tokensPageButton(deps));
  app.action<BlockAction<OverflowAction>>(TOKEN_MENU_PATTERN, tokenMenuAction(deps));
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
