// batchUpdate requests on tabs and dimensions: add/delete/update sheets, spreadsheet properties,
// row/column properties, insert/delete dimension.
// Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request

import { AppsScriptError } from '../core/workspace';
import type { Json } from './api-json';
import { applyMask, sheetPropertiesJson } from './api-json';
import { newSheet, sheetById, sheetByName } from './model';
import { checkStructure } from './protect';
import { shiftDimension } from './structure';
import { type Handler, sheetOf, dimensionRange, fieldSet } from './api-grid';

export const SHEET_REQUESTS: Record<string, Handler> = {
  addSheet(ctx, body) {
    const props = (body.properties ?? {}) as Json;
    const title = String(props.title ?? `Sheet${ctx.model.sheets.length + 1}`);
    if (sheetByName(ctx.model, title)) {
      throw new AppsScriptError(
        `A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    const grid = (props.gridProperties ?? {}) as Json;
    const sheetId =
      props.sheetId !== undefined ? Number(props.sheetId) : ctx.model.nextSheetId++ * 1000 + 7;
    if (sheetById(ctx.model, sheetId))
      throw new AppsScriptError(`A sheet with id ${sheetId} already exists.`);
    const sheet = newSheet(
      sheetId,
      title,
      Number(grid.rowCount ?? 1000),
      Number(grid.columnCount ?? 26),
    );
    sheet.frozenRows = Number(grid.frozenRowCount ?? 0);
    sheet.frozenColumns = Number(grid.frozenColumnCount ?? 0);
    sheet.hidden = Boolean(props.hidden);
    const index = props.index !== undefined ? Number(props.index) : ctx.model.sheets.length;
    ctx.model.sheets.splice(Math.min(index, ctx.model.sheets.length), 0, sheet);
    return { addSheet: { properties: sheetPropertiesJson(ctx.model, sheet) } };
  },
  deleteSheet(ctx, body) {
    const sheet = sheetOf(ctx, body.sheetId);
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user);
    if (ctx.model.sheets.length === 1)
      throw new AppsScriptError("You can't remove all the sheets in a document.");
    ctx.model.sheets = ctx.model.sheets.filter((s) => s !== sheet);
    ctx.model.protections = ctx.model.protections.filter((p) => p.range.sheetId !== sheet.sheetId);
    ctx.model.namedRanges = ctx.model.namedRanges.filter((n) => n.range.sheetId !== sheet.sheetId);
    return undefined;
  },
  updateSheetProperties(ctx, body) {
    const props = (body.properties ?? {}) as Json;
    const sheet = sheetOf(ctx, props.sheetId);
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user);
    const json = sheetPropertiesJson(ctx.model, sheet);
    applyMask(json, props, String(body.fields ?? '*'));
    const title = String(json.title ?? sheet.title);
    if (title !== sheet.title && sheetByName(ctx.model, title)) {
      throw new AppsScriptError(
        `A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    sheet.title = title;
    sheet.hidden = Boolean(json.hidden);
    const grid = (json.gridProperties ?? {}) as Json;
    sheet.frozenRows = Number(grid.frozenRowCount ?? 0);
    sheet.frozenColumns = Number(grid.frozenColumnCount ?? 0);
    sheet.rowCount = Number(grid.rowCount ?? sheet.rowCount);
    sheet.columnCount = Number(grid.columnCount ?? sheet.columnCount);
    if (json.index !== undefined) {
      const index = Number(json.index);
      ctx.model.sheets = ctx.model.sheets.filter((s) => s !== sheet);
      ctx.model.sheets.splice(Math.min(index, ctx.model.sheets.length), 0, sheet);
    }
    if (ctx.model.sheets.every((s) => s.hidden))
      throw new AppsScriptError("You can't hide all the sheets in a document.");
    return undefined;
  },
  updateSpreadsheetProperties(ctx, body) {
    const json: Json = {
      title: ctx.file.name,
      locale: ctx.model.locale,
      timeZone: ctx.model.timeZone,
    };
    applyMask(json, (body.properties ?? {}) as Json, String(body.fields ?? '*'));
    ctx.model.title = String(json.title ?? ctx.model.title);
    ctx.model.locale = String(json.locale ?? ctx.model.locale);
    ctx.model.timeZone = String(json.timeZone ?? ctx.model.timeZone);
    return undefined;
  },
  updateDimensionProperties(ctx, body) {
    const d = dimensionRange(body.range);
    const sheet = sheetOf(ctx, d.sheetId);
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user);
    const props = (body.properties ?? {}) as Json;
    const has = fieldSet(body.fields);
    for (let i = d.start; i < d.end; i++) {
      if (has('pixelSize') && props.pixelSize !== undefined) {
        (d.dim === 'ROWS' ? sheet.rowHeights : sheet.columnWidths).set(i, Number(props.pixelSize));
      }
      if (has('hiddenByUser')) {
        const set = d.dim === 'ROWS' ? sheet.hiddenRows : sheet.hiddenColumns;
        if (props.hiddenByUser) set.add(i);
        else set.delete(i);
      }
    }
    return undefined;
  },
  insertDimension(ctx, body) {
    const d = dimensionRange(body.range);
    const sheet = sheetOf(ctx, d.sheetId);
    const rect =
      d.dim === 'ROWS'
        ? { r0: d.start, r1: d.start + 1, c0: 0, c1: sheet.columnCount }
        : { r0: 0, r1: sheet.rowCount, c0: d.start, c1: d.start + 1 };
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user, rect);
    shiftDimension(ctx.model, sheet, d.dim, d.start, d.end - d.start);
    return undefined;
  },
  deleteDimension(ctx, body) {
    const d = dimensionRange(body.range);
    const sheet = sheetOf(ctx, d.sheetId);
    const rect =
      d.dim === 'ROWS'
        ? { r0: d.start, r1: d.end, c0: 0, c1: sheet.columnCount }
        : { r0: 0, r1: sheet.rowCount, c0: d.start, c1: d.end };
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user, rect);
    shiftDimension(ctx.model, sheet, d.dim, d.start, -(d.end - d.start));
    return undefined;
  },
};
