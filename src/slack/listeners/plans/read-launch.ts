import { z } from 'zod';
import { PERSON_PICKER } from '../../views/picker-ids';
import type { LaunchMetadata } from '../../views/plans/launch-modal';
import { LAUNCH_ACTIONS, launchBlockId } from '../../views/plans/plan-ids';

const metadataSchema = z.object({
  revision: z.number().int().min(0),
  personId: z.number().int().positive().nullable(),
  channelId: z.string().nullable(),
  pushed: z.boolean(),
  planId: z.number().int().positive(),
});

type Values = Record<
  string,
  Record<
    string,
    {
      selected_option?: { value?: string } | null;
      selected_date?: string | null;
      selected_user?: string | null;
    }
  >
>;

/** The launch view as it stands: what it was drawn for, and what the user chose in it. */
export interface LaunchViewState {
  metadata: LaunchMetadata;
  planId: number;
  personId: number | null;
  launchDate: string | null;
  /** Each step's responsible as picked, in step order. */
  responsibles: (string | null)[];
}

/** Reads the launch view; null when its metadata is not ours. */
export function readLaunchView(view: {
  private_metadata: string;
  state: { values: unknown };
}): LaunchViewState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(view.private_metadata);
  } catch {
    return null;
  }
  const parsed = metadataSchema.safeParse(raw);
  if (!parsed.success) return null;
  const metadata = parsed.data;
  const values = view.state.values as Values;
  const at = (input: Parameters<typeof launchBlockId>[0], action: string) =>
    values[launchBlockId(input, metadata.revision)]?.[action];
  const chosenPlan = Number(at('plan', LAUNCH_ACTIONS.plan)?.selected_option?.value);
  const pickedPerson = Number(at('person', PERSON_PICKER)?.selected_option?.value);
  const responsibles: (string | null)[] = [];
  for (let index = 0; values[launchBlockId(`step${index}`, metadata.revision)]; index += 1)
    responsibles.push(at(`step${index}`, `plan_launch_responsible_${index}`)?.selected_user ?? null);
  return {
    metadata,
    planId: Number.isInteger(chosenPlan) && chosenPlan > 0 ? chosenPlan : metadata.planId,
    personId: metadata.personId ?? (Number.isInteger(pickedPerson) && pickedPerson > 0 ? pickedPerson : null),
    launchDate: at('date', LAUNCH_ACTIONS.date)?.selected_date ?? null,
    responsibles,
  };
}
