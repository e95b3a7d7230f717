// batchUpdate requests on protections, named ranges and developer metadata.
// Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request

import { AppsScriptError } from '../core/workspace';
import type { Json } from './api-json';
import { applyMask, gridJson, metadataJson, protectedRangeJson } from './api-json';
import { addMetadata } from './metadata';
import { effectiveEditors, nextProtectionId } from './protect';
import {
  type Handler,
  sheetOf,
  gridOf,
  dimensionRange,
  isWholeSheet,
  protectionById,
  requireProtectionEditor,
  editorsFrom,
} from './api-grid';

export const PROTECTION_REQUESTS: Record<string, Handler> = {
  addProtectedRange(ctx, body) {
    const pr = (body.protectedRange ?? {}) as Json;
    if (
      pr.protectedRangeId !== undefined &&
      ctx.model.protections.some((p) => p.id === Number(pr.protectedRangeId))
    ) {
      throw new AppsScriptError(
        `A protected range with id ${String(pr.protectedRangeId)} already exists.`,
      );
    }
    const range = gridOf(pr.range);
    const sheet = sheetOf(ctx, range.sheetId);
    const whole = isWholeSheet(range);
    const warningOnly = Boolean(pr.warningOnly);
    // Assumption (README): without editors, a new API protection is editable by the owner and the requester.
    const editors = pr.editors
      ? editorsFrom(ctx, pr.editors)
      : { users: new Set([ctx.file.owner, ctx.user]), domain: false };
    const p = {
      id:
        pr.protectedRangeId !== undefined
          ? Number(pr.protectedRangeId)
          : nextProtectionId(ctx.model),
      range,
      sheetProtection: whole,
      description: String(pr.description ?? ''),
      warningOnly,
      editors: editors.users,
      domainEdit: editors.domain,
      unprotectedRanges: whole ? ((pr.unprotectedRanges ?? []) as Json[]).map(gridOf) : [],
      rangeName: pr.namedRangeId ? String(pr.namedRangeId) : null,
    };
    if (!whole && pr.unprotectedRanges)
      throw new AppsScriptError('Unprotected ranges are only supported on protected sheets.');
    void sheet;
    ctx.model.protections.push(p);
    return {
      addProtectedRange: { protectedRange: protectedRangeJson(ctx.ws, ctx.file, p, ctx.user) },
    };
  },
  updateProtectedRange(ctx, body) {
    const pr = (body.protectedRange ?? {}) as Json;
    const p = protectionById(ctx, pr.protectedRangeId);
    requireProtectionEditor(ctx, p);
    const fields = String(body.fields ?? '*');
    const json: Json = {
      range: gridJson(p.range),
      description: p.description,
      warningOnly: p.warningOnly,
      unprotectedRanges: p.unprotectedRanges.map(gridJson),
      editors: { users: effectiveEditors(ctx.file, p), domainUsersCanEdit: p.domainEdit },
    };
    const wasWarning = p.warningOnly;
    applyMask(json, pr, fields);
    p.range = gridOf(json.range);
    p.sheetProtection = isWholeSheet(p.range);
    p.description = String(json.description ?? '');
    p.warningOnly = Boolean(json.warningOnly);
    p.unprotectedRanges = ((json.unprotectedRanges ?? []) as Json[]).map(gridOf);
    const editorsInMask =
      fields === '*' || fields.split(',').some((f) => f.trim().startsWith('editors'));
    if (editorsInMask) {
      const e = editorsFrom(ctx, json.editors);
      p.editors = e.users;
      p.domainEdit = e.domain;
    } else if (wasWarning && !p.warningOnly) {
      // "if this field is changed from true to false and the editors field is not set (nor included
      // in the field mask), then the editors will be set to all the editors in the document."
      p.editors = new Set([ctx.file.owner, ...ctx.file.editors]);
    }
    return undefined;
  },
  deleteProtectedRange(ctx, body) {
    const p = protectionById(ctx, body.protectedRangeId);
    requireProtectionEditor(ctx, p);
    ctx.model.protections = ctx.model.protections.filter((x) => x !== p);
    return undefined;
  },
  addNamedRange(ctx, body) {
    const nr = (body.namedRange ?? {}) as Json;
    const name = String(nr.name ?? '');
    if (ctx.model.namedRanges.some((n) => n.name === name))
      throw new AppsScriptError(`A named range called ${name} already exists.`);
    const named = {
      id: nr.namedRangeId ? String(nr.namedRangeId) : ctx.ws.newId('nr'),
      name,
      range: gridOf(nr.range),
    };
    sheetOf(ctx, named.range.sheetId);
    ctx.model.namedRanges.push(named);
    return {
      addNamedRange: { namedRange: { namedRangeId: named.id, name, range: gridJson(named.range) } },
    };
  },
  createDeveloperMetadata(ctx, body) {
    const dm = (body.developerMetadata ?? {}) as Json;
    const loc = (dm.location ?? {}) as Json;
    let location: Parameters<typeof addMetadata>[4];
    if (loc.spreadsheet) location = { kind: 'SPREADSHEET' };
    else if (loc.sheetId !== undefined) location = { kind: 'SHEET', sheetId: Number(loc.sheetId) };
    else if (loc.dimensionRange) {
      const d = dimensionRange(loc.dimensionRange);
      location = {
        kind: d.dim === 'ROWS' ? 'ROW' : 'COLUMN',
        sheetId: d.sheetId,
        start: d.start,
        end: d.end,
      };
    } else throw new AppsScriptError('Invalid developer metadata location.');
    const d = addMetadata(
      ctx.model,
      String(dm.metadataKey ?? ''),
      dm.metadataValue === undefined ? null : String(dm.metadataValue),
      dm.visibility,
      location,
    );
    return { createDeveloperMetadata: { developerMetadata: metadataJson(d) } };
  },
};
