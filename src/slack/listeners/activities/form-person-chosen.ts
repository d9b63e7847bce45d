import type { ListenerDeps } from '../deps';
import { formAction } from './redraw-form';

/**
 * Choosing the person redraws the form so the *Link to organization* checkbox
 * appears exactly when that person belongs to an organization.
 */
export const formPersonChosen = (deps: ListenerDeps) => formAction(deps, ({ values }) => ({ values }));
