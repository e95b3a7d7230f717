// Direct model access for assertions and setup in tests: no execution, no call counting, no checks.
import type { Workspace } from '../core/workspace';
import { parseA1 } from './a1';
import { displayValue } from './locale';
import type { CellModel, CellValue, ProtectionModel, SheetModel, SpreadsheetModel } from './model';
import { key, modelOf, newSheet, setValueAt, sheetByName, spreadsheetFile, valueAt } from './model';
import { effectiveEditors, warningsOf, type WriteWarning } from './protect';
import { validationWarningsOf, type ValidationWarning } from './user-edits';

export class SheetInspector {
  constructor(
    private readonly ws: Workspace,
    readonly docId: string,
  ) {}

  get model(): SpreadsheetModel {
    return modelOf(spreadsheetFile(this.ws, this.docId));
  }

  private locate(a1: string): {
    sheet: SheetModel;
    r0: number;
    c0: number;
    r1: number;
    c1: number;
  } {
    const parts = parseA1(a1);
    const model = this.model;
    const sheet = parts.sheetName === null ? model.sheets[0] : sheetByName(model, parts.sheetName);
    if (!sheet) throw new Error(`Emulator: no tab named ${parts.sheetName}`);
    return {
      sheet,
      r0: parts.startRow ?? 0,
      c0: parts.startCol ?? 0,
      r1: parts.endRow ?? sheet.rowCount,
      c1: parts.endCol ?? sheet.columnCount,
    };
  }

  /** Values by A1 ("'Toán'!E7:F9"), as getValues would return them. */
  values(a1: string): (CellValue | '')[][] {
    const { sheet, r0, c0, r1, c1 } = this.locate(a1);
    const out: (CellValue | '')[][] = [];
    for (let r = r0; r < r1; r++) {
      const row: (CellValue | '')[] = [];
      for (let c = c0; c < c1; c++) row.push(valueAt(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  value(a1: string): CellValue | '' {
    return this.values(a1)[0]?.[0] ?? '';
  }

  displayValues(a1: string): string[][] {
    const { sheet, r0, c0, r1, c1 } = this.locate(a1);
    const model = this.model;
    const out: string[][] = [];
    for (let r = r0; r < r1; r++) {
      const row: string[] = [];
      for (let c = c0; c < c1; c++) {
        const cell = sheet.cells.get(key(r, c));
        row.push(displayValue(cell?.value ?? '', cell?.numberFormat, model.locale, model.timeZone));
      }
      out.push(row);
    }
    return out;
  }

  cell(a1: string): CellModel | undefined {
    const { sheet, r0, c0 } = this.locate(a1);
    return sheet.cells.get(key(r0, c0));
  }

  /** Setup only: writes values with no checks and no execution. */
  set(a1: string, values: (CellValue | '')[][]): void {
    const { sheet, r0, c0 } = this.locate(a1);
    values.forEach((row, i) => row.forEach((v, j) => setValueAt(sheet, r0 + i, c0 + j, v)));
  }

  /** Setup only: adds a tab. */
  addSheet(title: string): number {
    const model = this.model;
    const sheetId = model.nextSheetId++ * 1000 + 7;
    model.sheets.push(newSheet(sheetId, title));
    return sheetId;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.title);
  }

  protections(): Array<ProtectionModel & { effectiveEditors: string[] }> {
    const file = spreadsheetFile(this.ws, this.docId);
    return this.model.protections.map((p) => ({
      ...p,
      effectiveEditors: effectiveEditors(file, p),
    }));
  }

  protectionWarnings(): WriteWarning[] {
    return warningsOf(this.ws).filter((w) => w.documentId === this.docId);
  }

  validationWarnings(): ValidationWarning[] {
    return validationWarningsOf(this.ws).filter((w) => w.documentId === this.docId);
  }
}
