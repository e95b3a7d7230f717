// Emulator runtime figures: local CPU of the XLSX export and of saving a school's Drive, and the
// estimated Apps Script time (cost table, emulator/README.md) of snapshotting 45 class workbooks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEmulator } from '../../emulator';
import { xlsxFromModel } from '../../emulator/drive/xlsx-write';
import { modelOf, setValueAt } from '../../emulator/sheets/model';
import { EXECUTION_LIMIT_MS } from '../../emulator/core/cost';
import { cpuMs, type BenchRow } from './row';

const SYSTEM = 'sodiem@school.edu.vn';

export function rows(): BenchRow[] {
  const emu = createEmulator({ start: new Date('2025-12-31T02:00:00Z'), deployment: 'addon' });
  emu.addUser(SYSTEM);
  const ids: string[] = [];
  for (let c = 0; c < 45; c += 1) {
    const id = emu.createSpreadsheet(SYSTEM, `Sổ điểm 2025-2026 - Lớp ${c + 1}`);
    const model = modelOf(emu.ws.files.get(id)!);
    const first = model.sheets[0]!;
    model.sheets = Array.from({ length: 10 }, (_, t) => ({
      ...structuredClone(first),
      sheetId: t,
      title: `Môn ${t + 1}`,
    }));
    for (const sheet of model.sheets) {
      for (let r = 0; r < 45; r += 1) {
        setValueAt(sheet, r, 0, `Học sinh ${r + 1}`);
        for (let col = 1; col < 30; col += 1) setValueAt(sheet, r, col, ((r * col) % 100) / 10);
      }
    }
    ids.push(id);
  }
  const one = modelOf(emu.ws.files.get(ids[0]!)!);
  const exportMs = cpuMs(() => xlsxFromModel(one), 3);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-save-'));
  const saveMs = cpuMs(() => emu.save(dir), 1);
  rmSync(dir, { recursive: true, force: true });
  // Estimated Apps Script time of one snapshot execution: copy + XLSX export of every class.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const estimated = emu.as(SYSTEM).run((ctx: Record<string, any>) => {
    const folder = ctx.DriveApp.createFolder('Lưu trữ');
    const token = ctx.ScriptApp.getOAuthToken();
    let done = 0;
    for (const id of ids) {
      ctx.DriveApp.getFileById(id).makeCopy(`2025-12-31 Lớp ${done + 1}`, folder);
      ctx.UrlFetchApp.fetch(`https://docs.google.com/spreadsheets/d/${id}/export?format=xlsx`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      done += 1;
      if (emu.ws.execution.estimatedMs > EXECUTION_LIMIT_MS - 30_000) break;
    }
    return { done, ms: emu.ws.execution.estimatedMs };
  });
  return [
    {
      area: 'emulator',
      measure: 'XLSX export, 10 tabs × 45 × 30 (local CPU)',
      value: `${exportMs.toFixed(1)} ms`,
      target: '< 500 ms',
      ok: exportMs < 500,
    },
    {
      area: 'emulator',
      measure: 'save 45 class workbooks (local CPU)',
      value: `${saveMs.toFixed(0)} ms`,
      target: '< 20000 ms',
      ok: saveMs < 20000,
    },
    {
      area: 'emulator',
      measure: 'estimated Apps Script time: copy + XLSX export per class (cost table)',
      value: `${estimated.done} classes in ${(estimated.ms / 1000).toFixed(0)} s`,
      target: '45 classes in one 6-min execution',
      ok: estimated.done === 45,
    },
  ];
}
