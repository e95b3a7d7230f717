// Tick step: apply due window openings/closings and staff changes by syncing the protections of
// the affected class workbooks (all of them on the first run), then retry any left pending.
import { classesDueBetween } from '../../domain/permissions';
import type { School } from '../permissions/school';
import { blocksOfClass, permissionFacts } from '../permissions/school';
import { syncWorkbooks, type SyncDeps } from '../permissions/sync';
import { classesWithStaffChanges } from '../permissions/staff';
import { describeClassSync, SYNC_TEXT } from '../permissions/messages';
import type { TickStep } from './step';

export const LAST_TICK_KEY = 'sodiem.perms.lastTick';
export const PENDING_KEY = 'sodiem.perms.pending';
export const SYNCED_PREFIX = 'sodiem.perms.synced.';

export interface PermissionsTickDeps extends SyncDeps {
  loadSchool(): School;
}

export function permissionsTickStep(deps: PermissionsTickDeps): TickStep {
  return {
    id: 'permissions',
    minMs: 20_000,
    run(ctx) {
      const now = ctx.now();
      const school = deps.loadSchool();
      const facts = permissionFacts(school);
      const last = ctx.state.get(LAST_TICK_KEY);
      const pending = JSON.parse(ctx.state.get(PENDING_KEY) ?? '[]') as string[];
      const due = new Set(
        last === null
          ? school.classes.map((c) => c.id)
          : classesDueBetween(facts, Date.parse(last), now),
      );
      for (const id of pending) due.add(id);
      const classes = school.classes.filter((c) => due.has(c.id));
      const report = syncWorkbooks(deps, {
        facts,
        classes,
        blocksOf: (c) => blocksOfClass(school, c),
        actor: school.systemAccount,
        deadline: ctx.deadline,
        // A new or replacement teacher gets the workbook file as soon as the assignment starts.
        share:
          last === null
            ? 'all'
            : new Set([...pending, ...classesWithStaffChanges(facts, Date.parse(last), now)]),
      });
      const failed = report.classes.filter((c) => c.error !== null && c.workbookId !== null);
      for (const c of report.classes) {
        if (c.error === null) ctx.state.set(`${SYNCED_PREFIX}${c.classId}`, report.at);
      }
      const left = [...report.pending, ...failed.map((c) => c.classId)];
      ctx.state.set(PENDING_KEY, left.length === 0 ? null : JSON.stringify(left));
      ctx.state.set(LAST_TICK_KEY, new Date(now).toISOString());
      const summary = report.classes
        .filter((c) => c.error !== null || c.added + c.updated + c.deleted + c.shared.length > 0)
        .flatMap(describeClassSync);
      if (report.pending.length > 0) summary.push(SYNC_TEXT.pending(report.pending.length));
      return { done: left.length === 0, summary };
    },
  };
}
