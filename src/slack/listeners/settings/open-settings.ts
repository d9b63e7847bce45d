import { type ModalTrigger, openModal } from '../../open-modal';
import type { TouchbaseContext } from '../../request-context';
import { noticeModal } from '../../views/notice-modal';
import { settingsModal } from '../../views/settings/settings-modal';

/**
 * Opens Settings on the user's saved values; call it right after ack, while the
 * trigger id is fresh (`/activity settings`, the *Settings* button anywhere).
 */
export async function openSettings(trigger: ModalTrigger, who: TouchbaseContext): Promise<void> {
  const { employee, m } = who;
  const view = employee
    ? settingsModal(m, {
        locale:
          employee.preferredLocale === 'sv' || employee.preferredLocale === 'en'
            ? employee.preferredLocale
            : null,
        digestEnabled: employee.digestEnabled,
        digestHour: employee.digestHour,
        digestDays: employee.digestDays,
        remindersEnabled: employee.remindersEnabled,
        workStartHour: employee.workStartHour,
        workEndHour: employee.workEndHour,
        workDays: employee.workDays,
      })
    : noticeModal(m, m.errors.generic);
  await openModal(trigger, view);
}
