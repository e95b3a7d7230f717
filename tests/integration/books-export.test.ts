// "Xuất sổ điểm (PDF)" end to end: the built bundle in the emulator, the sample school set up by
// the real setup, the export job run as the system account; the PDFs land in a dated Drive folder,
// qpdf accepts them, and they print the class workbook's students and the engine's averages.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from '../../scripts/build';
import { setupSampleSchool, SYSTEM } from '../../scripts/sample-school';
import { createEmulator, type Emulator } from '../../emulator';
import type { BookInput } from '../../src/domain/books';
import { formatResult } from '../../src/domain/books/context';
import { sortStudents } from '../../src/domain/books/order';
import { extractPdf, itemAt, pageText, qpdfCheck, sameLine } from '../unit/render/pdf-check';

const root = path.resolve(__dirname, '../..');
let emu: Emulator;
let controlId = '';
const files = new Map<string, Uint8Array>();
let folderPath = '';
let input: BookInput;

interface Ctx {
  runExportBooks(r: unknown): Promise<{ status: string; done: number; folderName: string }>;
  booksPorts(id: string): { readClass(c: string, at: string): BookInput };
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}

beforeAll(async () => {
  await build();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sodiem-books-export-'));
  fs.copyFileSync(path.join(root, 'dist/Code.js'), path.join(dir, 'Code.js'));
  emu = createEmulator({ start: Date.parse('2025-12-31T03:00:00Z') });
  emu.loadBundle(dir);
  const made = setupSampleSchool(emu, {
    classes: [{ id: '10A1', grade: 10, ruleSet: 'TT22' }],
    studentsPerClass: 42,
  });
  controlId = made.controlId;
  const result = emu
    .as(SYSTEM)
    .run((ctx) =>
      (ctx as unknown as Ctx).runExportBooks({ term: 1, classIds: null, confirmation: true }),
    ) as unknown as { status: string; done: number; folderName: string };
  expect(result.status).toBe('done');
  expect(result.done).toBe(1);
  emu.as(SYSTEM).run((ctx) => {
    const drive = (ctx as unknown as Ctx).DriveApp;
    const top = drive.getFoldersByName('Sổ điểm (PDF)').next();
    const dated = top.getFoldersByName(result.folderName).next();
    folderPath = `${top.getName()}/${dated.getName()}`;
    const it = dated.getFiles();
    while (it.hasNext()) {
      const f = it.next();
      files.set(f.getName(), new Uint8Array(Int8Array.from(f.getBlob().getBytes()).buffer));
    }
    input = (ctx as unknown as Ctx)
      .booksPorts(controlId)
      .readClass('10A1', new Date(Date.parse('2025-12-31T03:00:00Z')).toISOString());
  });
}, 600_000);

describe('export of the term I books', () => {
  it('writes the book and the confirmation table into the dated folder', () => {
    expect(folderPath).toBe('Sổ điểm (PDF)/2025-12-31 Sổ điểm học kì I');
    expect([...files.keys()].sort()).toEqual([
      'Bảng xác nhận lớp 10A1 - Học kì I.pdf',
      'Sổ điểm lớp 10A1 - Học kì I.pdf',
    ]);
    for (const bytes of files.values())
      expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  it('prints every student of the workbook and the engine’s term I averages', () => {
    const pdf = extractPdf(files.get('Sổ điểm lớp 10A1 - Học kì I.pdf')!);
    const students = sortStudents(input.students);
    expect(students.length).toBe(42);
    const math = input.subjects.find((s) => s.id === 'toan') ?? input.subjects[0]!;
    const title = `MÔN ${math.name.toLocaleUpperCase('vi')} – HỌC KÌ I`;
    const page = pdf.pages.find((p) => pageText(p).includes(title))!;
    expect(page).toBeDefined();
    const header = page.items.find((i) => i.str.trim().startsWith('ĐTBmh'))!;
    let printed = 0;
    students.forEach((s, i) => {
      const no = page.items.find((x) => x.str.trim() === String(i + 1) && x.x < 60)!;
      const line = sameLine(page, no.y, 6);
      expect(line.map((x) => x.str).join(' ')).toContain(s.fullName);
      const r = input.grades.students.find((g) => g.id === s.id)!.subjects[math.id]!;
      const expected = formatResult(r['1']);
      const got = itemAt(sameLine(page, no.y), header.x + header.w / 2)?.str.trim() ?? '';
      expect(got).toBe(expected);
      if (expected !== '') printed++;
    });
    expect(printed).toBeGreaterThan(0);
  });

  it('the confirmation table names the class, the term and the subjects', () => {
    const text = pageText(
      extractPdf(files.get('Bảng xác nhận lớp 10A1 - Học kì I.pdf')!).pages[0]!,
    );
    expect(text).toContain('BẢNG XÁC NHẬN KẾT QUẢ HỌC TẬP, HẠNH KIỂM');
    expect(text).toContain('Lớp 10A1 – Học kì I');
    for (const s of input.subjects) for (const w of s.name.split(' ')) expect(text).toContain(w);
  });
});
