import type { ContactSearch, OrganizationHit, PersonHit, SearchKey, SearchOptions } from './contact-ports';

/** Longer text is cut: nobody types more to find one contact, and it bounds the work. */
export const MAX_QUERY_LENGTH = 100;

/**
 * What the user typed, as the search needs it. Text made only of digits and the
 * characters phone and organization numbers are written with ("070-123 45 67",
 * "+46701234567", "556677-8899") is searched by its digits, which is how the
 * register keeps them; "00" before a country code counts as "+".
 */
export function searchKeyFor(text: string): SearchKey | null {
  const typed = text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  if (typed === '') return null;
  const digits = typed.replace(/\D/g, '');
  if (/^[\d\s+\-().]+$/.test(typed) && digits.length >= 3) {
    return { text: digits.startsWith('00') ? digits.slice(2) : digits, digitsOnly: true };
  }
  return { text: typed, digitsOnly: false };
}

export interface ContactMatches {
  persons: PersonHit[];
  organizations: OrganizationHit[];
}

/**
 * One search for `/contact <text>` and every picker (product §2): name, e-mail,
 * phone, organization number and external id; case, accents and small typos
 * ignored; exact and prefix matches first. Archived contacts only when asked
 * (`/contact` for an admin, who may restore them), after the active ones; pickers never.
 */
export class SearchContacts {
  constructor(private readonly search: ContactSearch) {}

  async both(
    workspaceId: number,
    text: string,
    limits: { persons: number; organizations: number },
    options: SearchOptions = {},
  ): Promise<ContactMatches> {
    const [persons, organizations] = await Promise.all([
      this.persons(workspaceId, text, limits.persons, options),
      this.organizations(workspaceId, text, limits.organizations, options),
    ]);
    return { persons, organizations };
  }

  /** Empty text lists the most recently changed persons, for a picker just opened. */
  persons(
    workspaceId: number,
    text: string,
    limit: number,
    options: SearchOptions = {},
  ): Promise<PersonHit[]> {
    const key = searchKeyFor(text);
    return key
      ? this.search.searchPersons(workspaceId, key, limit, options)
      : this.search.recentPersons(workspaceId, limit);
  }

  organizations(
    workspaceId: number,
    text: string,
    limit: number,
    options: SearchOptions = {},
  ): Promise<OrganizationHit[]> {
    const key = searchKeyFor(text);
    return key
      ? this.search.searchOrganizations(workspaceId, key, limit, options)
      : this.search.recentOrganizations(workspaceId, limit);
  }
}
