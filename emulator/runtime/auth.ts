// Authorization modes: what a simple trigger (LIMITED) or an add-on onOpen (NONE) may not call.
// https://developers.google.com/apps-script/reference/script/auth-mode
// https://developers.google.com/apps-script/guides/triggers ("They cannot access services that require authorization")
import { AppsScriptError, type Workspace } from '../core/workspace';

/**
 * Services needing authorization (Drive, UrlFetch, trigger management, OAuth token) refuse in
 * NONE and LIMITED. Text as Apps Script words it: README assumption A-AUTH.
 */
export function requireFull(ws: Workspace, method: string, scope: string): void {
  const mode = ws.execution.authMode;
  if (mode !== 'FULL') {
    throw new AppsScriptError(
      `You do not have permission to call ${method}. Required permissions: ${scope}`,
    );
  }
}

/** PropertiesService and CacheService work in LIMITED (the AuthMode sample reads document properties there), not in NONE. */
export function requireLimited(ws: Workspace, method: string, scope: string): void {
  if (ws.execution.authMode === 'NONE' || ws.execution.authMode === 'CUSTOM_FUNCTION') {
    throw new AppsScriptError(
      `You do not have permission to call ${method}. Required permissions: ${scope}`,
    );
  }
}

export const SCOPES = {
  drive: 'https://www.googleapis.com/auth/drive',
  scriptapp: 'https://www.googleapis.com/auth/script.scriptapp',
  external: 'https://www.googleapis.com/auth/script.external_request',
  storage: 'https://www.googleapis.com/auth/script.storage',
  container: 'https://www.googleapis.com/auth/script.container.ui',
} as const;
