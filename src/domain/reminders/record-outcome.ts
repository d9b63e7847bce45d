import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { ActivityActionRefused, ActivityNotFoundError } from '../activities/activity-errors';
import { NOTES_MAX } from '../activities/activity-input';
import type { Activities, ActivityTypeCatalog } from '../activities/activity-ports';
import type { ActivityRecord } from '../activities/activity-record';
import { visibleTo } from '../activities/activity-visibility';
import type { CreateActivity } from '../activities/create-activity';
import type { ActingContext } from '../activities/resolve-activity-input';
import type { UpdateActivity } from '../activities/update-activity';
import type { Clock } from '../clock';
import { type FieldMessages, ValidationError } from '../validation-error';

export type OutcomeField = 'notes' | 'followUpStart' | 'followUpType';

export interface OutcomeInput {
  /** What happened; empty: the activity is only marked done. */
  notes: string;
  /** *Plan follow-up*: a new activity with the same person, of this type, starting then. */
  followUp: { typeId: number | null; startAt: Date | null } | null;
  /** The version the prompt's form was opened on. */
  version: number;
}

export interface RecordedOutcome {
  record: ActivityRecord;
  followUp: ActivityRecord | null;
}

const characters = (text: string) => [...text].length;

/**
 * *Done…* on "How did it go?" (product §5.5): the outcome goes into the notes under a
 * time stamp in the user's zone, the activity is done, and a follow-up is planned when
 * asked for — everything checked before anything is saved.
 */
export class RecordOutcome {
  constructor(
    private readonly deps: {
      activities: Activities;
      types: ActivityTypeCatalog;
      update: UpdateActivity;
      create: CreateActivity;
      clock: Clock;
    },
  ) {}

  async execute(acting: ActingContext, id: number, input: OutcomeInput): Promise<RecordedOutcome> {
    const current = await this.deps.activities.find(visibleTo(acting.viewer), id);
    if (!current) throw new ActivityNotFoundError(id);
    if (current.status === 'DONE') throw new ActivityActionRefused('already_done', current);
    const now = this.deps.clock.now();
    const text = input.notes.trim();
    const stamp = format(new TZDate(now, acting.viewer.timezone), 'yyyy-MM-dd HH:mm');
    const notes = text ? `${current.notes ? `${current.notes}\n\n` : ''}[${stamp}] ${text}` : current.notes;
    const errors: FieldMessages<OutcomeField> = {};
    if (notes && characters(notes) > NOTES_MAX)
      errors.notes = (m) => m.activities.errors.notesTooLong(NOTES_MAX, characters(notes));
    const type =
      input.followUp?.typeId != null
        ? await this.deps.types.findById(acting.workspace.id, input.followUp.typeId)
        : null;
    if (input.followUp) {
      if (!input.followUp.startAt || Number.isNaN(input.followUp.startAt.getTime()))
        errors.followUpStart = (m) => m.reminders.errors.followUpStart;
      if (!type || type.archived) errors.followUpType = (m) => m.reminders.errors.followUpType;
    }
    if (Object.keys(errors).length > 0) throw new ValidationError<OutcomeField>(errors);
    const saved = await this.deps.update.execute(acting, {
      id,
      version: input.version,
      input: { status: 'DONE', notes },
    });
    let followUp: ActivityRecord | null = null;
    if (input.followUp && type && input.followUp.startAt) {
      followUp = (
        await this.deps.create.execute(acting, {
          personId: current.person.id,
          linkOrganization: current.organization !== null,
          typeId: type.id,
          subject: [...(type.defaultSubject ?? current.subject)].slice(0, 150).join(''),
          startAt: input.followUp.startAt,
          responsibleSlackUserId: current.responsible.slackUserId,
          isPrivate: current.isPrivate,
        })
      ).record;
    }
    return { record: saved.record, followUp };
  }
}
