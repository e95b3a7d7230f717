// Strictness: calling a method the emulator does not model throws NotImplementedError naming it
// ("Emulator: Range.getFormulasR1C1 is not implemented") instead of silently returning undefined.
import { NotImplementedError } from '../core/workspace';

/** Properties that libraries probe (promises, jest, JSON, util.inspect) and must stay undefined. */
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  'length',
  'prototype',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

export function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop in obj || PROBED.has(prop) || prop.startsWith('_')) {
        return Reflect.get(obj, prop, receiver);
      }
      return () => {
        throw new NotImplementedError(`${typeName}.${prop}`);
      };
    },
  });
}

/** A plain service object (e.g. SpreadsheetApp) made strict the same way. */
export function strictService<T extends object>(members: T, typeName: string): T {
  return strict(members, typeName);
}
