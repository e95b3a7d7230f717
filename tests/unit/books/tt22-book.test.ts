// The TT22 class book from the hand-made 45-student fixture: every section present in order,
// every name with its diacritics, the engine's averages and levels printed in the right row and
// column, pages numbered, rows never split, corrections struck through and counted per page.
import { formatResult } from '../../../src/domain/books/context';
import { sortStudents } from '../../../src/domain/books/order';
import { tt22BookSpec } from '../../../src/domain/books/tt22';
import { renderDocument } from '../../../src/render/paint';
import {
  extractPdf,
  itemAt,
  pageText,
  qpdfCheck,
  sameLine,
  strikes,
  type PdfPage,
  type PdfText,
} from '../render/pdf-check';
import { testFonts } from '../render/fonts';
import { SUBJECTS, tt22Fixture } from './fixture';

const input = tt22Fixture();
const ordered = sortStudents(input.students);
const result = (id: string) => input.grades.students.find((r) => r.id === id)!;

let bytes: Uint8Array;
let pdf: PdfText;
beforeAll(async () => {
  bytes = await renderDocument(tt22BookSpec(input), await testFonts());
  pdf = extractPdf(bytes);
}, 120_000);

const texts = () => pdf.pages.map(pageText);
const pagesWith = (s: string) => pdf.pages.filter((p) => pageText(p).includes(s));

/** The line of a table row, found by the row number in the first column. */
function rowLine(page: PdfPage, no: number, tolerance = 1) {
  const first = page.items.find((i) => i.str.trim() === String(no) && i.x < 60);
  return first ? sameLine(page, first.y, tolerance) : undefined;
}

/** The horizontal centre of a header cell's text (its first line when the header wraps). */
function columnX(page: PdfPage, header: string): number {
  const h =
    page.items.find((i) => i.str.trim() === header) ??
    page.items.find((i) => i.str.trim().length >= 4 && header.startsWith(i.str.trim()));
  if (!h) throw new Error(`no header ${header}`);
  return h.x + h.w / 2;
}

