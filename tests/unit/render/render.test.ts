// The PDF itself: Vietnamese text survives embedding and subsetting exactly, qpdf accepts the
// file, corrections are struck through, identical input gives identical bytes.
import { renderDocument } from '../../../src/render/paint';
import type { DocumentSpec } from '../../../src/render/spec';
import { extractPdf, itemAt, pageText, qpdfCheck, sameLine, strikes } from './pdf-check';
import { testFonts } from './fonts';

const VIETNAMESE = [
  'Nguyễn Thị Ánh Tuyết',
  'Trần Đức Hoà – Phạm Ngọc Ỷ',
  'Huỳnh Thị Ửng Ỵ Ữ Ỡ Ợ Ớ Ờ Ở',
  'Kết quả rèn luyện: Tốt; Khá; Đạt; Chưa đạt',
  '“Đánh giá” ‘lại’ … № 3',
  'ẤẦẨẪẬ ẮẰẲẴẶ ẾỀỂỄỆ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ ỲÝỶỸỴ',
];

const spec: DocumentSpec = {
  title: 'Thử nghiệm tiếng Việt',
  createdAt: '2026-01-01T00:00:00Z',
  sections: [
    {
      orientation: 'portrait',
      blocks: VIETNAMESE.map((text) => ({ kind: 'text', text })),
    },
    {
      orientation: 'landscape',
      correctionsFooter: true,
      blocks: [
        {
          kind: 'table',
          columns: [{ width: 1 }, { width: 4 }, { width: 2, align: 'center' }],
          header: [[{ text: 'Số TT' }, { text: 'Họ và tên' }, { text: 'ĐĐGck' }]],
          rows: [
            { cells: ['1', 'Lê Văn Ân', { text: '8,5', old: '7', tag: 'Toán' }] },
            { cells: ['2', 'Võ Thị Ẩn', '9'] },
          ],
        },
      ],
    },
  ],
};

describe('renderDocument', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderDocument(spec, await testFonts());
  }, 60_000);

  it('is accepted by qpdf --check', () => {
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  it('keeps every Vietnamese letter (extracted text equals the input, NFC)', () => {
    const pdf = extractPdf(bytes);
    expect(pdf.numPages).toBe(2);
    const text = pageText(pdf.pages[0]!);
    for (const line of VIETNAMESE) expect(text).toContain(line);
  });

  it('prints A4 portrait then A4 landscape', () => {
    const pdf = extractPdf(bytes);
    expect([pdf.pages[0]!.width, pdf.pages[0]!.height]).toEqual([595.28, 841.89]);
    expect([pdf.pages[1]!.width, pdf.pages[1]!.height]).toEqual([841.89, 595.28]);
  });

  it('strikes through the old value of a correction and counts it in the footer', () => {
    const page = extractPdf(bytes).pages[1]!;
    const name = page.items.find((i) => i.str.includes('Lê Văn Ân'))!;
    const line = sameLine(page, name.y);
    const marks = strikes(page);
    expect(marks).toHaveLength(1);
    const mark = marks[0]!;
    const old = itemAt(line, mark.x1 + 1);
    expect(old?.str.startsWith('7')).toBe(true);
    expect(line.map((i) => i.str).join(' ')).toMatch(/7\s*8,5/);
    expect(Math.abs(mark.y - name.y) < 6).toBe(true);
    expect(pageText(page)).toContain(
      'Trong trang này có 1 điểm được sửa chữa, trong đó môn Toán: 1 điểm.',
    );
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const again = await renderDocument(spec, await testFonts());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
