import type { Request, Response } from 'express';
import { apiErrorHandler } from '../../src/api/problem';
import { AppError, AppErrorCode } from '../../src/domain/app-error';

/** Runs the API's error handler on `error` with a stand-in request and response; what it answered. */
function answer(error: unknown): { status: number; body: { type: string; status: number; detail?: string } } {
  const sent = { status: 0, body: '' };
  const res = {
    headersSent: false,
    locals: {},
    req: { originalUrl: '/api/v1/test' },
    setHeader: () => res,
    status(code: number) {
      sent.status = code;
      return res;
    },
    type: () => res,
    send(body: string) {
      sent.body = body;
      return res;
    },
  };
  const req = { get: (name: string) => (name.toLowerCase() === 'accept-language' ? 'en' : undefined) };
  apiErrorHandler(() => undefined)(
    error,
    req as unknown as Request,
    res as unknown as Response,
    () => undefined,
  );
  return { status: sent.status, body: JSON.parse(sent.body) };
}

describe('AppError codes over REST', () => {
  // ValidationError (validation_failed) answers with field problems: the API suites cover it.
  const refusals = (Object.keys(AppErrorCode) as AppErrorCode[]).filter(
    (code) => code !== 'validation_failed',
  );

  it.each(refusals)(
    '%s answers with the status its code carries, and the code as the problem type',
    (code) => {
      const { status, body } = answer(new AppError(code, () => 'Not like this.'));
      expect(status).toBe(AppErrorCode[code].status);
      expect(body).toMatchObject({
        status,
        type: `urn:touchbase:problem:${code.replaceAll('_', '-')}`,
        detail: 'Not like this.',
      });
    },
  );

  it('keeps the statuses clients rely on: missing 404, a stale version 409, not allowed 403, refused 422', () => {
    const status = (code: AppErrorCode) => answer(new AppError(code, () => '')).status;
    expect(status('activity_not_found')).toBe(404);
    expect(status('person_not_found')).toBe(404);
    expect(status('activity_conflict')).toBe(409);
    expect(status('not_allowed')).toBe(403);
    expect(status('already_done')).toBe(422);
    expect(status('import_unknown_encoding')).toBe(422);
  });
});
