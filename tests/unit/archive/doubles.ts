// Exact in-memory doubles of the snapshot ports: a Drive with folders, byte files, Sheets files
// (tabs of values), appProperties, read-only restrictions and sharing; properties with the 9 KB
// limit; an audit source; and a school in a MemoryControlStore. Failures can be injected.
import { createHash } from 'node:crypto';
import { encodeSettings, encodeTab, CLASSES, TEACHERS, ARCHIVE } from '../../../src/domain/control';
import type { ControlSettings } from '../../../src/domain/control';
import { MemoryControlStore } from '../../../src/app/ports/control-store';
import { MemoryAuditSink } from '../../../src/app/ports/audit-sink';
import type {
  ArchiveDrive,
  DriveItem,
  DriveProps,
  KeyValueStore,
  SnapshotAuditSource,
  SnapshotDeps,
} from '../../../src/app/snapshots/ports';
import type { ChainHead } from '../../../src/domain/audit/chain';
import { type RunResult, runSnapshotJobs } from '../../../src/app/snapshots/job';
import { isPromise } from '../../../src/app/snapshots/ports';
import type { ClassInfo } from '../../../src/domain/school';

export interface MemFile {
  id: string;
  name: string;
  parent: string | null;
  kind: 'folder' | 'blob' | 'sheet';
  mime: string;
  bytes: Uint8Array;
  tabs: Array<{ title: string; values: unknown[][] }>;
  props: DriveProps;
  readOnly: boolean;
  viewers: string[];
  viewOnly: boolean;
  trashed: boolean;
}

export class InjectedFailure extends Error {}

export class MemoryDrive implements ArchiveDrive {
  readonly files = new Map<string, MemFile>();
  readonly calls: string[] = [];
  /** Throws InjectedFailure on the n-th call from now (1 = the next call). */
  failAt: number | null = null;
  private n = 0;

  private call(name: string): void {
    this.calls.push(name);
    if (this.failAt !== null) {
      this.failAt -= 1;
      if (this.failAt === 0) {
        this.failAt = null;
        throw new InjectedFailure(`injected failure in ${name}`);
      }
    }
  }

  add(partial: Partial<MemFile> & { name: string; kind: MemFile['kind'] }): string {
    const id = `f${++this.n}`;
    this.files.set(id, {
      id,
      parent: null,
      mime: '',
      bytes: new Uint8Array(),
      tabs: [],
      props: {},
      readOnly: false,
      viewers: [],
      viewOnly: false,
      trashed: false,
      ...partial,
    });
    return id;
  }

  get(id: string): MemFile {
    const f = this.files.get(id);
    if (!f || f.trashed) throw new Error(`No item with the given ID could be found: ${id}`);
    return f;
  }

  childrenOf(parent: string): MemFile[] {
    return [...this.files.values()].filter((f) => f.parent === parent && !f.trashed);
  }

  private item(f: MemFile): DriveItem {
    return { id: f.id, name: f.name, isSpreadsheet: f.kind === 'sheet', props: { ...f.props } };
  }

