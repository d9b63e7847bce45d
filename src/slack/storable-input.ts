import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { isStorableDate, isStorableText } from '../domain/storable-values';
import type { Messages } from '../i18n';
import { touchbase } from './request-context';

type Problem = 'unstorableText' | 'dateOutOfRange';

interface StateValue {
  type?: string;
  selected_date?: string | null;
  selected_date_time?: number | null;
  [key: string]: unknown;
}

interface Body {
  type?: string;
  command?: string;
  text?: string;
  value?: string;
  view?: {
    blocks?: { type?: string; block_id?: string }[];
    state?: { values?: Record<string, Record<string, StateValue>> };
  };
}

/** Every string anywhere in a value (option values and texts, user ids, rich text …). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateProblem(state: StateValue): boolean {
  const date = state.selected_date;
  if (typeof date === 'string') {
    const match = DATE.exec(date);
    if (!match || !isStorableDate(new Date(`${date}T12:00:00Z`))) return true;
  }
  const seconds = state.selected_date_time;
  if (seconds !== null && seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || !isStorableDate(new Date(seconds * 1000)))
      return true;
  }
  return false;
}

/** The first problem in a submitted element's state, if any. */
function problemIn(state: StateValue): Problem | undefined {
  if (!stringsIn(state).every(isStorableText)) return 'unstorableText';
  if (dateProblem(state)) return 'dateOutOfRange';
  return undefined;
}

/** Field errors by input block for a view submission PostgreSQL could not store, or null. */
export function unstorableFields(body: Body, m: Messages): Record<string, string> | null {
  const values = body.view?.state?.values ?? {};
  const inputs = new Set(
    (body.view?.blocks ?? []).filter((block) => block.type === 'input').map((block) => block.block_id),
  );
  const firstInput = [...inputs][0];
  const errors: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const state of Object.values(actions)) {
      const problem = problemIn(state);
      // A value outside an input block (an actions block) is reported on the form's first input.
      const field = inputs.has(blockId) ? blockId : firstInput;
      if (problem && field && !errors[field]) errors[field] = m.faults.input[problem];
    }
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * Text PostgreSQL cannot store (NUL, lone surrogates) and dates it cannot hold never
 * get past the Slack edge, as the REST API's schemas keep them out there: a modal
 * gets a field error in the user's language, a command an ephemeral answer, a typed
 * search no options. Nothing is written. Runs after requestContext.
 */
export const refuseUnstorableInput: Middleware<AnyMiddlewareArgs> = async (args) => {
  const body = args.body as Body;
  const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
  if (!ack || !args.context.touchbase) return args.next();
  const { m } = touchbase(args.context);
  if (body.type === 'view_submission') {
    const errors = unstorableFields(body, m);
    if (errors) return ack({ response_action: 'errors', errors });
  } else if (typeof body.command === 'string' && !isStorableText(body.text ?? '')) {
    return ack({ response_type: 'ephemeral', text: m.faults.input.unstorableText });
  } else if (body.type === 'block_suggestion' && !isStorableText(body.value ?? '')) {
    return ack({ options: [] });
  }
  await args.next();
};
