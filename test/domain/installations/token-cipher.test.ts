import { randomBytes } from 'node:crypto';
import { parseEncryptionKey, TokenCipher } from '../../../src/domain/installations/token-cipher';

describe('TokenCipher (AES-256-GCM)', () => {
  const cipher = new TokenCipher(randomBytes(32));

  it('gives back the token it sealed, and never the token itself', () => {
    const sealed = cipher.seal('xoxb-123-456-secret');
    expect(sealed).not.toContain('xoxb');
    expect(sealed).toMatch(/^v1:/);
    expect(cipher.open(sealed)).toBe('xoxb-123-456-secret');
  });

  it('seals the same token differently each time (a fresh IV)', () => {
    expect(cipher.seal('xoxb-same')).not.toBe(cipher.seal('xoxb-same'));
  });

  it('refuses a tampered value and a value sealed under another key', () => {
    const sealed = cipher.seal('xoxb-123');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw.at(-1) ?? 0) ^ 1;
    expect(() => cipher.open(`v1:${raw.toString('base64')}`)).toThrow();
    expect(() => new TokenCipher(randomBytes(32)).open(sealed)).toThrow();
  });

  it('reads a key as 64 hex digits or base64 of 32 bytes, nothing else', () => {
    expect(parseEncryptionKey('ab'.repeat(32))?.length).toBe(32);
    expect(parseEncryptionKey(randomBytes(32).toString('base64'))?.length).toBe(32);
    expect(parseEncryptionKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(parseEncryptionKey('ab'.repeat(31))).toBeUndefined();
  });
});
