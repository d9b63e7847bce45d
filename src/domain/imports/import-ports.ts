import type { Organization, Person } from '../contacts/contact';

export type StoredPerson = Pick<Person, 'id' | 'name' | 'email' | 'phone' | 'externalId' | 'organizationId'>;

export type StoredOrganization = Pick<
  Organization,
  'id' | 'name' | 'orgNumber' | 'email' | 'phone' | 'externalId'
>;

export type OrganizationValues = Omit<StoredOrganization, 'id'>;

export type PersonValues = Omit<StoredPerson, 'id' | 'organizationId'>;

/** A person's organization: stored already, or one created earlier in the same batch (by its place there). */
export type OrganizationRef = { id: number } | { newIndex: number } | null;

/** Every write of one batch; `applyBatch` makes it all or nothing. */
export interface ImportBatch {
  newOrganizations: OrganizationValues[];
  organizationUpdates: (OrganizationValues & { id: number })[];
  newPersons: (PersonValues & { organization: OrganizationRef })[];
  /** `organization` undefined: keep the stored one. */
  personUpdates: (PersonValues & { id: number; organization?: OrganizationRef })[];
}

export interface OrganizationKeys {
  externalIds: string[];
  emails: string[];
  orgNumbers: string[];
  /** Lower-cased names. */
  names: string[];
}

/**
 * The set-based reads and writes of a contact import: a batch of rows costs a few
 * statements, whatever its size. A lost race on a unique value throws DuplicateValueError.
 */
export interface ContactImports {
  /** Persons holding any of the external ids or e-mails. */
  personsByKeys(workspaceId: number, externalIds: string[], emails: string[]): Promise<StoredPerson[]>;
  /** Active organizations holding any of the keys (external id, e-mail, number, lower-cased name). */
  organizationsByKeys(workspaceId: number, keys: OrganizationKeys): Promise<StoredOrganization[]>;
  /** One transaction: new organizations first, then persons. */
  applyBatch(workspaceId: number, batch: ImportBatch, now: Date): Promise<{ organizationIds: number[] }>;
}

/** A contact import running in the background (POST /api/v1/import), as stored. */
export interface ImportJobRecord {
  /** Random and unguessable: it is the status URL. */
  id: string;
  workspaceId: number;
  tokenId: number | null;
  status: 'RUNNING' | 'DONE' | 'FAILED' | 'INTERRUPTED';
  /** Language of the row errors and of the problem text. */
  locale: string;
  bytesTotal: number;
  bytesRead: number;
  summary: unknown;
  errors: unknown;
  errorCount: number;
  problem: string | null;
  createdAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
}

/** What a running job writes as it goes: the rows' new errors are appended, the rest replaced. */
export interface ImportJobProgress {
  bytesRead: number;
  summary: object;
  newErrors: object[];
  errorCount: number;
}

export interface NewImportJob {
  id: string;
  workspaceId: number;
  tokenId: number | null;
  locale: string;
  bytesTotal: number;
  now: Date;
}

/** Import jobs: one row each, progress written as it goes. */
export interface StoredImportJobs {
  create(job: NewImportJob): Promise<ImportJobRecord>;
  find(workspaceId: number, id: string): Promise<ImportJobRecord | null>;
  /** Writes progress and the heartbeat; false when the job is no longer running (another replica gave it up). */
  progress(id: string, progress: ImportJobProgress, now: Date): Promise<boolean>;
  finish(
    id: string,
    outcome: ImportJobProgress & { status: 'DONE' | 'FAILED' | 'INTERRUPTED'; problem: string | null },
    now: Date,
  ): Promise<void>;
  /** Running jobs whose process stopped writing before `staleBefore` become INTERRUPTED; answers their ids. */
  interruptStale(staleBefore: Date, now: Date, id?: string): Promise<string[]>;
  deleteFinishedBefore(before: Date): Promise<number>;
}
