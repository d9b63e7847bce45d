import { createHmac, randomBytes } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/oauth';
import { InvalidStateError } from '@slack/oauth';
import type { Clock } from '../../domain/clock';
import type { OAuthStates } from '../../domain/installations/installation-ports';

/** An install started on /slack/install must come back within this time. */
export const STATE_TTL_MS = 10 * 60 * 1000;

/**
 * OAuth `state` kept in the database, so any replica can finish an install another started, and
 * each state works once: a forged one is unknown, a replayed one is gone. Only an HMAC of the
 * state under SLACK_STATE_SECRET is stored, so the table never holds a usable state.
 */
export function databaseStateStore(deps: {
  states: OAuthStates;
  stateSecret: string;
  clock: Clock;
}): StateStore {
  const hash = (state: string) => createHmac('sha256', deps.stateSecret).update(state).digest('hex');
  return {
    async generateStateParam(installOptions) {
      const state = randomBytes(24).toString('base64url');
      const expiresAt = new Date(deps.clock.now().getTime() + STATE_TTL_MS);
      await deps.states.put({ stateHash: hash(state), installOptions, expiresAt });
      return state;
    },
    async verifyStateParam(_now, state) {
      const options = await deps.states.take(hash(state), deps.clock.now());
      if (options === null) throw new InvalidStateError('The state is unknown, expired or already used');
      return options as InstallURLOptions;
    },
  };
}
