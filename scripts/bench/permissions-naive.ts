// The naive way to apply the protection plan, for the benchmark's comparison: per block
// Range.protect() (Sheet.protect() per tab), setDescription, removeEditors(getEditors()),
// addEditors, and for a window close getProtections + getEditors/removeEditors per protection.
import type { Execution } from '../../emulator';
import {
  loadSchool,
  blocksOfClass,
  permissionFacts,
  type School,
} from '../../src/app/permissions/school';
import { MemoryControlStore } from '../../src/app/ports/control-store';
import { planWorkbook, type WorkbookPlan } from '../../src/domain/permissions';
import {
  WINDOWS,
  SETTINGS_TAB,
  TEACHERS,
  CLASSES,
  SUBJECTS,
  ASSIGNMENTS,
} from '../../src/domain/control';
import { SYSTEM, type World } from '../../tests/integration/permissions-world';
import type { EntryWindow } from '../../src/domain/windows';

interface Gas {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

/** The school as the control workbook holds it, with one school-wide window 08:00–12:02. */
export function loadSchoolFromEmulator(w: World): School {
  const store = new MemoryControlStore();
  const ins = w.emu.sheet(w.control);
  for (const name of [
    SETTINGS_TAB,
    TEACHERS.name,
    CLASSES.name,
    SUBJECTS.name,
    ASSIGNMENTS.name,
    WINDOWS.name,
  ]) {
    const values = ins.values(`'${name}'!A1:Z200`).filter((r) => r.some((c) => c !== ''));
    store.tabs.set(name, values as never);
  }
  const window: EntryWindow = {
    id: 'tx1',
    term: 1,
    group: 'regular',
    start: '2025-09-05T01:00:00.000Z',
    end: '2025-09-05T05:02:00.000Z',
    scope: { kind: 'school' },
    reopenings: [],
  };
  return loadSchool(store, { load: () => [window], save: () => undefined });
}

function plans(school: School, at: number): { id: string; plan: WorkbookPlan }[] {
  const facts = permissionFacts(school);
  return school.classes.map((c) => ({
    id: c.workbookId!,
    plan: planWorkbook(facts, c, blocksOfClass(school, c), at),
  }));
}

/** The naive work summed over one execution per workbook (one would not fit them all). */
export interface NaiveTotal {
  calls: number;
  estimatedMs: number;
  executions: number;
}

function runAsSystem(
  w: World,
  all: { id: string; plan: WorkbookPlan }[],
  fn: (g: Gas, id: string, plan: WorkbookPlan) => void,
): NaiveTotal {
  const total: NaiveTotal = { calls: 0, estimatedMs: 0, executions: 0 };
  for (const { id, plan } of all) {
    w.emu.as(SYSTEM).run((ctx) => fn(ctx as unknown as Gas, id, plan));
    const e: Execution = w.emu.lastExecution()!;
    for (const c of e.calls.values()) total.calls += c;
    total.estimatedMs += e.estimatedMs;
    total.executions += 1;
  }
  return total;
}

export function naiveFirstSync(w: World, school: School, at: number): NaiveTotal {
  return runAsSystem(w, plans(school, at), ({ SpreadsheetApp }, id, plan) => {
    {
      const ss = SpreadsheetApp.openById(id);
      for (const p of plan.protections) {
        const sheet = ss.getSheetByName(p.sheet)!;
        const rng = (r: NonNullable<typeof p.rect>) =>
          sheet.getRange(
            r.startRowIndex! + 1,
            r.startColumnIndex! + 1,
            r.endRowIndex! - r.startRowIndex!,
            r.endColumnIndex! - r.startColumnIndex!,
          );
        const prot = p.rect === null ? sheet.protect() : rng(p.rect).protect();
        prot.setDescription(p.description);
        prot.removeEditors(prot.getEditors().map((u) => u.getEmail()));
        prot.addEditors(p.editors);
        if (p.rect === null && p.unprotected.length > 0)
          prot.setUnprotectedRanges(p.unprotected.map(rng));
      }
    }
  });
}

export function naiveClose(w: World, school: School, at: number): NaiveTotal {
  return runAsSystem(w, plans(school, at), ({ SpreadsheetApp }, id, plan) => {
    {
      const want = new Map(plan.protections.map((p) => [p.description, p.editors]));
      const ss = SpreadsheetApp.openById(id);
      for (const sheet of ss.getSheets()) {
        for (const prot of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
          const editors = want.get(prot.getDescription());
          if (!editors) continue;
          const now = prot.getEditors().map((u) => u.getEmail().toLowerCase());
          const remove = now.filter((e) => !editors.includes(e) && e !== SYSTEM);
          const add = editors.filter((e) => !now.includes(e));
          if (remove.length > 0) prot.removeEditors(remove);
          if (add.length > 0) prot.addEditors(add);
        }
      }
    }
  });
}
