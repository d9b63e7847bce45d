import type { WorkCalendar } from '../calendar/work-calendar';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import { SUBJECT_MAX } from './activity-input';
import type { ActivityTypeCatalog } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { addWorkingDays } from './working-days';

/** What the *Plan follow-up* form starts from; the user picks the start and may change anything. */
export interface FollowUpSuggestion {
  person: { id: number; name: string };
  linkOrganization: boolean;
  typeId: number | null;
  subject: string;
  startAt: Date;
  /** The follow-up type's reminder lead (product §5.4). */
  remindLeadMinutes: number | null;
}

/**
 * product §3.2 and 3.5: a follow-up of a completed activity is about the same person,
 * of the type's suggested follow-up type (else the same type, while active),
 * starting after the follow-up type's due offset — the next working day without one.
 */
export class SuggestFollowUp {
  constructor(
    private readonly types: ActivityTypeCatalog,
    private readonly clock: Clock,
  ) {}

  /** `calendar`: the workspace's working days and holidays, which the start skips. */
  async execute(viewer: Viewer, done: ActivityRecord, calendar: WorkCalendar): Promise<FollowUpSuggestion> {
    const own = await this.types.findById(viewer.workspaceId, done.type.id);
    const suggested = own?.followUpTypeId
      ? await this.types.findById(viewer.workspaceId, own.followUpTypeId)
      : null;
    const type = [suggested, own].find((candidate) => candidate && !candidate.archived) ?? null;
    const subject = type?.defaultSubject ?? done.subject;
    return {
      person: { id: done.person.id, name: done.person.name },
      linkOrganization: done.organization !== null,
      typeId: type?.id ?? null,
      subject: [...subject].slice(0, SUBJECT_MAX).join(''),
      startAt: addWorkingDays(this.clock.now(), type?.defaultDueDays ?? 1, {
        timezone: viewer.timezone,
        calendar,
      }),
      remindLeadMinutes: type?.reminderLeadMinutes ?? null,
    };
  }
}