  archiveFolder(yearFolderId: string, viewers: readonly string[] | null): string | null {
    this.call('archiveFolder');
    const found = this.childrenOf(yearFolderId).find(
      (f) => f.kind === 'folder' && f.name === 'Lưu trữ',
    );
    if (found) return found.id;
    if (viewers === null) return null;
    return this.add({
      name: 'Lưu trữ',
      kind: 'folder',
      parent: yearFolderId,
      viewers: [...viewers],
    });
  }
  addViewers(id: string, viewers: readonly string[]): void {
    this.call('addViewers');
    const f = this.get(id);
    f.viewers = [...new Set([...f.viewers, ...viewers])];
  }
  listFolders(parentId: string): DriveItem[] {
    this.call('listFolders');
    return this.childrenOf(parentId)
      .filter((f) => f.kind === 'folder')
      .map((f) => this.item(f));
  }
  createFolder(parentId: string, name: string, props: DriveProps): string {
    this.call('createFolder');
    return this.add({ name, kind: 'folder', parent: parentId, props: { ...props } });
  }
  setProps(id: string, props: DriveProps): void {
    this.call('setProps');
    const f = this.get(id);
    f.props = { ...f.props, ...props };
  }
  listFiles(folderId: string): DriveItem[] {
    this.call('listFiles');
    return this.childrenOf(folderId)
      .filter((f) => f.kind !== 'folder')
      .map((f) => this.item(f));
  }
  copySpreadsheet(sourceId: string, folderId: string, name: string, props: DriveProps): string {
    this.call('copySpreadsheet');
    const src = this.get(sourceId);
    return this.add({
      name,
      kind: 'sheet',
      parent: folderId,
      tabs: structuredClone(src.tabs),
      props: { ...props },
    });
  }
  restrictReadOnly(fileId: string): void {
    this.call('restrictReadOnly');
    this.get(fileId).readOnly = true;
  }
  isReadOnly(fileId: string): boolean | null {
    this.call('isReadOnly');
    const f = this.files.get(fileId);
    return !f || f.trashed ? null : f.readOnly;
  }
  shareViewOnly(fileId: string, viewers: readonly string[]): void {
    this.call('shareViewOnly');
    const f = this.get(fileId);
    f.viewers = [...viewers];
    f.viewOnly = true;
  }
  readSheetValues(id: string): Array<{ title: string; values: unknown[][] }> {
    this.call('readSheetValues');
    return structuredClone(this.get(id).tabs);
  }
  exportXlsx(id: string): Uint8Array {
    this.call('exportXlsx');
    // Stand-in bytes: deterministic in the tabs, starting like a ZIP.
    const text = JSON.stringify(this.get(id).tabs);
    return Uint8Array.from([0x50, 0x4b, 3, 4, ...Buffer.from(text)]);
  }
  createFile(folderId: string, name: string, mime: string, bytes: Uint8Array): string {
    this.call('createFile');
    return this.add({ name, kind: 'blob', parent: folderId, mime, bytes: Uint8Array.from(bytes) });
  }
  readFile(id: string): Uint8Array {
    this.call('readFile');
    return Uint8Array.from(this.get(id).bytes);
  }
  zipFiles(fileIds: readonly string[], zipName: string) {
    this.call('zipFiles');
    const id = this.add({
      name: zipName,
      kind: 'blob',
      parent: 'my-drive',
      mime: 'application/zip',
      bytes: Buffer.from(JSON.stringify(fileIds)),
    });
    return { id, url: `https://drive.google.com/uc?id=${id}&export=download` };
  }

  /** Byte files of a folder by name (for assertions and sha256sum on disk). */
  bytesIn(folderId: string): Map<string, Uint8Array> {
    return new Map(
      this.childrenOf(folderId)
        .filter((f) => f.kind === 'blob')
        .map((f) => [f.name, f.bytes]),
    );
  }
}

export class MemoryLease {
  held = false;
  acquire(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }
  release(): void {
    this.held = false;
  }
}

export class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    // Apps Script: 9 KB per value (key + value).
    if (Buffer.byteLength(key + value) > 9 * 1024) throw new Error(`property too large: ${key}`);
    this.values.set(key, value);
  }
  delete(key: string): void {
    this.values.delete(key);
  }
}

export class MemoryAudit implements SnapshotAuditSource {
  lines: string[] = [];
  reconciles = 0;
  /** Changes found by the next reconcile (they become entries). */
  pending = 0;
  /** Workbooks a reconcile cannot reach before its deadline (it then reports "not done"). */
  slowRuns = 0;
  deadlines: number[] = [];
  reconcile(deadline: number): boolean {
    this.reconciles++;
    this.deadlines.push(deadline);
    if (this.slowRuns > 0) {
      this.slowRuns--;
      return false;
    }
    for (; this.pending > 0; this.pending--) this.push('cell');
    return true;
  }
  push(kind: string): void {
    const seq = this.lines.length + 1;
    this.lines.push(JSON.stringify({ seq, kind, hash: this.hashOf(seq) }));
  }
  hashOf(seq: number): string {
    return seq === 0 ? '0'.repeat(64) : createHash('sha256').update(`entry ${seq}`).digest('hex');
  }
  head(): ChainHead {
    return { seq: this.lines.length, hash: this.hashOf(this.lines.length) };
  }
  exportJsonl(upTo: ChainHead): string {
    return this.lines
      .slice(0, upTo.seq)
      .map((l) => `${l}\n`)
      .join('');
  }
}

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export interface School {
  deps: SnapshotDeps;
  drive: MemoryDrive;
  store: MemoryStore;
  audit: MemoryAudit;
  sink: MemoryAuditSink;
  control: MemoryControlStore;
  clock: { ms: number };
  budget: { ms: number };
  yearFolderId: string;
  classes: ClassInfo[];
}

