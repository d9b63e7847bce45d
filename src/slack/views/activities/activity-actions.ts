import { z } from 'zod';
import { LIST_FILTERS } from '../../../domain/activities/list-activities';
import { activityButtonIds } from '../activity-button-ids';

/**
 * Buttons on activity messages. Slack wants action ids unique within a message,
 * and a list shows many activities, so each id ends with the activity's number.
 */
export const ACTIVITY_BUTTONS = {
  done: 'activity_done',
  start: 'activity_start',
  edit: 'activity_edit',
  delete: 'activity_delete',
  undo: 'activity_undo',
  followUp: 'activity_follow_up',
  snoozeTomorrow: 'activity_snooze_tomorrow',
  snoozeNextWeek: 'activity_snooze_next_week',
  stopRepeating: 'activity_stop_repeating',
  /** *Delete* on an open occurrence asks first (product §3.6): these answer it. */
  deleteThis: 'activity_delete_this',
  deleteFollowing: 'activity_delete_following',
  keep: 'activity_delete_keep',
} as const;
export type ActivityButton = keyof typeof ACTIVITY_BUTTONS;

export const LIST_MORE = 'activity_list_more';
/** The filters of a person's or an organization's list, a button each: `:<filter>` appended. */
export const LIST_FILTER = 'activity_list_filter';
export const CONTACT_LIST_FILTERS = ['all', 'open', 'overdue', 'done'] as const;
/** *More* under a page of `/activity trash`. */
export const TRASH_MORE = 'activity_trash_more';
/** Buttons of the contacts helper's person card. */
export const LOG_FOR_PERSON = 'activity_log_for_person';
export const LIST_FOR_PERSON = 'activity_list_for_person';
/** *All activities* on an organization card. */
export const LIST_FOR_ORGANIZATION = 'activity_list_for_organization';

export const { actionId: buttonActionId, pattern: buttonPattern } =
  activityButtonIds<ActivityButton>(ACTIVITY_BUTTONS);

/** A page of a list as shown: enough to redraw it in place or fetch the next one. */
const listState = z.object({
  /** Filter. */
  f: z.enum(LIST_FILTERS),
  /** Whose list (Slack user id); absent for a person's or an organization's list. */
  r: z.string().max(30).optional(),
  /** Person id of a person's list. */
  p: z.number().int().positive().optional(),
  /** Organization id of an organization's list (the activities linked to it). */
  o: z.number().int().positive().optional(),
  /** Page number, from 1. */
  n: z.number().int().positive(),
  /** The activities on this page, in order. */
  i: z.array(z.number().int().positive()).max(50),
  /** Cursor of the next page. */
  x: z.string().max(100).nullable(),
});
export type ListState = z.infer<typeof listState>;

/** A page of `/activity trash` as shown (the viewer's own trash: no filter, no one else's). */
const trashState = listState.pick({ n: true, i: true, x: true });
export type TrashState = z.infer<typeof trashState>;

/** Where a button sits, so the message can be redrawn as it was, with the result. */
const surface = z.discriminatedUnion('s', [
  z.object({ s: z.literal('card') }),
  z.object({ s: z.literal('detail') }),
  z.object({ s: z.literal('list'), l: listState }),
  z.object({ s: z.literal('trash'), l: trashState }),
  /** A daily digest, for the local date it was made for. */
  z.object({ s: z.literal('digest'), d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /** A reminder before the activity (product §5.4), in its responsible's DM. */
  z.object({ s: z.literal('reminder') }),
  /** "How did it go?" after the activity (product §5.5). */
  z.object({ s: z.literal('outcome') }),
  /** A message holding several notices to one person (product §5.6): drawn again whole. */
  z.object({ s: z.literal('fold') }),
]);
export type Surface = z.infer<typeof surface>;

/**
 * A button value we wrote (JSON), read back through its schema. Null for a value we
 * did not make or one of an older shape: the caller answers with a fresh card or page.
 */
function decodeValue<T>(schema: z.ZodType<T>, value: string | undefined): T | null {
  if (!value) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const buttonValue = z
  .object({
    a: z.number().int().positive(),
    /** The responsible's employee id when the button was drawn: a button must not act once that changed. */
    r: z.number().int().positive().optional(),
  })
  .and(surface);
export type ButtonValue = z.infer<typeof buttonValue>;

export function encodeButtonValue(activityId: number, where: Surface, responsibleId?: number): string {
  return JSON.stringify({ a: activityId, r: responsibleId, ...where });
}

/** Null for a value we did not make (or an older shape): the caller answers with a fresh card. */
export function decodeButtonValue(value: string | undefined): ButtonValue | null {
  return decodeValue(buttonValue, value);
}

/** The *More* button carries the list state of the page it asks for (ids unknown yet). */
const moreValue = listState.omit({ i: true });
export type MoreValue = z.infer<typeof moreValue>;

export function encodeMoreValue(value: MoreValue): string {
  return JSON.stringify(value);
}

export function decodeMoreValue(value: string | undefined): MoreValue | null {
  return decodeValue(moreValue, value);
}

/** The trash's *More* carries the page it asks for. */
const trashMoreValue = trashState.omit({ i: true });
export type TrashMoreValue = z.infer<typeof trashMoreValue>;

export function encodeTrashMoreValue(value: TrashMoreValue): string {
  return JSON.stringify(value);
}

export function decodeTrashMoreValue(value: string | undefined): TrashMoreValue | null {
  return decodeValue(trashMoreValue, value);
}
