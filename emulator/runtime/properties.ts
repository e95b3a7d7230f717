// PropertiesService: script, user and document stores of string values, with the size limits.
// https://developers.google.com/apps-script/guides/properties
// https://developers.google.com/apps-script/guides/services/quotas ("Properties value size 9 KB / val",
// "Properties total storage 500 KB / property store")
import { AppsScriptError, type Workspace } from '../core/workspace';
import { requireLimited, SCOPES } from './auth';
import { asGas, strict } from './strict';

type GasProperties = GoogleAppsScript.Properties.Properties;

export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;
/** README assumption A-PROP-TEXT: the value error mirrors the Cache one ("Argument too large: value"). */
export const VALUE_TOO_LARGE = 'Argument too large: value';
/** Reported by users (github.com/lucasvtiradentes/gcal-sync/issues/115). */
export const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export interface PropertiesState {
  script: Record<string, string>;
  user: Record<string, Record<string, string>>;
  document: Record<string, Record<string, string>>;
}

export function propertiesState(ws: Workspace): PropertiesState {
  return ws.stateOf<PropertiesState>('properties', () => ({ script: {}, user: {}, document: {} }));
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Store size counts keys and values (tanaikech 2023-05-22 report; README assumption A-PROP-SIZE). */
function storeBytes(store: Record<string, string>): number {
  let total = 0;
  for (const [k, v] of Object.entries(store)) total += bytes(k) + bytes(v);
  return total;
}

class EmuProperties implements Pick<GasProperties, 'getProperty' | 'getKeys' | 'getProperties'> {
  constructor(
    private readonly ws: Workspace,
    private readonly store: Record<string, string>,
  ) {}

  private count(method: string): void {
    this.ws.count(`Properties.${method}`);
    requireLimited(this.ws, `Properties.${method}`, SCOPES.storage);
  }

  private write(next: Record<string, string>): void {
    for (const value of Object.values(next)) {
      if (bytes(value) > PROPERTY_VALUE_MAX_BYTES) throw new AppsScriptError(VALUE_TOO_LARGE);
    }
    if (storeBytes(next) > PROPERTY_STORE_MAX_BYTES) throw new AppsScriptError(STORE_FULL);
    for (const key of Object.keys(this.store)) delete this.store[key];
    Object.assign(this.store, next);
  }

  getProperty(key: string): string | null {
    this.count('getProperty');
    return Object.prototype.hasOwnProperty.call(this.store, key) ? (this.store[key] ?? null) : null;
  }
  getKeys(): string[] {
    this.count('getKeys');
    return Object.keys(this.store);
  }
  /** "getProperties() returns a copy, not a live view" (guides/properties). */
  getProperties(): { [key: string]: string } {
    this.count('getProperties');
    return { ...this.store };
  }
  setProperty(key: string, value: unknown): GasProperties {
    this.count('setProperty');
    // "stores all data as strings"
    this.write({ ...this.store, [String(key)]: String(value) });
    return asGas<GasProperties>(this);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): GasProperties {
    this.count('setProperties');
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.store };
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this.write(next);
    return asGas<GasProperties>(this);
  }
  deleteProperty(key: string): GasProperties {
    this.count('deleteProperty');
    delete this.store[key];
    return asGas<GasProperties>(this);
  }
  deleteAllProperties(): GasProperties {
    this.count('deleteAllProperties');
    for (const key of Object.keys(this.store)) delete this.store[key];
    return asGas<GasProperties>(this);
  }
}

export function createPropertiesService(
  ws: Workspace,
): GoogleAppsScript.Properties.PropertiesService {
  const state = () => propertiesState(ws);
  const service = {
    getScriptProperties(): GasProperties {
      ws.count('PropertiesService.getScriptProperties');
      return asGas(strict('Properties', new EmuProperties(ws, state().script)));
    },
    getUserProperties(): GasProperties {
      ws.count('PropertiesService.getUserProperties');
      const user = ws.execution.user;
      const stores = state().user;
      return asGas(strict('Properties', new EmuProperties(ws, (stores[user] ??= {}))));
    },
    /** Null outside a document: "returns null if the script is not … bound to a document" (PropertiesService). */
    getDocumentProperties(): GasProperties | null {
      ws.count('PropertiesService.getDocumentProperties');
      const doc = ws.execution.documentId;
      if (doc === null) return null;
      const stores = state().document;
      return asGas(strict('Properties', new EmuProperties(ws, (stores[doc] ??= {}))));
    },
  };
  return asGas(strict('PropertiesService', service));
}
