// Menu "Xuất sổ điểm (PDF)": builds the export's real dependencies (control workbook, class
// workbooks, Drive, script properties, the embedded fonts), checks the caller is an admin, runs.
import { readBookInput } from '../app/books/class-data';
import {
  exportBooks,
  type BookExportPorts,
  type ExportRequest,
  type ExportResult,
} from '../app/books/export-job';
import { B } from '../app/books/messages';
import { renderClassBook } from '../app/books/render';
import { ARCHIVE, CLASSES } from '../domain/control';
import { readSettings, readTab } from '../app/ports/control-store';
import { maySetUp } from '../app/setup/guard';
import { bundledFonts } from './books-fonts';
import { GasControlStore } from './control-store';
import { controlIdOrThrow } from './permissions-env';
import { PropertiesCheckpoints } from './setup-checkpoints';
import { GasWorkbooks } from './setup-workbooks';
import { toSigned } from './snapshot-drive';

/** Stop starting classes after this (the limit is 6 minutes per execution). */
export const BOOKS_BUDGET_MS = 270_000;
const EXPORT_FOLDER = 'Sổ điểm (PDF)';

function childFolder(
  parent: GoogleAppsScript.Drive.Folder,
  name: string,
): GoogleAppsScript.Drive.Folder {
  const it = parent.getFoldersByName(name);
  return it.hasNext() ? it.next() : parent.createFolder(name);
}

export function booksPorts(controlId: string): BookExportPorts {
  const store = new GasControlStore(controlId);
  const workbooks = new GasWorkbooks();
  return {
    classes: () =>
      readTab(store, CLASSES)
        .items.filter((c) => Boolean(c.workbookId))
        .map((c) => ({ id: c.id, name: c.name })),
    readClass: (classId, printedAt) => readBookInput({ store, workbooks }, classId, printedAt),
    files: {
      folder(name) {
        const yearId = readSettings(store).settings.yearFolderId;
        const year = yearId
          ? DriveApp.getFolderById(yearId)
          : DriveApp.getFileById(controlId).getParents().next();
        return childFolder(childFolder(year, EXPORT_FOLDER), name).getId();
      },
      names(folderId) {
        const out = new Set<string>();
        const files = DriveApp.getFolderById(folderId).getFiles();
        while (files.hasNext()) out.add(files.next().getName());
        return out;
      },
      write(folderId, name, bytes) {
        DriveApp.getFolderById(folderId).createFile(
          Utilities.newBlob(toSigned(bytes), 'application/pdf', name),
        );
      },
    },
    checkpoints: new PropertiesCheckpoints(),
    clock: { now: () => Date.now() },
    fonts: bundledFonts,
    snapshot() {
      const rows = readTab(store, ARCHIVE).items.filter(
        (r) => r.sha256 !== '' && (r.status ?? 'complete') === 'complete',
      );
      const last = rows[rows.length - 1];
      return last ? { id: last.id, sha256: last.sha256 } : null;
    },
  };
}

/** "1", "2", "1 10A1, 10A2" → the request (term, optional classes). */
export function parseExportAnswer(answer: string): ExportRequest | null {
  const m = /^\s*([12])\s*(.*)$/.exec(answer);
  if (!m) return null;
  const ids = (m[2] ?? '').split(/[,;\s]+/).filter((s) => s !== '');
  return { term: m[1] === '1' ? 1 : 2, classIds: ids.length > 0 ? ids : null, confirmation: true };
}

/** Runs or continues an export as the current user (admins only). */
export async function runExportBooks(request: ExportRequest | null): Promise<ExportResult> {
  const controlId = controlIdOrThrow(PropertiesService.getScriptProperties());
  const actor = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  if (!maySetUp(new GasControlStore(controlId), actor)) throw new Error(B.notAdmin);
  return exportBooks(booksPorts(controlId), request, BOOKS_BUDGET_MS);
}

/** Menu: asks for the term (and optional classes), exports, reports. Async: Apps Script V8 awaits
 *  the promise a called function returns (assumption, apps-script-facts §6; the emulator does). */
export async function menuExportBooks(): Promise<void> {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    B.title,
    'Nhập học kì cần xuất (1 hoặc 2), có thể kèm danh sách lớp, ví dụ: «1» hoặc «2 10A1, 10A2».\nĐể trống để tiếp tục lần xuất trước.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const text = answer.getResponseText().trim();
  const request = text === '' ? null : parseExportAnswer(text);
  if (text !== '' && !request) {
    ui.alert(
      B.title,
      `Không hiểu «${text}». Hãy nhập 1 hoặc 2, có thể kèm mã lớp.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  try {
    const r = await runExportBooks(request);
    const failures = r.failed.map((f) => f.message).join('\n');
    ui.alert(B.title, failures ? `${r.message}\n${failures}` : r.message, ui.ButtonSet.OK);
  } catch (error) {
    ui.alert(B.title, error instanceof Error ? error.message : String(error), ui.ButtonSet.OK);
  }
}

/**
 * The class book for the snapshot job (src/app/snapshots: BookRenderer). Async like every PDF
 * render (pdf-lib's save is promise-based): the snapshot's pdf step must await it.
 */
export function snapshotBookRenderer(
  controlId: string,
): (cls: { id: string }, term: 1 | 2 | null) => Promise<Uint8Array> {
  const store = new GasControlStore(controlId);
  const workbooks = new GasWorkbooks();
  return (cls, term) =>
    renderClassBook(
      readBookInput({ store, workbooks }, cls.id, new Date().toISOString()),
      bundledFonts(),
      term === 1 ? 1 : 2,
    );
}
