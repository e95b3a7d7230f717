// Rendering the printed documents of a class: book, confirmation table, student sheets.
// Pure (no Apps Script): the fonts are passed in (the bundle's embedded subset, or scripts/fonts.ts).
import {
  classBookSpec,
  confirmationSpec,
  studentSheetsSpec,
  type BookInput,
  type BookPeriod,
  type SnapshotRef,
} from '../../domain/books';
import type { Term } from '../../domain/school';
import { renderDocument, type FontSet } from '../../render';

/** The class book: TT22 "Sổ theo dõi và đánh giá học sinh" or TT58 "Sổ gọi tên và ghi điểm". */
export function renderClassBook(
  input: BookInput,
  fonts: FontSet,
  period: BookPeriod = 2,
): Promise<Uint8Array> {
  return renderDocument(classBookSpec(input, period), fonts);
}

/** "Bảng xác nhận kết quả học tập, hạnh kiểm" of one class and term. */
export function renderConfirmationTable(
  input: BookInput,
  term: Term,
  snapshot: SnapshotRef | null,
  fonts: FontSet,
): Promise<Uint8Array> {
  return renderDocument(confirmationSpec(input, term, snapshot), fonts);
}

/** One results page per student (all, or the ids in `only`). */
export function renderStudentSheets(
  input: BookInput,
  period: BookPeriod,
  fonts: FontSet,
  only?: string[],
): Promise<Uint8Array> {
  return renderDocument(studentSheetsSpec(input, period, only), fonts);
}
