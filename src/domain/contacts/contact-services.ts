import type { ContactActivities } from './contact-activities';
import type { ContactSearch, Organizations, Persons } from './contact-ports';
import { CreateOrganization } from './create-organization';
import { CreatePerson } from './create-person';
import { GetOrganizationCard } from './get-organization-card';
import { GetPersonCard } from './get-person-card';
import { RestoreOrganization } from './restore-organization';
import { RestorePerson } from './restore-person';
import { SearchContacts } from './search-contacts';
import { UpdateOrganization } from './update-organization';
import { UpdatePerson } from './update-person';

/** The contact register's use cases (product §2), built once in the composition root. */
export interface ContactServices {
  createPerson: CreatePerson;
  updatePerson: UpdatePerson;
  createOrganization: CreateOrganization;
  updateOrganization: UpdateOrganization;
  search: SearchContacts;
  personCard: GetPersonCard;
  organizationCard: GetOrganizationCard;
  restorePerson: RestorePerson;
  restoreOrganization: RestoreOrganization;
}

export function createContactServices(deps: {
  persons: Persons;
  organizations: Organizations;
  search: ContactSearch;
  activities: ContactActivities;
}): ContactServices {
  const { persons, organizations, activities } = deps;
  return {
    createPerson: new CreatePerson(persons, organizations),
    updatePerson: new UpdatePerson(persons, organizations),
    createOrganization: new CreateOrganization(organizations),
    updateOrganization: new UpdateOrganization(organizations),
    search: new SearchContacts(deps.search),
    personCard: new GetPersonCard(persons, activities),
    organizationCard: new GetOrganizationCard(organizations, activities),
    restorePerson: new RestorePerson(persons),
    restoreOrganization: new RestoreOrganization(organizations),
  };
}
