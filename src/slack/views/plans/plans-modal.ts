import type { KnownBlock, ModalView } from '@slack/types';
import type { ActivityPlan } from '../../../domain/plans/plan';
import type { Messages } from '../../../i18n';
import { shownPage } from '../admin/admin-list-section';
import { type AdminNotice, noticeBlock } from '../admin/admin-notice';
import { PLAN_CALLBACKS } from './plan-ids';
import { PLANS_PER_PAGE, plansSection } from './plans-section';

/** What the plans modal and the forms pushed over it remember: its page, and for a form, the modal to redraw. */
export interface PlansState {
  plansPage: number;
  /** The admin modal under the plans modal, redrawn when a plan changes so its Plans line stays true. */
  adminViewId?: string;
  /** That admin modal's own private_metadata (the pages its lists are on). */
  adminMetadata?: string;
  listViewId?: string;
  listHash?: string;
  planId?: number;
}

/** Reads the plans modal's (or a plan form's) private_metadata; anything odd reads as the first page. */
export function plansStateOf(metadata: string | undefined): PlansState {
  let parsed: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(metadata ?? '');
    if (typeof value === 'object' && value !== null) parsed = value as Record<string, unknown>;
  } catch {
    parsed = {};
  }
  const whole = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
  return {
    plansPage: whole(parsed.plansPage) ?? 0,
    ...(typeof parsed.listViewId === 'string' ? { listViewId: parsed.listViewId } : {}),
    ...(typeof parsed.listHash === 'string' ? { listHash: parsed.listHash } : {}),
    ...(typeof parsed.adminViewId === 'string' ? { adminViewId: parsed.adminViewId } : {}),
    ...(typeof parsed.adminMetadata === 'string' ? { adminMetadata: parsed.adminMetadata } : {}),
    ...(whole(parsed.planId) !== undefined ? { planId: whole(parsed.planId) } : {}),
  };
}

/** `/activity admin` → *Manage plans…*: every plan with its menu, and what the last click did on top. */
export function plansModal(
  m: Messages,
  {
    plans,
    page,
    notice,
    admin,
  }: {
    plans: ActivityPlan[];
    page: number;
    notice?: AdminNotice;
    admin?: { viewId?: string; metadata?: string };
  },
): ModalView {
  const shown = shownPage(plans.length, PLANS_PER_PAGE, page);
  const blocks: KnownBlock[] = [];
  if (notice) blocks.push(noticeBlock(notice));
  blocks.push(...plansSection(m, plans, shown));
  return {
    type: 'modal',
    callback_id: PLAN_CALLBACKS.home,
    title: { type: 'plain_text', text: m.plans.heading },
    close: { type: 'plain_text', text: m.admin.close },
    private_metadata: JSON.stringify({
      plansPage: shown,
      ...(admin?.viewId ? { adminViewId: admin.viewId, adminMetadata: admin.metadata ?? '' } : {}),
    }),
    blocks,
  };
}
