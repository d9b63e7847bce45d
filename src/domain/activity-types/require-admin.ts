import { AppError, type AppErrorCode } from '../app-error';
import type { Viewer } from '../viewer';

const ADMIN_ONLY: AppErrorCode = 'admin_only';

/**
 * Administration is decided here, not only in Slack: every transport (a stale button,
 * a later REST route) gets the same refusal.
 */
export function requireAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer?.isAdmin) throw new AppError(ADMIN_ONLY, (m) => m.admin.notAdmin);
}

export function isAdminRefusal(error: unknown): error is AppError {
  return error instanceof AppError && error.code === ADMIN_ONLY;
}
