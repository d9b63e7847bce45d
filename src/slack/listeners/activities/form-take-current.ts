import type { ListenerDeps } from '../deps';
import { recordFormValues } from './activity-form';
import { formBase } from './form-conflict';
import { formAction } from './redraw-form';

/**
 * *Use current values*, offered after a save was refused because someone else saved
 * first: the form is drawn again from the activity as it is now, on its current
 * version, and the user goes on from there.
 */
export const formTakeCurrent = (deps: ListenerDeps) =>
  formAction(deps, ({ user, values, current }) =>
    current
      ? {
          values: recordFormValues(current, user.viewer.timezone),
          metadata: {
            version: current.version,
            base: formBase(current, user.viewer.timezone),
            changed: undefined,
          },
        }
      : { values },
  );
