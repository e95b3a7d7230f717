// Time inside an execution: the virtual clock at the execution's start plus the Apps Script time it
// has used so far (service-call costs, sleeps, lock waits), and the Date the bundle sees.
import { AppsScriptError, EXCEEDED_TIME_MESSAGE, type Workspace } from '../core/workspace';
import { EXECUTION_LIMIT_MS } from '../core/cost';

/** Milliseconds since the epoch as the running code sees them. */
export function virtualNow(ws: Workspace): number {
  return ws.clock.now() + (ws.inExecution ? ws.execution.estimatedMs : 0);
}

/**
 * Time spent waiting (Utilities.sleep, LockService waits) counts toward the 6-minute limit
 * (https://developers.google.com/apps-script/guides/services/quotas "Script runtime 6 min / execution").
 */
export function spend(ws: Workspace, ms: number): void {
  if (!ws.inExecution) {
    ws.clock.advance(ms);
    return;
  }
  const execution = ws.execution;
  execution.estimatedMs += ms;
  if (execution.estimatedMs > EXECUTION_LIMIT_MS) throw new AppsScriptError(EXCEEDED_TIME_MESSAGE);
}

/** Counts a call when code runs inside an execution; objects like Blob are also used by tests outside one. */
export function tally(ws: Workspace, method: string, units = 1): void {
  if (ws.inExecution) ws.count(method, units);
}

/**
 * A Date constructor for the bundle's context: `new Date()` and `Date.now()` read the virtual clock.
 * Instances are ordinary host Dates (same prototype), so values crossing between the emulator and the
 * bundle stay Dates and `instanceof Date` holds on both sides.
 */
export function createVirtualDate(ws: Workspace): DateConstructor {
  const HostDate = Date;
  const VirtualDate = function (...args: unknown[]): Date | string {
    // Date() called without new returns the current time as a string, as in JavaScript.
    if (!new.target) return new HostDate(virtualNow(ws)).toString();
    if (args.length === 0) return new HostDate(virtualNow(ws));
    return new HostDate(...(args as [number, number]));
  } as unknown as DateConstructor;
  Object.defineProperty(VirtualDate, 'prototype', { value: HostDate.prototype });
  Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
  VirtualDate.now = () => virtualNow(ws);
  VirtualDate.UTC = HostDate.UTC;
  VirtualDate.parse = HostDate.parse;
  return VirtualDate;
}
