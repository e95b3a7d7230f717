// The cost table that turns service calls into estimated Apps Script time. Every figure and its
// source is listed in emulator/README.md ("Cost table"); keep the two in step.
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** Simple triggers "cannot run longer than 30 seconds" (https://developers.google.com/apps-script/guides/triggers#restrictions). */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

/** The time limit of an execution of this kind. */
export function executionLimitMs(kind: string): number {
  return kind === 'simple-trigger' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
}

/**
 * A call's cost: a flat number of ms per call, or a base plus a per-unit part for calls whose cost
 * grows with size (units: thousands of cells read/written, or megabytes of bytes moved).
 */
export type CostEntry = number | { base: number; perUnit: number };

/** Milliseconds per call, by exact method name, else by service prefix ("Sheets.*"), else default. */
export const COST_TABLE: Record<string, CostEntry> = {
  default: 20,
  // SpreadsheetApp (EMU-A counts with units = cells / 1000 for value transfers)
  'SpreadsheetApp.openById': 200,
  'SpreadsheetApp.openByUrl': 200,
  'SpreadsheetApp.getActiveSpreadsheet': 50,
  'SpreadsheetApp.flush': 500,
  'Range.getValues': { base: 80, perUnit: 20 },
  'Range.getDisplayValues': { base: 80, perUnit: 25 },
  'Range.setValues': { base: 100, perUnit: 40 },
  'Range.getValue': 20,
  'Range.setValue': 10,
  'Range.protect': 150,
  'Sheet.protect': 150,
  'Protection.*': 60,
  // units: requests / 10
  'Sheets.Spreadsheets.batchUpdate': { base: 500, perUnit: 50 },
  'Sheets.Spreadsheets.get': 300,
  'Sheets.Spreadsheets.Values.batchGet': { base: 300, perUnit: 20 },
  'Sheets.Spreadsheets.Values.batchUpdate': { base: 400, perUnit: 40 },
  'Sheets.*': 400,
  // Drive
  'DriveApp.getFileById': 150,
  'DriveApp.getFolderById': 150,
  'DriveApp.getRootFolder': 100,
  'DriveApp.createFolder': 400,
  'DriveApp.createFile': { base: 500, perUnit: 200 },
  'DriveApp.*': 150,
  'Folder.createFolder': 400,
  'Folder.createFile': { base: 500, perUnit: 200 },
  'Folder.*': 150,
  'File.makeCopy': 1500,
  'File.getBlob': { base: 300, perUnit: 100 },
  'File.getAs': 2000,
  'File.*': 150,
  'FileIterator.*': 30,
  'FolderIterator.*': 30,
  'Drive.Files.create': { base: 800, perUnit: 300 },
  'Drive.Files.copy': 1500,
  'Drive.*': 300,
  // Runtime services
  'PropertiesService.*': 5,
  'Properties.getProperty': 30,
  'Properties.getProperties': 40,
  'Properties.getKeys': 30,
  'Properties.setProperty': 50,
  'Properties.setProperties': 60,
  'Properties.deleteProperty': 50,
  'Properties.deleteAllProperties': 50,
  'CacheService.*': 5,
  'Cache.*': 20,
  'LockService.*': 5,
  'Lock.*': 20,
  'Session.*': 5,
  'Utilities.computeDigest': { base: 1, perUnit: 10 },
  'Utilities.zip': { base: 50, perUnit: 100 },
  'Utilities.*': 1,
  'Blob.*': 0,
  'ScriptApp.newTrigger': 5,
  'ScriptApp.getOAuthToken': 5,
  'ScriptApp.*': 100,
  'TriggerBuilder.*': 1,
  'ClockTriggerBuilder.create': 300,
  'SpreadsheetTriggerBuilder.create': 300,
  'ClockTriggerBuilder.*': 1,
  'SpreadsheetTriggerBuilder.*': 1,
  'Trigger.*': 1,
  'HtmlService.*': 30,
  'HtmlOutput.*': 1,
  'HtmlTemplate.*': 5,
  'Ui.*': 50,
  'Menu.*': 1,
  'UrlFetchApp.fetch': { base: 2000, perUnit: 500 },
  'HTTPResponse.*': 1,
  'User.*': 1,
  'AuthorizationInfo.*': 1,
  'PromptResponse.*': 1,
  'Logger.*': 1,
  'console.*': 1,
};

function evaluate(entry: CostEntry, units: number): number {
  if (typeof entry === 'number') return entry * Math.max(1, units);
  return entry.base + entry.perUnit * Math.max(0, units);
}

/** units: for calls whose cost grows with size (cells in thousands, bytes in megabytes). */
export function costOf(method: string, units = 1): number {
  const exact = COST_TABLE[method];
  if (exact !== undefined) return evaluate(exact, units);
  // "Sheets.Spreadsheets.Values.get" → "Sheets.Spreadsheets.Values.*" → "Sheets.Spreadsheets.*" → "Sheets.*"
  for (let dot = method.lastIndexOf('.'); dot > 0; dot = method.lastIndexOf('.', dot - 1)) {
    const byService = COST_TABLE[method.slice(0, dot + 1) + '*'];
    if (byService !== undefined) return evaluate(byService, units);
  }
  return evaluate(COST_TABLE.default ?? 20, units);
}
