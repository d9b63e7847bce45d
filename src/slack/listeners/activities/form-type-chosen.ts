import { applyTypeDefaults } from '../../../domain/activities/type-defaults';
import { workCalendar } from '../../../domain/calendar/work-calendar';
import type { ListenerDeps } from '../deps';
import { formAction } from './redraw-form';

/**
 * Choosing a type prefills its default subject and due offset (product §3.5) into
 * the fields the user has not filled in themselves.
 */
export const formTypeChosen = (deps: ListenerDeps) =>
  formAction(deps, async ({ user, values, metadata }) => {
    if (values.typeId === null) return { values };
    const type = await deps.activities.form.type(user.viewer.workspaceId, values.typeId);
    if (!type) return { values };
    const previous = metadata.prefilled
      ? {
          typeId: metadata.prefilled.typeId,
          subject: metadata.prefilled.subject,
          endAt: metadata.prefilled.endAt === undefined ? undefined : new Date(metadata.prefilled.endAt),
          remind: metadata.prefilled.remind,
        }
      : null;
    const { form, applied } = applyTypeDefaults(values, type, {
      previous,
      now: deps.clock.now(),
      timezone: user.viewer.timezone,
      calendar: workCalendar(user.workspace),
    });
    return {
      values: { ...values, ...form },
      metadata: {
        prefilled: {
          typeId: applied.typeId,
          subject: applied.subject,
          endAt: applied.endAt?.getTime(),
          remind: applied.remind,
        },
      },
    };
  });
