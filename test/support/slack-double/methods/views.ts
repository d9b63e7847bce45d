import { refuse } from '../api-error';
import { mentionProblems, STRAY_MENTION } from '../block-kit/mentions';
import { validateView } from '../block-kit/validate';
import { isObj, type Obj, str } from '../json';
import type { SlackView } from '../types';
import type { MethodContext, MethodTable } from './context';
import { knownUser } from './message-rules';

const MAX_STACK = 3;

function acceptedView(args: Obj, type: 'modal' | 'home', ctx: MethodContext): Obj {
  const verdict = validateView(args.view, type);
  if (!verdict.ok) refuse(verdict.error ?? 'invalid_arguments', verdict.messages);
  const stray = mentionProblems({ view: args.view }, ctx.ws.known);
  if (stray.length > 0) refuse(STRAY_MENTION, stray);
  return args.view as Obj;
}

function unusedExternalId(ctx: MethodContext, view: Obj): void {
  if (typeof view.external_id === 'string' && ctx.ws.views.byExternalId(view.external_id)) {
    refuse('duplicate_external_id');
  }
}

function spendTrigger(ctx: MethodContext, args: Obj) {
  const check = ctx.triggers.check(args.trigger_id);
  if (!check.ok) refuse(check.error);
  return check;
}

function targetView(ctx: MethodContext, args: Obj): SlackView {
  const viewId = str(args.view_id);
  const externalId = str(args.external_id);
  if (!viewId && !externalId) refuse('invalid_arguments', ['[ERROR] view_id or external_id is required']);
  const view = viewId ? ctx.ws.views.get(viewId) : ctx.ws.views.byExternalId(externalId!);
  if (!view) refuse('not_found');
  const hash = str(args.hash);
  if (hash && hash !== view.hash) refuse('hash_conflict');
  return view;
}

export const viewMethods: MethodTable = {
  'views.open': {
    token: 'bot',
    handle: (args, ctx) => {
      const trigger = spendTrigger(ctx, args);
      const input = acceptedView(args, 'modal', ctx);
      unusedExternalId(ctx, input);
      trigger.consume();
      return { ok: true, view: ctx.ws.views.open(input, trigger.context.userId) };
    },
  },
  'views.push': {
    token: 'bot',
    handle: (args, ctx) => {
      const trigger = spendTrigger(ctx, args);
      const input = acceptedView(args, 'modal', ctx);
      unusedExternalId(ctx, input);
      const { viewId, userId } = trigger.context;
      const under = (viewId ? ctx.ws.views.get(viewId) : undefined) ?? ctx.ws.views.latest(userId);
      if (!under || !ctx.ws.views.isOpen(under.id)) {
        refuse('invalid_arguments', ['[ERROR] views.push needs a trigger from an open modal']);
      }
      if (ctx.ws.views.stackDepth(under) >= MAX_STACK) refuse('push_limit_reached');
      trigger.consume();
      return { ok: true, view: ctx.ws.views.push(input, under, userId) };
    },
  },
  'views.update': {
    token: 'bot',
    handle: (args, ctx) => {
      const existing = targetView(ctx, args);
      const input = acceptedView(args, existing.type, ctx);
      return { ok: true, view: ctx.ws.views.update(existing, input) };
    },
  },
  'views.publish': {
    token: 'bot',
    handle: (args, ctx) => {
      const user = knownUser(ctx, args.user_id);
      const input = acceptedView(args, 'home', ctx);
      const hash = str(args.hash);
      const current = ctx.ws.views.home(user.id);
      if (hash && current && hash !== current.hash) refuse('hash_conflict');
      if (!isObj(input)) refuse('invalid_arguments');
      return { ok: true, view: ctx.ws.views.publishHome(input, user.id) };
    },
  },
};
