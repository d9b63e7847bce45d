import { resolveLocale } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  it('have the same keys in Swedish and English', () => {
    expect(keys(sv).sort()).toEqual(keys(en).sort());
  });

  it('have no empty strings and the same kind of value per key', () => {
    const flat = (dict: object) =>
      Object.fromEntries(
        keys(dict).map((key) => [key, key.split('.').reduce<unknown>((v, k) => (v as never)[k], dict)]),
      );
    const svFlat = flat(sv);
    for (const [key, value] of Object.entries(flat(en))) {
      expect([key, typeof svFlat[key]]).toEqual([key, typeof value]);
      if (typeof value === 'string')
        expect([key, (svFlat[key] as string).trim().length > 0]).toEqual([key, true]);
    }
  });

  it('name the statuses as the original help page does', () => {
    expect(sv.status).toEqual({ NOT_STARTED: 'Ej påbörjad', IN_PROGRESS: 'Pågår', DONE: 'Klar' });
  });
});

describe('resolveLocale (product §9)', () => {
  it('follows the user’s own choice first', () => {
    expect(resolveLocale({ preferred: 'en', slackLocale: 'sv-SE', workspaceDefault: 'sv' })).toBe('en');
  });
  it('follows Slack’s locale: sv-* is Swedish, anything else English', () => {
    expect(resolveLocale({ preferred: null, slackLocale: 'sv-SE', workspaceDefault: 'en' })).toBe('sv');
    expect(resolveLocale({ preferred: null, slackLocale: 'de-DE', workspaceDefault: 'sv' })).toBe('en');
  });
  it('falls back to the workspace default', () => {
    expect(resolveLocale({ preferred: null, slackLocale: null, workspaceDefault: 'sv' })).toBe('sv');
  });
});
