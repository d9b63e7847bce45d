import { withGeneratedIds } from '../block-kit/normalize';
import type { IdFactory } from '../ids';
import { clone, type JsonObject, type Obj } from '../json';
import type { SlackView } from '../types';
import { carryOverState, type StateValues } from '../view-state/view-state';
import type { BotIdentity } from './channels';

interface ViewRecord {
  view: SlackView;
  userId?: string;
  open: boolean;
  /** Bumped on every open/update/push, so "latest" means last touched. */
  touched: number;
}

/** Modals and Home tabs the app opened, with the state a person's input would give them. */
export class ViewStore {
  private readonly records = new Map<string, ViewRecord>();
  private readonly homeByUser = new Map<string, string>();
  private clock = 0;

  constructor(
    private readonly ids: IdFactory,
    private readonly bot: BotIdentity,
  ) {}

  private build(input: Obj, id: string, root: string, previous: string | null): SlackView {
    const blocks = withGeneratedIds(input.blocks, () => this.ids.short());
    const modal = input.type === 'modal';
    return {
      id,
      team_id: this.bot.teamId,
      type: modal ? 'modal' : 'home',
      blocks,
      private_metadata: typeof input.private_metadata === 'string' ? input.private_metadata : '',
      callback_id: typeof input.callback_id === 'string' ? input.callback_id : '',
      // Slack reports only what the person touched; submissions add the initial values (fillViewState).
      state: { values: {} },
      hash: this.ids.viewHash(),
      title: (clone(input.title) as JsonObject | undefined) ?? null,
      // Slack gives every modal a "Cancel" close button unless the app names its own.
      close:
        (clone(input.close) as JsonObject | undefined) ??
        (modal ? { type: 'plain_text', text: 'Cancel' } : null),
      submit: (clone(input.submit) as JsonObject | undefined) ?? null,
      clear_on_close: input.clear_on_close === true,
      notify_on_close: input.notify_on_close === true,
      root_view_id: root,
      previous_view_id: previous,
      app_id: this.bot.appId,
      app_installed_team_id: this.bot.teamId,
      bot_id: this.bot.botId,
      external_id: typeof input.external_id === 'string' ? input.external_id : '',
    };
  }

  private save(view: SlackView, userId: string | undefined, open = true): SlackView {
    this.records.set(view.id, { view, userId, open, touched: ++this.clock });
    return view;
  }

  open(input: Obj, userId: string | undefined): SlackView {
    const id = this.ids.next('V');
    return this.save(this.build(input, id, id, null), userId);
  }

  push(input: Obj, under: SlackView, userId: string | undefined): SlackView {
    const id = this.ids.next('V');
    return this.save(this.build(input, id, under.root_view_id, under.id), userId);
  }

  /** views.update and response_action:update: same id, new hash, inputs keep what the user typed. */
  update(existing: SlackView, input: Obj): SlackView {
    const record = this.records.get(existing.id);
    const next = this.build(input, existing.id, existing.root_view_id, existing.previous_view_id);
    next.state = { values: carryOverState(existing.state.values, next.blocks) };
    if (!next.external_id) next.external_id = existing.external_id;
    return this.save(next, record?.userId, record?.open ?? true);
  }

  publishHome(input: Obj, userId: string): SlackView {
    const existing = this.home(userId);
    const id = existing?.id ?? this.ids.next('V');
    const view = this.build(input, id, id, null);
    this.homeByUser.set(userId, id);
    return this.save(view, userId);
  }

  get(id: string): SlackView | undefined {
    return this.records.get(id)?.view;
  }

  ownerOf(id: string): string | undefined {
    return this.records.get(id)?.userId;
  }

  byExternalId(externalId: string): SlackView | undefined {
    return [...this.records.values()].find((r) => r.view.external_id === externalId)?.view;
  }

  home(userId: string): SlackView | undefined {
    const id = this.homeByUser.get(userId);
    return id ? this.get(id) : undefined;
  }

  /** The modal on top of the user's screen: latest open one, else the latest at all. */
  latest(userId?: string): SlackView | undefined {
    const modals = [...this.records.values()]
      .filter((r) => r.view.type === 'modal' && (userId === undefined || r.userId === userId))
      .sort((a, b) => b.touched - a.touched);
    return (modals.find((r) => r.open) ?? modals[0])?.view;
  }

  byCallbackId(callbackId: string): SlackView | undefined {
    return [...this.records.values()]
      .filter((r) => r.view.callback_id === callbackId)
      .sort((a, b) => Number(b.open) - Number(a.open) || b.touched - a.touched)[0]?.view;
  }

  isOpen(id: string): boolean {
    return this.records.get(id)?.open ?? false;
  }

  stackDepth(view: SlackView): number {
    let depth = 1;
    for (let v = view; v.previous_view_id; depth++) {
      const below = this.get(v.previous_view_id);
      if (!below) break;
      v = below;
    }
    return depth;
  }

  setState(id: string, values: StateValues): void {
    const view = this.get(id);
    if (view) view.state = { values };
  }

  close(id: string): void {
    const record = this.records.get(id);
    if (record) record.open = false;
  }

  closeStack(rootViewId: string): void {
    for (const r of this.records.values()) if (r.view.root_view_id === rootViewId) r.open = false;
  }
}
