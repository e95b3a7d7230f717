// "Xuất sổ điểm (PDF)": the books (and confirmation tables) of a term for all or chosen classes,
// into one dated Drive folder. A long job: one class per step, a checkpoint after each, stops at
// its time budget and continues in the next execution; files already written are not redone.
import type { BookInput, SnapshotRef } from '../../domain/books';
import type { Term } from '../../domain/school';
import type { FontSet } from '../../render';
import { B } from './messages';
import { renderClassBook, renderConfirmationTable, renderStudentSheets } from './render';

export interface BookFiles {
  /** The export folder of this name (created on first use; the same name gives the same folder). */
  folder(name: string): string;
  /** Names of the files already in the folder. */
  names(folderId: string): Set<string>;
  write(folderId: string, name: string, bytes: Uint8Array): void;
}

export interface BookExportPorts {
  /** Classes that have a workbook, in the control workbook's order. */
  classes(): Array<{ id: string; name: string }>;
  readClass(classId: string, printedAt: string): BookInput;
  files: BookFiles;
  checkpoints: { load(key: string): string | null; save(key: string, value: string | null): void };
  clock: { now(): number };
  fonts(): FontSet;
  /** The archive snapshot the confirmation tables point at (null: none yet). */
  snapshot(): SnapshotRef | null;
  progress?(done: number, total: number, message: string): void;
}

export interface ExportRequest {
  term: Term;
  /** null: every class. */
  classIds: string[] | null;
  confirmation: boolean;
  /** Also one results sheet per student, in one PDF per class. */
  sheets?: boolean;
}

interface ExportState {
  request: ExportRequest;
  folderName: string;
  folderId: string;
  printedAt: string;
  classes: Array<{ id: string; name: string }>;
  done: string[];
  failed: Array<{ classId: string; message: string }>;
}

export interface ExportResult {
  status: 'done' | 'partial';
  folderName: string;
  total: number;
  done: number;
  failed: Array<{ classId: string; message: string }>;
  message: string;
}

export const CHECKPOINT_KEY = 'books.export';

/** yyyy-mm-dd in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function localDate(ms: number): string {
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}

function sameRequest(a: ExportRequest, b: ExportRequest): boolean {
  return (
    a.term === b.term &&
    a.confirmation === b.confirmation &&
    JSON.stringify(a.classIds) === JSON.stringify(b.classIds)
  );
}

function start(ports: BookExportPorts, request: ExportRequest): ExportState {
  const now = ports.clock.now();
  const all = ports.classes();
  const classes =
    request.classIds === null ? all : all.filter((c) => request.classIds!.includes(c.id));
  const folderName = B.folderName(localDate(now), request.term === 1 ? 1 : 2);
  return {
    request,
    folderName,
    folderId: ports.files.folder(folderName),
    printedAt: new Date(now).toISOString(),
    classes,
    done: [],
    failed: [],
  };
}

async function exportClass(
  ports: BookExportPorts,
  s: ExportState,
  cls: { id: string; name: string },
  existing: Set<string>,
): Promise<void> {
  const term = s.request.term;
  const bookName = B.bookFile(cls.name, term);
  const confName = B.confirmationFile(cls.name, term);
  const needBook = !existing.has(bookName);
  const needConf = s.request.confirmation && !existing.has(confName);
  const sheetsName = B.sheetsFile(cls.name, term);
  const needSheets = (s.request.sheets ?? false) && !existing.has(sheetsName);
  if (!needBook && !needConf && !needSheets) return;
  const input = ports.readClass(cls.id, s.printedAt);
  const fonts = ports.fonts();
  if (needBook) ports.files.write(s.folderId, bookName, await renderClassBook(input, fonts, term));
  if (needConf)
    ports.files.write(
      s.folderId,
      confName,
      await renderConfirmationTable(input, term, ports.snapshot(), fonts),
    );
  if (needSheets)
    ports.files.write(s.folderId, sheetsName, await renderStudentSheets(input, term, fonts));
}

/**
 * Starts an export (request given) or continues the one in the checkpoint (request null, or the
 * same request again). Works until `budgetMs` has passed since the call, then checkpoints.
 */
export async function exportBooks(
  ports: BookExportPorts,
  request: ExportRequest | null,
  budgetMs: number,
): Promise<ExportResult> {
  const began = ports.clock.now();
  const saved = ports.checkpoints.load(CHECKPOINT_KEY);
  let state: ExportState | null = saved ? (JSON.parse(saved) as ExportState) : null;
  if (request && (!state || !sameRequest(state.request, request))) state = start(ports, request);
  if (!state) throw new Error('exportBooks: no export to continue and no request given');
  const total = state.classes.length;
  const existing = ports.files.names(state.folderId);
  for (const cls of state.classes) {
    if (state.done.includes(cls.id) || state.failed.some((f) => f.classId === cls.id)) continue;
    if (ports.clock.now() - began >= budgetMs) break;
    try {
      await exportClass(ports, state, cls, existing);
      state.done.push(cls.id);
    } catch (error) {
      state.failed.push({
        classId: cls.id,
        message: B.failed(cls.name, error instanceof Error ? error.message : String(error)),
      });
    }
    ports.checkpoints.save(CHECKPOINT_KEY, JSON.stringify(state));
    ports.progress?.(state.done.length, total, B.progress(state.done.length, total));
  }
  const finished = state.done.length + state.failed.length === total;
  ports.checkpoints.save(CHECKPOINT_KEY, finished ? null : JSON.stringify(state));
  return {
    status: finished ? 'done' : 'partial',
    folderName: state.folderName,
    total,
    done: state.done.length,
    failed: state.failed,
    message: finished
      ? B.done(state.done.length, state.folderName)
      : B.partial(state.done.length, total),
  };
}