describe('TT22 class book (full year)', () => {
  it('is accepted by qpdf --check', () => {
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  it('has every section of record-books.md, in order', () => {
    const order = [
      'SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH',
      'HƯỚNG DẪN SỬ DỤNG',
      'Môn học: giáo viên',
      'SƠ YẾU LÝ LỊCH HỌC SINH',
      'THÔNG TIN GIA ĐÌNH',
      'THEO DÕI CHUYÊN CẦN – Tháng 9 năm 2025',
      'THEO DÕI CHUYÊN CẦN – Tháng 5 năm 2026',
      'MÔN TOÁN – HỌC KÌ I',
      'MÔN GIÁO DỤC THỂ CHẤT – HỌC KÌ I',
      'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC KÌ I',
      'MÔN TOÁN – HỌC KÌ II',
      'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC KÌ II',
      'TỔNG HỢP KẾT QUẢ CÁC MÔN HỌC CẢ NĂM',
      'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CẢ NĂM HỌC',
      'NHẬN XÉT CỦA HIỆU TRƯỞNG',
    ];
    const firstPage = order.map((s) => texts().findIndex((t) => t.includes(s)));
    expect(firstPage.every((i) => i >= 0)).toBe(true);
    expect([...firstPage].sort((a, b) => a - b)).toEqual(firstPage);
    expect(texts()[0]).toContain('Năm học: 2025-2026');
    expect(texts()[2]).toContain('Khoa học tự nhiên: Vũ Đức Mạnh');
    expect(texts()[1]).toContain('gạch ngang');
  });

  it('prints every student, with diacritics, on every subject page, numbered in book order', () => {
    for (const subject of SUBJECTS)
      for (const term of ['I', 'II']) {
        const pages = pagesWith(`MÔN ${subject.name.toLocaleUpperCase('vi')} – HỌC KÌ ${term}`);
        const text = pages.map(pageText).join(' ');
        ordered.forEach((s, i) => {
          expect(text).toContain(s.fullName);
          // Two-line names (left / joined) sit a little above the row's centre line.
          const line = pages.map((p) => rowLine(p, i + 1, 6)).find((l) => l !== undefined);
          expect(line?.map((x) => x.str).join(' ')).toContain(s.fullName);
        });
      }
  });

  it('prints the engine’s term averages in the ĐTBmhk column and year averages in ĐTBmcn', () => {
    for (const subject of SUBJECTS.filter((s) => s.kind === 'scored')) {
      const [page] = pagesWith(`MÔN ${subject.name.toLocaleUpperCase('vi')} – HỌC KÌ II`);
      const termX = columnX(page!, 'ĐTBmhk');
      const yearX = columnX(page!, 'ĐTBmcn');
      ordered.forEach((s, i) => {
        const line = rowLine(page!, i + 1)!;
        const r = result(s.id).subjects[subject.id]!;
        expect(itemAt(line, termX)?.str.trim()).toBe(formatResult(r['2']));
        expect(itemAt(line, yearX)?.str.trim()).toBe(formatResult(r.year));
      });
    }
  });

  it('prints the engine’s levels in the term summary, each row whole on one page', () => {
    const pages = pagesWith('TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC KÌ I');
    const continued = pdf.pages[pdf.pages.indexOf(pages[0]!) + 1]!;
    const summary = [pages[0]!, continued];
    ordered.forEach((s, i) => {
      const page = summary.find((p) => rowLine(p, i + 1)?.some((x) => x.str.includes(s.fullName)));
      expect(page).toBeDefined();
      const line = rowLine(page!, i + 1)!;
      const t = result(s.id).terms['1'];
      expect(itemAt(line, columnX(page!, 'Kết quả học tập'))?.str.trim()).toBe(t.academic);
      expect(itemAt(line, columnX(page!, 'Kết quả rèn luyện'))?.str.trim()).toBe(t.conduct);
      expect(itemAt(line, columnX(page!, 'Toán'))?.str.trim()).toBe(
        formatResult(result(s.id).subjects['toan']!['1']),
      );
    });
  });

  it('numbers every page after the cover "Trang x/y"', () => {
    const n = pdf.numPages;
    expect(texts()[0]).not.toContain('Trang');
    texts()
      .slice(1)
      .forEach((t, i) => expect(t).toContain(`Trang ${i + 2}/${n}`));
  });

  it('shows corrections struck through beside the new value and counts them per page', () => {
    const [toan] = pagesWith('MÔN TOÁN – HỌC KÌ I');
    const [van] = pagesWith('MÔN NGỮ VĂN – HỌC KÌ I');
    const [anh] = pagesWith('MÔN TIẾNG ANH – HỌC KÌ I');
    expect(strikes(toan!)).toHaveLength(2);
    expect(pageText(toan!)).toContain(
      'Trong trang này có 2 điểm được sửa chữa, trong đó môn Toán: 2 điểm.',
    );
    expect(strikes(van!)).toHaveLength(1);
    expect(pageText(van!)).toContain('môn Ngữ văn: 1 điểm');
    expect(strikes(anh!)).toHaveLength(0);
    expect(pageText(anh!)).toContain('Trong trang này có 0 điểm được sửa chữa.');
    // The struck mark sits over the old value in the corrected student's row.
    const c = input.corrections.find((x) => x.field === 'final')!;
    const no = ordered.findIndex((s) => s.id === c.studentId) + 1;
    const line = rowLine(toan!, no)!;
    const mark = strikes(toan!).find((m) => Math.abs(m.y - line[0]!.y) < 6)!;
    expect(itemAt(line, mark.x1 + 1)?.str.startsWith('4,5')).toBe(true);
  });

  it('marks the student who left and keeps them on the list', () => {
    const left = input.students.find((s) => s.leftOn)!;
    expect(pagesWith(left.fullName).length).toBeGreaterThan(20);
    expect(texts().join(' ')).toContain('(đã chuyển đi 15/01/2026)');
  });

  it('prints class totals and the signatures in the year assessment', () => {
    const [page] = pagesWith('Tổng số học sinh: 45');
    expect(page).toBeDefined();
    const t = pageText(page!);
    expect(t).toContain('HIỆU TRƯỞNG');
    expect(t).toContain('GIÁO VIÊN CHỦ NHIỆM');
    expect(t).toContain('Nguyễn Đức Thịnh');
  });
});

describe('TT22 class book (term I)', () => {
  it('stops after the term I summary and the principal’s comments', async () => {
    const term1 = extractPdf(await renderDocument(tt22BookSpec(input, 1), await testFonts()));
    const all = term1.pages.map(pageText).join(' ');
    expect(all).toContain('TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC KÌ I');
    expect(all).not.toContain('HỌC KÌ II');
    expect(all).not.toContain('Tháng 1 năm 2026');
    expect(all).toContain('NHẬN XÉT CỦA HIỆU TRƯỞNG');
  }, 120_000);
});
