import type { Organization, Person, PersonWithOrganization } from './contact';

/** A value that must be unique per workspace (product §2) and is already taken. Repositories throw it on a lost race. */
export class DuplicateValueError extends Error {
  constructor(readonly field: UniqueField) {
    super(`duplicate ${field}`);
  }
}

export type UniqueField = 'email' | 'externalId';

export interface UniqueValues {
  email: string | null;
  externalId: string | null;
}

export type PersonData = Pick<Person, 'name' | 'email' | 'phone' | 'externalId' | 'archived'>;

/** Where the person belongs: an existing organization, a new one created in the same write, or none. */
export type PersonOrganization = { id: number } | { newName: string } | null;

export type OrganizationData = Pick<
  Organization,
  'name' | 'orgNumber' | 'email' | 'phone' | 'externalId' | 'archived'
>;

/** The persons of the register. Writes throw DuplicateValueError when a unique value was taken meanwhile. */
export interface Persons {
  findById(workspaceId: number, id: number): Promise<PersonWithOrganization | null>;
  /** Which of the unique values another person of the workspace already holds. */
  takenValues(workspaceId: number, values: UniqueValues, exceptId?: number): Promise<UniqueField[]>;
  /** One write: a new organization named for the person exists only if the person does. */
  create(
    workspaceId: number,
    data: PersonData,
    organization: PersonOrganization,
  ): Promise<PersonWithOrganization>;
  update(
    workspaceId: number,
    id: number,
    change: { data: PersonData; organization: PersonOrganization },
  ): Promise<PersonWithOrganization>;
  /** Archived → active again; false when it was not archived (or is not in the workspace). */
  restore(workspaceId: number, id: number): Promise<boolean>;
}

/** The organizations of the register. Writes throw DuplicateValueError when a unique value was taken meanwhile. */
export interface Organizations {
  findById(workspaceId: number, id: number): Promise<Organization | null>;
  findActive(workspaceId: number, id: number): Promise<Organization | null>;
  /** Which of the unique values another organization of the workspace already holds. */
  takenValues(workspaceId: number, values: UniqueValues, exceptId?: number): Promise<UniqueField[]>;
  create(workspaceId: number, data: OrganizationData): Promise<Organization>;
  update(workspaceId: number, id: number, data: OrganizationData): Promise<Organization>;
  /** A page of the organization's persons that are not archived, by name. */
  activePersons(
    workspaceId: number,
    organizationId: number,
    page: { offset: number; limit: number },
  ): Promise<{ id: number; name: string; email: string | null; phone: string | null }[]>;
  countActivePersons(workspaceId: number, organizationId: number): Promise<number>;
  /** Archived → active again; false when it was not archived (or is not in the workspace). */
  restore(workspaceId: number, id: number): Promise<boolean>;
}

export interface PersonHit
  extends Pick<Person, 'id' | 'name' | 'email' | 'phone' | 'externalId' | 'organizationId' | 'archived'> {
  organizationName: string | null;
}

export type OrganizationHit = Pick<Organization, 'id'> & OrganizationData;

/** What to look for: free text, or only the digits of a phone or organization number. */
export interface SearchKey {
  text: string;
  digitsOnly: boolean;
}

/** Archived contacts are searched only when asked (admins, to restore them), after the active ones. */
export interface SearchOptions {
  includeArchived?: boolean;
}

/** One search of a workspace's register: the typed text's key, and how many hits at most. */
export interface SearchRequest extends SearchOptions {
  workspaceId: number;
  key: SearchKey;
  limit: number;
}

/** Persons and organizations for one text at once, with a limit for each. */
export interface BothKindsRequest extends Omit<SearchRequest, 'limit'> {
  limits: { persons: number; organizations: number };
}

/** Search of the register for `/contact` and the pickers: best matches first. */
export interface ContactSearch {
  searchPersons(request: SearchRequest): Promise<PersonHit[]>;
  searchOrganizations(request: SearchRequest): Promise<OrganizationHit[]>;
  /** Both kinds for one text at once (`/contact`): one transaction instead of one each. */
  searchBoth(request: BothKindsRequest): Promise<{ persons: PersonHit[]; organizations: OrganizationHit[] }>;
  /** The most recently changed active persons, for a picker just opened. */
  recentPersons(workspaceId: number, limit: number): Promise<PersonHit[]>;
  recentOrganizations(workspaceId: number, limit: number): Promise<OrganizationHit[]>;
  /**
   * Active persons named by any of these runs of words: exactly, or as the whole
   * words at the start or end of their name (quick add); a few per run, in one statement.
   */
  personsNamed(workspaceId: number, runs: string[]): Promise<{ id: number; name: string }[]>;
}
