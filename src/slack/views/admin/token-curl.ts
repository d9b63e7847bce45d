import type { ApiScope } from '../../../domain/api-tokens/api-scopes';

/**
 * A first call the new token may make, as a shell command: a read where the token can
 * read, else a write it is allowed. `$TOUCHBASE_URL` stays a variable: the app does not
 * know the address the outside world reaches it at.
 */
export function curlExample(secret: string, scopes: readonly string[]): string {
  const auth = `-H "Authorization: Bearer ${secret}"`;
  const json = `-H "Content-Type: application/json"`;
  const url = (path: string) => `"$TOUCHBASE_URL/api/v1${path}"`;
  const has = (scope: ApiScope) => scopes.includes(scope);
  if (has('activities:read')) return `curl ${auth} \\\n  ${url('/activities?limit=10')}`;
  if (has('contacts:read')) return `curl ${auth} \\\n  ${url('/persons/CRM-1001')}`;
  if (has('activities:write')) {
    const body = `{"personExternalId":"CRM-1001","type":"MEETING","subject":"Demo","responsible":"anna@example.com"}`;
    return `curl -X POST ${auth} ${json} \\\n  -d '${body}' \\\n  ${url('/activities')}`;
  }
  if (has('contacts:write')) {
    const body = `{"name":"Ada Lindqvist","email":"ada@example.com"}`;
    return `curl -X PUT ${auth} ${json} \\\n  -d '${body}' \\\n  ${url('/persons/CRM-1001')}`;
  }
  return `curl ${auth} \\\n  ${url('/persons/123/export')}`;
}
