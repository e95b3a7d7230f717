// Layout layer: header placement with spans, wrapping, pagination that never splits a row,
// repeated headers, page numbers and per-page correction counts (pure, with a fake measurer).
import { layoutDocument } from '../../../src/render/layout';
import type { TextOp } from '../../../src/render/page';
import type { DocumentSpec, Row, TableBlock } from '../../../src/render/spec';
import { placeHeader } from '../../../src/render/table';
import { wrapText, type Measurer } from '../../../src/render/text';

/** Every character is half the font size wide (bold a little wider). */
const fake: Measurer = {
  width: (t, size, bold) => Array.from(t).length * size * (bold ? 0.55 : 0.5),
};

const texts = (ops: { kind: string }[]) =>
  ops.filter((o): o is TextOp => o.kind === 'text').map((o) => o.text);

function table(rows: Row[]): TableBlock {
  return {
    kind: 'table',
    fontSize: 9,
    columns: [{ width: 1 }, { width: 4 }, { width: 1 }, { width: 1 }],
    header: [
      [
        { text: 'Số TT', rowSpan: 2 },
        { text: 'Họ và tên', rowSpan: 2 },
        { text: 'Điểm', colSpan: 2 },
      ],
      [{ text: 'HK1' }, { text: 'HK2' }],
    ],
    rows,
  };
}

describe('placeHeader', () => {
  it('skips the slots taken by row spans and places column groups', () => {
    const placed = placeHeader(table([]).header, 4);
    expect(placed.map((p) => [p.text, p.row, p.col, p.colSpan, p.rowSpan])).toEqual([
      ['Số TT', 0, 0, 1, 2],
      ['Họ và tên', 0, 1, 1, 2],
      ['Điểm', 0, 2, 2, 1],
      ['HK1', 1, 2, 1, 1],
      ['HK2', 1, 3, 1, 1],
    ]);
  });

  it('refuses a header wider than the table', () => {
    expect(() => placeHeader([[{ text: 'x', colSpan: 5 }]], 4)).toThrow(/overflows/);
  });
});

describe('wrapText', () => {
  it('wraps at spaces, keeps explicit line breaks and breaks over-long words', () => {
    expect(wrapText('Nguyễn Thị Ánh Tuyết', 45, 10, false, fake)).toEqual([
      'Nguyễn',
      'Thị Ánh',
      'Tuyết',
    ]);
    expect(wrapText('a\nb c', 100, 10, false, fake)).toEqual(['a', 'b c']);
    expect(wrapText('abcdefghij', 20, 10, false, fake)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('', 20, 10, false, fake)).toEqual(['']);
  });
});

describe('layoutDocument', () => {
  // 120 rows; every 7th has a long name that wraps to three lines, some carry a correction.
  const rows: Row[] = Array.from({ length: 120 }, (_, i) => ({
    cells: [
      `R${i + 1}`,
      i % 7 === 0
        ? `Tôn Nữ Hoàng Phương Thảo Nguyên Bảo Ngọc Khánh Linh ${i + 1}`
        : `Lê Văn ${i + 1}`,
      i % 10 === 3 ? { text: '8,5', old: '7,0', tag: i % 20 === 3 ? 'Toán' : 'Ngữ văn' } : '9,0',
      `E${i + 1}`,
    ],
  }));
  const doc: DocumentSpec = {
    title: 't',
    createdAt: '2026-01-01T00:00:00Z',
    sections: [
      {
        orientation: 'portrait',
        noPageNumber: true,
        blocks: [{ kind: 'text', text: 'BÌA', size: 20 }],
      },
      {
        orientation: 'landscape',
        correctionsFooter: true,
        runningHeader: 'Lớp 6A',
        blocks: [table(rows)],
      },
    ],
  };
  const pages = layoutDocument(doc, fake);

  it('runs the table over several landscape pages after a portrait cover', () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]!.orientation).toBe('portrait');
    expect(pages.slice(1).every((p) => p.orientation === 'landscape' && p.width > p.height)).toBe(
      true,
    );
  });

  it('never splits a row: each row starts and ends on the same page, rows stay in order', () => {
    const seen: number[] = [];
    pages.slice(1).forEach((p) => {
      const t = texts(p.ops);
      for (const s of t) {
        const m = /^R(\d+)$/.exec(s);
        if (m) {
          const n = Number(m[1]);
          expect(t).toContain(`E${n}`);
          seen.push(n);
        }
      }
    });
    expect(seen).toEqual(rows.map((_, i) => i + 1));
  });

  it('keeps every row inside the content area', () => {
    for (const p of pages.slice(1))
      for (const op of p.ops) if (op.kind === 'text') expect(op.y).toBeLessThan(p.height - 20);
  });

  it('repeats the header on every page of the table', () => {
    for (const p of pages.slice(1)) {
      expect(texts(p.ops)).toContain('Họ và tên');
      expect(texts(p.ops)).toContain('Lớp 6A');
    }
  });

  it('numbers pages x/y except where told not to', () => {
    const n = pages.length;
    expect(texts(pages[0]!.ops).some((t) => t.startsWith('Trang'))).toBe(false);
    pages.slice(1).forEach((p, i) => expect(texts(p.ops)).toContain(`Trang ${i + 2}/${n}`));
  });

  it('counts corrections per page and per subject, with strike marks over the old value', () => {
    let total = 0;
    for (const p of pages.slice(1)) {
      const t = texts(p.ops);
      const struck = p.ops.filter((o) => o.kind === 'line' && o.strike).length;
      const expected = t.filter((s) => s === '7,0').length;
      expect(struck).toBe(expected);
      total += struck;
      const footer = t.find((s) => s.startsWith('Trong trang này'));
      expect(footer).toBeDefined();
      if (expected === 0) expect(footer).toBe('Trong trang này có 0 điểm được sửa chữa.');
      else {
        expect(footer).toContain(`có ${expected} điểm được sửa chữa`);
        const toan = p.corrections.get('Toán') ?? 0;
        if (toan > 0) expect(footer).toContain(`môn Toán: ${toan} điểm`);
      }
    }
    expect(total).toBe(12);
  });
});
