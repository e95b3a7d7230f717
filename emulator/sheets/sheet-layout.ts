// Sheet rows and columns: insert/delete (protections, validation and metadata move with them),
// sizes, hiding, tab colour; mixed into SheetImpl. Doc: https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { SheetImpl } from './sheet';

export const sheetLayoutMethods = {
  insertRowsBefore(this: SheetImpl, beforePosition: number, howMany: number): SheetImpl {
    this.count('insertRowsBefore');
    this.shift('ROWS', beforePosition - 1, howMany);
    return this;
  },
  insertRowsAfter(this: SheetImpl, afterPosition: number, howMany: number): SheetImpl {
    this.count('insertRowsAfter');
    this.shift('ROWS', afterPosition, howMany);
    return this;
  },
  insertRows(this: SheetImpl, rowIndex: number, numRows = 1): void {
    this.count('insertRows');
    this.shift('ROWS', rowIndex - 1, numRows);
  },
  insertRowBefore(this: SheetImpl, beforePosition: number): SheetImpl {
    this.count('insertRowBefore');
    this.shift('ROWS', beforePosition - 1, 1);
    return this;
  },
  insertRowAfter(this: SheetImpl, afterPosition: number): SheetImpl {
    this.count('insertRowAfter');
    this.shift('ROWS', afterPosition, 1);
    return this;
  },
  deleteRows(this: SheetImpl, rowPosition: number, howMany: number): void {
    this.count('deleteRows');
    this.shift('ROWS', rowPosition - 1, -howMany);
  },
  deleteRow(this: SheetImpl, rowPosition: number): SheetImpl {
    this.count('deleteRow');
    this.shift('ROWS', rowPosition - 1, -1);
    return this;
  },
  insertColumnsBefore(this: SheetImpl, beforePosition: number, howMany: number): SheetImpl {
    this.count('insertColumnsBefore');
    this.shift('COLUMNS', beforePosition - 1, howMany);
    return this;
  },
  insertColumnsAfter(this: SheetImpl, afterPosition: number, howMany: number): SheetImpl {
    this.count('insertColumnsAfter');
    this.shift('COLUMNS', afterPosition, howMany);
    return this;
  },
  insertColumns(this: SheetImpl, columnIndex: number, numColumns = 1): void {
    this.count('insertColumns');
    this.shift('COLUMNS', columnIndex - 1, numColumns);
  },
  deleteColumns(this: SheetImpl, columnPosition: number, howMany: number): void {
    this.count('deleteColumns');
    this.shift('COLUMNS', columnPosition - 1, -howMany);
  },
  deleteColumn(this: SheetImpl, columnPosition: number): SheetImpl {
    this.count('deleteColumn');
    this.shift('COLUMNS', columnPosition - 1, -1);
    return this;
  },
  setColumnWidth(this: SheetImpl, columnPosition: number, width: number): SheetImpl {
    this.count('setColumnWidth');
    this.structural().columnWidths.set(columnPosition - 1, width);
    return this;
  },
  setColumnWidths(
    this: SheetImpl,
    startColumn: number,
    numColumns: number,
    width: number,
  ): SheetImpl {
    this.count('setColumnWidths');
    const sheet = this.structural();
    for (let i = 0; i < numColumns; i++) sheet.columnWidths.set(startColumn - 1 + i, width);
    return this;
  },
  getColumnWidth(this: SheetImpl, columnPosition: number): number {
    this.count('getColumnWidth');
    return this.m.columnWidths.get(columnPosition - 1) ?? 100;
  },
  setRowHeights(this: SheetImpl, startRow: number, numRows: number, height: number): SheetImpl {
    this.count('setRowHeights');
    const sheet = this.structural();
    for (let i = 0; i < numRows; i++) sheet.rowHeights.set(startRow - 1 + i, height);
    return this;
  },
  /** Widths are not measured from text: auto-resize is recorded as the default width (Assumption). */
  autoResizeColumns(this: SheetImpl, startColumn: number, numColumns: number): SheetImpl {
    this.count('autoResizeColumns');
    const sheet = this.structural();
    for (let i = 0; i < numColumns; i++) sheet.columnWidths.delete(startColumn - 1 + i);
    return this;
  },
  autoResizeColumn(this: SheetImpl, columnPosition: number): SheetImpl {
    this.count('autoResizeColumn');
    this.structural().columnWidths.delete(columnPosition - 1);
    return this;
  },
  getRowHeight(this: SheetImpl, rowPosition: number): number {
    this.count('getRowHeight');
    return this.m.rowHeights.get(rowPosition - 1) ?? 21;
  },
  setRowHeight(this: SheetImpl, rowPosition: number, height: number): SheetImpl {
    this.count('setRowHeight');
    this.structural().rowHeights.set(rowPosition - 1, height);
    return this;
  },
  hideColumns(this: SheetImpl, columnIndex: number, numColumns = 1): void {
    this.count('hideColumns');
    const sheet = this.structural();
    for (let i = 0; i < numColumns; i++) sheet.hiddenColumns.add(columnIndex - 1 + i);
  },
  showColumns(this: SheetImpl, columnIndex: number, numColumns = 1): void {
    this.count('showColumns');
    const sheet = this.structural();
    for (let i = 0; i < numColumns; i++) sheet.hiddenColumns.delete(columnIndex - 1 + i);
  },
  hideRows(this: SheetImpl, rowIndex: number, numRows = 1): void {
    this.count('hideRows');
    const sheet = this.structural();
    for (let i = 0; i < numRows; i++) sheet.hiddenRows.add(rowIndex - 1 + i);
  },
  showRows(this: SheetImpl, rowIndex: number, numRows = 1): void {
    this.count('showRows');
    const sheet = this.structural();
    for (let i = 0; i < numRows; i++) sheet.hiddenRows.delete(rowIndex - 1 + i);
  },
  isColumnHiddenByUser(this: SheetImpl, columnPosition: number): boolean {
    this.count('isColumnHiddenByUser');
    return this.m.hiddenColumns.has(columnPosition - 1);
  },
  isRowHiddenByUser(this: SheetImpl, rowPosition: number): boolean {
    this.count('isRowHiddenByUser');
    return this.m.hiddenRows.has(rowPosition - 1);
  },
  setTabColor(this: SheetImpl, color: string | null): SheetImpl {
    this.count('setTabColor');
    this.structural().tabColor = color;
    return this;
  },
  getTabColor(this: SheetImpl): string | null {
    this.count('getTabColor');
    return this.m.tabColor;
  },
};

export type SheetLayoutMethods = typeof sheetLayoutMethods;
