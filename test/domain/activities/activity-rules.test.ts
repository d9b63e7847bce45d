import { ConflictError } from '../../../src/domain/activities/activity-errors';
import { PLAIN_WEEK } from '../../../src/domain/calendar/work-calendar';
import { ValidationError } from '../../../src/domain/validation-error';
import { messages } from '../../../src/i18n';
import {
  type ActivityBed,
  addArchivedType,
  addOrganization,
  addPerson,
  openActivityBed,
  typeByKey,
} from '../../support/fixtures/activities';

/** The field messages of a ValidationError, in English. */
async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ValidationError))
    throw new Error(`expected a ValidationError, got ${String(error)}`);
  const en = messages('en');
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, text]) => [field, (text as (m: typeof en) => string)(en)]),
  );
}

describe('creating and editing activities (product §3.1–3.3)', () => {
  let bed: ActivityBed;
  let personId: number;
  let orgPersonId: number;
  let organizationId: number;
  let meetingId: number;
  let callId: number;

  beforeAll(async () => {
    bed = await openActivityBed();
    bed.double.addUser({ id: 'UANNA', name: 'anna' });
    bed.double.addUser({ id: 'UBEN', name: 'ben' });
    bed.double.addUser({ id: 'UROBOT', name: 'robot', is_bot: true });
    bed.double.addUser({ id: 'UGONE', name: 'gone', deleted: true });
    bed.double.addUser({ id: 'UGUEST', name: 'guest', is_restricted: true });
    bed.double.addUser({ id: 'UOTHER', name: 'other', team_id: 'T0THER' });
    const w = bed.workspace.id;
    personId = (await addPerson(bed.prisma, w, { name: 'Åsa Östergren' })).id;
    organizationId = (await addOrganization(bed.prisma, w, 'Acme AB')).id;
    orgPersonId = (await addPerson(bed.prisma, w, { name: 'Olle Org', organizationId })).id;
    meetingId = (await typeByKey(bed.prisma, w, 'MEETING')).id;
    callId = (await typeByKey(bed.prisma, w, 'OUTGOING_CALL')).id;
  });
  afterAll(() => bed.stop());

  const count = () => bed.prisma.activity.count();

  it('fills the defaults: start now, the creator responsible, Not started, due = start', async () => {
    const anna = await bed.acting('UANNA');
    const record = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: meetingId,
        subject: '  Kickoff ',
      })
    ).record;
    expect(record).toMatchObject({
      subject: 'Kickoff',
      status: 'NOT_STARTED',
      startAt: bed.clock.now(),
      endAt: null,
      dueAt: bed.clock.now(),
      completedAt: null,
      isPrivate: false,
      organization: null,
      source: 'SLACK',
      version: 1,
      person: { id: personId, name: 'Åsa Östergren', organization: null },
      type: { id: meetingId, names: { en: 'Meeting', sv: 'Möte' }, key: 'MEETING', archived: false },
      responsible: { slackUserId: 'UANNA', name: 'anna' },
      creator: { slackUserId: 'UANNA' },
    });
  });

  it('takes the type’s reminder lead unless given one, refuses a lead it does not offer, and keeps the lead on edits (product §5.4)', async () => {
    const anna = await bed.acting('UANNA');
    const start = new Date(bed.clock.now().getTime() + 3 * 3600_000);
    const meeting = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: meetingId,
        subject: 'Planned',
        startAt: start,
      })
    ).record;
    expect(meeting).toMatchObject({
      remindLeadMinutes: 15,
      remindAt: new Date(start.getTime() - 15 * 60_000),
    });
    const own = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: callId,
        subject: 'Own lead',
        startAt: start,
        remindLeadMinutes: 60,
      })
    ).record;
    expect(own.remindLeadMinutes).toBe(60);
    // Logged as it happens: its moment has passed, so no reminder.
    const now = (await bed.services.create.execute(anna, { personId, typeId: meetingId, subject: 'Now' }))
      .record;
    expect(now).toMatchObject({ remindLeadMinutes: 15, remindAt: null });
    const refused = bed.services.create.execute(anna, {
      personId,
      typeId: meetingId,
      subject: 'Odd lead',
      remindLeadMinutes: 45,
    });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({ fields: { remind: expect.any(Function) } });
    const edited = (
      await bed.services.update.execute(anna, {
        id: own.id,
        version: own.version,
        input: { typeId: meetingId },
      })
    ).record;
    expect(edited).toMatchObject({ remindLeadMinutes: 60, remindAt: own.remindAt });
    const done = await bed.services.complete.execute(anna.viewer, edited.id);
    expect(done.remindAt).toBeNull();
  });

  it('stores every field given, and a Done activity without end ends now', async () => {
    const anna = await bed.acting('UANNA');
    const start = new Date('2026-03-01T08:00:00Z');
    const record = (
      await bed.services.create.execute(anna, {
        personId: orgPersonId,
        linkOrganization: true,
        typeId: callId,
        subject: 'Offer',
        status: 'DONE',
        startAt: start,
        responsibleSlackUserId: 'UBEN',
        notes: 'Wants a discount',
        isPrivate: true,
      })
    ).record;
    expect(record).toMatchObject({
      organization: { id: organizationId, name: 'Acme AB' },
      status: 'DONE',
      startAt: start,
      endAt: bed.clock.now(),
      dueAt: bed.clock.now(),
      completedAt: bed.clock.now(),
      responsible: { slackUserId: 'UBEN' },
      notes: 'Wants a discount',
      isPrivate: true,
    });
  });

  it('does not link an organization unless asked', async () => {
    const anna = await bed.acting('UANNA');
    const record = (
      await bed.services.create.execute(anna, {
        personId: orgPersonId,
        typeId: callId,
        subject: 'No link',
      })
    ).record;
    expect(record.organization).toBeNull();
    expect(record.person.organization).toEqual({ id: organizationId, name: 'Acme AB' });
  });

  it('refuses each invalid field with its own message and writes nothing', async () => {
    const anna = await bed.acting('UANNA');
    const before = await count();
    const archivedPerson = await addPerson(bed.prisma, bed.workspace.id, { name: 'Old', archived: true });
    const archivedType = await addArchivedType(bed.prisma, bed.workspace.id, 'Fax');
    const base = { personId, typeId: meetingId, subject: 'Fine' };

    expect(await fieldErrors(bed.services.create.execute(anna, { typeId: meetingId, subject: '' }))).toEqual({
      person: 'Choose the person this activity is about.',
      subject: 'Write a short subject.',
    });
    expect(await fieldErrors(bed.services.create.execute(anna, { personId, subject: 'x' }))).toEqual({
      type: 'Choose a type.',
    });
    expect(
      await fieldErrors(bed.services.create.execute(anna, { ...base, subject: 'x'.repeat(151) })),
    ).toEqual({ subject: 'The subject may be at most 150 characters (this one has 151).' });
    expect(
      await fieldErrors(
        bed.services.create.execute(anna, {
          ...base,
          startAt: new Date('2026-03-02T10:00:00Z'),
          endAt: new Date('2026-03-02T09:59:00Z'),
        }),
      ),
    ).toEqual({ end: 'The end cannot be before the start.' });
    expect(
      await fieldErrors(bed.services.create.execute(anna, { ...base, personId: archivedPerson.id })),
    ).toEqual({ person: 'That person is archived. Choose an active person.' });
    expect(await fieldErrors(bed.services.create.execute(anna, { ...base, personId: 999_999 }))).toEqual({
      person: 'That person is not in the contact register.',
    });
    expect(
      await fieldErrors(bed.services.create.execute(anna, { ...base, typeId: archivedType.id })),
    ).toEqual({
      type: 'That type is archived and can no longer be chosen.',
    });
    expect(
      await fieldErrors(bed.services.create.execute(anna, { ...base, notes: 'n'.repeat(3001) })),
    ).toEqual({
      notes: 'The notes may be at most 3000 characters (these have 3001).',
    });
    for (const [user, message] of [
      ['UROBOT', 'A bot cannot be responsible. Choose a colleague.'],
      ['UGONE', 'That user is deactivated. Choose a colleague.'],
      ['UGUEST', 'Guests cannot be responsible. Choose a colleague.'],
      ['UOTHER', 'That user belongs to another workspace. Choose a colleague from this one.'],
      ['UNOBODY', 'That user is not a member of this workspace.'],
    ] as const) {
      expect(
        await fieldErrors(bed.services.create.execute(anna, { ...base, responsibleSlackUserId: user })),
      ).toEqual({ responsible: message });
    }
    expect(await count()).toBe(before);
  });

  it('counts characters, not UTF-16 units, against the 150 limit', async () => {
    const anna = await bed.acting('UANNA');
    const record = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: meetingId,
        subject: '😀'.repeat(150),
      })
    ).record;
    expect([...record.subject]).toHaveLength(150);
  });

  it('keeps an archived type on an old activity editable, but refuses choosing it anew', async () => {
    const anna = await bed.acting('UANNA');
    const visit = await typeByKey(bed.prisma, bed.workspace.id, 'VISIT');
    const record = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: visit.id,
        subject: 'Old visit',
      })
    ).record;
    await bed.prisma.activityType.update({ where: { id: visit.id }, data: { archived: true } });
    try {
      const edited = (
        await bed.services.update.execute(anna, {
          id: record.id,
          version: record.version,
          input: {
            subject: 'Renamed',
          },
        })
      ).record;
      expect(edited.type).toMatchObject({ id: visit.id, archived: true });
      expect(edited.subject).toBe('Renamed');
      const other = (await bed.services.create.execute(anna, { personId, typeId: meetingId, subject: 'New' }))
        .record;
      expect(
        await fieldErrors(
          bed.services.update.execute(anna, {
            id: other.id,
            version: other.version,
            input: { typeId: visit.id },
          }),
        ),
      ).toEqual({ type: 'That type is archived and can no longer be chosen.' });
    } finally {
      await bed.prisma.activityType.update({ where: { id: visit.id }, data: { archived: false } });
    }
  });

  it('reopening clears the end, unless the same edit sets one; completion is stamped and cleared', async () => {
    const anna = await bed.acting('UANNA');
    const created = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: meetingId,
        subject: 'Cycle',
      })
    ).record;
    bed.clock.advance(60_000);
    const done = await bed.services.complete.execute(anna.viewer, created.id);
    expect(done).toMatchObject({ status: 'DONE', endAt: bed.clock.now(), completedAt: bed.clock.now() });
    const reopened = (
      await bed.services.update.execute(anna, {
        id: done.id,
        version: done.version,
        input: {
          status: 'IN_PROGRESS',
          endAt: done.endAt,
        },
      })
    ).record;
    expect(reopened).toMatchObject({
      status: 'IN_PROGRESS',
      endAt: null,
      completedAt: null,
      dueAt: created.startAt,
    });
    const redone = (
      await bed.services.update.execute(anna, {
        id: reopened.id,
        version: reopened.version,
        input: { status: 'DONE' },
      })
    ).record;
    const newEnd = new Date('2026-03-09T10:00:00Z');
    const planned = (
      await bed.services.update.execute(anna, {
        id: redone.id,
        version: redone.version,
        input: {
          status: 'NOT_STARTED',
          endAt: newEnd,
        },
      })
    ).record;
    expect(planned).toMatchObject({ status: 'NOT_STARTED', endAt: newEnd, dueAt: newEnd, completedAt: null });
  });

  it('moves the organization link only when asked, and keeps it when the person moves', async () => {
    const anna = await bed.acting('UANNA');
    const record = (
      await bed.services.create.execute(anna, {
        personId: orgPersonId,
        linkOrganization: true,
        typeId: meetingId,
        subject: 'Linked',
      })
    ).record;
    const elsewhere = await addOrganization(bed.prisma, bed.workspace.id, 'Elsewhere Ltd');
    await bed.prisma.person.update({ where: { id: orgPersonId }, data: { organizationId: elsewhere.id } });
    try {
      const edited = (
        await bed.services.update.execute(anna, {
          id: record.id,
          version: record.version,
          input: {
            subject: 'Still linked',
          },
        })
      ).record;
      expect(edited.organization).toEqual({ id: organizationId, name: 'Acme AB' });
      const onOrganization = async () =>
        (await bed.services.contactActivities.latestForOrganization(anna.viewer, organizationId, 50)).map(
          (a) => a.id,
        );
      expect(await onOrganization()).toContain(record.id);
      const unlinked = (
        await bed.services.update.execute(anna, {
          id: edited.id,
          version: edited.version,
          input: {
            linkOrganization: false,
          },
        })
      ).record;
      expect(unlinked.organization).toBeNull();
      expect(await onOrganization()).not.toContain(record.id);
    } finally {
      await bed.prisma.person.update({ where: { id: orgPersonId }, data: { organizationId } });
    }
  });

  it('refuses a save built from an older version, naming who saved in between', async () => {
    const anna = await bed.acting('UANNA');
    const ben = await bed.acting('UBEN');
    const record = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: meetingId,
        subject: 'Shared',
      })
    ).record;
    (
      await bed.services.update.execute(ben, {
        id: record.id,
        version: record.version,
        input: { subject: 'Ben was here' },
      })
    ).record;
    const error = await bed.services.update
      .execute(anna, { id: record.id, version: record.version, input: { subject: 'Anna overwrites' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({
      subject: 'Ben was here',
      version: 2,
      updatedBy: { slackUserId: 'UBEN' },
    });
    const stored = await bed.prisma.activity.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.subject).toBe('Ben was here');
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const anna = await bed.acting('UANNA');
    const ben = await bed.acting('UBEN');
    const record = (await bed.services.create.execute(anna, { personId, typeId: meetingId, subject: 'Race' }))
      .record;
    const results = await Promise.allSettled([
      bed.services.update.execute(anna, {
        id: record.id,
        version: record.version,
        input: { subject: 'Anna wins' },
      }),
      bed.services.update.execute(ben, {
        id: record.id,
        version: record.version,
        input: { subject: 'Ben wins' },
      }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const stored = await bed.prisma.activity.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.version).toBe(2);
    expect(stored.subject).toBe(
      (won[0] as PromiseFulfilledResult<{ record: { subject: string } }>).value.record.subject,
    );
    expect(await bed.prisma.activityEvent.count({ where: { activityId: record.id, kind: 'UPDATED' } })).toBe(
      1,
    );
  });

  it('records who changed which field from what to what', async () => {
    const anna = await bed.acting('UANNA');
    const ben = await bed.acting('UBEN');
    const record = (
      await bed.services.create.execute(anna, { personId, typeId: meetingId, subject: 'Story' })
    ).record;
    bed.clock.advance(60_000);
    (
      await bed.services.update.execute(ben, {
        id: record.id,
        version: record.version,
        input: {
          typeId: callId,
          status: 'IN_PROGRESS',
          responsibleSlackUserId: 'UBEN',
        },
      })
    ).record;
    const detail = await bed.services.get.detail(anna.viewer, record.id);
    expect(detail?.historyTotal).toBe(2);
    const [update, create] = detail!.history;
    expect(update).toMatchObject({
      kind: 'UPDATED',
      actor: { slackUserId: 'UBEN' },
      createdAt: bed.clock.now(),
    });
    expect(update?.changes).toEqual([
      {
        field: 'type',
        from: 'Meeting',
        to: 'Outgoing call',
        names: { from: { en: 'Meeting', sv: 'Möte' }, to: { en: 'Outgoing call', sv: 'Utgående samtal' } },
      },
      { field: 'status', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
      { field: 'responsible', from: 'UANNA', to: 'UBEN' },
    ]);
    expect(create?.kind).toBe('CREATED');
    expect(create?.changes).toEqual(
      expect.arrayContaining([
        { field: 'subject', from: null, to: 'Story' },
        { field: 'person', from: null, to: 'Åsa Östergren' },
        { field: 'start', from: null, to: record.startAt.toISOString() },
      ]),
    );
  });

  it('writes no event and keeps the version when an edit changes nothing', async () => {
    const anna = await bed.acting('UANNA');
    const record = (await bed.services.create.execute(anna, { personId, typeId: meetingId, subject: 'Same' }))
      .record;
    const saved = (
      await bed.services.update.execute(anna, {
        id: record.id,
        version: record.version,
        input: {
          subject: 'Same',
          startAt: new Date(record.startAt.getTime() + 400),
        },
      })
    ).record;
    expect(saved.version).toBe(1);
    expect(await bed.prisma.activityEvent.count({ where: { activityId: record.id } })).toBe(1);
  });
});

describe('planning a follow-up (product §3.2, 3.5)', () => {
  let bed: ActivityBed;
  let personId: number;

  beforeAll(async () => {
    // Friday 6 March 2026, 15:00 in Stockholm.
    bed = await openActivityBed(new Date('2026-03-06T14:00:00Z'));
    bed.double.addUser({ id: 'UANNA', name: 'anna' });
    personId = (await addPerson(bed.prisma, bed.workspace.id, { name: 'Pia' })).id;
  });
  afterAll(() => bed.stop());

  it('suggests the type’s follow-up type, its subject and due offset, for the same person', async () => {
    const anna = await bed.acting('UANNA');
    const meeting = await typeByKey(bed.prisma, bed.workspace.id, 'MEETING');
    const followUp = await typeByKey(bed.prisma, bed.workspace.id, 'FOLLOW_UP');
    await bed.prisma.activityType.update({
      where: { id: followUp.id },
      data: { defaultSubject: 'Check in' },
    });
    const done = (
      await bed.services.create.execute(anna, {
        personId,
        typeId: meeting.id,
        subject: 'Demo',
        status: 'DONE',
      })
    ).record;
    expect(await bed.services.suggestFollowUp.execute(anna.viewer, done, PLAIN_WEEK)).toEqual({
      person: { id: personId, name: 'Pia' },
      linkOrganization: false,
      typeId: followUp.id,
      subject: 'Check in',
      // Two working days after Friday: Tuesday, same time.
      startAt: new Date('2026-03-10T14:00:00Z'),
      remindLeadMinutes: null,
    });
  });

  it('falls back to the same type and the next working day when the suggestion is archived', async () => {
    const anna = await bed.acting('UANNA');
    const visit = await typeByKey(bed.prisma, bed.workspace.id, 'VISIT');
    const followUp = await typeByKey(bed.prisma, bed.workspace.id, 'FOLLOW_UP');
    const done = (await bed.services.create.execute(anna, { personId, typeId: visit.id, subject: 'Visit' }))
      .record;
    await bed.prisma.activityType.update({ where: { id: followUp.id }, data: { archived: true } });
    try {
      expect(await bed.services.suggestFollowUp.execute(anna.viewer, done, PLAIN_WEEK)).toMatchObject({
        typeId: visit.id,
        subject: 'Visit',
        startAt: new Date('2026-03-09T14:00:00Z'),
      });
    } finally {
      await bed.prisma.activityType.update({ where: { id: followUp.id }, data: { archived: false } });
    }
  });
});
