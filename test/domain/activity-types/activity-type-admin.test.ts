import type { Database } from '../../../src/db/database';
import { ActivityTypeRepository } from '../../../src/db/repositories/activity-type-repository';
import { AppError } from '../../../src/domain/app-error';
import { ValidationError } from '../../../src/domain/validation-error';
import { en } from '../../../src/i18n/en';
import { sv } from '../../../src/i18n/sv';
import { FIXED_NOW, type TypeAdminWorld, typeAdminWorld } from '../../support/fixtures/activity-types';
import { openTestDatabase } from '../../support/test-prisma';

const STARTING_NAMES = ['Incoming call', 'Outgoing call', 'Meeting', 'E-mail', 'SMS', 'Visit', 'Follow-up'];

/** Names in both languages; the Swedish one is made distinct unless given. */
function named(en: string, sv = `${en.trim()} (sv)`) {
  return { en, sv };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

async function fieldErrors(promise: Promise<unknown>, messages = en): Promise<Record<string, string>> {
  const error = await refusal(promise);
  if (!(error instanceof ValidationError)) throw new Error(`expected field errors, got ${error.code}`);
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => [
      field,
      (message as (m: typeof en) => string)(messages),
    ]),
  );
}

describe('activity type administration (product §3.5)', () => {
  let db: Database & { drop(): Promise<void> };
  let teams = 0;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.drop());

  /** Each test gets a workspace of its own, so they never see each other's types. */
  async function world(): Promise<TypeAdminWorld> {
    teams += 1;
    return typeAdminWorld(db, `TADM${teams}`);
  }

  async function namesInOrder(w: TypeAdminWorld): Promise<string[]> {
    return (await w.admin.list.execute(w.adminViewer)).map((type) => type.nameEn);
  }

  async function positions(w: TypeAdminWorld): Promise<number[]> {
    return (await w.admin.list.execute(w.adminViewer)).map((type) => type.position);
  }

  async function typeNamed(w: TypeAdminWorld, name: string) {
    const type = (await w.admin.list.execute(w.adminViewer)).find((candidate) => candidate.nameEn === name);
    if (!type) throw new Error(`no type ${name}`);
    return type;
  }

  async function auditActions(w: TypeAdminWorld): Promise<string[]> {
    const rows = await db.prisma.auditLog.findMany({
      where: { workspaceId: w.workspaceId },
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => row.action);
  }

  it('lists every type in admin order, archived ones too', async () => {
    const w = await world();
    await w.admin.archive.execute(w.adminViewer, { typeId: (await typeNamed(w, 'SMS')).id });
    const listed = await w.admin.list.execute(w.adminViewer);
    expect(listed.map((type) => [type.nameEn, type.archived])).toEqual(
      STARTING_NAMES.map((name) => [name, name === 'SMS']),
    );
  });

  it('refuses every change to someone who is not an admin, and changes nothing', async () => {
    const w = await world();
    const meeting = await typeNamed(w, 'Meeting');
    const attempts: Promise<unknown>[] = [
      w.admin.list.execute(w.staffViewer),
      w.admin.list.execute(null),
      w.admin.add.execute(w.staffViewer, { names: named('Lunch') }),
      w.admin.rename.execute(w.staffViewer, { typeId: meeting.id, names: named('Lunch') }),
      w.admin.move.execute(w.staffViewer, { typeId: meeting.id, direction: 'up' }),
      w.admin.move.execute(w.staffViewer, { typeId: meeting.id, position: 1 }),
      w.admin.archive.execute(w.staffViewer, { typeId: meeting.id }),
      w.admin.unarchive.execute(w.staffViewer, { typeId: meeting.id }),
      w.admin.setDefaults.execute(w.staffViewer, {
        typeId: meeting.id,
        defaultSubject: 'x',
        defaultDueDays: 1,
        followUpTypeId: null,
      }),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt);
      expect(error.code).toBe('admin_only');
      expect(error.userMessage(en)).toContain('Slack workspace admin');
      expect(error.userMessage(sv)).toContain('administratör');
    }
    expect(await namesInOrder(w)).toEqual(STARTING_NAMES);
    expect(await auditActions(w)).toEqual([]);
  });

  describe('adding', () => {
    it('appends trimmed names in both languages at the end and records who did it', async () => {
      const w = await world();
      const added = await w.admin.add.execute(w.adminViewer, { names: named('  Trade   fair ', ' Mässa ') });
      expect(added).toMatchObject({
        nameEn: 'Trade fair',
        nameSv: 'Mässa',
        position: 8,
        archived: false,
        key: null,
      });
      expect(await namesInOrder(w)).toEqual([...STARTING_NAMES, 'Trade fair']);
      const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
      expect(audit).toMatchObject({
        actorId: w.adminViewer.employeeId,
        action: 'activity_type.added',
        targetType: 'activity_type',
        targetId: String(added.id),
        details: { names: { en: 'Trade fair', sv: 'Mässa' }, position: 8 },
        createdAt: FIXED_NOW,
      });
    });

    it('refuses an empty name, one over 60 characters, and one an active type has (any case)', async () => {
      const w = await world();
      expect(await fieldErrors(w.admin.add.execute(w.adminViewer, { names: named('   ', '') }))).toEqual({
        nameEn: 'Enter a name.',
        nameSv: 'Enter a name.',
      });
      expect(await fieldErrors(w.admin.add.execute(w.adminViewer, { names: named('Lunch', ' ') }))).toEqual({
        nameSv: 'Enter a name.',
      });
      expect(
        await fieldErrors(w.admin.add.execute(w.adminViewer, { names: named('x'.repeat(61), 'Lång') })),
      ).toEqual({
        nameEn: 'A name may have at most 60 characters.',
      });
      expect(await fieldErrors(w.admin.add.execute(w.adminViewer, { names: named(' mEETING ') }))).toEqual({
        nameEn: 'An active type is already called “Meeting”.',
      });
      expect(
        await fieldErrors(w.admin.add.execute(w.adminViewer, { names: named('Gathering', 'möte') }), sv),
      ).toEqual({ nameSv: 'Det finns redan en aktiv typ som heter ”Möte”.' });
      expect(
        await fieldErrors(w.admin.add.execute(w.adminViewer, { names: named('meeting', 'MÖTE') }), sv),
      ).toEqual({
        nameEn: 'Det finns redan en aktiv typ som heter ”Meeting”.',
        nameSv: 'Det finns redan en aktiv typ som heter ”Möte”.',
      });
      expect(await namesInOrder(w)).toEqual(STARTING_NAMES);
      expect(await auditActions(w)).toEqual([]);
      expect(
        (await w.admin.add.execute(w.adminViewer, { names: named('y'.repeat(60), 'y'.repeat(60)) })).nameEn,
      ).toHaveLength(60);
      await w.admin.add.execute(w.adminViewer, { names: named('Kundbesök') });
      expect(await fieldErrors(w.admin.add.execute(w.adminViewer, { names: named('KUNDBESÖK') }))).toEqual({
        nameEn: 'An active type is already called “Kundbesök”.',
        nameSv: 'An active type is already called “Kundbesök (sv)”.',
      });
    });

    it('allows the name of an archived type', async () => {
      const w = await world();
      await w.admin.archive.execute(w.adminViewer, { typeId: (await typeNamed(w, 'Visit')).id });
      const again = await w.admin.add.execute(w.adminViewer, { names: named('visit') });
      expect(again.position).toBe(8);
    });

    it('keeps names unique and positions dense when admins add at the same moment', async () => {
      const w = await world();
      const distinct = ['Lunch', 'Webinar', 'Fair', 'Letter', 'Video call', 'Dinner'];
      const sameName = ['Workshop', 'workshop', 'WORKSHOP', ' Workshop '];
      const results = await Promise.allSettled(
        [...distinct, ...sameName].map((name) => w.admin.add.execute(w.adminViewer, { names: named(name) })),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(distinct.length + 1);
      expect(await positions(w)).toEqual(Array.from({ length: 14 }, (_, index) => index + 1));
      const names = await namesInOrder(w);
      expect(names.filter((name) => name.toLowerCase() === 'workshop')).toHaveLength(1);
    });
  });

  describe('renaming', () => {
    it('renames, keeps the key of a starting type, and records from and to', async () => {
      const w = await world();
      const meeting = await typeNamed(w, 'Meeting');
      const renamed = await w.admin.rename.execute(w.adminViewer, {
        typeId: meeting.id,
        names: named('Customer meeting', 'Kundmöte'),
      });
      expect(renamed).toMatchObject({
        id: meeting.id,
        nameEn: 'Customer meeting',
        nameSv: 'Kundmöte',
        key: 'MEETING',
        position: 3,
      });
      const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
      expect(audit).toMatchObject({
        action: 'activity_type.renamed',
        details: { from: { en: 'Meeting', sv: 'Möte' }, to: { en: 'Customer meeting', sv: 'Kundmöte' } },
      });
    });

    it('may change only the case of its own name, but not take another active type’s name', async () => {
      const w = await world();
      const sms = await typeNamed(w, 'SMS');
      const renamed = await w.admin.rename.execute(w.adminViewer, {
        typeId: sms.id,
        names: named('Sms', 'sms'),
      });
      expect([renamed.nameEn, renamed.nameSv]).toEqual(['Sms', 'sms']);
      expect(
        await fieldErrors(
          w.admin.rename.execute(w.adminViewer, { typeId: sms.id, names: named('visit', 'besök') }),
        ),
      ).toEqual({
        nameEn: 'An active type is already called “Visit”.',
        nameSv: 'An active type is already called “Besök”.',
      });
      expect((await typeNamed(w, 'Sms')).id).toBe(sms.id);
    });

    it('writes nothing when the name is unchanged, and says so when the type does not exist', async () => {
      const w = await world();
      const sms = await typeNamed(w, 'SMS');
      await w.admin.rename.execute(w.adminViewer, { typeId: sms.id, names: named(' SMS ', 'SMS  ') });
      expect(await auditActions(w)).toEqual([]);
      const missing = await refusal(
        w.admin.rename.execute(w.adminViewer, { typeId: 999_999, names: named('Ghost') }),
      );
      expect(missing.code).toBe('activity_type_not_found');
    });

    it('cannot rename a type of another workspace', async () => {
      const w = await world();
      const other = await world();
      const theirs = await typeNamed(other, 'SMS');
      const error = await refusal(
        w.admin.rename.execute(w.adminViewer, { typeId: theirs.id, names: named('Mine') }),
      );
      expect(error.code).toBe('activity_type_not_found');
      expect((await typeNamed(other, 'SMS')).id).toBe(theirs.id);
    });
  });

  describe('reordering', () => {
    it('moves up and down one step, and not past either end', async () => {
      const w = await world();
      const sms = await typeNamed(w, 'SMS');
      expect(await w.admin.move.execute(w.adminViewer, { typeId: sms.id, direction: 'up' })).toEqual({
        names: { en: 'SMS', sv: 'SMS' },
        position: 4,
        moved: true,
      });
      expect(await namesInOrder(w)).toEqual([
        'Incoming call',
        'Outgoing call',
        'Meeting',
        'SMS',
        'E-mail',
        'Visit',
        'Follow-up',
      ]);
      await w.admin.move.execute(w.adminViewer, { typeId: sms.id, direction: 'down' });
      expect(await namesInOrder(w)).toEqual(STARTING_NAMES);
      const first = await typeNamed(w, 'Incoming call');
      expect((await w.admin.move.execute(w.adminViewer, { typeId: first.id, direction: 'up' })).moved).toBe(
        false,
      );
      const last = await typeNamed(w, 'Follow-up');
      expect((await w.admin.move.execute(w.adminViewer, { typeId: last.id, direction: 'down' })).moved).toBe(
        false,
      );
      expect(await auditActions(w)).toEqual(['activity_type.moved', 'activity_type.moved']);
    });

    it('sets a position and renumbers everything 1..n', async () => {
      const w = await world();
      const followUp = await typeNamed(w, 'Follow-up');
      await w.admin.move.execute(w.adminViewer, { typeId: followUp.id, position: 1 });
      expect(await namesInOrder(w)).toEqual(['Follow-up', ...STARTING_NAMES.slice(0, 6)]);
      expect(await positions(w)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
      expect(audit.details).toEqual({ from: 7, to: 1 });
    });

    it('closes gaps left in the positions', async () => {
      const w = await world();
      const visit = await typeNamed(w, 'Visit');
      await db.prisma.activityType.update({ where: { id: visit.id }, data: { position: 40 } });
      await w.admin.move.execute(w.adminViewer, { typeId: (await typeNamed(w, 'Meeting')).id, position: 3 });
      expect(await positions(w)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(await namesInOrder(w)).toEqual([...STARTING_NAMES.filter((n) => n !== 'Visit'), 'Visit']);
    });

    it('refuses a position outside 1..n as a field error', async () => {
      const w = await world();
      const sms = await typeNamed(w, 'SMS');
      for (const position of [0, 8, 2.5, Number.NaN]) {
        expect(await fieldErrors(w.admin.move.execute(w.adminViewer, { typeId: sms.id, position }))).toEqual({
          position: 'Choose a position from 1 to 7.',
        });
      }
      expect(await namesInOrder(w)).toEqual(STARTING_NAMES);
    });
  });

  describe('archiving', () => {
    it('archives: kept in the admin list, gone from the types users choose from', async () => {
      const w = await world();
      const visit = await typeNamed(w, 'Visit');
      await w.admin.archive.execute(w.adminViewer, { typeId: visit.id });
      const active = await new ActivityTypeRepository(db.prisma).listActive(w.workspaceId);
      expect(active.map((type) => type.nameEn)).not.toContain('Visit');
      expect((await typeNamed(w, 'Visit')).archived).toBe(true);
      await w.admin.unarchive.execute(w.adminViewer, { typeId: visit.id });
      const again = await new ActivityTypeRepository(db.prisma).listActive(w.workspaceId);
      expect(again.map((type) => type.nameEn)).toEqual(STARTING_NAMES);
      expect(await auditActions(w)).toEqual(['activity_type.archived', 'activity_type.unarchived']);
    });

    it('refuses to archive the last active type', async () => {
      const w = await world();
      const all = await w.admin.list.execute(w.adminViewer);
      for (const type of all.slice(1)) await w.admin.archive.execute(w.adminViewer, { typeId: type.id });
      const error = await refusal(w.admin.archive.execute(w.adminViewer, { typeId: all[0]!.id }));
      expect(error.code).toBe('last_active_type');
      expect(error.userMessage(en)).toBe(
        'At least one type must stay active, so this one cannot be archived.',
      );
      expect((await typeNamed(w, 'Incoming call')).archived).toBe(false);
    });

    it('refuses to unarchive a type whose name an active type took meanwhile', async () => {
      const w = await world();
      const sms = await typeNamed(w, 'SMS');
      await w.admin.archive.execute(w.adminViewer, { typeId: sms.id });
      await w.admin.add.execute(w.adminViewer, { names: named('sms') });
      const error = await refusal(w.admin.unarchive.execute(w.adminViewer, { typeId: sms.id }));
      expect(error.userMessage(en)).toBe('An active type is already called “SMS”. Rename one of them first.');
      expect((await db.prisma.activityType.findUniqueOrThrow({ where: { id: sms.id } })).archived).toBe(true);
    });

    it('does nothing when the type already is as asked', async () => {
      const w = await world();
      const sms = await typeNamed(w, 'SMS');
      await w.admin.unarchive.execute(w.adminViewer, { typeId: sms.id });
      await w.admin.archive.execute(w.adminViewer, { typeId: sms.id });
      await w.admin.archive.execute(w.adminViewer, { typeId: sms.id });
      expect(await auditActions(w)).toEqual(['activity_type.archived']);
    });
  });

  describe('defaults', () => {
    it('stores subject, due offset and follow-up type, and can clear them again', async () => {
      const w = await world();
      const meeting = await typeNamed(w, 'Meeting');
      const visit = await typeNamed(w, 'Visit');
      await w.admin.setDefaults.execute(w.adminViewer, {
        typeId: meeting.id,
        defaultSubject: '  Quarterly review ',
        defaultDueDays: 2,
        followUpTypeId: visit.id,
      });
      expect(await typeNamed(w, 'Meeting')).toMatchObject({
        defaultSubject: 'Quarterly review',
        defaultDueDays: 2,
        followUpTypeId: visit.id,
      });
      await w.admin.setDefaults.execute(w.adminViewer, {
        typeId: meeting.id,
        defaultSubject: '',
        defaultDueDays: null,
        followUpTypeId: meeting.id,
      });
      expect(await typeNamed(w, 'Meeting')).toMatchObject({
        defaultSubject: null,
        defaultDueDays: null,
        followUpTypeId: meeting.id,
      });
      const rows = await db.prisma.auditLog.findMany({
        where: { workspaceId: w.workspaceId },
        orderBy: { id: 'asc' },
      });
      expect(rows.map((row) => row.details)).toEqual([
        {
          changed: ['defaultSubject', 'defaultDueDays', 'followUpTypeId'],
          hasDefaultSubject: true,
          defaultDueDays: 2,
          followUpTypeId: visit.id,
          reminderLeadMinutes: 15,
          askOutcome: true,
          defaultDurationMinutes: 30,
        },
        {
          changed: ['defaultSubject', 'defaultDueDays', 'followUpTypeId'],
          hasDefaultSubject: false,
          defaultDueDays: null,
          followUpTypeId: meeting.id,
          reminderLeadMinutes: 15,
          askOutcome: true,
          defaultDurationMinutes: 30,
        },
      ]);
      expect(JSON.stringify(rows)).not.toContain('Quarterly review');
    });

    it('keeps, changes and refuses a reminder lead (product §5.4)', async () => {
      const w = await world();
      const call = await typeNamed(w, 'Outgoing call');
      const base = { typeId: call.id, defaultSubject: null, defaultDueDays: null, followUpTypeId: null };
      await w.admin.setDefaults.execute(w.adminViewer, base);
      expect((await typeNamed(w, 'Outgoing call')).reminderLeadMinutes).toBe(5);
      await w.admin.setDefaults.execute(w.adminViewer, { ...base, reminderLeadMinutes: 1440 });
      expect((await typeNamed(w, 'Outgoing call')).reminderLeadMinutes).toBe(1440);
      await expect(
        w.admin.setDefaults.execute(w.adminViewer, { ...base, reminderLeadMinutes: 45 }),
      ).rejects.toMatchObject({ fields: { reminderLeadMinutes: expect.any(Function) } });
      await w.admin.setDefaults.execute(w.adminViewer, { ...base, reminderLeadMinutes: null });
      expect((await typeNamed(w, 'Outgoing call')).reminderLeadMinutes).toBeNull();
    });

    it('sets whether a type asks for the outcome and how long it lasts, and refuses a duration out of range (product §5.5)', async () => {
      const w = await world();
      const call = await typeNamed(w, 'Outgoing call');
      const base = { typeId: call.id, defaultSubject: null, defaultDueDays: null, followUpTypeId: null };
      expect(call).toMatchObject({ askOutcome: false, defaultDurationMinutes: 30 });
      await w.admin.setDefaults.execute(w.adminViewer, {
        ...base,
        askOutcome: true,
        defaultDurationMinutes: 45,
      });
      expect(await typeNamed(w, 'Outgoing call')).toMatchObject({
        askOutcome: true,
        defaultDurationMinutes: 45,
      });
      for (const minutes of [0, 4, 1441, 2.5])
        await expect(
          w.admin.setDefaults.execute(w.adminViewer, { ...base, defaultDurationMinutes: minutes }),
        ).rejects.toMatchObject({ fields: { defaultDurationMinutes: expect.any(Function) } });
      expect((await typeNamed(w, 'Outgoing call')).defaultDurationMinutes).toBe(45);
    });

    it('reports every bad field at once in both languages and saves nothing', async () => {
      const w = await world();
      const meeting = await typeNamed(w, 'Meeting');
      const sms = await typeNamed(w, 'SMS');
      await w.admin.archive.execute(w.adminViewer, { typeId: sms.id });
      const input = {
        typeId: meeting.id,
        defaultSubject: 's'.repeat(151),
        defaultDueDays: 366,
        followUpTypeId: sms.id,
      };
      expect(await fieldErrors(w.admin.setDefaults.execute(w.adminViewer, input))).toEqual({
        defaultSubject: 'The default subject may have at most 150 characters.',
        defaultDueDays: 'Enter a whole number of working days from 0 to 365.',
        followUpTypeId: 'Choose an active type.',
      });
      expect(await fieldErrors(w.admin.setDefaults.execute(w.adminViewer, input), sv)).toEqual({
        defaultSubject: 'Det förvalda ämnet får vara högst 150 tecken.',
        defaultDueDays: 'Ange ett helt antal arbetsdagar från 0 till 365.',
        followUpTypeId: 'Välj en aktiv typ.',
      });
      for (const defaultDueDays of [-1, 1.5, Number.NaN]) {
        expect(
          await fieldErrors(
            w.admin.setDefaults.execute(w.adminViewer, {
              ...input,
              defaultSubject: null,
              followUpTypeId: null,
              defaultDueDays,
            }),
          ),
        ).toEqual({ defaultDueDays: 'Enter a whole number of working days from 0 to 365.' });
      }
      const other = await world();
      const foreign = await typeNamed(other, 'Visit');
      expect(
        await fieldErrors(
          w.admin.setDefaults.execute(w.adminViewer, {
            typeId: meeting.id,
            defaultSubject: null,
            defaultDueDays: 0,
            followUpTypeId: foreign.id,
          }),
        ),
      ).toEqual({ followUpTypeId: 'Choose an active type.' });
      expect(await typeNamed(w, 'Meeting')).toMatchObject({ defaultSubject: null, defaultDueDays: null });
      expect(await auditActions(w)).toEqual(['activity_type.archived']);
    });

    it('accepts the limits: 150 characters, 0 and 365 days', async () => {
      const w = await world();
      const meeting = await typeNamed(w, 'Meeting');
      for (const defaultDueDays of [0, 365]) {
        await w.admin.setDefaults.execute(w.adminViewer, {
          typeId: meeting.id,
          defaultSubject: 's'.repeat(150),
          defaultDueDays,
          followUpTypeId: null,
        });
        expect((await typeNamed(w, 'Meeting')).defaultDueDays).toBe(defaultDueDays);
      }
    });
  });
});
