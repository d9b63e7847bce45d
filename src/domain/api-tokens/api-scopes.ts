/** What a token may do (product §7.1). `admin` guards the data protection endpoints (product §8). */
export const API_SCOPES = [
  'activities:read',
  'activities:write',
  'contacts:read',
  'contacts:write',
  'admin',
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === 'string' && (API_SCOPES as readonly string[]).includes(value);
}
