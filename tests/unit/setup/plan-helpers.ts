// Re-exports for the setup plan tests, plus a catalogue probe.
import { defaultSubjects, tt58Subjects } from '../../../src/domain/setup';
export {
  buildRequests,
  initialValues,
  planClass,
  readSchool,
  updateValues,
  type ExistingRow,
} from '../../../src/domain/setup';

export function catalogueCheck() {
  const g10 = defaultSubjects('THPT').filter((s) => s.grade === 10);
  const by = (id: string) => g10.find((s) => s.id === id)!.regularCount;
  const old = tt58Subjects(10);
  const o = (id: string) => old.find((s) => s.id === id)!.regularCount;
  return {
    toan: by('toan'),
    lichSu: by('lich-su'),
    gdqp: by('gdqp'),
    gdtc: by('gdtc'),
    tt58Sinh: o('sinh-hoc'),
    tt58Ly: o('vat-li'),
    tt58Toan: o('toan'),
  };
}
