// Sheets API batchUpdate requests applied to a copy of the model (the caller swaps it in only when
// every request succeeded: a batch is all or nothing).
// Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
import { AppsScriptError, NotImplementedError } from '../core/workspace';
import type { Json } from './api-json';
import { CELL_REQUESTS } from './api-cells';
import type { BatchContext, Handler } from './api-grid';
import { PROTECTION_REQUESTS } from './api-protect';
import { SHEET_REQUESTS } from './api-sheets';
import { EditRefusedError } from './protect';

export type { BatchContext } from './api-grid';
export { validationFromApi } from './api-cells';

const HANDLERS: Record<string, Handler> = {
  ...SHEET_REQUESTS,
  ...CELL_REQUESTS,
  ...PROTECTION_REQUESTS,
};

/** Applies one request; unknown kinds throw, naming themselves. */
export function applyRequest(ctx: BatchContext, request: Json, index: number): Json {
  const kinds = Object.keys(request);
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined)
    throw new AppsScriptError(`Invalid requests[${index}]: exactly one request kind must be set.`);
  const handler = HANDLERS[kind];
  if (!handler) throw new NotImplementedError(`Sheets.Spreadsheets.batchUpdate request ${kind}`);
  try {
    return handler(ctx, (request[kind] ?? {}) as Json) ?? {};
  } catch (error) {
    if (error instanceof NotImplementedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new EditRefusedError(`Invalid requests[${index}].${kind}: ${message}`);
    wrapped.name = error instanceof EditRefusedError ? 'EditRefusedError' : 'Exception';
    throw wrapped;
  }
}
