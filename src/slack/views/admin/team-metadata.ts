import {
  type AdminHomeState,
  decodeHomeState,
  listPlace,
  parseMetadata,
  wholeNumber,
} from './admin-metadata';

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
  return wholeNumber(parseMetadata(metadata).teamsPage) ?? 0;
}

export function decodeTeamFormState(metadata: string | undefined): TeamFormState {
  const parsed = parseMetadata(metadata);
  return {
    page: decodeHomeState(metadata).page,
    teamsPage: wholeNumber(parsed.teamsPage) ?? 0,
    ...listPlace(parsed),
    teamId: wholeNumber(parsed.teamId),
  };
}
