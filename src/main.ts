// The Apps Script globals: every function Apps Script calls (simple triggers, menu items, sidebar
// RPC, trigger handlers). Each builds its dependencies, delegates to src/app, and returns.
// Nothing is exported: Apps Script rejects `export` (apps-script-facts §7.3).
import * as audit from './gas/audit-entry';
import { buildMenu } from './gas/menu';
import * as setup from './gas/setup-entry';
import * as perms from './gas/permissions-entry';
import { runTickNow } from './gas/permissions-tick';
import * as snapshots from './gas/snapshot-entry';

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

// ---- sidebar RPC -----------------------------------------------------------------------------

function setUpYearRpc() {
  return setup.runSetUpYear();
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
