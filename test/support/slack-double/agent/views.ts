import type { SlackDouble } from '../double';
import { clone, type JsonObject } from '../json';
import type { SlackView } from '../types';
import { fillViewState } from '../view-state/view-state';
import { type AgentIdentity, interactionBase } from './payload-base';

export interface ViewSubmissionInput {
  userId: string;
  /** Which modal; defaults to the one found by callbackId, else the user's latest. */
  viewId?: string;
  callbackId?: string;
  /** Input values keyed by the input's label text (or its block_id). */
  fill?: Record<string, unknown>;
}

/** The modal the person is submitting, refusing what no person could submit. */
export function submittedView(double: SlackDouble, input: ViewSubmissionInput): SlackView {
  const view = input.viewId
    ? double.view(input.viewId)
    : input.callbackId
      ? double.viewByCallbackId(input.callbackId)
      : double.latestView(input.userId);
  const wanted = input.viewId ?? input.callbackId ?? `latest of ${input.userId}`;
  if (!view) throw new Error(`viewSubmission: the app never opened a view matching ${wanted}`);
  if (view.type !== 'modal')
    throw new Error(`viewSubmission: ${view.id} is a ${view.type} view, not a modal`);
  if (!double.isViewOpen(view.id)) throw new Error(`viewSubmission: modal ${view.id} is no longer open`);
  if (!view.submit) throw new Error(`viewSubmission: modal ${view.id} has no submit button`);
  return view;
}

export function buildViewSubmission(
  double: SlackDouble,
  who: AgentIdentity,
  input: ViewSubmissionInput,
): { payload: JsonObject; view: SlackView } {
  const view = submittedView(double, input);
  const values = fillViewState(view.blocks, view.state.values, input.fill ?? {}, {
    enforceClientRules: true,
  });
  double.workspace.views.setState(view.id, values);
  const payload: JsonObject = {
    type: 'view_submission',
    ...interactionBase(double, who, input.userId),
    trigger_id: double.issueTriggerId({ userId: input.userId, viewId: view.id }),
    view: clone(view),
    response_urls: [],
  };
  return { payload, view };
}

/** Slack sends view_closed only for modals opened with notify_on_close: true. */
export function buildViewClosed(
  double: SlackDouble,
  who: AgentIdentity,
  userId: string,
  viewId: string,
): JsonObject {
  const view = double.view(viewId);
  if (!view) throw new Error(`viewClosed: no view ${viewId} was opened through the double`);
  if (!view.notify_on_close) {
    throw new Error(
      `viewClosed: Slack sends view_closed only when the view set notify_on_close: true (${viewId} did not)`,
    );
  }
  return {
    type: 'view_closed',
    ...interactionBase(double, who, userId),
    view: clone(view),
    is_cleared: false,
  };
}
