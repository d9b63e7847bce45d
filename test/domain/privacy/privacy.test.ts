import { PrivacyRepository } from '../../../src/db/repositories/privacy-repository';
import type { ActingContext } from '../../../src/domain/activities/resolve-activity-input';
import { createPrivacyServices, type PrivacyServices } from '../../../src/domain/privacy/privacy-services';
import { appTables, quoted } from '../../support/app-tables';
import {
  type ActivityBed,
  addOrganization,
  openActivityBed,
  typeByKey,
} from '../../support/fixtures/activities';

/** Every row of every table of the schema, as text, to look for traces of a person in. */
async function everyTableAsText(bed: ActivityBed): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const name of await appTables(bed.db.sql)) {
    const rows = await bed.prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT t::text AS row FROM ${quoted(name, '"')} t`,
    );
    dump[name] = rows.map((r) => r.row).join('\n');
  }
  return dump;
}

describe('data protection: export and erasure of a person (product §8)', () => {
  let bed: ActivityBed;
  let privacy: PrivacyServices;
  let admin: ActingContext;
  let staff: ActingContext;
  const ANNA = {
    name: 'Annika Zetterqvist',
    email: 'annika.zetterqvist@kund.se',
    phone: '+46 70 999 88 77',
    externalId: 'CRM-77881',
  };

  beforeAll(async () => {
    bed = await openActivityBed();
    bed.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    bed.double.addUser({ id: 'USTAFF', name: 'sam' });
    privacy = createPrivacyServices(new PrivacyRepository(bed.prisma), bed.clock);
    admin = await bed.acting('UADMIN');
    staff = await bed.acting('USTAFF');
  });
  afterAll(() => bed.stop());

  async function personWithActivities() {
    // A test that failed half-way must not break the next one.
    await bed.prisma.person.deleteMany({ where: { externalId: ANNA.externalId } });
    const organization = await addOrganization(bed.prisma, bed.workspace.id, 'Kund AB');
    const person = await bed.prisma.person.create({
      data: { workspaceId: bed.workspace.id, ...ANNA, organizationId: organization.id },
    });
    const other = await bed.prisma.person.create({
      data: { workspaceId: bed.workspace.id, name: 'Olle Other' },
    });
    const call = await typeByKey(bed.prisma, bed.workspace.id, 'OUTGOING_CALL');
    const first = (
      await bed.services.create.execute(staff, {
        personId: person.id,
        linkOrganization: true,
        typeId: call.id,
        subject: 'Offer for Annika',
        notes: `Call ${ANNA.phone}`,
      })
    ).record;
    (
      await bed.services.update.execute(staff, {
        id: first.id,
        version: first.version,
        input: { status: 'DONE' },
      })
    ).record;
    const secret = (
      await bed.services.create.execute(staff, {
        personId: person.id,
        typeId: call.id,
        subject: 'Private follow-up',
        isPrivate: true,
        responsibleSlackUserId: 'USTAFF',
      })
    ).record;
    // An activity moved from Annika to Olle: its history names her, and it is not hers to delete.
    const moved = (
      await bed.services.create.execute(staff, {
        personId: person.id,
        typeId: call.id,
        subject: 'Moved',
      })
    ).record;
    (
      await bed.services.update.execute(staff, {
        id: moved.id,
        version: moved.version,
        input: { personId: other.id },
      })
    ).record;
    return { person, other, first, secret, moved };
  }

  it('refuses staff: no export, no erasure, nothing written', async () => {
    const { person } = await personWithActivities();
    const asStaff = { kind: 'employee' as const, viewer: staff.viewer };
    await expect(privacy.export.execute(asStaff, person.id)).rejects.toMatchObject({ code: 'admin_only' });
    await expect(privacy.erase.execute(asStaff, person.id)).rejects.toMatchObject({ code: 'admin_only' });
    await expect(privacy.findPersons(asStaff, 'Annika', 10)).rejects.toMatchObject({ code: 'admin_only' });
    expect(await bed.prisma.person.count({ where: { id: person.id } })).toBe(1);
    expect(await bed.prisma.auditLog.count()).toBe(0);
    await privacy.erase.execute({ kind: 'employee', viewer: admin.viewer }, person.id);
  });

  it('exports the person, their organization and every activity with its history, private and deleted ones included', async () => {
    const { person, first, secret } = await personWithActivities();
    await bed.prisma.activity.update({ where: { id: secret.id }, data: { deletedAt: bed.clock.now() } });
    const data = await privacy.export.execute({ kind: 'employee', viewer: admin.viewer }, person.id);
    expect(data.person).toMatchObject({ id: person.id, ...ANNA, archived: false });
    expect(data.organization).toMatchObject({ name: 'Kund AB' });
    expect(data.activities.map((a) => [a.subject, a.status, a.private, a.deletedAt !== null])).toEqual([
      ['Offer for Annika', 'DONE', false, false],
      ['Private follow-up', 'NOT_STARTED', true, true],
    ]);
    const offer = data.activities[0];
    expect(offer).toMatchObject({
      id: first.id,
      type: 'Outgoing call',
      notes: `Call ${ANNA.phone}`,
      organization: { name: 'Kund AB' },
      responsible: { slackUserId: 'USTAFF' },
      creator: { slackUserId: 'USTAFF' },
    });
    expect(offer?.history.map((h) => h.kind)).toEqual(['CREATED', 'UPDATED']);
    expect(offer?.history[1]?.by).toMatchObject({ slackUserId: 'USTAFF' });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    const audit = await bed.prisma.auditLog.findFirstOrThrow({ where: { action: 'person.exported' } });
    expect(audit).toMatchObject({
      actorId: admin.viewer.employeeId,
      targetId: String(person.id),
      details: {
        activities: 2,
        privateActivities: 1,
        deletedActivities: 1,
        includesPrivateActivities: true,
        includesDeletedActivities: true,
      },
    });
    await privacy.erase.execute({ kind: 'employee', viewer: admin.viewer }, person.id);
  });

  it('erases the person, their activities and history; no table keeps their name, e-mail, phone or subjects', async () => {
    const { person, other, first, secret, moved } = await personWithActivities();
    const asAdmin = { kind: 'employee' as const, viewer: admin.viewer };
    const before = await bed.prisma.activityEvent.count({
      where: { activityId: { in: [first.id, secret.id] } },
    });
    expect(await privacy.previewErasure.execute(asAdmin, person.id)).toEqual({
      personId: person.id,
      name: ANNA.name,
      activities: 2,
      historyEntries: before,
    });
    // Traces before, so the check below cannot pass by looking in the wrong place.
    const dumpBefore = Object.values(await everyTableAsText(bed)).join('\n');
    for (const trace of [ANNA.name, ANNA.email, ANNA.phone, ANNA.externalId, 'Offer for Annika'])
      expect(dumpBefore).toContain(trace);

    const counts = await privacy.erase.execute(asAdmin, person.id);
    expect(counts).toEqual({
      activities: 2,
      historyEntries: before,
      redactedHistoryEntries: 2,
      storedApiAnswers: 0,
    });
    // Both entries of the moved activity named her: the one that created it for her, and the move.

    const dump = await everyTableAsText(bed);
    for (const [table, text] of Object.entries(dump)) {
      for (const trace of [
        ANNA.name,
        ANNA.email,
        ANNA.phone,
        ANNA.externalId,
        'Offer for Annika',
        'Private follow-up',
      ])
        expect({ table, found: text.includes(trace) }).toEqual({ table, found: false });
    }
    expect(await bed.prisma.activity.count({ where: { id: { in: [first.id, secret.id] } } })).toBe(0);
    // The other person, their activity and its (redacted) history stay.
    expect(await bed.prisma.person.count({ where: { id: other.id } })).toBe(1);
    const history = await bed.prisma.activityEvent.findMany({
      where: { activityId: moved.id },
      orderBy: { id: 'asc' },
    });
    expect(history).toHaveLength(2);
    expect(JSON.stringify(history[1]?.changes)).toContain('[erased]');
    expect(JSON.stringify(history[1]?.changes)).toContain('Olle Other');
    const audit = await bed.prisma.auditLog.findFirstOrThrow({
      where: { action: 'person.erased', targetId: String(person.id) },
    });
    expect(audit).toMatchObject({
      actorId: admin.viewer.employeeId,
      targetType: 'person',
      targetId: String(person.id),
      details: { activities: 2, historyEntries: before, activityIds: [first.id, secret.id] },
    });
    await expect(privacy.erase.execute(asAdmin, person.id)).rejects.toMatchObject({
      code: 'person_not_found',
    });
  });

  it('an API token acts under its own name in the audit log', async () => {
    const person = await bed.prisma.person.create({
      data: { workspaceId: bed.workspace.id, name: 'Token Target' },
    });
    await privacy.erase.execute(
      { kind: 'token', workspaceId: bed.workspace.id, tokenName: 'HR system' },
      person.id,
    );
    const audit = await bed.prisma.auditLog.findFirstOrThrow({
      where: { action: 'person.erased', targetId: String(person.id) },
    });
    expect(audit).toMatchObject({ actorId: null, actorLabel: 'API token “HR system”' });
  });

  it('finds archived persons for the admin picker, by name, e-mail or accent-free spelling', async () => {
    await bed.prisma.person.create({
      data: { workspaceId: bed.workspace.id, name: 'Östen Örnberg', email: 'osten@x.se', archived: true },
    });
    const asAdmin = { kind: 'employee' as const, viewer: admin.viewer };
    expect((await privacy.findPersons(asAdmin, 'ornberg', 10)).map((p) => [p.name, p.archived])).toEqual([
      ['Östen Örnberg', true],
    ]);
    expect((await privacy.findPersons(asAdmin, 'OSTEN@x', 10)).map((p) => p.name)).toEqual(['Östen Örnberg']);
    expect(await privacy.findPersons(asAdmin, '100%_', 10)).toEqual([]);
  });
});
