// The reconciliation context from the school the permission area loads: each class workbook's
// layout (the same the setup builds) and who could edit a block when (whoCouldEdit).
import { classLayout } from '../../domain/layout/class-layout';
import { whoCouldEdit } from '../../domain/permissions/facts';
import { permissionFacts, type School } from '../permissions/school';
import type { ReconcileContext } from './reconcile-all';

export function schoolContext(school: School): ReconcileContext {
  const facts = permissionFacts(school);
  return {
    classes: school.classes.flatMap((cls) =>
      cls.workbookId
        ? [
            {
              classId: cls.id,
              className: cls.name,
              workbookId: cls.workbookId,
              layout: classLayout(
                cls,
                school.subjects.filter((s) => s.grade === cls.grade),
                { schoolYear: school.schoolYear },
              ),
            },
          ]
        : [],
    ),
    editorsAt: (classId, block, at) => {
      const who = whoCouldEdit(facts, classId, block, at);
      return { teachers: who.teachers, admins: who.admins };
    },
  };
}
