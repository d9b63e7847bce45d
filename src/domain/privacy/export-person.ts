import { everythingAbout } from '../activities/activity-visibility';
import { typeNameIn } from '../activity-types/type-names';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { allowedWorkspace, auditOf, type PrivacyActor } from './privacy-actor';
import type { PrivacyRecords } from './privacy-ports';

type Employee = { slackUserId: string; name: string } | null;
const employee = (e: Employee) => (e ? { slackUserId: e.slackUserId, name: e.name } : null);
const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * product §8: everything stored about a person, as JSON — the person, their
 * organization, and every activity about them with its history. The whole record
 * is the point of a data-subject export (the right of access), so deleted and
 * private activities are included (flagged) — an admin sees private activities
 * here and nowhere else; the audit entry of the export says so, with the counts.
 */
export class ExportPerson {
  constructor(
    private readonly repository: PrivacyRecords,
    private readonly clock: Clock,
  ) {}

  async execute(actor: PrivacyActor, personId: number) {
    const workspaceId = allowedWorkspace(actor);
    const person = await this.repository.findPerson(workspaceId, personId);
    if (!person) throw personToExportNotFound();
    const activities = await this.repository.activitiesOf(everythingAbout(workspaceId), personId);
    const counts = {
      activities: activities.length,
      privateActivities: activities.filter((activity) => activity.isPrivate).length,
      deletedActivities: activities.filter((activity) => activity.deletedAt !== null).length,
    };
    await this.repository.auditExport({ workspaceId, personId, counts, audit: auditOf(actor, this.clock) });
    const organization = person.organization;
    // The type in the exporting admin's language (a token's: English), and both names.
    const locale = actor.kind === 'employee' ? (actor.viewer?.locale ?? 'en') : 'en';
    return {
      exportedAt: this.clock.now().toISOString(),
      person: {
        id: person.id,
        name: person.name,
        email: person.email,
        phone: person.phone,
        externalId: person.externalId,
        archived: person.archived,
        createdAt: iso(person.createdAt),
        updatedAt: iso(person.updatedAt),
      },
      organization: organization
        ? {
            id: organization.id,
            name: organization.name,
            orgNumber: organization.orgNumber,
            email: organization.email,
            phone: organization.phone,
            externalId: organization.externalId,
            archived: organization.archived,
          }
        : null,
      activities: activities.map((activity) => ({
        id: activity.id,
        type: typeNameIn(activity.type, locale),
        typeNames: { en: activity.type.nameEn, sv: activity.type.nameSv },
        subject: activity.subject,
        status: activity.status,
        start: iso(activity.startAt),
        end: iso(activity.endAt),
        completedAt: iso(activity.completedAt),
        notes: activity.notes,
        private: activity.isPrivate,
        source: activity.source,
        organization: activity.organization,
        responsible: employee(activity.responsible),
        creator: employee(activity.creator),
        permalink: activity.permalink,
        externalRef: activity.externalRef,
        createdAt: iso(activity.createdAt),
        updatedAt: iso(activity.updatedAt),
        deletedAt: iso(activity.deletedAt),
        history: activity.events.map((event) => ({
          kind: event.kind,
          at: iso(event.createdAt),
          by: employee(event.actor) ?? (event.actorLabel ? { label: event.actorLabel } : null),
          changes: event.changes,
        })),
      })),
    };
  }
}

export type PersonExport = Awaited<ReturnType<ExportPerson['execute']>>;

export function personToExportNotFound(): AppError {
  return new AppError('person_not_found', (m) => m.contacts.errors.personNotFound);
}
