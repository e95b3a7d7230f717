// Vietnamese alphabetical order of students (given name first, then middle, then family name).
import { compareVietnameseNames, sortStudents } from '../../../src/domain/books/order';

describe('Vietnamese name order', () => {
  it('orders by given name, then middle names, then family name', () => {
    const names = ['Trần Văn Bình', 'Lê Thị An', 'Nguyễn Văn An', 'Phạm Anh'];
    expect(
      sortStudents(names.map((fullName, i) => ({ id: `s${i}`, fullName }))).map((s) => s.fullName),
    ).toEqual(['Lê Thị An', 'Nguyễn Văn An', 'Phạm Anh', 'Trần Văn Bình']);
  });

  it('follows the Vietnamese alphabet: a < ă < â, d < đ, o < ô < ơ, u < ư', () => {
    const given = ['Ư', 'U', 'Ơ', 'Ô', 'O', 'Đ', 'D', 'Â', 'Ă', 'A'];
    const sorted = [...given].sort(compareVietnameseNames);
    expect(sorted).toEqual(['A', 'Ă', 'Â', 'D', 'Đ', 'O', 'Ô', 'Ơ', 'U', 'Ư']);
    expect(compareVietnameseNames('Văn Đạt', 'Văn Dũng')).toBeGreaterThan(0);
  });

  it('uses tones only to break ties between the same letters', () => {
    expect(['Ánh', 'Anh', 'Ảnh'].sort(compareVietnameseNames)).toEqual(['Anh', 'Ánh', 'Ảnh']);
    expect(compareVietnameseNames('Lê Ánh', 'Lê Ánh')).toBe(0);
    expect(compareVietnameseNames('Ánh', 'Bình')).toBeLessThan(0);
  });

  it('does not depend on Unicode normalisation', () => {
    expect(compareVietnameseNames('Nguyễn Ánh'.normalize('NFD'), 'Nguyễn Ánh')).toBe(0);
  });
});
