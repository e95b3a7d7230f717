// The globals as the bundle sees them inside the gas-local (node:vm) context: virtual Date, byte
// arrays from the bundle's realm, no Node globals (apps-script-facts §7.1, architecture "Platform constraints").
import * as vm from 'node:vm';
import { createHash } from 'node:crypto';
import { createEmulator } from '../../emulator';

function inContext<T>(code: string): { value: T; start: number } {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z') });
  emu.addUser('a@school.edu.vn');
  const value = emu.as('a@school.edu.vn').run(() => vm.runInContext(code, emu.context) as T);
  return { value, start: Date.parse('2025-09-05T01:00:00Z') };
}

describe('inside the bundle context', () => {
  it('new Date() and Date.now() read the virtual clock; Dates are Dates on both sides', () => {
    const { value, start } = inContext<[number, number, boolean, number]>(
      'var d = new Date(); Utilities.sleep(2000); [d.getTime(), Date.now(), d instanceof Date, new Date(2025, 0, 1).getFullYear()]',
    );
    expect(value[0] - start).toBeLessThan(1000);
    expect(value[1] - value[0]).toBeGreaterThanOrEqual(2000);
    expect(value[2]).toBe(true);
    expect(value[3]).toBe(2025);
  });

  it('Uint8Arrays made by the bundle (pdf-lib output) are accepted by newBlob and computeDigest', () => {
    const { value } = inContext<[number[], number[]]>(
      "var u = new Uint8Array([1, 255, 128]); [Utilities.newBlob(u, 'application/pdf', 'a.pdf').getBytes(), Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, u)]",
    );
    expect(value[0]).toEqual([1, -1, -128]);
    expect(value[1]).toEqual(
      Array.from(
        new Int8Array(
          createHash('sha256')
            .update(Buffer.from([1, 255, 128]))
            .digest(),
        ),
      ),
    );
  });

  it('no setTimeout, Buffer, require or process in the context', () => {
    const { value } = inContext<string[]>(
      '[typeof setTimeout, typeof Buffer, typeof require, typeof process, typeof TextEncoder]',
    );
    expect(value).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });
});
