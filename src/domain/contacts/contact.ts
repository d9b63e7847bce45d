/** A customer organization (product §2). */
export interface Organization {
  id: number;
  workspaceId: number;
  name: string;
  orgNumber: string | null;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A customer contact person (product §2), maybe of an organization. */
export interface Person {
  id: number;
  workspaceId: number;
  name: string;
  email: string | null;
  phone: string | null;
  organizationId: number | null;
  externalId: string | null;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type PersonWithOrganization = Person & { organization: Organization | null };
