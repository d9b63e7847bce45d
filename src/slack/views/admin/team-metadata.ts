import { type AdminHomeState, decodeHomeState } from './admin-metadata';

/**
 * The admin modal remembers the page of teams next to the page of types in its
 * `private_metadata`; a team form also remembers which modal to redraw when it is saved.
 */
export interface TeamsPageState {
  teamsPage: number;
}

export interface TeamFormState extends AdminHomeState, TeamsPageState {
  listViewId: string;
  listHash: string;
  teamId?: number;
}

export function encodeTeamFormState(state: TeamFormState): string {
  return JSON.stringify(state);
}

export function decodeTeamsPage(metadata: string | undefined): number {
  return wholeNumber(parse(metadata).teamsPage) ?? 0;
}

export function decodeTeamFormState(metadata: string | undefined): TeamFormState {
  const parsed = parse(metadata);
  return {
    page: decodeHomeState(metadata).page,
    teamsPage: wholeNumber(parsed.teamsPage) ?? 0,
    listViewId: typeof parsed.listViewId === 'string' ? parsed.listViewId : '',
    listHash: typeof parsed.listHash === 'string' ? parsed.listHash : '',
    teamId: wholeNumber(parsed.teamId),
  };
}

function parse(metadata: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(metadata ?? '');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
