import { hasValidCheckDigit, parseOrgNumber } from '../../../src/domain/contacts/org-number';

describe('Swedish organization numbers', () => {
  it('accepts NNNNNN-NNNN and ten digits, stored with the dash', () => {
    expect(parseOrgNumber('556036-0793')).toEqual({ value: '556036-0793' });
    expect(parseOrgNumber(' 5560360793 ')).toEqual({ value: '556036-0793' });
    expect(parseOrgNumber('802400-0005')).toEqual({ value: '802400-0005' });
  });

  it('refuses other shapes', () => {
    for (const raw of ['55603-60793', '556036-079', '556036 0793', '16556036-0793', 'abcdef-ghij', ''])
      expect(parseOrgNumber(raw)).toEqual({ problem: 'format' });
  });

  it('refuses a wrong check digit (Luhn)', () => {
    expect(parseOrgNumber('556036-0794')).toEqual({ problem: 'checkDigit' });
    expect(parseOrgNumber('5560360790')).toEqual({ problem: 'checkDigit' });
  });

  it('computes the Luhn check over all ten digits', () => {
    expect(hasValidCheckDigit('5560125790')).toBe(true);
    expect(hasValidCheckDigit('8112189876')).toBe(true);
    expect(hasValidCheckDigit('8112189875')).toBe(false);
    expect(hasValidCheckDigit('2120000142')).toBe(true);
  });
});
