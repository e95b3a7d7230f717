// CacheService: script, user and document caches with the documented limits; expiry on the virtual clock.
// https://developers.google.com/apps-script/reference/cache/cache
import { AppsScriptError, type Workspace } from '../core/workspace';
import { requireLimited, SCOPES } from './auth';
import { asGas, strict } from './strict';
import { virtualNow } from './time';

type GasCache = GoogleAppsScript.Cache.Cache;

export const CACHE_KEY_MAX = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
/** "The cap for cached items is 1,000." (Cache.putAll) */
export const CACHE_MAX_ITEMS = 1000;

interface Entry {
  value: string;
  expiresAt: number;
}
type Store = Record<string, Entry>;

export interface CacheState {
  script: Store;
  user: Record<string, Store>;
  document: Record<string, Store>;
}

export function cacheState(ws: Workspace): CacheState {
  return ws.stateOf<CacheState>('cache', () => ({ script: {}, user: {}, document: {} }));
}

class EmuCache implements Pick<GasCache, 'get' | 'remove' | 'removeAll' | 'getAll'> {
  constructor(
    private readonly ws: Workspace,
    private readonly store: Store,
  ) {}

  private count(method: string): void {
    this.ws.count(`Cache.${method}`);
    requireLimited(this.ws, `Cache.${method}`, SCOPES.storage);
  }
  private live(key: string): Entry | undefined {
    const entry = this.store[key];
    if (entry && entry.expiresAt <= virtualNow(this.ws)) {
      delete this.store[key];
      return undefined;
    }
    return entry;
  }
  private putOne(key: string, value: unknown, seconds: number): void {
    // Limits: "maximum length of a key is 250 characters", "maximum amount of data … 100KB per value".
    if (String(key).length > CACHE_KEY_MAX) throw new AppsScriptError('Argument too large: key');
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_MAX_BYTES)
      throw new AppsScriptError('Argument too large: value');
    const ttl = Math.min(Math.max(seconds, 1), CACHE_MAX_SECONDS);
    this.store[String(key)] = { value: text, expiresAt: virtualNow(this.ws) + ttl * 1000 };
    this.evict();
  }
  /** Beyond the cap, the entries nearest expiry go first ("eviction allowed"; README A-CACHE-EVICT). */
  private evict(): void {
    const keys = Object.keys(this.store);
    if (keys.length <= CACHE_MAX_ITEMS) return;
    keys.sort((a, b) => (this.store[a]?.expiresAt ?? 0) - (this.store[b]?.expiresAt ?? 0));
    for (const key of keys.slice(0, keys.length - CACHE_MAX_ITEMS)) delete this.store[key];
  }

  get(key: string): string | null {
    this.count('get');
    return this.live(key)?.value ?? null;
  }
  getAll(keys: string[]): { [key: string]: string } {
    this.count('getAll');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const entry = this.live(key);
      if (entry) out[key] = entry.value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = CACHE_DEFAULT_SECONDS): void {
    this.count('put');
    this.putOne(key, value, expirationInSeconds);
  }
  /** "If no expiration is given, values expire from the cache after 600 seconds (10 minutes)." */
  putAll(values: Record<string, unknown>, expirationInSeconds = CACHE_DEFAULT_SECONDS): void {
    this.count('putAll');
    for (const [k, v] of Object.entries(values)) this.putOne(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.count('remove');
    delete this.store[key];
  }
  removeAll(keys: string[]): void {
    this.count('removeAll');
    for (const key of keys) delete this.store[key];
  }
}

export function createCacheService(ws: Workspace): GoogleAppsScript.Cache.CacheService {
  const state = () => cacheState(ws);
  const service = {
    getScriptCache(): GasCache {
      ws.count('CacheService.getScriptCache');
      return asGas(strict('Cache', new EmuCache(ws, state().script)));
    },
    getUserCache(): GasCache {
      ws.count('CacheService.getUserCache');
      return asGas(strict('Cache', new EmuCache(ws, (state().user[ws.execution.user] ??= {}))));
    },
    getDocumentCache(): GasCache | null {
      ws.count('CacheService.getDocumentCache');
      const doc = ws.execution.documentId;
      if (doc === null) return null;
      return asGas(strict('Cache', new EmuCache(ws, (state().document[doc] ??= {}))));
    },
  };
  return asGas(strict('CacheService', service));
}
