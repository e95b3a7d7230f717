// Menu entries of the year setup: build the real dependencies, check the caller, run, tell the user.
import { makeControlWorkbook } from '../app/setup/create-control';
import { maySetUp } from '../app/setup/guard';
import { S } from '../app/setup/messages';
import type { SetupDeps } from '../app/setup/ports';
import { CHECKPOINT_KEY, setUpSchoolYear, type SetupResult } from '../app/setup/setup-year';
import { recomputeSummaries } from '../app/setup/refresh-summary';
import { GasControlStore } from './control-store';
import { CONTROL_ID_KEY, controlIdOrThrow } from './permissions-env';
import { PropertiesCheckpoints } from './setup-checkpoints';
import { GasSetupDrive } from './setup-drive';
import { GasWorkbooks } from './setup-workbooks';
import { importRosterTable, type ImportResult } from '../app/setup/import-roster';
import { parseCsv } from '../domain/setup';
import type { Cell } from '../domain/control';

export function setupDeps(controlId: string, actor: string): SetupDeps {
  return {
    store: new GasControlStore(controlId),
    drive: new GasSetupDrive(),
    workbooks: new GasWorkbooks(),
    checkpoints: new PropertiesCheckpoints(),
    clock: { now: () => Date.now() },
    actor,
  };
}

/** Runs (or continues) the setup as the current user; returns the result for RPC and tests. */
export function runSetUpYear(): SetupResult {
  const props = PropertiesService.getScriptProperties();
  const controlId = controlIdOrThrow(props);
  const actor = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  const deps = setupDeps(controlId, actor);
  if (!maySetUp(deps.store, actor)) throw new Error(S.notAdmin);
  if (props.getProperty(CONTROL_ID_KEY) === null) props.setProperty(CONTROL_ID_KEY, controlId);
  return setUpSchoolYear(deps);
}

export function menuSetUpYear(): void {
  const ui = SpreadsheetApp.getUi();
  let r: SetupResult;
  try {
    r = runSetUpYear();
  } catch (error) {
    ui.alert(
      S.invalidTitle,
      error instanceof Error ? error.message : String(error),
      ui.ButtonSet.OK,
    );
    return;
  }
  if (r.status === 'invalid') ui.alert(S.invalidTitle, S.invalid(r.problems), ui.ButtonSet.OK);
  else if (r.status === 'partial')
    ui.alert(S.doneTitle, S.partial(r.remaining.length), ui.ButtonSet.OK);
  else
    ui.alert(
      S.doneTitle,
      S.done(r.created.length, r.updated.length, r.unchanged.length),
      ui.ButtonSet.OK,
    );
}

/** Creates the control workbook as the current user and remembers it as this year's. */
export function runCreateControl(): { id: string; name: string; schoolYear: string } {
  const email = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  const made = makeControlWorkbook(
    { drive: new GasSetupDrive(), workbooks: new GasWorkbooks(), clock: { now: () => Date.now() } },
    { admin: { email, name: email } },
  );
  PropertiesService.getScriptProperties().setProperty(CONTROL_ID_KEY, made.id);
  return made;
}

export function menuCreateControl(): void {
  const made = runCreateControl();
  SpreadsheetApp.getUi().alert(S.controlCreated(made.name));
}

/** Recomputes `Tổng hợp` of every class (or of the given classes) with the rules engine. */
export function runRefreshSummaries(
  classIds: string[] | null = null,
): Array<{ classId: string; students: number }> {
  const props = PropertiesService.getScriptProperties();
  const controlId = controlIdOrThrow(props);
  const actor = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  const deps = setupDeps(controlId, actor);
  if (!maySetUp(deps.store, actor)) throw new Error(S.notAdmin);
  return recomputeSummaries(deps, classIds).map((c) => ({
    classId: c.classId,
    students: c.students,
  }));
}

export function menuRefreshSummaries(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const done = runRefreshSummaries();
    ui.alert(S.summaryTitle, S.summaryDone(done.length), ui.ButtonSet.OK);
  } catch (error) {
    ui.alert(
      S.summaryTitle,
      error instanceof Error ? error.message : String(error),
      ui.ButtonSet.OK,
    );
  }
}

function guardedStore(): GasControlStore {
  const controlId = controlIdOrThrow(PropertiesService.getScriptProperties());
  const actor = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  const store = new GasControlStore(controlId);
  if (!maySetUp(store, actor)) throw new Error(S.notAdmin);
  return store;
}

/** Imports the first tab of another Google Sheet (URL or id) into `Học sinh`. */
export function runImportRoster(source: string, classId: string | null): ImportResult {
  const store = guardedStore();
  const book = /^https?:/.test(source)
    ? SpreadsheetApp.openByUrl(source)
    : SpreadsheetApp.openById(source);
  const sheet = book.getSheets()[0]!;
  const values = sheet.getDataRange().getValues() as Cell[][];
  return importRosterTable(store, {
    sheet: sheet.getName(),
    values,
    ...(classId ? { classId } : {}),
  });
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Imports an uploaded XLSX (base64, as the sidebar's file input reads it) into `Học sinh`: Drive
 * converts it to a temporary Google Sheet, its first tab is read like any roster, then it is trashed.
 */
export function runImportRosterXlsx(
  base64: string,
  fileName: string,
  classId: string | null,
): ImportResult {
  const store = guardedStore();
  const blob = Utilities.newBlob(Utilities.base64Decode(base64), XLSX_MIME, fileName);
  // https://developers.google.com/drive/api/guides/manage-uploads#import_to_google_docs_types
  const temp = Drive!.Files!.create(
    {
      name: `${fileName} (tạm để nhập danh sách)`,
      mimeType: 'application/vnd.google-apps.spreadsheet',
    },
    blob,
  );
  try {
    const sheet = SpreadsheetApp.openById(temp.id!).getSheets()[0]!;
    const values = sheet.getDataRange().getValues() as Cell[][];
    return importRosterTable(store, { sheet: fileName, values, ...(classId ? { classId } : {}) });
  } finally {
    DriveApp.getFileById(temp.id!).setTrashed(true);
  }
}

/** Imports CSV text (an uploaded file read by the sidebar) into `Học sinh`. */
export function runImportRosterCsv(csv: string, classId: string | null): ImportResult {
  const store = guardedStore();
  return importRosterTable(store, {
    sheet: 'CSV',
    values: parseCsv(csv),
    ...(classId ? { classId } : {}),
  });
}

/** For the tick: continues a setup that stopped at its time budget (null when none is pending). */
export function runPendingSetUp(): SetupResult | null {
  if (PropertiesService.getScriptProperties().getProperty(CHECKPOINT_KEY) === null) return null;
  return runSetUpYear();
}
