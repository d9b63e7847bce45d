import { AppError } from '../app-error';

export function teamNotFound(): AppError {
  return new AppError('team_not_found', (m) => m.teams.errors.notFound);
}
