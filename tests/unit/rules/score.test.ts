// Score parsing and formatting with the decimal comma, and exact half-up division in tenths.
import {
  divideHalfUp,
  formatScore,
  formatTenths,
  missingName,
  parseScore,
} from '../../../src/domain/rules';

describe('parseScore', () => {
  it.each([
    ['8,5', 85],
    ['8.5', 85],
    ['8', 80],
    [' 10 ', 100],
    ['10,0', 100],
    ['0', 0],
    ['0,1', 1],
  ])('parses %p as %p tenths', (text, tenths) => {
    expect(parseScore(text)).toEqual({ ok: true, tenths });
  });

  it.each([
    [8.5, 85],
    [0, 0],
    [10, 100],
    [7.3, 73],
  ])('accepts the number %p', (n, tenths) => {
    expect(parseScore(n)).toEqual({ ok: true, tenths });
  });

  it.each(['11', '10,1', '-1', '8,25', '8,', 'abc', '', '8 5', '1e1'])('rejects %p', (text) => {
    const r = parseScore(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`"${text}" không hợp lệ`);
  });

  it.each([11, -0.5, 7.45, 8.25, NaN, Infinity])('rejects the number %p', (n) => {
    expect(parseScore(n).ok).toBe(false);
  });
});

describe('formatScore', () => {
  it('writes the decimal comma', () => {
    expect(formatScore(8.5)).toBe('8,5');
    expect(formatScore(8)).toBe('8,0');
    expect(formatScore(8, { trimZero: true })).toBe('8');
    expect(formatScore(10)).toBe('10,0');
    expect(formatScore(0.1)).toBe('0,1');
    expect(formatTenths(75)).toBe('7,5');
  });
});

describe('divideHalfUp', () => {
  it('rounds half-up exactly', () => {
    expect(divideHalfUp(165, 2)).toBe(83); // 8,25 → 8,3
    expect(divideHalfUp(149, 2)).toBe(75); // 7,45 → 7,5
    expect(divideHalfUp(164, 2)).toBe(82);
    expect(divideHalfUp(10, 3)).toBe(3);
    expect(divideHalfUp(11, 3)).toBe(4);
    expect(divideHalfUp(0, 9)).toBe(0);
  });

  it('agrees with exact rational rounding on many operands', () => {
    for (let d = 1; d <= 40; d++) {
      for (let n = 0; n <= 4000; n += 7) {
        const expected = Number((2n * BigInt(n) + BigInt(d)) / (2n * BigInt(d)));
        expect(divideHalfUp(n, d)).toBe(expected);
      }
    }
  });

  it('refuses non-integers and zero denominators', () => {
    expect(() => divideHalfUp(1.5, 2)).toThrow();
    expect(() => divideHalfUp(1, 0)).toThrow();
  });
});

describe('missingName', () => {
  it('names a missing assessment for people', () => {
    expect(missingName('2.midterm')).toBe('ĐĐGgk HK II');
    expect(missingName('1.regular')).toBe('ĐĐGtx HK I');
    expect(missingName('1.exam')).toBe('KT học kì HK I');
  });
});
