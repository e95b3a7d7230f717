// Port doubles for the setup use case: in-memory Drive, workbooks (A1 ranges → cells), checkpoints, clock.
import type { Cell } from '../../../src/domain/control';
import { columnNumber } from '../../../src/domain/layout';
import type { SheetsRequest, ValueRange } from '../../../src/domain/setup';
import type { Checkpoints, Clock, SetupDrive, Workbooks } from '../../../src/app/setup/ports';

export function parseRange(a1: string): {
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
} {
  const m = /^'((?:[^']|'')+)'!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`parseRange: ${a1}`);
  return {
    sheet: m[1]!.replace(/''/g, "'"),
    c1: columnNumber(m[2]!),
    r1: Number(m[3]),
    c2: columnNumber(m[4]!),
    r2: Number(m[5]),
  };
}

export class FakeDrive implements SetupDrive {
  folders: Array<{ id: string; name: string; parent: string | null }> = [];
  files: Array<{ id: string; name: string; folder: string | null; editors: Set<string> }> = [];
  calls = 0;
  createFolder(name: string, parentId: string | null): string {
    this.calls++;
    const id = `folder${this.folders.length + 1}`;
    this.folders.push({ id, name, parent: parentId });
    return id;
  }
  parentOf(): string | null {
    return 'root-of-control';
  }
  createSpreadsheet(name: string, folderId: string | null): string {
    this.calls++;
    const id = `wb${this.files.length + 1}`;
    this.files.push({ id, name, folder: folderId, editors: new Set() });
    return id;
  }
  addEditors(fileId: string, emails: readonly string[]): void {
    this.calls++;
    const f = this.files.find((x) => x.id === fileId)!;
    for (const e of emails) f.editors.add(e);
  }
  controlAdmins = new Set<string>();
  shareControl(_controlId: string, _yearFolderId: string, admins: readonly string[]): void {
    this.calls++;
    for (const a of admins) this.controlAdmins.add(a);
  }
}

export class FakeWorkbooks implements Workbooks {
  cells = new Map<string, Map<string, Cell>>();
  requests = new Map<string, SheetsRequest[][]>();
  writes: Array<{ id: string; data: readonly ValueRange[] }> = [];
  batchUpdate(id: string, requests: SheetsRequest[]): void {
    this.requests.set(id, [...(this.requests.get(id) ?? []), requests]);
  }
  writeValues(id: string, data: readonly ValueRange[]): void {
    this.writes.push({ id, data });
    for (const d of data) {
      const r = parseRange(d.range);
      d.values.forEach((row, i) =>
        row.forEach((v, j) => this.set(id, r.sheet, r.r1 + i, r.c1 + j, v)),
      );
    }
  }
  readValues(id: string, ranges: readonly string[]): Cell[][][] {
    return ranges.map((a1) => {
      const r = parseRange(a1);
      const out: Cell[][] = [];
      for (let row = r.r1; row <= r.r2; row++) {
        const line: Cell[] = [];
        for (let c = r.c1; c <= r.c2; c++) line.push(this.get(id, r.sheet, row, c));
        out.push(line);
      }
      return out;
    });
  }
  set(id: string, sheet: string, row: number, col: number, v: Cell): void {
    const m = this.cells.get(id) ?? new Map<string, Cell>();
    this.cells.set(id, m);
    m.set(`${sheet}|${row}|${col}`, v);
  }
  get(id: string, sheet: string, row: number, col: number): Cell {
    return this.cells.get(id)?.get(`${sheet}|${row}|${col}`) ?? '';
  }
}

export class MemoryCheckpoints implements Checkpoints {
  map = new Map<string, string>();
  load(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  save(key: string, value: string | null): void {
    if (value === null) this.map.delete(key);
    else this.map.set(key, value);
  }
}

/** A clock that moves `stepMs` every time it is read. */
export class SteppingClock implements Clock {
  constructor(
    public ms = Date.UTC(2025, 8, 5, 1),
    private readonly stepMs = 0,
  ) {}
  now(): number {
    const t = this.ms;
    this.ms += this.stepMs;
    return t;
  }
}
