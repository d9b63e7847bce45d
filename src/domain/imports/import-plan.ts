import type {
  ImportBatch,
  OrganizationKeys,
  OrganizationRef,
  OrganizationValues,
  StoredOrganization,
  StoredPerson,
} from './import-ports';
import type { ImportRow, OrganizationRow, PersonRow, RowProblem } from './import-row';

export type RowOutcome = 'created' | 'updated' | 'unchanged';

export interface BatchPlan {
  batch: ImportBatch;
  outcomes: { row: number; outcome: RowOutcome }[];
  problems: RowProblem[];
}

/** What a batch must look up before it can be planned. */
export function keysOf(rows: ImportRow[]): {
  persons: { externalIds: string[]; emails: string[] };
  organizations: OrganizationKeys;
} {
  const persons = { externalIds: new Set<string>(), emails: new Set<string>() };
  const organizations = {
    externalIds: new Set<string>(),
    emails: new Set<string>(),
    orgNumbers: new Set<string>(),
    names: new Set<string>(),
  };
  for (const row of rows) {
    if (row.kind === 'person') {
      if (row.externalId) persons.externalIds.add(row.externalId);
      if (row.email) persons.emails.add(row.email);
      if (row.organization?.orgNumber) organizations.orgNumbers.add(row.organization.orgNumber);
      if (row.organization?.name) organizations.names.add(row.organization.name.toLowerCase());
    } else {
      if (row.externalId) organizations.externalIds.add(row.externalId);
      if (row.email) organizations.emails.add(row.email);
      if (row.orgNumber) organizations.orgNumbers.add(row.orgNumber);
      organizations.names.add(row.name.toLowerCase());
    }
  }
  return {
    persons: { externalIds: [...persons.externalIds], emails: [...persons.emails] },
    organizations: {
      externalIds: [...organizations.externalIds],
      emails: [...organizations.emails],
      orgNumbers: [...organizations.orgNumbers],
      names: [...organizations.names],
    },
  };
}

/**
 * The keys a row writes and the keys it only reads. A batch never holds two rows
 * writing one contact (or a row reading what another writes): the importer starts a
 * new batch instead, so each row sees what the rows before it saved.
 */
export function rowKeys(row: ImportRow): { writes: string[]; reads: string[] } {
  if (row.kind === 'person') {
    const writes = [
      ...(row.externalId ? [`p:x:${row.externalId}`] : []),
      ...(row.email ? [`p:e:${row.email}`] : []),
    ];
    const reads = [
      ...(row.organization?.orgNumber ? [`o:n:${row.organization.orgNumber}`] : []),
      ...(row.organization?.name ? [`o:m:${row.organization.name.toLowerCase()}`] : []),
    ];
    return { writes, reads };
  }
  return {
    writes: [
      ...(row.externalId ? [`o:x:${row.externalId}`] : []),
      ...(row.email ? [`o:e:${row.email}`] : []),
      ...(row.orgNumber ? [`o:n:${row.orgNumber}`] : []),
      `o:m:${row.name.toLowerCase()}`,
    ],
    reads: [],
  };
}

/** Decides, for each checked row of a batch, whether it creates, updates, changes nothing or is refused. */
export function planBatch(
  rows: ImportRow[],
  persons: StoredPerson[],
  organizations: StoredOrganization[],
): BatchPlan {
  const plan: BatchPlan = {
    batch: { newOrganizations: [], organizationUpdates: [], newPersons: [], personUpdates: [] },
    outcomes: [],
    problems: [],
  };
  const personByExternalId = indexBy(persons, (p) => p.externalId);
  const personByEmail = indexBy(persons, (p) => p.email);
  const orgs = new OrganizationIndex(organizations);
  for (const row of rows) {
    if (row.kind === 'person')
      planPerson(plan, row, { byExternalId: personByExternalId, byEmail: personByEmail, orgs });
    else planOrganization(plan, row, orgs);
  }
  return plan;
}

function planPerson(
  plan: BatchPlan,
  row: PersonRow,
  {
    byExternalId,
    byEmail,
    orgs,
  }: { byExternalId: Map<string, StoredPerson>; byEmail: Map<string, StoredPerson>; orgs: OrganizationIndex },
): void {
  const viaExternalId = row.externalId ? byExternalId.get(row.externalId) : undefined;
  const viaEmail = row.email ? byEmail.get(row.email) : undefined;
  if (viaExternalId && viaEmail && viaExternalId.id !== viaEmail.id) {
    plan.problems.push({ row: row.row, column: 'email', message: (m) => m.contacts.errors.emailTaken });
    return;
  }
  const stored = viaExternalId ?? viaEmail;
  if (refusedForOtherExternalId(plan, row, stored)) return;
  let organization: OrganizationRef | undefined;
  if (row.organization) {
    const found = orgs.forPerson(plan, row.organization);
    if (found === 'unknownNumber') {
      plan.problems.push({
        row: row.row,
        column: 'orgNumber',
        message: (m) => m.imports.errors.unknownOrgNumber,
      });
      return;
    }
    organization = found;
  }
  if (!stored) {
    plan.batch.newPersons.push({ ...personValues(row), organization: organization ?? null });
    plan.outcomes.push({ row: row.row, outcome: 'created' });
    return;
  }
  const next = {
    name: row.name,
    email: row.email ?? stored.email,
    phone: row.phone ?? stored.phone,
    externalId: row.externalId ?? stored.externalId,
  };
  const sameOrganization =
    organization === undefined ||
    (organization !== null && 'id' in organization && organization.id === stored.organizationId);
  const same =
    sameOrganization &&
    next.name === stored.name &&
    next.email === stored.email &&
    next.phone === stored.phone &&
    next.externalId === stored.externalId;
  if (same) {
    plan.outcomes.push({ row: row.row, outcome: 'unchanged' });
    return;
  }
  plan.batch.personUpdates.push({
    id: stored.id,
    ...next,
    ...(organization === undefined ? {} : { organization }),
  });
  plan.outcomes.push({ row: row.row, outcome: 'updated' });
}

