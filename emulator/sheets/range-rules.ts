// Range methods for rules and structure: data validation, protection, developer metadata, sort,
// copyTo; mixed into RangeImpl. Doc: https://developers.google.com/apps-script/reference/spreadsheet/range
import { AppsScriptError } from '../core/workspace';
import { DataValidationImpl, ruleFromModel } from './data-validation';
import { MetadataImpl, addMetadata } from './metadata';
import { ensureCell, key, setValueAt } from './model';
import { ProtectionImpl } from './protection';
import { checkWrite, newProtection } from './protect';
import type { RangeImpl } from './range';
import { sortRows } from './structure';
import { growToFit } from './writes';

export const rangeRuleMethods = {
  /** Copies values, formats and validation to the destination's top-left cell (same size). */
  copyTo(
    this: RangeImpl,
    destination: RangeImpl,
    options?: { contentsOnly?: boolean; formatOnly?: boolean },
  ): void {
    this.count('copyTo');
    const from = this.doc.sheet(this.sheetId);
    const cells = this.grid((_r, _c, cell) => (cell ? structuredClone(cell) : undefined));
    const to = destination.doc.sheet(destination.sheetId);
    const rect = {
      r0: destination.r0,
      c0: destination.c0,
      r1: destination.r0 + this.nr,
      c1: destination.c0 + this.nc,
    };
    growToFit(to, rect.r1, rect.c1);
    checkWrite(
      destination.doc.ws,
      destination.doc.file(),
      destination.doc.model(),
      to,
      rect,
      destination.doc.user(),
      'script',
    );
    cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const k = key(rect.r0 + i, rect.c0 + j);
        const existing = to.cells.get(k);
        if (options?.contentsOnly) {
          setValueAt(to, rect.r0 + i, rect.c0 + j, cell?.value ?? '', cell?.formula);
        } else if (options?.formatOnly) {
          const target = ensureCell(to, rect.r0 + i, rect.c0 + j);
          target.format = cell?.format;
          target.numberFormat = cell?.numberFormat;
        } else if (cell) to.cells.set(k, cell);
        else if (existing) to.cells.delete(k);
      }),
    );
    void from;
    destination.doc.touch();
  },
  setDataValidation(this: RangeImpl, rule: DataValidationImpl | null): RangeImpl {
    this.count('setDataValidation');
    const model = rule ? rule.toModel() : undefined;
    this.eachCell((cell) => {
      if (model) cell.validation = { ...model, values: [...model.values] };
      else delete cell.validation;
    });
    return this;
  },
  setDataValidations(this: RangeImpl, rules: (DataValidationImpl | null)[][]): RangeImpl {
    this.count('setDataValidations', this.cellsK());
    this.eachCell((cell, i, j) => {
      const rule = rules[i]?.[j];
      if (rule) cell.validation = rule.toModel();
      else delete cell.validation;
    });
    return this;
  },
  clearDataValidations(this: RangeImpl): RangeImpl {
    this.count('clearDataValidations');
    this.eachCell((cell) => delete cell.validation);
    return this;
  },
  getDataValidation(this: RangeImpl): DataValidationImpl | null {
    this.count('getDataValidation');
    const v = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.validation;
    return v ? ruleFromModel(v) : null;
  },
  getDataValidations(this: RangeImpl): (DataValidationImpl | null)[][] {
    this.count('getDataValidations', this.cellsK());
    return this.grid((_r, _c, cell) => (cell?.validation ? ruleFromModel(cell.validation) : null));
  },
  protect(this: RangeImpl): ProtectionImpl {
    this.count('protect');
    const model = this.doc.model();
    // A range protection starts mirroring the file's editors (apps-script-facts §1.1).
    const p = newProtection(model, this.gridRange(), false);
    this.doc.touch();
    return new ProtectionImpl(this.doc, p.id);
  },
  sort(
    this: RangeImpl,
    spec:
      | number
      | { column: number; ascending?: boolean }
      | Array<number | { column: number; ascending?: boolean }>,
  ): RangeImpl {
    this.count('sort');
    this.checkFormatWrite();
    const list = Array.isArray(spec) ? spec : [spec];
    const specs = list.map((s) =>
      typeof s === 'number'
        ? { column: s - 1, ascending: true }
        : { column: s.column - 1, ascending: s.ascending ?? true },
    );
    sortRows(
      this.doc.sheet(this.sheetId),
      this.r0,
      this.r0 + this.nr,
      this.c0,
      this.c0 + this.nc,
      specs,
    );
    this.doc.touch();
    return this;
  },
  addDeveloperMetadata(
    this: RangeImpl,
    metaKey: string,
    value?: string,
    visibility?: unknown,
  ): RangeImpl {
    this.count('addDeveloperMetadata');
    const isRows = this.c0 === 0 && this.nc === this.doc.sheet(this.sheetId).columnCount;
    const isCols = this.r0 === 0 && this.nr === this.doc.sheet(this.sheetId).rowCount;
    if (!isRows && !isCols)
      throw new AppsScriptError(
        'Adding developer metadata to arbitrary ranges is not supported. Use a whole row or column.',
      );
    addMetadata(
      this.doc.model(),
      metaKey,
      value ?? null,
      visibility,
      isRows
        ? { kind: 'ROW', sheetId: this.sheetId, start: this.r0, end: this.r0 + this.nr }
        : { kind: 'COLUMN', sheetId: this.sheetId, start: this.c0, end: this.c0 + this.nc },
    );
    return this;
  },
  getDeveloperMetadata(this: RangeImpl): MetadataImpl[] {
    this.count('getDeveloperMetadata');
    return this.doc
      .model()
      .developerMetadata.filter((d) => {
        const l = d.location;
        if (l.kind === 'ROW')
          return l.sheetId === this.sheetId && l.start === this.r0 && l.end === this.r0 + this.nr;
        if (l.kind === 'COLUMN')
          return l.sheetId === this.sheetId && l.start === this.c0 && l.end === this.c0 + this.nc;
        return false;
      })
      .map((d) => new MetadataImpl(this.doc, d.id));
  },
};

export type RangeRuleMethods = typeof rangeRuleMethods;
