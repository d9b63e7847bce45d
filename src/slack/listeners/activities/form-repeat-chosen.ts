import type { ListenerDeps } from '../deps';
import { formAction } from './redraw-form';

/**
 * Choosing in *Repeat* redraws the form, so the parts of a custom rule (every N days, weeks
 * or months, the weekdays) show exactly when *Custom* is chosen (product §3.6).
 */
export const formRepeatChosen = (deps: ListenerDeps) => formAction(deps, ({ values }) => ({ values }));
