import type { ApiRouteContext } from '../api-route-context';
import { organizationJson, organizationResponse, putOrganizationBody } from '../schemas/contact-schemas';
import { contactByExternalIdRoutes } from './contact-by-external-id';

/** product §7.1: organizations by the integration's own id. */
export function organizationRoutes({ route, deps }: ApiRouteContext): void {
  contactByExternalIdRoutes(route, {
    noun: 'organization',
    schemas: { body: putOrganizationBody, response: organizationResponse, json: organizationJson },
    upsert: (api, externalId, body) => deps.contacts.upsertOrganization(api, externalId, body),
    read: (api, externalId) => deps.contacts.organization(api, externalId),
  });
}
