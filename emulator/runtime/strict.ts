// Strictness for service objects: reading a method the emulator does not model throws
// NotImplementedError naming it (instead of "undefined is not a function" deep in the bundle).
import { NotImplementedError } from '../core/workspace';

/** Property names that tooling (jest, util.inspect, promises, JSON) probes; never treated as calls. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  'toString',
  'valueOf',
  'length',
  'prototype',
  'size',
  'entries',
  'keys',
  'values',
  'next',
  'call',
  'apply',
  'bind',
]);

/** Wraps a service object so that calling any unmodelled member throws, naming `${name}.${member}`. */
export function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop in obj || PROBES.has(prop) || prop.startsWith('_')) {
        return Reflect.get(obj, prop, receiver);
      }
      // A function that throws when called, as EMU-A's sheets/strict.ts does, so probing stays safe.
      return () => {
        throw new NotImplementedError(`${name}.${prop}`);
      };
    },
  });
}

/** Casts an emulator object to the Apps Script interface it stands for (the subset is checked by Pick). */
export function asGas<T>(value: unknown): T {
  return value as T;
}
