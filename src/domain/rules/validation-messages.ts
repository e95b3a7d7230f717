// Vietnamese messages for invalid grade input; each starts with the path of the field.
const q = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

export const invalid = {
  notObject: (path: string) => `${path}: phải là một đối tượng JSON ({ … })`,
  notArray: (path: string) => `${path}: phải là một danh sách ([ … ])`,
  required: (path: string) => `${path}: thiếu trường bắt buộc`,
  unknownField: (path: string, allowed: readonly string[]) =>
    `${path}: trường không được hỗ trợ (chỉ dùng: ${allowed.join(', ')})`,
  ruleSet: (v: unknown) => `ruleSet: "${q(v)}" không hợp lệ (phải là TT22, TT58 hoặc TT58_2011)`,
  text: (path: string) => `${path}: phải là một chuỗi không rỗng`,
  subjectId: (path: string, v: unknown) =>
    `${path}: mã môn "${q(v)}" không hợp lệ (chỉ dùng chữ không dấu, chữ số, "-" và "_")`,
  duplicate: (path: string, v: string) => `${path}: mã "${v}" bị trùng`,
  kind: (path: string, v: unknown) =>
    `${path}: loại môn "${q(v)}" không hợp lệ (phải là "scored" hoặc "comment")`,
  positiveInteger: (path: string, v: unknown) => `${path}: "${q(v)}" phải là số nguyên dương`,
  nonNegativeInteger: (path: string, v: unknown) => `${path}: "${q(v)}" phải là số nguyên không âm`,
  positiveNumber: (path: string, v: unknown) => `${path}: "${q(v)}" phải là số dương`,
  boolean: (path: string, v: unknown) => `${path}: "${q(v)}" phải là true hoặc false`,
  periodsPerYear: (path: string) =>
    `${path}: thiếu periodsPerYear (số tiết cả năm) để biết số lần đánh giá thường xuyên`,
  periodsPerWeek: (path: string) =>
    `${path}: thiếu periodsPerWeek (số tiết một tuần) để biết số bài kiểm tra hệ số 1 (TT58_2011)`,
  onlyTT58_2011: (path: string) => `${path}: chỉ dùng với quy định TT58_2011`,
  keyComment: (path: string) =>
    `${path}: môn đánh giá bằng nhận xét không thể là môn chủ chốt hay môn chuyên`,
  noKeySubject: () =>
    'subjects: quy định TT58 cần đánh dấu "key": true cho Toán và Ngữ văn (và Ngoại ngữ theo TT26)',
  terms: (path: string) => `${path}: phải là danh sách học kì 1 và/hoặc 2, không trùng, không rỗng`,
  termKey: (path: string, k: string) => `${path}: học kì "${k}" không hợp lệ (chỉ "1" hoặc "2")`,
  unknownSubject: (path: string, id: string) =>
    `${path}: môn "${id}" không có trong danh sách môn học (subjects)`,
  notTaught: (path: string, name: string, term: string) =>
    `${path}: môn ${name} không học ở học kì ${term} (xem subjects[].terms)`,
  mark: (path: string, v: unknown) =>
    `${path}: môn đánh giá bằng nhận xét chỉ nhận "Đ" hoặc "CĐ", không nhận "${q(v)}"`,
  level: (path: string, v: unknown, allowed: readonly string[]) =>
    `${path}: mức "${q(v)}" không hợp lệ (phải là một trong: ${allowed.join(', ')})`,
  yearConductTT22: (path: string) =>
    `${path}: theo TT22 rèn luyện cả năm được tính từ hai học kì, không nhập trực tiếp`,
  exemption: (path: string, v: unknown) =>
    `${path}: "${q(v)}" không hợp lệ (phải là "year", "1" hoặc "2")`,
  exemptScored: (path: string) =>
    `${path}: theo TT58 chỉ miễn học môn đánh giá bằng nhận xét (Thể dục, Âm nhạc, Mỹ thuật)`,
} as const;
