import { AppError } from '../app-error';

export function planNotFound(): AppError {
  return new AppError('plan_not_found', (m) => m.plans.errors.notFound);
}

export function noPlans(): AppError {
  return new AppError('no_plans', (m) => m.plans.errors.noPlans);
}
