// Score cells of class workbooks for the correction procedure: found through the layout and the
// student-id column (never a row number), read as the caller, written by the system account.
import type { ScoreAddress, ScoreCells } from '../app/corrections/ports';
import { CorrectionRefusedError } from '../app/corrections/service';
import type { CellValue } from '../domain/corrections/request';
import type { Directory } from '../domain/directory';
import { classOf } from '../domain/directory';
import { classLayout, scoreCell, type ClassLayout, type ScoreField } from '../domain/layout';

function layoutOf(
  directory: Directory,
  classId: string,
): { layout: ClassLayout; workbookId: string } {
  const cls = classOf(directory, classId);
  if (!cls || !cls.workbookId)
    throw new CorrectionRefusedError(`Không tìm thấy sổ điểm của lớp ${classId}.`);
  const layout = classLayout(
    {
      id: cls.id,
      name: cls.name,
      grade: cls.grade,
      homeroomTeacher: cls.homeroom,
      ruleSet: cls.ruleSet,
    },
    cls.subjects,
    { schoolYear: directory.schoolYear },
  );
  return { layout, workbookId: cls.workbookId };
}

function locate(directory: Directory, at: ScoreAddress) {
  const { layout, workbookId } = layoutOf(directory, at.classId);
  const ref = {
    subjectId: at.subjectId,
    term: at.term,
    field: at.field as ScoreField,
    ...(at.index === null ? {} : { index: at.index }),
  };
  const probe = scoreCell(layout, ref, layout.firstStudentRow);
  const sheet = SpreadsheetApp.openById(workbookId).getSheetByName(probe.sheet);
  if (!sheet)
    throw new CorrectionRefusedError(`Sổ lớp ${at.classId} thiếu trang «${probe.sheet}».`);
  const ids = sheet.getRange(layout.firstStudentRow, layout.idCol, layout.capacity, 1).getValues();
  const offset = ids.findIndex((r) => String(r[0]).trim() === at.studentId);
  if (offset < 0)
    throw new CorrectionRefusedError(`Lớp ${at.classId} không có học sinh mã ${at.studentId}.`);
  const address = scoreCell(layout, ref, layout.firstStudentRow + offset);
  return { range: sheet.getRange(address.row, address.col), a1: address.a1 };
}

export function gasScoreCells(directory: () => Directory): ScoreCells {
  return {
    read(at) {
      const { range, a1 } = locate(directory(), at);
      const v = range.getValue() as unknown;
      const value: CellValue =
        v === '' || v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);
      return { value, cell: a1 };
    },
    write(at, value) {
      locate(directory(), at).range.setValue(value ?? '');
    },
  };
}
