// The Apps Script globals: every function Apps Script calls (simple triggers, menu items, sidebar
// RPC, trigger handlers). Each builds its dependencies, delegates to src/app, and returns.
// Nothing is exported: Apps Script rejects `export` (apps-script-facts §7.3).
import type { CorrectionDraft, ServerApi } from './app/rpc';
import type { Term } from './domain/school';
import * as audit from './gas/audit-entry';
import * as books from './gas/books-entry';
import { buildMenu } from './gas/menu';
import * as setup from './gas/setup-entry';
import * as perms from './gas/permissions-entry';
import { runTickNow } from './gas/permissions-tick';
import * as snapshots from './gas/snapshot-entry';
import * as sidebar from './gas/sidebar-entry';
import { showSidebar } from './gas/sidebar-show';

// ---- simple triggers -------------------------------------------------------------------------

function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen) {
  buildMenu(e?.authMode);
}

function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit) {
  audit.auditOnEdit(e);
}

// ---- menu items ------------------------------------------------------------------------------

function verifyAuditLog() {
  audit.menuVerifyAudit();
}

function createControlWorkbook() {
  setup.menuCreateControl();
}

function setUpYear() {
  setup.menuSetUpYear();
}

function refreshSummaries() {
  setup.menuRefreshSummaries();
}

function showEntryWindows() {
  perms.menuEntryWindows();
}

function changeEntryWindows() {
  perms.menuWindowCommand();
}

function syncPermissions() {
  perms.menuSyncPermissions();
}

function activateSystem() {
  perms.menuActivate();
}

function createSnapshot() {
  snapshots.menuCreateSnapshot();
}

function verifyArchive() {
  snapshots.menuVerifyArchive();
}

function downloadArchiveBundle() {
  snapshots.menuArchiveBundle();
}

function exportBookPdfs() {
  return books.menuExportBooks();
}

// ---- sidebar RPC -----------------------------------------------------------------------------

function auditQuery(filter: Parameters<typeof audit.rpcAuditQuery>[0]) {
  return audit.rpcAuditQuery(filter);
}

function auditCellHistory(key: Parameters<typeof audit.rpcAuditCellHistory>[0]) {
  return audit.rpcAuditCellHistory(key);
}

function auditExport(format: 'csv' | 'jsonl', filter: Parameters<typeof audit.rpcAuditExport>[1]) {
  return audit.rpcAuditExport(format, filter);
}

function openSidebar() {
  showSidebar();
}

function sidebarState() {
  return sidebar.rpcSidebarState();
}

function sidebarRequestCorrection(draft: CorrectionDraft) {
  return sidebar.rpcRequestCorrection(draft);
}

function sidebarConfirmCorrection(requestId: string) {
  return sidebar.rpcConfirmCorrection(requestId);
}

function sidebarDecideCorrection(requestId: string, approve: boolean, reason: string) {
  return sidebar.rpcDecideCorrection(requestId, approve, reason);
}

function sidebarCloseWindow(windowId: string) {
  return sidebar.rpcCloseWindow(windowId);
}

function sidebarExtendWindow(windowId: string, endIso: string) {
  return sidebar.rpcExtendWindow(windowId, endIso);
}

function sidebarReopenWindow(windowId: string, classId: string, endIso: string, reason: string) {
  return sidebar.rpcReopenWindow(windowId, classId, endIso, reason);
}

function sidebarTakeSnapshot(reason: string) {
  return sidebar.rpcTakeSnapshot(reason);
}

function sidebarExportBooks(term: Term) {
  return sidebar.rpcExportBooks(term);
}

function sidebarSetUpYear() {
  return sidebar.rpcSetUpYear();
}

function sidebarVerifyArchive() {
  return sidebar.rpcVerifyArchive();
}

function sidebarArchiveBundle(snapshotId: string) {
  return sidebar.rpcArchiveBundle(snapshotId);
}

/** The sidebar's globals, checked against the contract it is typed from (src/app/rpc.ts). */
const _rpcCheck: ServerApi = {
  sidebarState,
  sidebarCloseWindow,
  sidebarExtendWindow,
  sidebarReopenWindow,
  sidebarRequestCorrection,
  sidebarConfirmCorrection,
  sidebarDecideCorrection,
  sidebarTakeSnapshot,
  sidebarExportBooks,
  sidebarSetUpYear,
  sidebarVerifyArchive,
  sidebarArchiveBundle,
};

function createControlWorkbookRpc() {
  return setup.runCreateControl();
}

function setUpYearRpc() {
  return setup.runSetUpYear();
}

function importRosterRpc(source: string, classId: string | null) {
  return setup.runImportRoster(source, classId);
}

function importRosterCsvRpc(csv: string, classId: string | null) {
  return setup.runImportRosterCsv(csv, classId);
}

function importRosterXlsxRpc(base64: string, fileName: string, classId: string | null) {
  return setup.runImportRosterXlsx(base64, fileName, classId);
}

function refreshSummariesRpc(classIds: string[] | null) {
  return setup.runRefreshSummaries(classIds);
}

function windowsOverview() {
  return perms.rpcWindowsOverview();
}

function windowCommand(command: string) {
  return perms.rpcWindowCommand(command);
}

function permissionsSync(takeOver: boolean) {
  return perms.rpcSyncPermissions(takeOver);
}

// ---- trigger handlers ------------------------------------------------------------------------

function tick(_e?: GoogleAppsScript.Events.TimeDriven) {
  return runTickNow();
}
