// The rules engine's input and output: the JSON contract of `grade` (GitHub issue 4).
// Rules and policies: shared/domain/assessment-rules.md. Numbers here are plain JSON numbers
// (scores 0..10 with at most one decimal); the engine works in integer tenths internally.
import type { RuleSetId, SubjectKind } from '../school';

export type { RuleSetId, SubjectKind };

/** A comment-subject result: Đạt / Chưa đạt (TT22 Điều 5.3.a; TT58 Điều 10). */
export type Mark = 'Đ' | 'CĐ';

/** One assessment as entered: a score for scored subjects, Đ/CĐ for comment subjects.
 *  `null` (or an absent key) means "not yet assessed", never zero. */
export type Assessment = number | Mark | null;

export type TermKey = '1' | '2';

/** TT22 and TT58 as amended by TT26: ĐĐGtx, one mid-term ĐĐGgk, one end-of-term ĐĐGck. */
export interface TermAssessmentsTT22 {
  regular?: Assessment[] | null;
  midterm?: Assessment;
  final?: Assessment;
}

/** TT58_2011: coefficient-1 tests (miệng, 15 phút), coefficient-2 tests (1 tiết+), the semester exam. */
export interface TermAssessmentsTT58_2011 {
  coef1?: Assessment[] | null;
  coef2?: Assessment[] | null;
  exam?: Assessment;
}

export type TermAssessments = TermAssessmentsTT22 | TermAssessmentsTT58_2011;

/** A term's assessments of one student, by subject id. */
export type TermAssessmentsBySubject = Record<string, TermAssessments | null | undefined>;

export interface SubjectInput {
  /** Stable ASCII code, e.g. "toan". */
  id: string;
  name: string;
  kind: SubjectKind;
  /** TT22 and TT58 (TT26): decides the required number of regular assessments. */
  periodsPerYear?: number;
  /** TT58_2011 only: decides the minimum number of coefficient-1 tests. */
  periodsPerWeek?: number;
  /** Override of the required regular count (the school may set it; default from periods). */
  regularCount?: number;
  /** TT58_2011: required coefficient-2 tests per term (from the programme); default 1. */
  periodTestCount?: number;
  /** Toán, Ngữ văn (and Ngoại ngữ under TT58/TT26). */
  key?: boolean;
  /** The specialised subject of a lớp chuyên (TT58). */
  specialised?: boolean;
  /** Terms the subject is taught in; default both. Policy: a one-term subject's year result is
   *  that term's result. */
  terms?: Array<1 | 2>;
}

export type ConductLevelTT22 = 'Tốt' | 'Khá' | 'Đạt' | 'Chưa đạt';
export type ConductLevelTT58 = 'Tốt' | 'Khá' | 'Trung bình' | 'Yếu';
export type ConductLevel = ConductLevelTT22 | ConductLevelTT58;

export type AcademicLevelTT22 = 'Tốt' | 'Khá' | 'Đạt' | 'Chưa đạt';
export type AcademicLevelTT58 = 'Giỏi' | 'Khá' | 'Trung bình' | 'Yếu' | 'Kém';
export type AcademicLevel = AcademicLevelTT22 | AcademicLevelTT58;

/** TT22 Điều 15.1.a (Xuất sắc, Giỏi); TT58 Điều 18 (Giỏi, Tiên tiến). */
export type Title = 'Học sinh Xuất sắc' | 'Học sinh Giỏi' | 'Học sinh Tiên tiến';

export type Promotion = 'promoted' | 'reassessment' | 'summer-training' | 'not-promoted';

/** TT58: exempted for the year or for one term (Thể dục, Âm nhạc, Mỹ thuật). TT22 Điều 10: only
 *  the practical part is exempted, the subject keeps its full set of results. */
export type Exemption = 'year' | TermKey;

export interface ConductInput {
  '1'?: ConductLevel | null;
  '2'?: ConductLevel | null;
  /** TT58 only: the GVCN's year hạnh kiểm; defaults to HK II. */
  year?: ConductLevel | null;
}

export interface Absences {
  /** Sessions absent with permission (P). */
  excused: number;
  /** Sessions absent without permission (K). */
  unexcused: number;
}

export interface StudentInput {
  id: string;
  terms: Partial<Record<TermKey, TermAssessmentsBySubject | null>>;
  conduct?: ConductInput | null;
  absences?: Absences | null;
  /** Summer re-assessment (TT22 Điều 14) / re-test (TT58) results by subject id. */
  reassessment?: Record<string, number | Mark | null> | null;
  /** The conduct level after summer training (TT22 Điều 13; TT58). */
  summerConduct?: ConductLevel | null;
  exempt?: Record<string, Exemption> | null;
}

export interface GradeInput {
  ruleSet: RuleSetId;
  subjects: SubjectInput[];
  students: StudentInput[];
}

/** A subject's term or year result: an average (one decimal), Đ/CĐ, or null when not available. */
export type SubjectValue = number | Mark | null;

export interface SubjectResult {
  '1': SubjectValue;
  '2': SubjectValue;
  year: SubjectValue;
  /** The re-assessment / re-test result that replaced `year`; null when not re-assessed. */
  yearAfterReassessment: SubjectValue;
  /** What is still missing, e.g. ["2.regular", "2.midterm"] (TT58_2011: "1.coef1", "1.exam"). */
  missing: string[];
  /** Present only when the student is exempted. */
  exempt?: Exemption;
}

export interface TermResult {
  academic: AcademicLevel | null;
  conduct: ConductLevel | null;
  /** All-subject average ĐTBhk / ĐTBcn (TT58 only; null under TT22). */
  average: number | null;
  /** The level before the Điều 9.3 / 13.6 adjustment, when one was applied. */
  adjustedFrom: AcademicLevel | null;
  /** Id of the subject that triggered the adjustment. */
  adjustedBy: string | null;
  title: Title | null;
  /** True when every input this result needs is present. */
  complete: boolean;
  /** Why, in Vietnamese: the deciding condition, the adjustment, what is missing. */
  reasons: string[];
}

export interface YearResult extends TermResult {
  /** Before any summer result. */
  promotion: Promotion | null;
  /** The final decision once re-assessment / summer-training results are supplied. */
  promotionAfterSummer: Promotion | null;
  academicAfterReassessment: AcademicLevel | null;
  /** TT58: ĐTBcn recomputed with the re-test results; null otherwise. */
  averageAfterReassessment: number | null;
  conductAfterSummer: ConductLevel | null;
}

export interface StudentResult {
  id: string;
  subjects: Record<string, SubjectResult>;
  terms: Record<TermKey, TermResult>;
  year: YearResult;
}

export interface GradeOutput {
  students: StudentResult[];
}
