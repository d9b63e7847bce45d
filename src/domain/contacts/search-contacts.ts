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

/** How many hits at most (of each kind), and the search's options. */
type Limits<Key extends string> = Record<Key, number> & SearchOptions;

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
    {
      persons: personLimit,
      organizations: organizationLimit,
      ...options
    }: Limits<'persons' | 'organizations'>,
  ): Promise<ContactMatches> {
    const key = searchKeyFor(text);
    if (key)
      return this.search.searchBoth({
        workspaceId,
        key,
        limits: { persons: personLimit, organizations: organizationLimit },
        ...options,
      });
    const [persons, organizations] = await Promise.all([
      this.search.recentPersons(workspaceId, personLimit),
      this.search.recentOrganizations(workspaceId, organizationLimit),
    ]);
    return { persons, organizations };
  }

  /** Empty text lists the most recently changed persons, for a picker just opened. */
  persons(workspaceId: number, text: string, { limit, ...options }: Limits<'limit'>): Promise<PersonHit[]> {
    const key = searchKeyFor(text);
    return key
      ? this.search.searchPersons({ workspaceId, key, limit, ...options })
      : this.search.recentPersons(workspaceId, limit);
  }

  /** Active persons named by any of these runs of words, exactly or at the start or end of their name (quick add). */
  personsNamed(workspaceId: number, runs: string[]): Promise<{ id: number; name: string }[]> {
    return this.search.personsNamed(workspaceId, runs);
  }

  organizations(
    workspaceId: number,
    text: string,
    { limit, ...options }: Limits<'limit'>,
  ): Promise<OrganizationHit[]> {
    const key = searchKeyFor(text);
    return key
      ? this.search.searchOrganizations({ workspaceId, key, limit, ...options })
      : this.search.recentOrganizations(workspaceId, limit);
  }
}
