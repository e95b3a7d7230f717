// The benchmarks' school at scale: 45 classes × 45 students × 14 subjects, its control workbook
// created and filled by the system account in an emulator running the built bundle.
import * as path from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import {
  controlTables,
  sampleSchool,
  SYSTEM,
  writeTables,
  type SampleClass,
  type SampleSchool,
} from '../sample-school';

export const CLASSES = 45;
export const STUDENTS = 45;

export interface ScaleSchool {
  emu: Emulator;
  school: SampleSchool;
  controlId: string;
}

export function schoolAtScale(): ScaleSchool {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z'), deployment: 'addon' });
  emu.loadBundle(path.join(__dirname, '../../dist'));
  const classes: SampleClass[] = Array.from({ length: CLASSES }, (_, i) => ({
    id: `${10 + Math.floor(i / 15)}A${(i % 15) + 1}`,
    grade: 10 + Math.floor(i / 15),
    ruleSet: 'TT22',
  }));
  const school = sampleSchool({ classes, studentsPerClass: STUDENTS, subjects: 'bench' });
  for (const t of school.teachers) emu.addUser(t.email, t.name);
  emu.addUser(SYSTEM);
  const made = emu
    .as(SYSTEM)
    .run((ctx) =>
      (
        ctx as unknown as { createControlWorkbookRpc: () => { id: string } }
      ).createControlWorkbookRpc(),
    );
  writeTables(emu, SYSTEM, made.id, controlTables(school));
  return { emu, school, controlId: made.id };
}
