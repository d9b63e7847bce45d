/** What the audit log says was done to a team: settings and employee ids only, never anyone's name or e-mail. */
export type TeamAction = 'team.created' | 'team.updated' | 'team.deleted';
