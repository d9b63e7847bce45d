import type { Messages } from '../i18n';

/**
 * How Slack shows an AppError to the user who caused it (src/slack/app-errors):
 * - `field`: beside the form fields it names; outside a form, to the user alone.
 * - `ephemeral`: to the user alone, where they acted; in a form, beside its main field.
 * - `refusal`: the user may not do this at all; a form (or the admin modal) gives way to the refusal.
 */
export type SlackTreatment = 'field' | 'ephemeral' | 'refusal';

export interface AppErrorCodeSpec {
  /** The HTTP status the REST API answers with (src/api/problem.ts). */
  status: number;
  slack: SlackTreatment;
}

const notFound = { status: 404, slack: 'ephemeral' } as const;
/** The request is understood but cannot be done as asked (the activity's state, the file's contents …). */
const refused = { status: 422, slack: 'ephemeral' } as const;
const adminOnly = { status: 403, slack: 'refusal' } as const;

/**
 * Every code an AppError carries, each with its HTTP status and its Slack treatment.
 * The codes are stable: REST clients read them as problem types (`validation_failed`
 * → `urn:touchbase:problem:validation-failed`), so one is never renamed.
 */
export const AppErrorCode = {
  validation_failed: { status: 422, slack: 'field' },
  admin_only: adminOnly,
  /** Slack could not tell who the user is (no employee row could be made). */
  unknown_user: { status: 403, slack: 'ephemeral' },

  activity_not_found: notFound,
  activity_conflict: { status: 409, slack: 'ephemeral' },
  // An action that no longer fits the activity (ActivityActionRefused).
  already_done: refused,
  already_in_progress: refused,
  deleted: refused,
  not_deleted: refused,
  undo_expired: refused,
  reassigned: refused,
  not_allowed: { status: 403, slack: 'ephemeral' },
  /** *Stop repeating* on an activity that does not (or no longer) repeat (product §3.6). */
  not_repeating: refused,

  activity_type_not_found: notFound,
  activity_type_name_taken: refused,
  last_active_type: refused,
  person_not_found: notFound,
  organization_not_found: notFound,
  team_not_found: notFound,
  api_token_not_found: notFound,
  /** product §3.7: a plan that does not exist or can no longer be launched (archived, no steps). */
  plan_not_found: notFound,
  /** product §3.7: a plan is launched, but the workspace has no plan to launch. */
  no_plans: refused,

  // A contact file that cannot be imported (CLI and REST only).
  import_workspace_unknown: refused,
  import_no_workspace: refused,
  import_workspace_needed: refused,
  import_header_unreadable: refused,
  import_empty: refused,
  import_no_name_column: refused,
  import_duplicate_column: refused,
  import_utf32: refused,
  import_invalid_utf16: refused,
  import_invalid_utf8: refused,
  import_line_too_long: refused,
  import_utf16_without_bom: refused,
  import_unknown_encoding: refused,
} as const satisfies Record<string, AppErrorCodeSpec>;

export type AppErrorCode = keyof typeof AppErrorCode;

/**
 * An error a user should read. `userMessage` picks the text in the user's language;
 * transports map the code at the edge: REST through `apiErrorHandler`, Slack through
 * the helpers in src/slack/app-errors.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: (m: Messages) => string,
  ) {
    super(code);
  }

  get status(): number {
    return AppErrorCode[this.code].status;
  }

  get slack(): SlackTreatment {
    return AppErrorCode[this.code].slack;
  }
}
