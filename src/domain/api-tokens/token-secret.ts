import { createHash, randomBytes } from 'node:crypto';

/** Shown in listings: enough to tell tokens apart, far too little to use. */
export const PREFIX_LENGTH = 10;
const SECRET_SHAPE = /^tb_[A-Za-z0-9_-]{32,64}$/;

/** `tb_` + 256 random bits (base64url): recognisable in leaks, impossible to guess. */
export function generateTokenSecret(): string {
  return `tb_${randomBytes(32).toString('base64url')}`;
}

/**
 * Only the SHA-256 of a secret is stored. A fast hash is right here (unlike for
 * passwords): the secret has 256 bits of entropy, so there is nothing to brute-force.
 */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function tokenPrefix(secret: string): string {
  return secret.slice(0, PREFIX_LENGTH);
}

/** Anything not shaped like our secrets is refused without a database query. */
export function looksLikeTokenSecret(value: string): boolean {
  return SECRET_SHAPE.test(value);
}
