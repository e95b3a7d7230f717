// Range formatting methods (number formats, notes, fonts, colours, borders, merges, checkboxes),
// mixed into RangeImpl. Doc: https://developers.google.com/apps-script/reference/spreadsheet/range
import { key } from './model';
import type { RangeImpl } from './range';

export const rangeFormatMethods = {
  getNumberFormat(this: RangeImpl): string {
    this.count('getNumberFormat');
    return (
      this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.numberFormat ??
      '0.###############'
    );
  },
  getNumberFormats(this: RangeImpl): string[][] {
    this.count('getNumberFormats', this.cellsK());
    return this.grid((_r, _c, cell) => cell?.numberFormat ?? '0.###############');
  },
  setNumberFormat(this: RangeImpl, format: string): RangeImpl {
    this.count('setNumberFormat');
    this.eachCell((cell) => (cell.numberFormat = format));
    return this;
  },
  setNumberFormats(this: RangeImpl, formats: string[][]): RangeImpl {
    this.count('setNumberFormats', this.cellsK());
    this.eachCell((cell, i, j) => (cell.numberFormat = formats[i]?.[j] ?? cell.numberFormat));
    return this;
  },
  getNote(this: RangeImpl): string {
    this.count('getNote');
    return this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.note ?? '';
  },
  setNote(this: RangeImpl, note: string | null): RangeImpl {
    this.count('setNote');
    this.eachCell((cell) => {
      if (note) cell.note = note;
      else delete cell.note;
    });
    return this;
  },
  setBackground(this: RangeImpl, color: string | null): RangeImpl {
    return this.setFormat('setBackground', 'background', color);
  },
  setBackgrounds(this: RangeImpl, colors: (string | null)[][]): RangeImpl {
    return this.setFormats('setBackgrounds', 'background', colors);
  },
  setFontWeight(this: RangeImpl, weight: string | null): RangeImpl {
    return this.setFormat('setFontWeight', 'fontWeight', weight);
  },
  setFontColor(this: RangeImpl, color: string | null): RangeImpl {
    return this.setFormat('setFontColor', 'fontColor', color);
  },
  setFontSize(this: RangeImpl, size: number): RangeImpl {
    return this.setFormat('setFontSize', 'fontSize', size);
  },
  setFontStyle(this: RangeImpl, style: string | null): RangeImpl {
    return this.setFormat('setFontStyle', 'fontStyle', style);
  },
  setHorizontalAlignment(this: RangeImpl, alignment: string | null): RangeImpl {
    return this.setFormat('setHorizontalAlignment', 'horizontalAlignment', alignment);
  },
  setVerticalAlignment(this: RangeImpl, alignment: string | null): RangeImpl {
    return this.setFormat('setVerticalAlignment', 'verticalAlignment', alignment);
  },
  setWrap(this: RangeImpl, wrap: boolean): RangeImpl {
    return this.setFormat('setWrap', 'wrap', wrap);
  },
  setFontFamily(this: RangeImpl, family: string | null): RangeImpl {
    return this.setFormat('setFontFamily', 'fontFamily', family);
  },
  setFontLine(this: RangeImpl, line: string | null): RangeImpl {
    return this.setFormat('setFontLine', 'fontLine', line);
  },
  setFontWeights(this: RangeImpl, weights: (string | null)[][]): RangeImpl {
    return this.setFormats('setFontWeights', 'fontWeight', weights);
  },
  setFontColors(this: RangeImpl, colors: (string | null)[][]): RangeImpl {
    return this.setFormats('setFontColors', 'fontColor', colors);
  },
  setHorizontalAlignments(this: RangeImpl, alignments: (string | null)[][]): RangeImpl {
    return this.setFormats('setHorizontalAlignments', 'horizontalAlignment', alignments);
  },
  setWrapStrategy(this: RangeImpl, strategy: unknown): RangeImpl {
    return this.setFormat('setWrapStrategy', 'wrapStrategy', String(strategy));
  },
  setTextRotation(this: RangeImpl, degrees: number): RangeImpl {
    return this.setFormat('setTextRotation', 'textRotation', degrees);
  },
  /** Borders are recorded as one format entry per cell (sides and style), not drawn. */
  setBorder(
    this: RangeImpl,
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: unknown,
  ): RangeImpl {
    const border = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ?? null,
      style: style === undefined ? null : String(style),
    };
    return this.setFormat('setBorder', 'border', border);
  },
  setNotes(this: RangeImpl, notes: (string | null)[][]): RangeImpl {
    this.count('setNotes', this.cellsK());
    this.eachCell((cell, i, j) => {
      const note = notes[i]?.[j];
      if (note) cell.note = note;
      else delete cell.note;
    });
    return this;
  },
  getNotes(this: RangeImpl): string[][] {
    this.count('getNotes', this.cellsK());
    return this.grid((_r, _c, cell) => cell?.note ?? '');
  },
  getBackgrounds(this: RangeImpl): string[][] {
    this.count('getBackgrounds', this.cellsK());
    return this.grid((_r, _c, cell) => {
      const bg = cell?.format?.background;
      return typeof bg === 'string' ? bg : '#ffffff';
    });
  },
  getFontWeights(this: RangeImpl): string[][] {
    this.count('getFontWeights', this.cellsK());
    return this.grid((_r, _c, cell) => {
      const w = cell?.format?.fontWeight;
      return typeof w === 'string' ? w : 'normal';
    });
  },
  getHorizontalAlignment(this: RangeImpl): string {
    this.count('getHorizontalAlignment');
    const a = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))
      ?.format?.horizontalAlignment;
    return typeof a === 'string' ? a : 'general';
  },
  insertCheckboxes(this: RangeImpl): RangeImpl {
    this.count('insertCheckboxes');
    this.eachCell((cell) => {
      cell.validation = {
        kind: 'CHECKBOX',
        values: [],
        strict: true,
        helpText: '',
        showCustomUi: true,
      };
      if (cell.value === '') cell.value = false;
    });
    return this;
  },
  removeCheckboxes(this: RangeImpl): RangeImpl {
    this.count('removeCheckboxes');
    this.eachCell((cell) => {
      if (cell.validation?.kind === 'CHECKBOX') {
        delete cell.validation;
        if (typeof cell.value === 'boolean') cell.value = '';
      }
    });
    return this;
  },
  breakApart(this: RangeImpl): RangeImpl {
    this.count('breakApart');
    this.checkFormatWrite();
    const sheet = this.doc.sheet(this.sheetId);
    const mine = this.rect();
    sheet.merges = sheet.merges.filter((m) => {
      const r = {
        r0: m.startRowIndex ?? 0,
        r1: m.endRowIndex ?? 0,
        c0: m.startColumnIndex ?? 0,
        c1: m.endColumnIndex ?? 0,
      };
      return !(r.r0 >= mine.r0 && r.r1 <= mine.r1 && r.c0 >= mine.c0 && r.c1 <= mine.c1);
    });
    return this;
  },
  getMergedRanges(this: RangeImpl): RangeImpl[] {
    this.count('getMergedRanges');
    const mine = this.rect();
    return this.doc
      .sheet(this.sheetId)
      .merges.filter((m) => {
        const r = {
          r0: m.startRowIndex ?? 0,
          r1: m.endRowIndex ?? 0,
          c0: m.startColumnIndex ?? 0,
          c1: m.endColumnIndex ?? 0,
        };
        return r.r0 < mine.r1 && mine.r0 < r.r1 && r.c0 < mine.c1 && mine.c0 < r.c1;
      })
      .map((m) => {
        const r0 = m.startRowIndex ?? 0;
        const c0 = m.startColumnIndex ?? 0;
        return new (this.constructor as typeof RangeImpl)(
          this.doc,
          this.sheetId,
          r0,
          c0,
          (m.endRowIndex ?? r0 + 1) - r0,
          (m.endColumnIndex ?? c0 + 1) - c0,
        );
      });
  },
  getBackground(this: RangeImpl): string {
    this.count('getBackground');
    const bg = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.format?.background;
    return typeof bg === 'string' ? bg : '#ffffff';
  },
  getFontWeight(this: RangeImpl): string {
    this.count('getFontWeight');
    const w = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.format?.fontWeight;
    return typeof w === 'string' ? w : 'normal';
  },
  clearFormat(this: RangeImpl): RangeImpl {
    this.count('clearFormat');
    this.eachCell((cell) => {
      delete cell.format;
      delete cell.numberFormat;
    });
    return this;
  },
  merge(this: RangeImpl): RangeImpl {
    this.count('merge');
    this.checkFormatWrite();
    this.doc.sheet(this.sheetId).merges.push(this.gridRange());
    return this;
  },
  setFormat(this: RangeImpl, method: string, prop: string, value: unknown): RangeImpl {
    this.count(method);
    this.eachCell((cell) => (cell.format = { ...(cell.format ?? {}), [prop]: value }));
    return this;
  },
  setFormats(this: RangeImpl, method: string, prop: string, values: unknown[][]): RangeImpl {
    this.count(method, this.cellsK());
    this.eachCell(
      (cell, i, j) => (cell.format = { ...(cell.format ?? {}), [prop]: values[i]?.[j] ?? null }),
    );
    return this;
  },
};

export type RangeFormatMethods = typeof rangeFormatMethods;
