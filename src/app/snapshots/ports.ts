// Ports of the snapshot use cases: Drive (folders, copies, read-only restriction, exports, files,
// ZIP), the audit log, the job checkpoint, the PDF book, the clock and the execution's time budget.
import type { ChainHead } from '../../domain/audit/chain';
import type { ClassInfo, Term } from '../../domain/school';
import type { AuditSink } from '../ports/audit-sink';
import type { ControlStore } from '../ports/control-store';

/** Properties the add-on keeps on Drive items (Drive appProperties: visible only to the script). */
export type DriveProps = Record<string, string>;

export interface DriveItem {
  id: string;
  name: string;
  /** Google Sheets files are not byte files: they are represented in the archive by their XLSX. */
  isSpreadsheet: boolean;
  props: DriveProps;
}

export interface ArchiveDrive {
  /**
   * The `Lưu trữ` folder inside the year folder; when missing it is created and shared view-only
   * with `viewers`, or null is returned when viewers is null (readers never create it).
   */
  archiveFolder(yearFolderId: string, viewers: readonly string[] | null): string | null;
  /** Sub-folders of a folder (not trashed), with their properties. */
  listFolders(parentId: string): DriveItem[];
  createFolder(parentId: string, name: string, props: DriveProps): string;
  /** Merges properties into a folder's or file's appProperties. */
  setProps(id: string, props: DriveProps): void;
  /** Files directly in a folder (not trashed, not folders), with their properties. */
  listFiles(folderId: string): DriveItem[];
  /** A Drive copy of a Google Sheets file into folder, with properties set. */
  copySpreadsheet(sourceId: string, folderId: string, name: string, props: DriveProps): string;
  /** Drive content restriction readOnly (files.update contentRestrictions); idempotent. */
  restrictReadOnly(fileId: string, reason: string): void;
  /** null when the file is gone or trashed. */
  isReadOnly(fileId: string): boolean | null;
  /** Nobody edits; the listed people may view (link sharing off). Idempotent. */
  shareViewOnly(fileId: string, viewers: readonly string[]): void;
  /** Adds viewers to a file or folder the system account just made (private until then). */
  addViewers(id: string, viewers: readonly string[]): void;
  /** Every tab's values (dates as ISO strings), for a fingerprint of a Sheets copy. */
  readSheetValues(spreadsheetId: string): Array<{ title: string; values: unknown[][] }>;
  /** The export URL's XLSX bytes of a Google Sheets file. */
  exportXlsx(spreadsheetId: string): Uint8Array;
  createFile(folderId: string, name: string, mimeType: string, bytes: Uint8Array): string;
  readFile(fileId: string): Uint8Array;
  /** Utilities.zip of the files, flat, saved in the caller's own Drive; its id and download URL. */
  zipFiles(fileIds: readonly string[], zipName: string): { id: string; url: string };
}

/** The audit log as the snapshot sees it (the audit area implements it). */
export interface SnapshotAuditSource {
  /**
   * reconcileAll: every change in the class workbooks becomes an audit entry first. Returns false
   * when it stopped at the deadline with workbooks left (the snapshot waits for the next run).
   */
  reconcile(deadline: number): boolean;
  head(): ChainHead;
  /** audit.jsonl (one canonical entry per line, each ending in \n) up to and including upTo. */
  exportJsonl(upTo: ChainHead): string;
}

/** Script properties (9 KB per value). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** A value now, or later (PDF rendering is promise-based: pdf-lib's save). */
export type Maybe<T> = T | Promise<T>;

export function isPromise<T>(value: Maybe<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** The PDF book of one class (the books area's renderClassBook); null: no PDF in snapshots. */
export type BookRenderer = (cls: ClassInfo, term: Term | null) => Maybe<Uint8Array>;

/** One snapshot runner at a time across executions (a lease, so no lock is held while working). */
export interface RunLease {
  /** true when this execution now holds the lease for ms; false when another holds it. */
  acquire(ms: number): boolean;
  release(): void;
}

export interface SnapshotDeps {
  lease: RunLease;
  drive: ArchiveDrive;
  audit: SnapshotAuditSource;
  auditSink: AuditSink;
  control: ControlStore;
  store: KeyValueStore;
  renderBook: BookRenderer | null;
  sha256(bytes: Uint8Array): string;
  now(): number;
  /** Milliseconds left in this execution before the job must checkpoint and stop. */
  timeLeftMs(): number;
}
