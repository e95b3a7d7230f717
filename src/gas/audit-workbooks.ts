// Class workbooks as reconciliation reads them: modified times from one Drive.Files.list per
// folder (the folders are learned once and kept in script properties), values in one
// Sheets.Spreadsheets.Values.batchGet per workbook (UNFORMATTED values, serial dates).
import type { ClassWorkbooks, SmallStore } from '../app/audit/ports';
import type { CellValue, WorkbookValues } from '../domain/audit/observe';
import { quoteSheet } from '../domain/layout/a1';

export const FOLDERS_KEY = 'sodiem.audit.folders';

export class GasClassWorkbooks implements ClassWorkbooks {
  constructor(private readonly small: SmallStore) {}

  modifiedTimes(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    const folders = JSON.parse(this.small.get(FOLDERS_KEY) ?? '[]') as string[];
    for (const folder of folders) {
      const res = Drive!.Files!.list({
        q: `'${folder}' in parents and trashed = false`,
        fields: 'files(id,modifiedTime)',
        pageSize: 1000,
      }) as { files?: Array<{ id?: string; modifiedTime?: string }> };
      for (const f of res.files ?? []) if (f.id && f.modifiedTime) out.set(f.id, f.modifiedTime);
    }
    const learned = new Set(folders);
    for (const id of ids) {
      if (out.has(id)) continue;
      const file = DriveApp.getFileById(id);
      out.set(id, file.getLastUpdated().toISOString());
      const parents = file.getParents();
      if (parents.hasNext()) learned.add(parents.next().getId());
    }
    if (learned.size > folders.length) this.small.set(FOLDERS_KEY, JSON.stringify([...learned]));
    return out;
  }

  read(workbookId: string, tabNames: readonly string[]): WorkbookValues {
    // Usually every layout tab is there: one batchGet. A missing (renamed, deleted) tab fails the
    // request; then the tab list is read first so the structure guard can say what happened.
    try {
      return { tabNames: [...tabNames], tabs: this.values(workbookId, tabNames) };
    } catch {
      const meta = Sheets!.Spreadsheets!.get(workbookId, {
        fields: 'sheets(properties(title))',
      }) as { sheets?: Array<{ properties?: { title?: string } }> };
      const present = (meta.sheets ?? []).map((s) => s.properties?.title ?? '');
      const wanted = tabNames.filter((t) => present.includes(t));
      return { tabNames: present, tabs: this.values(workbookId, wanted) };
    }
  }

  private values(workbookId: string, tabNames: readonly string[]): Record<string, CellValue[][]> {
    const tabs: Record<string, CellValue[][]> = {};
    if (tabNames.length === 0) return tabs;
    const res = Sheets!.Spreadsheets!.Values!.batchGet(workbookId, {
      ranges: tabNames.map(quoteSheet),
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    }) as { valueRanges?: Array<{ values?: CellValue[][] }> };
    (res.valueRanges ?? []).forEach((vr, i) => {
      tabs[tabNames[i]!] = vr.values ?? [];
    });
    return tabs;
  }
}
