// The export job on port doubles: a dated folder, book + confirmation per class, a checkpoint
// after each class, stopping at the time budget and continuing without redoing written files.
import {
  CHECKPOINT_KEY,
  exportBooks,
  type BookExportPorts,
} from '../../../src/app/books/export-job';
import type { FontSet } from '../../../src/render';
import { extractPdf, pageText, qpdfCheck } from '../render/pdf-check';
import { testFonts } from '../render/fonts';
import { tt22Fixture } from './fixture';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await testFonts();
}, 60_000);

function doubles(opts: { failOn?: string; students?: number } = {}) {
  const folders = new Map<string, Map<string, Uint8Array>>();
  const checkpoints = new Map<string, string>();
  let now = Date.parse('2025-12-31T10:00:00Z');
  const reads: string[] = [];
  const writes: string[] = [];
  const ports: BookExportPorts = {
    classes: () => ['6A1', '6A2', '6A3'].map((id) => ({ id, name: id })),
    readClass(classId, printedAt) {
      reads.push(classId);
      if (classId === opts.failOn) throw new Error('sổ lớp bị khóa');
      const base = tt22Fixture({ students: opts.students ?? 6 });
      return { ...base, cls: { ...base.cls, id: classId, name: classId }, printedAt };
    },
    files: {
      folder(name) {
        if (!folders.has(name)) folders.set(name, new Map());
        return name;
      },
      names: (id) => new Set(folders.get(id)!.keys()),
      write(id, name, bytes) {
        writes.push(name);
        folders.get(id)!.set(name, bytes);
        now += 100_000; // each file "takes" 100 s of the budget
      },
    },
    checkpoints: {
      load: (k) => checkpoints.get(k) ?? null,
      save: (k, v) => void (v === null ? checkpoints.delete(k) : checkpoints.set(k, v)),
    },
    clock: { now: () => now },
    fonts: () => fonts,
    snapshot: () => ({ id: '2025-12-31 1700 Cuối học kì I', sha256: 'f'.repeat(64) }),
  };
  return { ports, folders, checkpoints, reads, writes };
}

describe('exportBooks', () => {
  it('stops at the budget with a checkpoint, then continues without redoing files', async () => {
    const d = doubles();
    const first = await exportBooks(
      d.ports,
      { term: 1, classIds: null, confirmation: true },
      250_000,
    );
    expect(first.failed).toEqual([]);
    expect(first.status).toBe('partial');
    expect(first.folderName).toBe('2025-12-31 Sổ điểm học kì I');
    expect(first.done).toBe(2);
    expect(d.checkpoints.has(CHECKPOINT_KEY)).toBe(true);
    const second = await exportBooks(d.ports, null, 250_000);
    expect(second.status).toBe('done');
    expect(second.done).toBe(3);
    expect(second.message).toBe(
      'Đã xuất sổ điểm của 3 lớp vào thư mục «2025-12-31 Sổ điểm học kì I».',
    );
    expect(d.checkpoints.has(CHECKPOINT_KEY)).toBe(false);
    expect(d.writes).toEqual([
      'Sổ điểm lớp 6A1 - Học kì I.pdf',
      'Bảng xác nhận lớp 6A1 - Học kì I.pdf',
      'Sổ điểm lớp 6A2 - Học kì I.pdf',
      'Bảng xác nhận lớp 6A2 - Học kì I.pdf',
      'Sổ điểm lớp 6A3 - Học kì I.pdf',
      'Bảng xác nhận lớp 6A3 - Học kì I.pdf',
    ]);
    const folder = d.folders.get('2025-12-31 Sổ điểm học kì I')!;
    for (const bytes of folder.values())
      expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const book = extractPdf(folder.get('Sổ điểm lớp 6A2 - Học kì I.pdf')!);
    expect(pageText(book.pages[0]!)).toContain('Lớp: 6A2');
    const conf = pageText(
      extractPdf(folder.get('Bảng xác nhận lớp 6A3 - Học kì I.pdf')!).pages[0]!,
    );
    expect(conf).toContain(`SHA-256: ${'f'.repeat(64)}`);
  }, 120_000);

  it('does not rewrite a file already in the folder (a run that died after writing)', async () => {
    const d = doubles();
    d.ports.files.folder('2025-12-31 Sổ điểm học kì I');
    d.folders
      .get('2025-12-31 Sổ điểm học kì I')!
      .set('Sổ điểm lớp 6A1 - Học kì I.pdf', new Uint8Array([1]));
    await exportBooks(d.ports, { term: 1, classIds: ['6A1'], confirmation: true }, 1_000_000);
    expect(d.writes).toEqual(['Bảng xác nhận lớp 6A1 - Học kì I.pdf']);
  }, 60_000);

  it('exports only the chosen classes and reports a class that fails, naming it', async () => {
    const d = doubles({ failOn: '6A3' });
    const r = await exportBooks(
      d.ports,
      { term: 2, classIds: ['6A3', '6A1'], confirmation: false },
      1_000_000,
    );
    expect(r.status).toBe('done');
    expect(r.total).toBe(2);
    expect(r.done).toBe(1);
    expect(r.failed).toEqual([
      { classId: '6A3', message: 'Lớp 6A3: không xuất được sổ (sổ lớp bị khóa).' },
    ]);
    expect(d.writes).toEqual(['Sổ điểm lớp 6A1 - Cả năm.pdf']);
  }, 60_000);

  it('adds the per-student sheets when asked', async () => {
    const d = doubles();
    await exportBooks(
      d.ports,
      { term: 2, classIds: ['6A2'], confirmation: false, sheets: true },
      1_000_000,
    );
    expect(d.writes).toEqual([
      'Sổ điểm lớp 6A2 - Cả năm.pdf',
      'Phiếu kết quả học sinh lớp 6A2 - Cả năm.pdf',
    ]);
    const folder = [...d.folders.values()][0]!;
    const sheets = extractPdf(folder.get('Phiếu kết quả học sinh lớp 6A2 - Cả năm.pdf')!);
    expect(sheets.numPages).toBe(6);
    expect(pageText(sheets.pages[0]!)).toContain('PHIẾU KẾT QUẢ HỌC TẬP VÀ RÈN LUYỆN');
  }, 60_000);
});
