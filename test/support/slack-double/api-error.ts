import type { JsonObject } from './json';

/** Thrown by method handlers; becomes Slack's HTTP 200 `{ok:false, error, ...extra}`. */
export class ApiError extends Error {
  constructor(
    readonly error: string,
    readonly extra: JsonObject = {},
  ) {
    super(error);
  }
}

export function refuse(error: string, messages?: string[]): never {
  throw new ApiError(error, messages ? { response_metadata: { messages } } : {});
}
