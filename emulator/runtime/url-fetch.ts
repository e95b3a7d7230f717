// UrlFetchApp: there is no network. Only the spreadsheet export URL is answered, with a real XLSX
// built from the model; any other URL throws. Export URL: apps-script-facts §4 (undocumented by Google).
import { canView } from '../core/access';
import { AppsScriptError, NotImplementedError, type Workspace } from '../core/workspace';
import { XLSX_MIME } from '../drive/records';
import { xlsxFromModel } from '../drive/xlsx-write';
import { modelOf } from '../sheets/model';
import { requireFull, SCOPES } from './auth';
import { EmuBlob } from './blob';
import { toSigned } from './bytes';
import { oauthState } from './script-app';
import { asGas, strict } from './strict';

const EXPORT = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)\/export\?(.*)$/;

class EmuHttpResponse implements Pick<
  GoogleAppsScript.URL_Fetch.HTTPResponse,
  'getResponseCode' | 'getContentText'
> {
  constructor(
    private readonly ws: Workspace,
    private readonly code: number,
    private readonly body: Uint8Array,
    private readonly headers: Record<string, string>,
    private readonly name: string | null,
  ) {}
  private count(m: string): void {
    this.ws.count(`HTTPResponse.${m}`);
  }
  getResponseCode(): number {
    this.count('getResponseCode');
    return this.code;
  }
  getContentText(): string {
    this.count('getContentText');
    return Buffer.from(this.body).toString('utf8');
  }
  getContent(): number[] {
    this.count('getContent');
    return toSigned(this.body);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.count('getBlob');
    return new EmuBlob(this.ws, this.body, this.headers['Content-Type'] ?? null, this.name);
  }
  getHeaders(): Record<string, string> {
    this.count('getHeaders');
    return { ...this.headers };
  }
  getAllHeaders(): Record<string, string> {
    this.count('getAllHeaders');
    return { ...this.headers };
  }
}

function headerValue(headers: unknown, name: string): string | undefined {
  for (const [k, v] of Object.entries((headers as Record<string, unknown>) ?? {})) {
    if (k.toLowerCase() === name.toLowerCase()) return String(v);
  }
  return undefined;
}

export function createUrlFetchApp(ws: Workspace): GoogleAppsScript.URL_Fetch.UrlFetchApp {
  const respond = (params: Record<string, unknown>, code: number, body: string) => {
    const response = new EmuHttpResponse(
      ws,
      code,
      new Uint8Array(Buffer.from(body)),
      { 'Content-Type': 'text/html' },
      null,
    );
    if (code >= 400 && params.muteHttpExceptions !== true) {
      // Apps Script's wording for a non-2xx response (README A-URLFETCH-ERROR).
      throw new AppsScriptError(
        `Request failed for https://docs.google.com returned code ${code}. Truncated server response: ${body.slice(0, 60)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return asGas<GoogleAppsScript.URL_Fetch.HTTPResponse>(strict('HTTPResponse', response));
  };
  const service = {
    fetch(
      url: string,
      params: Record<string, unknown> = {},
    ): GoogleAppsScript.URL_Fetch.HTTPResponse {
      const m = EXPORT.exec(String(url));
      const file = m ? ws.files.get(m[1] ?? '') : undefined;
      // One count per call; an export's cost grows with the workbook (units: MB of XLSX).
      const bytes =
        file?.content.kind === 'spreadsheet' ? xlsxFromModel(modelOf(file), ws.clock.now()) : null;
      ws.count('UrlFetchApp.fetch', (bytes?.length ?? 0) / 1e6);
      requireFull(ws, 'UrlFetchApp.fetch', SCOPES.external);
      if (!m) throw new Error(`Emulator: no network (${url})`);
      const query = new URLSearchParams(m[2] ?? '');
      const format = query.get('format') ?? query.get('exportFormat');
      if (format !== 'xlsx')
        throw new NotImplementedError(`UrlFetchApp export format=${format ?? '(none)'}`);
      const auth = headerValue(params.headers, 'Authorization') ?? '';
      const user = oauthState(ws).tokens[auth.replace(/^Bearer\s+/i, '')];
      if (user === undefined) return respond(params, 401, '<html>Unauthorized</html>');
      if (!file || bytes === null || !canView(ws, file, user)) {
        return respond(params, 404, '<html>Not Found</html>');
      }
      const response = new EmuHttpResponse(
        ws,
        200,
        bytes,
        {
          'Content-Type': XLSX_MIME,
          'Content-Disposition': `attachment; filename="${encodeURIComponent(file.name)}.xlsx"`,
        },
        `${file.name}.xlsx`,
      );
      return asGas(strict('HTTPResponse', response));
    },
    fetchAll(): never {
      throw new NotImplementedError('UrlFetchApp.fetchAll');
    },
    getRequest(): never {
      throw new NotImplementedError('UrlFetchApp.getRequest');
    },
  };
  return asGas(strict('UrlFetchApp', service));
}
