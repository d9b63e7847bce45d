import type { ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { NOTES_MAX } from '../../../domain/activities/activity-input';
import type { Messages } from '../../../i18n';
import { clip } from '../activities/activity-parts';

export const OUTCOME_FORM = 'outcome_form';
export const RESCHEDULE_FORM = 'outcome_reschedule_form';

/** Block ids of the inputs; each action id is its block id. */
export const OUTCOME_INPUTS = {
  notes: 'outcome_notes',
  followUp: 'outcome_follow_up',
  followUpStart: 'outcome_follow_up_start',
  followUpType: 'outcome_follow_up_type',
  newStart: 'outcome_new_start',
} as const;

/** Which activity, at which version, and the prompt message to redraw after saving. */
const metadata = z.object({
  a: z.number().int().positive(),
  v: z.number().int().positive(),
  c: z.string().max(30).optional(),
  t: z.string().max(30).optional(),
});
export type OutcomeFormMetadata = z.infer<typeof metadata>;

export function decodeOutcomeMetadata(value: string | undefined): OutcomeFormMetadata | null {
  try {
    const parsed = metadata.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const OPTION_TEXT_MAX = 75;

/**
 * *Done…*: the outcome (added to the notes under a time stamp), and *Plan follow-up*
 * with its start and type prefilled from the type's defaults (product §5.5).
 */
export function outcomeForm(
  m: Messages,
  input: {
    metadata: OutcomeFormMetadata;
    types: { id: number; name: string }[];
    suggestion: { typeId: number | null; startAt: Date };
  },
): ModalView {
  const o = m.reminders.outcome;
  const options: PlainTextOption[] = input.types
    .slice(0, 100)
    .map((type) => ({ text: plain(clip(type.name, OPTION_TEXT_MAX)), value: String(type.id) }));
  const suggested = options.find((option) => option.value === String(input.suggestion.typeId));
  const plan: PlainTextOption = { text: plain(o.followUpOption), value: 'plan' };
  return {
    type: 'modal',
    callback_id: OUTCOME_FORM,
    title: plain(o.title),
    submit: plain(o.save),
    close: plain(o.cancel),
    private_metadata: JSON.stringify(input.metadata),
    blocks: [
      {
        type: 'input',
        block_id: OUTCOME_INPUTS.notes,
        optional: true,
        label: plain(o.notes),
        hint: plain(o.notesHint),
        element: {
          type: 'plain_text_input',
          action_id: OUTCOME_INPUTS.notes,
          multiline: true,
          max_length: NOTES_MAX,
          placeholder: plain(o.notesPlaceholder),
        },
      },
      {
        type: 'input',
        block_id: OUTCOME_INPUTS.followUp,
        optional: true,
        label: plain(o.followUp),
        element: { type: 'checkboxes', action_id: OUTCOME_INPUTS.followUp, options: [plan] },
      },
      {
        type: 'input',
        block_id: OUTCOME_INPUTS.followUpStart,
        optional: true,
        label: plain(o.followUpStart),
        element: {
          type: 'datetimepicker',
          action_id: OUTCOME_INPUTS.followUpStart,
          initial_date_time: seconds(input.suggestion.startAt),
        },
      },
      ...(options.length > 0
        ? [
            {
              type: 'input' as const,
              block_id: OUTCOME_INPUTS.followUpType,
              optional: true,
              label: plain(o.followUpType),
              element: {
                type: 'static_select' as const,
                action_id: OUTCOME_INPUTS.followUpType,
                options,
                ...(suggested ? { initial_option: suggested } : {}),
              },
            },
          ]
        : []),
    ],
  };
}

/** *Reschedule*: the new start, prefilled with the current one. */
export function rescheduleForm(m: Messages, metadata: OutcomeFormMetadata, startAt: Date): ModalView {
  const o = m.reminders.outcome;
  return {
    type: 'modal',
    callback_id: RESCHEDULE_FORM,
    title: plain(o.rescheduleTitle),
    submit: plain(o.save),
    close: plain(o.cancel),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      {
        type: 'input',
        block_id: OUTCOME_INPUTS.newStart,
        label: plain(o.newStart),
        element: {
          type: 'datetimepicker',
          action_id: OUTCOME_INPUTS.newStart,
          initial_date_time: seconds(startAt),
        },
      },
    ],
  };
}
