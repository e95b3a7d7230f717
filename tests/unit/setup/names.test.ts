// Vietnamese book order: given name, middle, family; Đ after D; tones in dictionary order.
import fc from 'fast-check';
import { compareNames, compareVi, sortStudents, splitName } from '../../../src/domain/setup';

describe('Vietnamese names', () => {
  it('splits family, middle and given names', () => {
    expect(splitName('  Nguyễn   Thị Ánh ')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị',
      given: 'Ánh',
    });
    expect(splitName('Tôn Nữ Thị Hà')).toEqual({ family: 'Tôn', middle: 'Nữ Thị', given: 'Hà' });
    expect(splitName('Lan')).toEqual({ family: '', middle: '', given: 'Lan' });
  });

  it('orders by given name first: "Lê Văn An" before "Nguyễn Thị Ánh"', () => {
    expect(compareNames('Lê Văn An', 'Nguyễn Thị Ánh')).toBeLessThan(0);
    expect(compareNames('Trần Văn Bình', 'Nguyễn Thị Ánh')).toBeGreaterThan(0);
  });

  it('puts Đ after D, and ă, â after a', () => {
    const given = ['Đức', 'Dũng', 'Duy', 'Anh', 'Ân', 'Ăn', 'Bảo', 'Ơn', 'Ôn', 'On', 'Ưng', 'Uyên'];
    expect([...given].sort(compareVi)).toEqual([
      'Anh',
      'Ăn',
      'Ân',
      'Bảo',
      'Dũng',
      'Duy',
      'Đức',
      'On',
      'Ôn',
      'Ơn',
      'Uyên',
      'Ưng',
    ]);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(['ạ', 'á', 'ã', 'ả', 'à', 'a'].sort(compareVi)).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
  });

  it('then the middle name, then the family name', () => {
    const sorted = sortStudents([
      { id: '1', fullName: 'Trần Văn Hùng', birthDate: '2010-01-01' },
      { id: '2', fullName: 'Lê Văn Hùng', birthDate: '2010-01-01' },
      { id: '3', fullName: 'Nguyễn Anh Hùng', birthDate: '2010-01-01' },
      { id: '4', fullName: 'Đặng Văn Hùng', birthDate: '2010-01-01' },
      { id: '5', fullName: 'Dương Văn Hùng', birthDate: '2010-01-01' },
    ]);
    expect(sorted.map((s) => s.fullName)).toEqual([
      'Nguyễn Anh Hùng',
      'Dương Văn Hùng',
      'Đặng Văn Hùng',
      'Lê Văn Hùng',
      'Trần Văn Hùng',
    ]);
  });

  it('ignores Unicode form (NFD sorts as NFC) and breaks ties by birth date then id', () => {
    expect(compareNames('Nguyễn Thị Ánh'.normalize('NFD'), 'Nguyễn Thị Ánh')).toBe(0);
    const s = sortStudents([
      { id: 'b', fullName: 'Lê An', birthDate: '2010-02-01' },
      { id: 'a', fullName: 'Lê An', birthDate: '2010-02-01' },
      { id: 'c', fullName: 'Lê An', birthDate: '2010-01-01' },
    ]);
    expect(s.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('agrees with Intl.Collator("vi") on words of Vietnamese letters', () => {
    const collator = new Intl.Collator('vi');
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
    const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    const word = fc
      .array(fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...tones)), {
        minLength: 1,
        maxLength: 5,
      })
      .map((cs) =>
        cs
          .map(([l, t]) => l + t)
          .join('')
          .normalize('NFC'),
      );
    fc.assert(
      fc.property(
        word,
        word,
        (a, b) => Math.sign(compareVi(a, b)) === Math.sign(collator.compare(a, b)),
      ),
      { numRuns: 2000 },
    );
  });
});
