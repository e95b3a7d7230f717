// "Tạo sổ quản trị": creates the control workbook of the current school year with every tab,
// prefilled settings and subjects, validation and admin-only protection (3 service calls + 1).
import { controlWorkbookName, type ControlSettings } from '../../domain/control';
import { controlRequests, controlValues, schoolYearAt } from '../../domain/setup';
import type { Level } from '../../domain/school';
import type { Clock, SetupDrive, Workbooks } from './ports';

export interface CreateControlInput {
  admin: { email: string; name: string };
  level?: Level;
  /** The account that will own the files and run the tick (filled in `Cài đặt` if unknown). */
  systemAccount?: string;
  schoolName?: string;
}

export function makeControlWorkbook(
  deps: { drive: SetupDrive; workbooks: Workbooks; clock: Clock },
  input: CreateControlInput,
): { id: string; name: string; schoolYear: string } {
  const schoolYear = schoolYearAt(deps.clock.now());
  const name = controlWorkbookName(schoolYear);
  const level = input.level ?? 'THPT';
  const settings: ControlSettings = {
    name: input.schoolName ?? '',
    district: '',
    province: '',
    level,
    schoolYear,
    systemAccount: input.systemAccount ?? '',
    yearFolderId: '',
    ruleSetByGrade: {},
  };
  const id = deps.drive.createSpreadsheet(name, null);
  const admins = [input.admin.email, ...(input.systemAccount ? [input.systemAccount] : [])];
  deps.workbooks.batchUpdate(id, controlRequests(admins));
  deps.workbooks.writeValues(id, controlValues(settings, input.admin, level));
  return { id, name, schoolYear };
}
