// The book models: pure functions from a class-year's data and the rules engine's results to the
// documents the render layer prints (src/render).
import type { DocumentSpec } from '../../render/spec';
import type { BookInput, BookPeriod } from './input';
import { tt22BookSpec } from './tt22';
import { tt58BookSpec } from './tt58';

export type * from './input';
export { confirmationSpec, type SnapshotRef } from './confirmation';
export { studentSheetsSpec } from './student-sheet';
export { tt22BookSpec } from './tt22';
export { tt58BookSpec } from './tt58';
export { compareVietnameseNames, sortStudents } from './order';

/** The book a class-year prints: the TT22 book for TT22 classes, "Sổ gọi tên và ghi điểm" otherwise. */
export function classBookSpec(input: BookInput, period: BookPeriod = 2): DocumentSpec {
  return input.cls.ruleSet === 'TT22' ? tt22BookSpec(input, period) : tt58BookSpec(input, period);
}
