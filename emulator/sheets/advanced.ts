// The advanced Sheets service (Sheets API v4 subset the add-on uses), each call counted once.
// Calls run as the execution's user and are checked against protections; a batchUpdate is atomic.
// Doc: https://developers.google.com/apps-script/advanced/sheets
import { canEditFile, canView } from '../core/access';
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError } from '../core/workspace';
import type { Json } from './api-json';
import { parseFields, selectFields, spreadsheetJson } from './api-json';
import { applyRequest } from './api-requests';
import { addGridData } from './api-grid-data';
import {
  appendValueRange,
  clearValueRange,
  readValueRange,
  resolveApiRange,
  writeValueRange,
  type ValueWrite,
} from './api-values';
import { requireFullAuth } from './context';
import type { SpreadsheetModel } from './model';
import { cloneModel, modelOf } from './model';
import { checkFileWritable } from './protect';
import { createSpreadsheetFile } from './spreadsheet-app';
import { strict } from './strict';

function apiError(method: string, message: string): AppsScriptError {
  return new AppsScriptError(
    `API call to sheets.spreadsheets.${method} failed with error: ${message}`,
  );
}

export function createSheetsAdvanced(ws: Workspace) {
  const enter = (method: string, units = 1): void => {
    ws.count(`Sheets.Spreadsheets.${method}`, units);
    requireFullAuth(ws, `Sheets.Spreadsheets.${method}`);
  };
  const open = (
    method: string,
    id: string,
    write: boolean,
  ): { file: DriveFileRecord; model: SpreadsheetModel; user: string } => {
    const file = ws.files.get(id);
    const user = ws.execution.user;
    if (!file || file.content.kind !== 'spreadsheet' || (file.trashed && file.owner !== user)) {
      throw apiError(method, 'Requested entity was not found.');
    }
    if (!canView(ws, file, user)) throw apiError(method, 'The caller does not have permission');
    if (write) {
      try {
        checkFileWritable(ws, file, user);
      } catch (error) {
        throw apiError(method, error instanceof Error ? error.message : String(error));
      }
    }
    return { file, model: modelOf(file), user };
  };
  /** Runs writes on a copy and swaps it in only if all succeed (all or nothing). */
  const atomically = <T>(
    method: string,
    file: DriveFileRecord,
    fn: (model: SpreadsheetModel) => T,
  ): T => {
    const copy = cloneModel(modelOf(file));
    let result: T;
    try {
      result = fn(copy);
    } catch (error) {
      if (error instanceof AppsScriptError) {
        const wrapped = apiError(method, error.message);
        wrapped.name = error.name;
        throw wrapped;
      }
      throw error;
    }
    file.content = { kind: 'spreadsheet', model: copy };
    file.modifiedTime = ws.clock.now();
    return result;
  };

  const Values = {
    get(id: string, range: string, options: { valueRenderOption?: string } = {}): Json {
      enter('Values.get');
      const { model } = open('values.get', id, false);
      return readValueRange(model, range, renderOf(options.valueRenderOption));
    },
    batchGet(
      id: string,
      options: { ranges?: string | string[]; valueRenderOption?: string } = {},
    ): Json {
      enter('Values.batchGet');
      const { model } = open('values.batchGet', id, false);
      const ranges = typeof options.ranges === 'string' ? [options.ranges] : (options.ranges ?? []);
      return {
        spreadsheetId: id,
        valueRanges: ranges.map((r) =>
          readValueRange(model, r, renderOf(options.valueRenderOption)),
        ),
      };
    },
    update(
      resource: { values?: unknown[][] },
      id: string,
      range: string,
      options: { valueInputOption?: string } = {},
    ): Json {
      enter('Values.update');
      const { file, user } = open('values.update', id, true);
      const input = inputOf(options.valueInputOption, 'values.update');
      return atomically('values.update', file, (model) => ({
        spreadsheetId: id,
        ...writeValueRange(ws, file, model, user, { range, values: resource.values ?? [] }, input),
      }));
    },
    batchUpdate(resource: { valueInputOption?: string; data?: ValueWrite[] }, id: string): Json {
      const data = resource.data ?? [];
      const cells = data.reduce((n, d) => n + d.values.reduce((m, r) => m + r.length, 0), 0);
      enter('Values.batchUpdate', cells / 1000);
      const { file, user } = open('values.batchUpdate', id, true);
      const input = inputOf(resource.valueInputOption, 'values.batchUpdate');
      return atomically('values.batchUpdate', file, (model) => {
        const responses = data.map((d, i) => {
          try {
            return { spreadsheetId: id, ...writeValueRange(ws, file, model, user, d, input) };
          } catch (error) {
            if (!(error instanceof AppsScriptError)) throw error;
            const wrapped = new AppsScriptError(`Invalid data[${i}]: ${error.message}`);
            wrapped.name = error.name;
            throw wrapped;
          }
        });
        return {
          spreadsheetId: id,
          totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0),
          totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
          responses,
        };
      });
    },
    append(
      resource: { values?: unknown[][] },
      id: string,
      range: string,
      options: { valueInputOption?: string; insertDataOption?: string } = {},
    ): Json {
      const values = resource.values ?? [];
      enter('Values.append', values.reduce((n, r) => n + r.length, 0) / 1000);
      const { file, user } = open('values.append', id, true);
      const input = inputOf(options.valueInputOption, 'values.append');
      return atomically('values.append', file, (model) => {
        const { tableRange, updates } = appendValueRange(
          ws,
          file,
          model,
          user,
          { range, values },
          input,
          options.insertDataOption === 'INSERT_ROWS',
        );
        const out: Json = { spreadsheetId: id, updates: { spreadsheetId: id, ...updates } };
        if (tableRange) out.tableRange = tableRange;
        return out;
      });
    },
    clear(_resource: object, id: string, range: string): Json {
      enter('Values.clear');
      const { file, user } = open('values.clear', id, true);
      return atomically('values.clear', file, (model) => ({
        spreadsheetId: id,
        clearedRange: clearValueRange(ws, file, model, user, range),
      }));
    },
    batchClear(resource: { ranges?: string[] }, id: string): Json {
      enter('Values.batchClear');
      const { file, user } = open('values.batchClear', id, true);
      return atomically('values.batchClear', file, (model) => ({
        spreadsheetId: id,
        clearedRanges: (resource.ranges ?? []).map((r) =>
          clearValueRange(ws, file, model, user, r),
        ),
      }));
    },
  };

  const Spreadsheets = {
    get(
      id: string,
      options: { fields?: string; ranges?: string | string[]; includeGridData?: boolean } = {},
    ): Json {
      enter('get');
      const { file, model, user } = open('get', id, false);
      const json = spreadsheetJson(ws, file, model, user);
      const ranges = typeof options.ranges === 'string' ? [options.ranges] : options.ranges;
      if (ranges !== undefined) {
        // Only the sheets the ranges name are returned.
        const wanted = new Set(ranges.map((r) => resolveApiRange(model, r).sheet.sheetId));
        json.sheets = (json.sheets as Json[]).filter((sh) =>
          wanted.has(Number((sh.properties as Json).sheetId)),
        );
      }
      // Grid data comes with includeGridData, or when the field mask asks for sheets.data.
      if (options.includeGridData || /\bdata\b/.test(options.fields ?? '')) {
        addGridData(model, json, ranges);
      }
      return options.fields ? (selectFields(json, parseFields(options.fields)) as Json) : json;
    },
    create(
      resource: {
        properties?: { title?: string; locale?: string; timeZone?: string };
        sheets?: Array<{ properties?: Json }>;
      } = {},
    ): Json {
      enter('create');
      const user = ws.execution.user;
      const props = resource.properties ?? {};
      const file = createSpreadsheetFile(ws, user, props.title ?? 'Untitled spreadsheet', {
        locale: props.locale,
        timeZone: props.timeZone,
      });
      if (resource.sheets?.length) {
        const model = modelOf(file);
        const first = model.sheets[0];
        resource.sheets.forEach((s, i) => {
          const request = { addSheet: { properties: { ...(s.properties ?? {}), index: i } } };
          applyRequest({ ws, file, model, user }, request, i);
        });
        if (first) model.sheets = model.sheets.filter((s) => s !== first);
      }
      return spreadsheetJson(ws, file, modelOf(file), user);
    },
    batchUpdate(
      resource: { requests?: Json[]; includeSpreadsheetInResponse?: boolean },
      id: string,
    ): Json {
      const requests = resource.requests ?? [];
      enter('batchUpdate', requests.length / 10);
      const { file, user } = open('batchUpdate', id, true);
      const replies = atomically('batchUpdate', file, (model) =>
        requests.map((request, i) => applyRequest({ ws, file, model, user }, request, i)),
      );
      const out: Json = { spreadsheetId: id, replies };
      if (resource.includeSpreadsheetInResponse)
        out.updatedSpreadsheet = spreadsheetJson(ws, file, modelOf(file), user);
      return out;
    },
    Values: strict(Values, 'Sheets.Spreadsheets.Values'),
  };
  void canEditFile;
  return strict({ Spreadsheets: strict(Spreadsheets, 'Sheets.Spreadsheets') }, 'Sheets');
}

function renderOf(option: string | undefined): 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA' {
  if (option === 'UNFORMATTED_VALUE' || option === 'FORMULA') return option;
  return 'FORMATTED_VALUE';
}

function inputOf(option: string | undefined, method: string): 'RAW' | 'USER_ENTERED' {
  if (option === 'RAW' || option === 'USER_ENTERED') return option;
  throw apiError(method, "'valueInputOption' is required but not specified");
}
