import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import type { AuditEntry } from '../../domain/audit';
import type { ActivityPlan, PlanStep, ResponsibleKind } from '../../domain/plans/plan';
import type { PlanFields, Plans } from '../../domain/plans/plans-ports';
import type { Transaction } from '../../domain/transaction';
import type { PlanResponsibleKind, Prisma, PrismaClient } from '../../generated/prisma/client';
import { auditRow } from './audit-row';
import { asTransaction } from './transaction';
import { visibilityWhere } from './visibility-filter';

const WITH_STEPS = {
  steps: {
    orderBy: { position: 'asc' },
    include: {
      type: { select: { id: true, nameEn: true, nameSv: true, archived: true } },
      responsible: { select: { id: true, slackUserId: true, name: true } },
    },
  },
} satisfies Prisma.ActivityPlanInclude;

type PlanRow = Prisma.ActivityPlanGetPayload<{ include: typeof WITH_STEPS }>;

const KIND_OF_ROW: Record<PlanResponsibleKind, ResponsibleKind> = {
  LAUNCHER: 'launcher',
  USUAL: 'usual',
  NAMED: 'named',
};
const ROW_OF_KIND: Record<ResponsibleKind, PlanResponsibleKind> = {
  launcher: 'LAUNCHER',
  usual: 'USUAL',
  named: 'NAMED',
};

function toPlan(row: PlanRow): ActivityPlan {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    archived: row.archived,
    steps: row.steps.map(
      (step): PlanStep => ({
        position: step.position,
        type: {
          id: step.type.id,
          names: { en: step.type.nameEn, sv: step.type.nameSv },
          archived: step.type.archived,
        },
        subject: step.subject,
        offsetDays: step.offsetDays,
        responsibleKind: KIND_OF_ROW[step.responsibleKind],
        named:
          step.responsible === null
            ? null
            : {
                id: step.responsible.id,
                slackUserId: step.responsible.slackUserId,
                name: step.responsible.name || step.responsible.slackUserId,
              },
      }),
    ),
  };
}

const byName = (a: ActivityPlan, b: ActivityPlan) =>
  Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

const stepRows = (planId: number, fields: PlanFields): Prisma.ActivityPlanStepCreateManyInput[] =>
  fields.steps.map((step, index) => ({
    planId,
    position: index + 1,
    typeId: step.typeId,
    subject: step.subject,
    offsetDays: step.offsetDays,
    responsibleKind: ROW_OF_KIND[step.responsibleKind],
    responsibleId: step.responsibleKind === 'named' ? step.responsibleId : null,
  }));

/** Activity plans (product §3.7). */
export class PlanRepository implements Plans {
  constructor(private readonly prisma: PrismaClient) {}

  async list(workspaceId: number): Promise<ActivityPlan[]> {
    const rows = await this.prisma.activityPlan.findMany({ where: { workspaceId }, include: WITH_STEPS });
    return rows.map(toPlan).sort(byName);
  }

  async find(workspaceId: number, planId: number): Promise<ActivityPlan | null> {
    const row = await this.prisma.activityPlan.findFirst({
      where: { id: planId, workspaceId },
      include: WITH_STEPS,
    });
    return row ? toPlan(row) : null;
  }

  async nameClash(workspaceId: number, name: string, exceptPlanId?: number): Promise<string | null> {
    const clash = await this.prisma.activityPlan.findFirst({
      where: {
        workspaceId,
        name: { equals: name, mode: 'insensitive' },
        ...(exceptPlanId === undefined ? {} : { id: { not: exceptPlanId } }),
      },
      select: { name: true },
    });
    return clash?.name ?? null;
  }

  save(
    workspaceId: number,
    { planId, fields }: { planId?: number; fields: PlanFields },
    audit: (planId: number) => AuditEntry,
  ): Promise<ActivityPlan> {
    return this.prisma.$transaction(async (tx) => {
      let id = planId;
      if (id === undefined) {
        id = (
          await tx.activityPlan.create({ data: { workspaceId, name: fields.name }, select: { id: true } })
        ).id;
      } else {
        await tx.activityPlan.update({ where: { id, workspaceId }, data: { name: fields.name } });
        await tx.activityPlanStep.deleteMany({ where: { planId: id } });
      }
      await tx.activityPlanStep.createMany({ data: stepRows(id, fields) });
      await tx.auditLog.create({ data: auditRow(workspaceId, 'plan', audit(id)) });
      return toPlan(await tx.activityPlan.findUniqueOrThrow({ where: { id }, include: WITH_STEPS }));
    });
  }

  setArchived(
    workspaceId: number,
    { planId, archived }: { planId: number; archived: boolean },
    audit: AuditEntry,
  ): Promise<ActivityPlan | null> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.activityPlan.updateMany({
        where: { id: planId, workspaceId },
        data: { archived },
      });
      if (count === 0) return null;
      await tx.auditLog.create({ data: auditRow(workspaceId, 'plan', audit) });
      return toPlan(await tx.activityPlan.findUniqueOrThrow({ where: { id: planId }, include: WITH_STEPS }));
    });
  }

  async usualResponsible(rule: VisibilityRule, personId: number): Promise<string | null> {
    const latest = await this.prisma.activity.findFirst({
      where: {
        AND: [
          visibilityWhere(rule),
          {
            personId,
            responsible: { isDeleted: false, isBot: false, isRestricted: false, isForeign: false },
          },
        ],
      },
      orderBy: [{ startAt: 'desc' }, { id: 'desc' }],
      select: { responsible: { select: { slackUserId: true } } },
    });
    return latest?.responsible.slackUserId ?? null;
  }

  inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    // A plan is a handful of steps; a busy machine still finishes them well inside this.
    return this.prisma.$transaction((tx) => work(asTransaction(tx)), { timeout: 30_000, maxWait: 10_000 });
  }
}
