import { canonicalJson } from '../../../src/domain/audit/canonical';
import fc from 'fast-check';

describe('canonical JSON', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: null, y: true }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":true,"z":null}]},"b":1}',
    );
  });

  it('normalises strings to NFC (decomposed Vietnamese becomes composed)', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(canonicalJson({ name: nfd })).toBe('{"name":"Nguyễn Thị Ánh"}');
    expect(canonicalJson(nfd)).toBe(canonicalJson('Nguyễn Thị Ánh'.normalize('NFC')));
  });

  it('writes numbers as JSON numbers the way ECMAScript prints them', () => {
    expect(canonicalJson([8.5, 10, -0, 0.1, 1e21, 1e-7, 7.25])).toBe(
      '[8.5,10,0,0.1,1e+21,1e-7,7.25]',
    );
  });

  it('escapes only quote, backslash and control characters', () => {
    expect(canonicalJson('a"b\\c\n\u0001/é')).toBe('"a\\"b\\\\c\\n\\u0001/é"');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(NaN)).toThrow(/finite/);
    expect(() => canonicalJson(Infinity)).toThrow(/finite/);
    expect(() => canonicalJson(() => 1)).toThrow(/function/);
  });

  it('sorts keys by code point, not UTF-16 unit', () => {
    // U+FF01 sorts after U+1F600 in UTF-16 units but before it by code point.
    expect(canonicalJson({ '😀': 1, '！': 2 })).toBe('{"！":2,"😀":1}');
  });

  it('is stable under key order and round-trips through JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(text).not.toMatch(/^\s|\s$/);
      }),
    );
  });
});
