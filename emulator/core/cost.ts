// The cost table that turns service calls into estimated Apps Script time. Every figure and its
// source is listed in emulator/README.md ("Cost table"); keep the two in step.
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Milliseconds per call, by method name or by service prefix ("Sheets.*"). */
export const COST_TABLE: Record<string, number> = {
  default: 20,
};

/** units: for calls whose cost grows with size (cells written, bytes hashed), in thousands. */
export function costOf(method: string, units = 1): number {
  const exact = COST_TABLE[method];
  if (exact !== undefined) return exact * Math.max(1, units);
  const prefix = method.slice(0, method.indexOf('.') + 1) + '*';
  const byService = COST_TABLE[prefix];
  return (byService ?? COST_TABLE.default ?? 20) * Math.max(1, units);
}
