import type { PrismaClient } from '../../../src/generated/prisma/client';
import { addPerson, typeByKey } from '../../support/fixtures/activities';

/**
 * A fixed data set with known answers (all times UTC; the viewers are in
 * Europe/Stockholm, UTC+1 until 29 March 2026, then UTC+2). "Now" is Wednesday
 * 18 March 2026, 10:00 UTC.
 *
 * Anna (staff, team Sales):
 *  a1 Meeting, DONE, start 2 Mar 09:00, created 1 Mar 08:00, completed 2 Mar 10:00 (26 h)
 *  a2 Outgoing call, NOT_STARTED, start 10 Mar 09:00 (overdue now)
 *  a3 E-mail, IN_PROGRESS, start 25 Mar 09:00 (future, not overdue)
 *  a4 Outgoing call, DONE, start 28 Feb 23:30 UTC = 1 Mar 00:30 local (March!), completed 2 h after created
 *  a5 Meeting, DONE, start 28 Feb 22:30 UTC = 28 Feb 23:30 local (February), created 27 Feb 10:00,
 *     completed 28 Feb 22:45 (36 h 45 min)
 *  a6 Visit, NOT_STARTED, PRIVATE "Secret merger talk", start 5 Mar 09:00 (overdue now)
 *  a7 Meeting, deleted, 6 Mar: never counted
 *  a8 Incoming call, NOT_STARTED, start 15 Mar 23:30 UTC = Monday 16 Mar 00:30 local (overdue now)
 *  a9 E-mail, DONE, start 15 Mar 22:30 UTC = Sunday 15 Mar 23:30 local, completed 10 min after created
 * Bob (staff, team Support): b1 Meeting DONE 3 Mar (4 h to done); b2 private E-mail NOT_STARTED 4 Mar.
 * Lea (lead of Sales): l1 SMS DONE 16 Mar (10 min to done).
 */
export const NOW = new Date('2026-03-18T10:00:00Z');
export const SECRET = 'Secret merger talk';
export const SECRET_PERSON = 'Hemliga Håkan';

export interface Seeded {
  employees: Record<'anna' | 'bob' | 'lea' | 'admin', number>;
  teams: { sales: number; support: number };
}

export async function seedStats(
  prisma: PrismaClient,
  workspaceId: number,
  employees: Seeded['employees'],
): Promise<Seeded> {
  const person = await addPerson(prisma, workspaceId, { name: 'Åsa Bäck-Öberg' });
  const secretPerson = await addPerson(prisma, workspaceId, { name: SECRET_PERSON });
  const type = async (key: string) => (await typeByKey(prisma, workspaceId, key)).id;
  const t = {
    meeting: await type('MEETING'),
    outgoing: await type('OUTGOING_CALL'),
    incoming: await type('INCOMING_CALL'),
    email: await type('EMAIL'),
    visit: await type('VISIT'),
    sms: await type('SMS'),
  };
  const at = (iso: string) => new Date(iso);
  const add = async (row: {
    who: number;
    typeId: number;
    status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
    start: string;
    created: string;
    completed?: string;
    isPrivate?: boolean;
    deleted?: boolean;
    subject?: string;
    personId?: number;
  }) =>
    prisma.activity.create({
      data: {
        workspaceId,
        personId: row.personId ?? person.id,
        typeId: row.typeId,
        subject: row.subject ?? 'Stats fixture',
        status: row.status,
        startAt: at(row.start),
        endAt: row.completed ? at(row.completed) : null,
        dueAt: row.completed ? at(row.completed) : at(row.start),
        completedAt: row.completed ? at(row.completed) : null,
        responsibleId: row.who,
        creatorId: row.who,
        isPrivate: row.isPrivate ?? false,
        notes: row.isPrivate ? 'Notes nobody else may read' : null,
        deletedAt: row.deleted ? at('2026-03-07T09:00:00Z') : null,
        createdAt: at(row.created),
        updatedAt: at(row.created),
      },
    });
  const { anna, bob, lea } = employees;
  await add({
    who: anna,
    typeId: t.meeting,
    status: 'DONE',
    start: '2026-03-02T09:00:00Z',
    created: '2026-03-01T08:00:00Z',
    completed: '2026-03-02T10:00:00Z',
  });
  await add({
    who: anna,
    typeId: t.outgoing,
    status: 'NOT_STARTED',
    start: '2026-03-10T09:00:00Z',
    created: '2026-03-09T09:00:00Z',
  });
  await add({
    who: anna,
    typeId: t.email,
    status: 'IN_PROGRESS',
    start: '2026-03-25T09:00:00Z',
    created: '2026-03-18T09:00:00Z',
  });
  await add({
    who: anna,
    typeId: t.outgoing,
    status: 'DONE',
    start: '2026-02-28T23:30:00Z',
    created: '2026-02-28T23:30:00Z',
    completed: '2026-03-01T01:30:00Z',
  });
  await add({
    who: anna,
    typeId: t.meeting,
    status: 'DONE',
    start: '2026-02-28T22:30:00Z',
    created: '2026-02-27T10:00:00Z',
    completed: '2026-02-28T22:45:00Z',
  });
  await add({
    who: anna,
    typeId: t.visit,
    status: 'NOT_STARTED',
    start: '2026-03-05T09:00:00Z',
    created: '2026-03-05T08:00:00Z',
    isPrivate: true,
    subject: SECRET,
    personId: secretPerson.id,
  });
  await add({
    who: anna,
    typeId: t.meeting,
    status: 'NOT_STARTED',
    start: '2026-03-06T09:00:00Z',
    created: '2026-03-05T08:00:00Z',
    deleted: true,
  });
  await add({
    who: anna,
    typeId: t.incoming,
    status: 'NOT_STARTED',
    start: '2026-03-15T23:30:00Z',
    created: '2026-03-15T23:30:00Z',
  });
  await add({
    who: anna,
    typeId: t.email,
    status: 'DONE',
    start: '2026-03-15T22:30:00Z',
    created: '2026-03-15T22:30:00Z',
    completed: '2026-03-15T22:40:00Z',
  });
  await add({
    who: bob,
    typeId: t.meeting,
    status: 'DONE',
    start: '2026-03-03T09:00:00Z',
    created: '2026-03-03T08:00:00Z',
    completed: '2026-03-03T12:00:00Z',
  });
  await add({
    who: bob,
    typeId: t.email,
    status: 'NOT_STARTED',
    start: '2026-03-04T09:00:00Z',
    created: '2026-03-04T08:00:00Z',
    isPrivate: true,
    subject: 'Bob private',
  });
  await add({
    who: lea,
    typeId: t.sms,
    status: 'DONE',
    start: '2026-03-16T09:00:00Z',
    created: '2026-03-16T09:00:00Z',
    completed: '2026-03-16T09:10:00Z',
  });
  const sales = await prisma.team.create({
    data: {
      workspaceId,
      name: 'Sales North',
      members: {
        create: [
          { employeeId: anna, isLead: false },
          { employeeId: lea, isLead: true },
        ],
      },
    },
  });
  const support = await prisma.team.create({
    data: { workspaceId, name: 'Support', channelId: 'CSUPPORT', members: { create: [{ employeeId: bob }] } },
  });
  return { employees, teams: { sales: sales.id, support: support.id } };
}
