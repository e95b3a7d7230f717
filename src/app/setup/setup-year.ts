// "Thiết lập năm học": read the control workbook, check everything, then create the year folder
// and one workbook per class (or, on a re-run, add joiners, renumber, mark leavers). Resumable:
// it stops before its time budget and the next run continues from the checkpoint.
import {
  CLASSES,
  type ClassRow,
  EVENTS,
  type Problem,
  SETTINGS_TAB,
  encodeRow,
  encodeTab,
  encodeSettings,
} from '../../domain/control';
import { ASSIGNMENTS, SUBJECTS, TEACHERS } from '../../domain/control';
import {
  buildRequests,
  classWorkbookName,
  initialValues,
  planClass,
  readSchool,
  STUDENTS_TAB,
  type SchoolData,
  updateValues,
  yearFolderName,
} from '../../domain/setup';
import { readExisting } from './existing';
import type { SetupDeps } from './ports';
import { S } from './messages';

export const CHECKPOINT_KEY = 'setup.year';
/** Leave a margin under the 6-minute limit for the final writes. */
export const DEFAULT_BUDGET_MS = 4.5 * 60 * 1000;

type Stage = 'created' | 'built';
interface Checkpoint {
  year: string;
  folderId: string;
  /** classId → workbook id and how far its build got. */
  classes: Record<string, { id: string; stage: Stage }>;
}

export type SetupResult =
  | { status: 'invalid'; problems: Problem[] }
  | {
      status: 'done' | 'partial';
      folderId: string;
      created: string[];
      updated: string[];
      unchanged: string[];
      remaining: string[];
      workbooks: Record<string, string>;
    };

export function setUpSchoolYear(deps: SetupDeps, budgetMs = DEFAULT_BUDGET_MS): SetupResult {
  const started = deps.clock.now();
  const names = [
    SETTINGS_TAB,
    TEACHERS.name,
    CLASSES.name,
    SUBJECTS.name,
    ASSIGNMENTS.name,
    STUDENTS_TAB,
  ];
  const raw = deps.store.readTabs(names);
  const tab = (n: string) => raw.get(n) ?? [];
  const { data, problems } = readSchool({
    settings: tab(SETTINGS_TAB),
    teachers: tab(TEACHERS.name),
    classes: tab(CLASSES.name),
    subjects: tab(SUBJECTS.name),
    assignments: tab(ASSIGNMENTS.name),
    students: tab(STUDENTS_TAB),
  });
  if (problems.length > 0) return { status: 'invalid', problems };

  const year = data.settings.schoolYear;
  const cp = loadCheckpoint(deps, year);
  let folderId = data.settings.yearFolderId || cp.folderId;
  if (!folderId) {
    folderId = deps.drive.createFolder(yearFolderName(year), deps.drive.parentOf(deps.store.id));
    cp.folderId = folderId;
    saveCheckpoint(deps, cp);
  }

  const result = {
    created: [] as string[],
    updated: [] as string[],
    unchanged: [] as string[],
    remaining: [] as string[],
  };
  const classes: ClassRow[] = data.classes.map((c) => {
    const done = cp.classes[c.id];
    return !c.workbookId && done ? { ...c, workbookId: done.id } : { ...c };
  });
  // Start a class only if the slowest class so far would still finish within the budget.
  let slowest = 0;
  for (const cls of classes) {
    const before = deps.clock.now();
    if (result.remaining.length > 0 || before - started + slowest > budgetMs) {
      result.remaining.push(cls.id);
      continue;
    }
    const outcome = setUpClass(deps, data, cls, folderId, cp);
    slowest = Math.max(slowest, deps.clock.now() - before);
    result[outcome].push(cls.id);
    if (!cls.workbookId) cls.workbookId = cp.classes[cls.id]?.id;
  }

  // The admins listed in Giáo viên may now open and edit the admin-only control workbook.
  deps.drive.shareControl(
    deps.store.id,
    folderId,
    data.teachers
      .filter((t) => t.roles.includes('admin') || t.roles.includes('principal'))
      .map((t) => t.email.toLowerCase()),
  );

  // Record workbook ids and the folder in the control workbook: one batch write.
  const writes: Array<{ name: string; values: ReturnType<typeof encodeTab> }> = [];
  if (classes.some((c, i) => c.workbookId !== data.classes[i]?.workbookId))
    writes.push({ name: CLASSES.name, values: encodeTab(CLASSES, classes) });
  if (data.settings.yearFolderId !== folderId)
    writes.push({
      name: SETTINGS_TAB,
      values: encodeSettings({ ...data.settings, yearFolderId: folderId }),
    });
  if (writes.length > 0) deps.store.replaceTabs(writes);
  const status = result.remaining.length === 0 ? 'done' : 'partial';
  if (status === 'done') deps.checkpoints.save(CHECKPOINT_KEY, null);
  deps.store.appendRows([
    {
      name: EVENTS.name,
      rows: [
        encodeRow(EVENTS, {
          at: new Date(deps.clock.now()).toISOString(),
          kind: 'setup',
          actor: deps.actor,
          message: S.eventSummary(
            result.created.length,
            result.updated.length,
            result.remaining.length,
          ),
          data: JSON.stringify(result),
        }),
      ],
    },
  ]);
  const workbooks: Record<string, string> = {};
  for (const c of classes) if (c.workbookId) workbooks[c.id] = c.workbookId;
  return { status, folderId, ...result, workbooks };
}

function setUpClass(
  deps: SetupDeps,
  data: SchoolData,
  cls: ClassRow,
  folderId: string,
  cp: Checkpoint,
): 'created' | 'updated' | 'unchanged' {
  const input = { ...data, schoolYear: data.settings.schoolYear };
  const mark = cp.classes[cls.id];
  if (!cls.workbookId || (mark && mark.id === cls.workbookId && mark.stage === 'created')) {
    const id =
      cls.workbookId ??
      deps.drive.createSpreadsheet(classWorkbookName(input.schoolYear, cls.name), folderId);
    cp.classes[cls.id] = { id, stage: 'created' };
    saveCheckpoint(deps, cp);
    const plan = planClass({ ...cls, workbookId: undefined } as ClassRow, input, null);
    deps.workbooks.batchUpdate(id, buildRequests(plan.layout));
    deps.workbooks.writeValues(id, initialValues(plan, input.schoolYear));
    deps.drive.addEditors(id, plan.editors);
    cp.classes[cls.id] = { id, stage: 'built' };
    saveCheckpoint(deps, cp);
    return 'created';
  }
  const probe = planClass(cls, input, []);
  const existing = readExisting(deps.workbooks, cls.workbookId, probe.layout);
  const plan = planClass(cls, input, existing);
  // Teachers assigned since the last run get access (adding an existing editor changes nothing).
  deps.drive.addEditors(cls.workbookId, plan.editors);
  const writes = updateValues(plan, existing);
  if (writes.length === 0) return 'unchanged';
  deps.workbooks.writeValues(cls.workbookId, writes);
  return 'updated';
}

function loadCheckpoint(deps: SetupDeps, year: string): Checkpoint {
  const raw = deps.checkpoints.load(CHECKPOINT_KEY);
  if (raw) {
    const cp = JSON.parse(raw) as Checkpoint;
    if (cp.year === year) return cp;
  }
  return { year, folderId: '', classes: {} };
}

function saveCheckpoint(deps: SetupDeps, cp: Checkpoint): void {
  deps.checkpoints.save(CHECKPOINT_KEY, JSON.stringify(cp));
}
