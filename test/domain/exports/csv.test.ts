import { BOM, csvCell, csvLine, separatorFor } from '../../../src/domain/exports/csv';

describe('CSV cells (RFC 4180, Excel)', () => {
  it('uses ; for Swedish and , otherwise', () => {
    expect(separatorFor('sv')).toBe(';');
    expect(separatorFor('en')).toBe(',');
  });

  it('quotes only what needs it, doubling quotes', () => {
    expect(csvCell('Åsa Öberg', ',')).toBe('Åsa Öberg');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
  });

  it('disarms user text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@'])
      expect(csvCell(`${start}SUM(A1)`, ',', true)).toBe(`'${start}SUM(A1)`);
    expect(csvCell('-5', ',', false)).toBe('-5');
    expect(csvCell('=1,2', ',', true)).toBe(`"'=1,2"`);
  });

  it('ends lines with CRLF and starts files with a UTF-8 BOM', () => {
    expect(csvLine([{ text: 'a' }, { text: 'b c' }], ';')).toBe('a;b c\r\n');
    expect(Buffer.from(BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
