// The TT58-era book, the confirmation table and the per-student sheets, rendered and read back.
import { formatResult } from '../../../src/domain/books/context';
import { sortStudents } from '../../../src/domain/books/order';
import {
  renderClassBook,
  renderConfirmationTable,
  renderStudentSheets,
} from '../../../src/app/books/render';
import type { FontSet } from '../../../src/render';
import { extractPdf, pageText, qpdfCheck, sameLine, strikes, itemAt } from '../render/pdf-check';
import { testFonts } from '../render/fonts';
import { SUBJECTS, tt22Fixture, tt58Fixture } from './fixture';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await testFonts();
}, 60_000);

describe('TT58 book "Sổ gọi tên và ghi điểm"', () => {
  const input = tt58Fixture();
  const ordered = sortStudents(input.students);
  it('prints the TT58 sections with coefficient columns, averages, học lực and corrections', async () => {
    const bytes = await renderClassBook(input, fonts);
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const pdf = extractPdf(bytes);
    const texts = pdf.pages.map(pageText);
    const order = [
      'SỔ GỌI TÊN VÀ GHI ĐIỂM',
      'SƠ YẾU LÝ LỊCH',
      'KIỂM DIỆN – Tháng 8 năm 2014',
      'KIỂM DIỆN – Tháng 5 năm 2015',
      'MÔN TOÁN – HỌC KÌ I',
      'TỔNG HỢP KẾT QUẢ HỌC KÌ I',
      'MÔN TOÁN – HỌC KÌ II',
      'TỔNG HỢP KẾT QUẢ HỌC KÌ II',
      'TỔNG HỢP ĐIỂM TRUNG BÌNH CÁC MÔN CẢ NĂM',
      'TỔNG HỢP KẾT QUẢ CẢ NĂM HỌC',
      'NHẬN XÉT CỦA HIỆU TRƯỞNG',
    ];
    const first = order.map((s) => texts.findIndex((t) => t.includes(s)));
    expect(first.every((i) => i >= 0)).toBe(true);
    expect([...first].sort((a, b) => a - b)).toEqual(first);
    expect(texts[0]).toContain('BỘ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(texts[0]).toContain('CẤP TRUNG HỌC PHỔ THÔNG');
    const toan = pdf.pages.find((p) => pageText(p).includes('MÔN TOÁN – HỌC KÌ I'))!;
    expect(pageText(toan)).toContain('Hệ số 1');
    expect(pageText(toan)).toContain('XÁC NHẬN CỦA GVCN');
    expect(strikes(toan)).toHaveLength(2);
    expect(pageText(toan)).toContain(
      'Trong trang này có 2 điểm được sửa chữa, trong đó môn Toán: 2 điểm.',
    );
    // Term I summary: the all-subject average and học lực of every student.
    const summary = pdf.pages.filter((p) => pageText(p).includes('TỔNG HỢP KẾT QUẢ HỌC KÌ I'));
    const pages = [summary[0]!, pdf.pages[pdf.pages.indexOf(summary[0]!) + 1]!];
    ordered.forEach((s, i) => {
      const page = pages.find((p) =>
        p.items.some(
          (x) =>
            x.str.trim() === String(i + 1) &&
            x.x < 60 &&
            sameLine(p, x.y).some((y) => y.str.includes(s.fullName)),
        ),
      )!;
      expect(page).toBeDefined();
      const no = page.items.find((x) => x.str.trim() === String(i + 1) && x.x < 60)!;
      const line = sameLine(page, no.y);
      const r = input.grades.students.find((g) => g.id === s.id)!;
      const avgHeader = page.items.find((x) => x.str.startsWith('ĐTB các'))!;
      expect(itemAt(line, avgHeader.x + avgHeader.w / 2)?.str.trim()).toBe(
        formatResult(r.terms['1'].average),
      );
      expect(line.map((x) => x.str).join(' ')).toContain(r.terms['1'].academic!);
    });
  }, 120_000);

  it('refuses to print a TT22 class as a TT58 book', async () => {
    const { tt58BookSpec } = await import('../../../src/domain/books/tt58');
    expect(() => tt58BookSpec(tt22Fixture())).toThrow(/TT22/);
  });
});

describe('confirmation table', () => {
  const input = tt22Fixture();
  it('lists subjects, teachers, score and correction counts, homeroom rows, signatures and the snapshot', async () => {
    const snapshot = { id: '2025-12-31 1700 Cuối học kì I', sha256: 'a'.repeat(64) };
    const bytes = await renderConfirmationTable(input, 1, snapshot, fonts);
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const pdf = extractPdf(bytes);
    expect(pdf.numPages).toBe(1);
    const page = pdf.pages[0]!;
    const text = pageText(page);
    expect(text).toContain('BẢNG XÁC NHẬN KẾT QUẢ HỌC TẬP, HẠNH KIỂM');
    expect(text).toContain('Lớp 6A1 – Học kì I – Năm học 2025-2026');
    expect(text).toContain(`Bản lưu trữ điện tử: ${snapshot.id}`);
    expect(text).toContain(`SHA-256: ${snapshot.sha256}`);
    expect(text).toContain('Ngày in: 30/05/2026 09:00');
    for (const label of [
      'CÁN BỘ PHỤ TRÁCH',
      'GIÁO VIÊN CHỦ NHIỆM',
      'HIỆU TRƯỞNG',
      'Chuyên cần (điểm danh)',
      'Rèn luyện (hạnh kiểm)',
    ])
      expect(text).toContain(label);
    // A wrapped header: every word is there.
    for (const word of 'Đã kiểm tra, khớp với sổ cá nhân'.split(' ')) expect(text).toContain(word);
    // Toán: 45 students × (4 regular + mid-term + end-of-term) = 270 scores, 2 corrected.
    const toan = page.items.find((i) => i.str.trim() === 'Toán')!;
    const line = sameLine(page, toan.y)
      .map((i) => i.str.trim())
      .filter((s) => s !== '');
    expect(line).toEqual(['1', 'Toán', 'Trần Thị Hằng', '270', '2', '□']);
    const van = sameLine(page, page.items.find((i) => i.str.trim() === 'Ngữ văn')!.y)
      .map((i) => i.str.trim())
      .filter((s) => s !== '');
    expect(van.slice(3, 5)).toEqual(['270', '1']);
    expect(SUBJECTS.every((s) => text.includes(s.name))).toBe(true);
  }, 60_000);
});

describe('student sheets', () => {
  const input = tt22Fixture();
  it('prints one page per student with their results, levels, absences and promotion', async () => {
    const bytes = await renderStudentSheets(input, 2, fonts);
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const pdf = extractPdf(bytes);
    expect(pdf.numPages).toBe(45);
    sortStudents(input.students).forEach((s, i) => {
      const page = pdf.pages[i]!;
      const text = pageText(page);
      expect(text).toContain(`Họ và tên: ${s.fullName}`);
      const r = input.grades.students.find((g) => g.id === s.id)!;
      const toan = page.items.find((x) => x.str.trim() === 'Toán')!;
      const cells = sameLine(page, toan.y)
        .map((x) => x.str.trim())
        .filter((x) => x !== '');
      expect(cells.slice(2, 5)).toEqual([
        formatResult(r.subjects['toan']!['1']),
        formatResult(r.subjects['toan']!['2']),
        formatResult(r.subjects['toan']!.year),
      ]);
      const level = page.items.find((x) => x.str.trim() === 'Kết quả học tập')!;
      const levels = sameLine(page, level.y)
        .map((x) => x.str.trim())
        .filter((x) => x !== '');
      expect(levels).toEqual([
        'Kết quả học tập',
        r.terms['1'].academic,
        r.terms['2'].academic,
        r.year.academic,
      ]);
      const absent = input.attendance.filter((a) => a.studentId === s.id).length;
      expect(text).toContain(`Số buổi nghỉ: ${absent}`);
      expect(text).toMatch(/Kết quả: (Được lên lớp|Không được lên lớp|Đánh giá lại|Rèn luyện hè)/);
    });
  }, 120_000);

  it('prints only the chosen students for term I', async () => {
    const pdf = extractPdf(await renderStudentSheets(input, 1, fonts, ['hs03']));
    expect(pdf.numPages).toBe(1);
    expect(pageText(pdf.pages[0]!)).toContain('Học kì I – Năm học 2025-2026');
    expect(pageText(pdf.pages[0]!)).not.toContain('Học kì II');
  }, 60_000);
});
