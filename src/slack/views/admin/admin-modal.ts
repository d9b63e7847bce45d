import type { KnownBlock, ModalView } from '@slack/types';
import type { GuestPolicy } from '../../../domain/access/standing';
import type { ActivityType } from '../../../domain/activity-types/activity-type';
import type { ActivityPlan } from '../../../domain/plans/plan';
import type { TeamWithMembers } from '../../../domain/teams/team';
import type { WorkspaceSettings } from '../../../domain/workspaces/workspace-settings';
import type { Messages } from '../../../i18n';
import { plansLine } from '../plans/plans-section';
import { activityTypesSection, TYPES_PER_PAGE } from './activity-types-section';
import { ADMIN_CALLBACKS } from './admin-ids';
import { shownPage } from './admin-list-section';
import { encodeState } from './admin-metadata';
import { type AdminNotice, noticeBlock } from './admin-notice';
import { guestAccessSection } from './guest-access-section';
import { privacySection } from './privacy-section';
import { TEAMS_PER_PAGE, teamsSection } from './teams-section';
import { TOKENS_PER_PAGE, type TokensSectionData, tokensSection } from './tokens-section';
import { workspaceSettingsSection } from './workspace-settings-form';

export interface AdminModalData {
  types: ActivityType[];
  /** Page of the types list (0-based); a page past the end shows the last one. */
  page: number;
  notice?: AdminNotice;
  /** The Teams section; left out when not given. */
  teams?: TeamWithMembers[];
  /** Page of the teams list (0-based). */
  teamsPage?: number;
  /** The Plans line (product §3.7), after the activity types, with a button to their own modal; left out when not given. */
  plans?: ActivityPlan[];
  /** The API tokens section (product §7.1), after Teams; left out when not given. */
  tokens?: TokensSectionData;
  /** The Data protection section (product §8); left out when not set. */
  privacy?: boolean;
  /** The Guests section (product §1, Outsiders), last; left out when not given. */
  guests?: GuestPolicy;
  /** Workspace settings, first: one line with a button to their own form; left out when not given. */
  workspace?: WorkspaceSettings;
}

/**
 * `/activity admin`: one modal with a section per administered thing. Teams and API
 * tokens become further sections after the activity types, separated by dividers.
 */
export function adminModal(m: Messages, data: AdminModalData): ModalView {
  const page = shownPage(data.types.length, TYPES_PER_PAGE, data.page);
  const sections: KnownBlock[][] = [];
  if (data.workspace) sections.push(workspaceSettingsSection(m, data.workspace));
  sections.push(activityTypesSection(m, data.types, page));
  if (data.plans) sections.push(plansLine(m, data.plans));
  const teamsPage = data.teams ? shownPage(data.teams.length, TEAMS_PER_PAGE, data.teamsPage ?? 0) : 0;
  if (data.teams) sections.push(teamsSection(m, data.teams, teamsPage));
  const tokensPage = data.tokens
    ? shownPage(data.tokens.tokens.length, TOKENS_PER_PAGE, data.tokens.page)
    : 0;
  if (data.tokens) sections.push(tokensSection(m, { ...data.tokens, page: tokensPage }));
  if (data.privacy) sections.push(privacySection(m));
  if (data.guests) sections.push(guestAccessSection(m, data.guests));
  const blocks: KnownBlock[] = [];
  if (data.notice) blocks.push(noticeBlock(data.notice));
  sections.forEach((section, index) => {
    if (index > 0) blocks.push({ type: 'divider' });
    blocks.push(...section);
  });
  return {
    type: 'modal',
    callback_id: ADMIN_CALLBACKS.home,
    title: { type: 'plain_text', text: m.admin.title },
    close: { type: 'plain_text', text: m.admin.close },
    // The forms pushed over the modal carry these pages, to redraw it as it was (admin-metadata.ts).
    private_metadata: encodeState({ page, teamsPage, tokensPage }),
    blocks,
  };
}

/** What someone who is not (or no longer) an admin sees in place of the admin modal or a form. */
export function adminRefusalModal(m: Messages): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: m.admin.title },
    close: { type: 'plain_text', text: m.admin.close },
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.admin.refusedHeading } },
      { type: 'section', text: { type: 'mrkdwn', text: m.admin.notAdmin } },
    ],
  };
}
