// Vietnamese messages of the year setup (problems in input, progress, results).

export const M = {
  noNameHeader:
    'không tìm thấy dòng tiêu đề có cột «Họ và tên» (hoặc «Họ đệm» và «Tên») trong 10 dòng đầu.',
  emptyName: 'họ và tên trống. Hãy nhập họ và tên học sinh hoặc xóa dòng này.',
  emptyBirthDate: 'thiếu ngày sinh (dd/mm/yyyy).',
  badDate: (v: string) => `ngày «${v}» không tồn tại hoặc sai dạng dd/mm/yyyy.`,
  badSex: (v: string) => `giới tính «${v}» phải là Nam hoặc Nữ.`,
  noSexColumn: 'thiếu cột «Giới tính» (hoặc cột «Nữ»).',
  noClass: 'không rõ học sinh thuộc lớp nào. Hãy điền cột «Lớp».',
  duplicateId: (id: string, firstRow: number) =>
    `mã học sinh «${id}» trùng với dòng ${firstRow}. Mỗi học sinh phải có một mã riêng (nếu đây là cùng một học sinh, hãy xóa một dòng).`,
  unicodeTwin: (name: string, otherRow: number) =>
    `tên «${name}» giống hệt dòng ${otherRow} nhưng khác mã Unicode (dựng sẵn/tổ hợp). Có thể là cùng một học sinh nhập hai lần; hãy kiểm tra và gõ lại tên.`,
  unknownClass: (id: string) => `lớp «${id}» không có trong trang «Lớp».`,
  duplicateClass: (id: string, row: number) => `mã lớp «${id}» trùng với dòng ${row}.`,
  duplicateClassName: (name: string, row: number) => `tên lớp «${name}» trùng với dòng ${row}.`,
  duplicateTeacherEmail: (email: string, row: number) => `email «${email}» trùng với dòng ${row}.`,
  duplicateTeacherId: (id: string, row: number) => `mã giáo viên «${id}» trùng với dòng ${row}.`,
  unknownTeacher: (email: string) =>
    `giáo viên «${email}» không có trong trang «Giáo viên». Hãy thêm giáo viên (có email) trước.`,
  noRuleSet: (grade: number) =>
    `khối ${grade} chưa có quy chế đánh giá (trang «Cài đặt» hoặc cột «Quy chế đánh giá»).`,
  noSubjects: (grade: number) => `khối ${grade} chưa có môn học nào trong trang «Môn học».`,
  duplicateSubject: (id: string, grade: number, row: number) =>
    `môn «${id}» của khối ${grade} trùng với dòng ${row}.`,
  duplicateSubjectName: (name: string, grade: number, row: number) =>
    `tên môn «${name}» của khối ${grade} trùng với dòng ${row} (mỗi môn là một trang tính nên tên phải khác nhau).`,
  badSubjectName: (name: string) =>
    `tên môn «${name}» không dùng được làm tên trang tính (trùng tên trang cố định hoặc chứa ký tự ' [ ] * ? / \\ :).`,
  unknownSubject: (id: string, grade: number) =>
    `môn «${id}» không có trong danh sách môn của khối ${grade}.`,
  noAdmin: 'chưa có ai có vai trò «Quản trị» trong trang «Giáo viên».',
  systemIsTeacher: (email: string) =>
    `tài khoản hệ thống «${email}» không được là giáo viên (chủ sở hữu luôn sửa được vùng bảo vệ).`,
  overCapacity: (cls: string, n: number, cap: number) =>
    `lớp ${cls} có ${n} học sinh, vượt quá ${cap} dòng của sổ.`,
  badId: (v: string) => `mã «${v}» chỉ được gồm chữ không dấu, số, dấu gạch ngang hoặc gạch dưới.`,
  scoreHelp: 'Nhập điểm từ 0 đến 10, tối đa một chữ số thập phân (ví dụ 8,5).',
  commentHelp: 'Nhập Đ (Đạt) hoặc CĐ (Chưa đạt).',
  attendanceHelp: 'Nhập P (nghỉ có phép) hoặc K (nghỉ không phép); để trống nếu có mặt.',
  conductHelp: (levels: readonly string[]) => `Chọn một mức: ${levels.join(', ')}.`,
  dateHelp: 'Nhập ngày dạng dd/mm/yyyy.',
  leftStatus: (date: string) => `Đã chuyển đi ${date}`,
  joinedStatus: (date: string) => `Chuyển đến ${date}`,
  title: (subject: string, cls: string, year: string) =>
    `${subject} — Lớp ${cls} — Năm học ${year}`,
};
