// SpreadsheetApp NamedRange. Doc: https://developers.google.com/apps-script/reference/spreadsheet/named-range
import { AppsScriptError } from '../core/workspace';
import type { DocRef } from './context';
import type { NamedRangeModel } from './model';
import type { RangeImpl } from './range';
import { rangeFromGrid } from './spreadsheet';
import { strict } from './strict';

export class NamedRangeImpl {
  constructor(
    private readonly doc: DocRef,
    readonly id: string,
  ) {
    return strict(this, 'NamedRange');
  }
  private get n(): NamedRangeModel {
    const n = this.doc.model().namedRanges.find((x) => x.id === this.id);
    if (!n) throw new AppsScriptError('The named range has been removed.');
    return n;
  }
  getName(): string {
    this.doc.ws.count('NamedRange.getName');
    return this.n.name;
  }
  setName(name: string): NamedRangeImpl {
    this.doc.ws.count('NamedRange.setName');
    this.n.name = name;
    return this;
  }
  getRange(): RangeImpl {
    this.doc.ws.count('NamedRange.getRange');
    const n = this.n;
    return rangeFromGrid(this.doc, n.range, this.doc.sheet(n.range.sheetId));
  }
  setRange(range: RangeImpl): NamedRangeImpl {
    this.doc.ws.count('NamedRange.setRange');
    this.n.range = range.gridRange();
    return this;
  }
  remove(): void {
    this.doc.ws.count('NamedRange.remove');
    const model = this.doc.model();
    model.namedRanges = model.namedRanges.filter((x) => x.id !== this.id);
  }
}
