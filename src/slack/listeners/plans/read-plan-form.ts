import type { ViewOutput } from '@slack/bolt';
import { RESPONSIBLE_KINDS, type ResponsibleKind } from '../../../domain/plans/plan';
import type { PlanInput, PlanStepInput } from '../../../domain/plans/plan-input';
import { PLAN_NAME_INPUT, REMOVE_STEP, type StepInput, stepInputId } from '../../views/plans/plan-ids';

/** The plan form as domain input, and the form row each step came from (for messages next to it). */
export interface ReadPlanForm {
  input: PlanInput;
  /** `rows[i]` is the row of `input.steps[i]`. */
  rows: number[];
}

const ROW = /^plan_step\.(\d+)\.type$/;

/**
 * Reads the submitted plan form: rows set to *Remove this step* and rows left empty (no
 * type, no subject, no days) are left out; the rest are ordered by *Order*, ties in the
 * order they are shown. Odd values become values the domain refuses next to their field.
 */
export function readPlanForm(view: ViewOutput): ReadPlanForm {
  const values = view.state.values;
  const state = (row: number, input: StepInput) => values[stepInputId(row, input)]?.[stepInputId(row, input)];
  const rowNumbers = Object.keys(values)
    .map((blockId) => ROW.exec(blockId))
    .flatMap((match) => (match ? [Number(match[1])] : []))
    .sort((a, b) => a - b);
  const kept: { row: number; order: number; step: PlanStepInput }[] = [];
  for (const row of rowNumbers) {
    const order = state(row, 'order')?.selected_option?.value ?? String(row + 1);
    const typeValue = state(row, 'type')?.selected_option?.value;
    const subject = state(row, 'subject')?.value ?? '';
    const offset = state(row, 'offset')?.value;
    if (order === REMOVE_STEP) continue;
    const empty =
      !typeValue && subject.trim() === '' && (offset === undefined || offset === null || offset === '');
    if (empty) continue;
    const kind = state(row, 'responsible')?.selected_option?.value;
    kept.push({
      row,
      order: Number(order),
      step: {
        typeId: typeValue ? Number(typeValue) : null,
        subject,
        offsetDays: offset === undefined || offset === null || offset === '' ? Number.NaN : Number(offset),
        responsibleKind: RESPONSIBLE_KINDS.includes(kind as ResponsibleKind)
          ? (kind as ResponsibleKind)
          : 'launcher',
        namedSlackUserId: state(row, 'named')?.selected_user ?? null,
      },
    });
  }
  kept.sort((a, b) => a.order - b.order || a.row - b.row);
  return {
    input: { name: values[PLAN_NAME_INPUT]?.[PLAN_NAME_INPUT]?.value ?? '', steps: kept.map((k) => k.step) },
    rows: kept.map((k) => k.row),
  };
}
