import type { WorkspaceSettings } from './workspace-settings';

/** The environment variables that seed a new workspace, as the operator set them (unset: undefined). */
export interface SeedVariables {
  DEFAULT_LOCALE?: string;
  DEFAULT_TIMEZONE?: string;
  HOLIDAY_COUNTRY?: string;
}

export interface SeedDifference {
  variable: keyof SeedVariables;
  environment: string;
  stored: string;
}

/**
 * Variables the operator set that differ from the workspace's stored settings. They only
 * seeded the workspace when it was created; after that, an admin's choice in Workspace
 * settings wins, and a changed variable does nothing (the start-up log says so).
 */
export function seedDifferences(env: SeedVariables, settings: WorkspaceSettings): SeedDifference[] {
  const pairs: [keyof SeedVariables, string | undefined, string][] = [
    ['DEFAULT_LOCALE', env.DEFAULT_LOCALE, settings.locale],
    ['DEFAULT_TIMEZONE', env.DEFAULT_TIMEZONE, settings.timezone],
    ['HOLIDAY_COUNTRY', env.HOLIDAY_COUNTRY, settings.holidayCountry ?? '(none)'],
  ];
  return pairs.flatMap(([variable, environment, stored]) =>
    environment !== undefined && environment !== stored ? [{ variable, environment, stored }] : [],
  );
}
