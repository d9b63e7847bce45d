import type { BuildPersonalDigests } from '../../domain/digests/personal-digest';

/** What the activity buttons need to redraw a digest in place. */
export interface DigestListenerDeps {
  personal: BuildPersonalDigests;
  homeUrl(): string | undefined;
}
