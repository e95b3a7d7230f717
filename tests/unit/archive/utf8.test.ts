// The pure UTF-8 codec agrees with Node's Buffer on any text and any bytes.
import fc from 'fast-check';
import { utf8Decode, utf8Encode } from '../../../src/domain/archive/utf8';

describe('utf8', () => {
  it('encodes like Buffer, Vietnamese and astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Buffer.from(utf8Encode(text))).toEqual(Buffer.from(text, 'utf8'));
      }),
    );
    expect(Array.from(utf8Encode('Sổ điểm'))).toEqual(Array.from(Buffer.from('Sổ điểm')));
  });

  it('decodes like Buffer, malformed bytes included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(utf8Decode(bytes)).toBe(Buffer.from(bytes).toString('utf8'));
      }),
    );
  });
});