export function makeSchool(classCount = 3, start = Date.parse('2025-10-15T01:30:00Z')): School {
  const drive = new MemoryDrive();
  const yearFolderId = drive.add({ name: 'Sổ điểm 2025-2026', kind: 'folder' });
  const classes: ClassInfo[] = Array.from({ length: classCount }, (_, i) => {
    const name = `10A${i + 1}`;
    const workbookId = drive.add({
      name: `Sổ điểm 2025-2026 - Lớp ${name}`,
      kind: 'sheet',
      parent: yearFolderId,
      tabs: [
        {
          title: 'Danh sách',
          values: [
            ['Mã HS', 'Họ và tên'],
            [`HS${i}01`, 'Nguyễn Văn Ánh'],
          ],
        },
        {
          title: 'Toán',
          values: [
            ['Mã HS', 'TX1'],
            [`HS${i}01`, 8.5],
          ],
        },
      ],
    });
    return {
      id: name,
      name,
      grade: 10,
      homeroomTeacher: 'gvcn@truong.edu.vn',
      ruleSet: 'TT22',
      workbookId,
    };
  });
  const control = new MemoryControlStore();
  const settings: ControlSettings = {
    name: 'THPT Chu Văn An',
    district: 'Ba Đình',
    province: 'Hà Nội',
    level: 'THPT',
    schoolYear: '2025-2026',
    systemAccount: 'sodiem@truong.edu.vn',
    ruleSetByGrade: { 10: 'TT22', 11: 'TT22', 12: 'TT22' },
    yearFolderId,
  };
  control.replaceTabs([
    { name: 'Cài đặt', values: encodeSettings(settings) },
    { name: CLASSES.name, values: encodeTab(CLASSES, classes) },
    {
      name: TEACHERS.name,
      values: encodeTab(TEACHERS, [
        {
          id: 'HT',
          name: 'Trần Thị Hiệu',
          email: 'hieutruong@truong.edu.vn',
          roles: ['principal'],
        },
        { id: 'VT', name: 'Lê Văn Thư', email: 'vanthu@truong.edu.vn', roles: ['admin'] },
        { id: 'GV1', name: 'Phạm Giáo', email: 'gv1@truong.edu.vn', roles: ['teacher'] },
      ]),
    },
    { name: ARCHIVE.name, values: encodeTab(ARCHIVE, []) },
  ]);
  const store = new MemoryStore();
  const audit = new MemoryAudit();
  audit.push('cell');
  audit.push('cell');
  const sink = new MemoryAuditSink();
  const clock = { ms: start };
  const budget = { ms: 5 * 60_000 };
  const deps: SnapshotDeps = {
    lease: new MemoryLease(),
    drive,
    audit,
    auditSink: sink,
    control,
    store,
    renderBook: null,
    sha256,
    now: () => clock.ms,
    timeLeftMs: () => budget.ms,
  };
  return { deps, drive, store, audit, sink, control, clock, budget, yearFolderId, classes };
}

/** runSnapshotJobs when no step is asynchronous (no PDF renderer, or a synchronous one). */
export function runSync(deps: SnapshotDeps): RunResult {
  const r = runSnapshotJobs(deps);
  if (isPromise(r)) throw new Error('runSnapshotJobs returned a promise');
  return r;
}
