// ControlStore on SpreadsheetApp: one openById, whole-tab getValues/setValues (never cell by cell).
import type { ControlStore } from '../app/ports/control-store';
import type { Cell } from '../domain/control';

export class GasControlStore implements ControlStore {
  private ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  constructor(readonly id: string) {}

  private book(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.ss ??= SpreadsheetApp.openById(this.id);
    return this.ss;
  }

  private sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sh = this.book().getSheetByName(name);
    if (!sh) throw new Error(`Sổ quản trị thiếu trang «${name}». Hãy chạy lại "Tạo sổ quản trị".`);
    return sh;
  }

  readTabs(names: readonly string[]): Map<string, Cell[][]> {
    const out = new Map<string, Cell[][]>();
    for (const name of names) {
      const sh = this.book().getSheetByName(name);
      out.set(name, sh ? (sh.getDataRange().getValues() as Cell[][]) : []);
    }
    return out;
  }

  replaceTabs(tabs: ReadonlyArray<{ name: string; values: Cell[][] }>): void {
    for (const t of tabs) {
      const sh = this.sheet(t.name);
      const width = Math.max(1, ...t.values.map((r) => r.length));
      const oldRows = sh.getLastRow();
      const oldCols = sh.getLastColumn();
      const rows = Math.max(t.values.length, oldRows);
      const cols = Math.max(width, oldCols);
      // One write that also blanks what was below or to the right of the new content.
      const grid = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => t.values[r]?.[c] ?? ''),
      );
      if (rows > 0) sh.getRange(1, 1, rows, cols).setValues(grid);
    }
  }

  appendRows(tabs: ReadonlyArray<{ name: string; rows: Cell[][] }>): void {
    for (const t of tabs) {
      if (t.rows.length === 0) continue;
      const sh = this.sheet(t.name);
      const width = Math.max(...t.rows.map((r) => r.length));
      const grid = t.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
      sh.getRange(sh.getLastRow() + 1, 1, grid.length, width).setValues(grid);
    }
  }
}