function planOrganization(plan: BatchPlan, row: OrganizationRow, orgs: OrganizationIndex): void {
  const viaExternalId = row.externalId ? orgs.byExternalId.get(row.externalId) : undefined;
  const viaEmail = row.email ? orgs.byEmail.get(row.email) : undefined;
  if (viaExternalId && viaEmail && viaExternalId.id !== viaEmail.id) {
    plan.problems.push({ row: row.row, column: 'email', message: (m) => m.contacts.errors.emailTaken });
    return;
  }
  const stored =
    viaExternalId ??
    viaEmail ??
    (row.orgNumber ? orgs.byNumber.get(row.orgNumber) : undefined) ??
    orgs.byName.get(row.name.toLowerCase());
  if (refusedForOtherExternalId(plan, row, stored)) return;
  const values: OrganizationValues = {
    name: row.name,
    orgNumber: row.orgNumber ?? stored?.orgNumber ?? null,
    email: row.email ?? stored?.email ?? null,
    phone: row.phone ?? stored?.phone ?? null,
    externalId: row.externalId ?? stored?.externalId ?? null,
  };
  if (!stored) {
    orgs.remember(values, { newIndex: plan.batch.newOrganizations.length });
    plan.batch.newOrganizations.push(values);
    plan.outcomes.push({ row: row.row, outcome: 'created' });
    return;
  }
  const same = (Object.keys(values) as (keyof OrganizationValues)[]).every(
    (key) => values[key] === stored[key],
  );
  orgs.remember(values, { id: stored.id });
  if (same) {
    plan.outcomes.push({ row: row.row, outcome: 'unchanged' });
    return;
  }
  plan.batch.organizationUpdates.push({ id: stored.id, ...values });
  plan.outcomes.push({ row: row.row, outcome: 'updated' });
}

/** A row whose contact matched one stored under another external id is refused (noted in the plan): true. */
function refusedForOtherExternalId(
  plan: BatchPlan,
  row: { row: number; externalId: string | null },
  stored: { externalId: string | null } | undefined,
): boolean {
  if (!stored || !row.externalId || !stored.externalId || stored.externalId === row.externalId) return false;
  plan.problems.push({
    row: row.row,
    column: 'externalId',
    message: (m) => m.imports.errors.otherExternalId,
  });
  return true;
}

function personValues(row: PersonRow) {
  return { name: row.name, email: row.email, phone: row.phone, externalId: row.externalId };
}

function indexBy<T>(items: T[], key: (item: T) => string | null): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const value = key(item);
    if (value !== null && !map.has(value)) map.set(value, item);
  }
  return map;
}

/** Stored organizations and those this batch creates, found by number or (lower-cased) name. */
class OrganizationIndex {
  readonly byExternalId: Map<string, StoredOrganization>;
  readonly byEmail: Map<string, StoredOrganization>;
  readonly byNumber: Map<string, StoredOrganization>;
  readonly byName: Map<string, StoredOrganization>;
  private readonly refByNumber = new Map<string, OrganizationRef>();
  private readonly refByName = new Map<string, OrganizationRef>();

  constructor(stored: StoredOrganization[]) {
    this.byExternalId = indexBy(stored, (o) => o.externalId);
    this.byEmail = indexBy(stored, (o) => o.email);
    this.byNumber = indexBy(stored, (o) => o.orgNumber);
    this.byName = indexBy(stored, (o) => o.name.toLowerCase());
    for (const org of stored) {
      if (org.orgNumber && !this.refByNumber.has(org.orgNumber))
        this.refByNumber.set(org.orgNumber, { id: org.id });
      const name = org.name.toLowerCase();
      if (!this.refByName.has(name)) this.refByName.set(name, { id: org.id });
    }
  }

  remember(values: OrganizationValues, ref: OrganizationRef): void {
    if (values.orgNumber) this.refByNumber.set(values.orgNumber, ref);
    this.refByName.set(values.name.toLowerCase(), ref);
  }

  /** A person's organization by number first, else by name; created (once per batch) when neither exists. */
  forPerson(
    plan: BatchPlan,
    wanted: { name: string | null; orgNumber: string | null },
  ): OrganizationRef | 'unknownNumber' {
    const known =
      (wanted.orgNumber ? this.refByNumber.get(wanted.orgNumber) : undefined) ??
      (wanted.name ? this.refByName.get(wanted.name.toLowerCase()) : undefined);
    if (known) return known;
    if (!wanted.name) return 'unknownNumber';
    const values: OrganizationValues = {
      name: wanted.name,
      orgNumber: wanted.orgNumber,
      email: null,
      phone: null,
      externalId: null,
    };
    const ref = { newIndex: plan.batch.newOrganizations.length };
    plan.batch.newOrganizations.push(values);
    this.remember(values, ref);
    return ref;
  }
}
