// Save/load of the whole workspace (issue 3 item 9: "Drive files land as real files … so out/ can
// be browsed and checked with ordinary tools"); layout assumptions A-PERSIST-* in emulator/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createEmulator, loadEmulator } from '../../emulator';
import { modelOf, valueAt } from '../../emulator/sheets/model';
import { setScriptOwner } from '../../emulator/runtime/session';

const SYSTEM = 'sodiem@school.edu.vn';
const ADMIN = 'admin@school.edu.vn';

type Ctx = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function build() {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z'), deployment: 'bound' });
  emu.addUser(SYSTEM, 'Hệ thống');
  emu.addUser(ADMIN);
  setScriptOwner(emu.ws, SYSTEM);
  const control = emu.createSpreadsheet(SYSTEM, 'Quản trị sổ điểm 2025-2026');
  emu.bindTo(control);
  const ids = emu.as(SYSTEM).run(
    (ctx: Ctx) => {
      const year = ctx.DriveApp.createFolder('Sổ điểm 2025-2026');
      const archive = year.createFolder('Lưu trữ');
      const snap = archive.createFolder('2025-12-31 0900 Cuối kỳ I');
      const ss = ctx.SpreadsheetApp.create('Sổ điểm 2025-2026 - Lớp 10A');
      ctx.DriveApp.getFileById(ss.getId()).moveTo(year);
      ss.getSheets()[0].setName('Toán');
      ss.getSheets()[0]
        .getRange('A1:B2')
        .setValues([
          ['Họ và tên', 'ĐĐGtx1'],
          ['Nguyễn Văn Ánh', 8.5],
        ]);
      ss.getSheets()[0].protect().setDescription('so-diem:toan');
      snap.createFile(ctx.Utilities.newBlob('%PDF-1.7 test', 'application/pdf', 'Lớp 10A.pdf'));
      snap.createFile(ctx.Utilities.newBlob('{"n":1}', 'application/json', 'manifest'));
      const zip = ctx.Utilities.zip(
        [ctx.Utilities.newBlob('abc', 'text/plain', 'SHA256SUMS')],
        'bundle.zip',
      );
      snap.createFile(zip);
      snap.createFile('notes', 'ghi chú', 'text/plain');
      ctx.PropertiesService.getScriptProperties().setProperty('cursor', '{"class":"10A"}');
      ctx.ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create();
      return { year: year.getId(), ss: ss.getId(), snap: snap.getId() };
    },
    { documentId: control },
  );
  return { emu, control, ids };
}

describe('saveWorkspace / loadEmulator', () => {
  it('writes browsable real files: folders as directories, spreadsheets as .xlsx, blobs with their bytes', async () => {
    const { emu } = build();
    const dir = mkdtempSync(join(tmpdir(), 'emu-save-'));
    emu.save(dir);
    const root = join(dir, 'files', `My Drive (${SYSTEM})`, 'Sổ điểm 2025-2026');
    const snap = join(root, 'Lưu trữ', '2025-12-31 0900 Cuối kỳ I');
    expect(readFileSync(join(snap, 'Lớp 10A.pdf'), 'utf8')).toBe('%PDF-1.7 test');
    expect(readFileSync(join(snap, 'manifest.json'), 'utf8')).toBe('{"n":1}');
    expect(readFileSync(join(snap, 'notes.txt'), 'utf8')).toBe('ghi chú');
    expect(existsSync(join(dir, 'files', 'Quản trị sổ điểm 2025-2026.xlsx'))).toBe(true);
    let hasUnzip = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      hasUnzip = false;
    }
    if (hasUnzip)
      expect(execFileSync('unzip', ['-t', join(snap, 'bundle.zip')]).toString()).toMatch(
        /No errors/,
      );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, 'Sổ điểm 2025-2026 - Lớp 10A.xlsx'));
    expect(wb.getWorksheet('Toán')!.getCell('A2').value).toBe('Nguyễn Văn Ánh');
    expect(wb.getWorksheet('Toán')!.getCell('B2').value).toBe(8.5);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).format).toMatch(
      /^so-diem-emulator-workspace/,
    );
  });

  it('round trip: models, protections, properties, triggers, clock and ids survive', () => {
    const { emu, control, ids } = build();
    emu.advance(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'emu-load-'));
    emu.save(dir);
    const back = loadEmulator(dir);
    expect(back.deployment).toBe('bound');
    expect(back.container).toBe(control);
    expect(back.ws.clock.now()).toBe(emu.ws.clock.now());
    expect(back.ws.users.get(SYSTEM)?.name).toBe('Hệ thống');
    const model = modelOf(back.ws.files.get(ids.ss)!);
    expect(valueAt(model.sheets[0]!, 1, 1)).toBe(8.5);
    expect(model.protections.map((p) => p.description)).toEqual(['so-diem:toan']);
    expect(back.executions.length).toBe(emu.executions.length);
    expect(back.executions[0]!.calls.get('DriveApp.createFolder')).toBe(1);
    const fired: string[] = [];
    (back.context as Ctx).tick = () => fired.push(new (back.context as Ctx).Date().toISOString());
    back.advance(10 * 60_000);
    // Created a few virtual seconds into its execution; fires every 5 minutes from then.
    expect(fired.map((t) => t.slice(0, 16))).toEqual(['2025-09-05T01:05', '2025-09-05T01:10']);
    back.as(SYSTEM).run(
      (ctx: Ctx) => {
        expect(ctx.PropertiesService.getScriptProperties().getProperty('cursor')).toBe(
          '{"class":"10A"}',
        );
        const f = ctx.DriveApp.getFolderById(ids.snap).createFile('new.txt', 'x');
        expect(back.ws.files.has(f.getId())).toBe(true);
        expect([...back.ws.files.keys()].filter((k) => k === f.getId())).toHaveLength(1);
        expect(ctx.LockService.getScriptLock().tryLock(0)).toBe(true);
      },
      { documentId: control },
    );
    // The lock hook is installed on the loaded workspace: the lock was released at the end.
    back.as(ADMIN).run((ctx: Ctx) => expect(ctx.LockService.getScriptLock().tryLock(0)).toBe(true));
    expect(ids.year).toBeTruthy();
  });
});
