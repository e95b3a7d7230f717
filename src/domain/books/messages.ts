// Every Vietnamese string the printed books use (titles, headings, column headers, notes).

export const TT22_TITLE = 'SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH';
export const TT22_SUBTITLE = '(Theo lớp học)';
export const TT58_TITLE = 'SỔ GỌI TÊN VÀ GHI ĐIỂM';
export const CONFIRMATION_TITLE = 'BẢNG XÁC NHẬN KẾT QUẢ HỌC TẬP, HẠNH KIỂM';
export const STUDENT_SHEET_TITLE = 'PHIẾU KẾT QUẢ HỌC TẬP VÀ RÈN LUYỆN';
export const MINISTRY = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO';
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập – Tự do – Hạnh phúc';

export const LEVEL_NAME = {
  THCS: 'TRUNG HỌC CƠ SỞ',
  THPT: 'TRUNG HỌC PHỔ THÔNG',
} as const;

export const termName = (term: 1 | 2): string => (term === 1 ? 'HỌC KÌ I' : 'HỌC KÌ II');
export const termLabel = (term: 1 | 2): string => (term === 1 ? 'Học kì I' : 'Học kì II');

export const PLACE_DATE = '……………, ngày …… tháng …… năm 20……';
export const SIGN_NOTE = '(Ký, ghi rõ họ tên)';
export const SIGN_STAMP_NOTE = '(Ký tên, đóng dấu)';
export const HOMEROOM = 'GIÁO VIÊN CHỦ NHIỆM';
export const PRINCIPAL = 'HIỆU TRƯỞNG';
export const SUBJECT_TEACHER = 'GIÁO VIÊN BỘ MÔN';
export const STAFF_IN_CHARGE = 'CÁN BỘ PHỤ TRÁCH';

export const INSTRUCTIONS_TITLE = 'HƯỚNG DẪN SỬ DỤNG';
export const INSTRUCTIONS_TT22: readonly string[] = [
  '1. Sổ theo dõi và đánh giá học sinh (theo lớp học) dùng để ghi kết quả đánh giá, xếp loại học sinh của một lớp trong một năm học theo Thông tư số 22/2021/TT-BGDĐT. Sổ được in từ hồ sơ điện tử của nhà trường vào cuối mỗi học kì và cuối năm học; giáo viên bộ môn và giáo viên chủ nhiệm kiểm tra, đối chiếu với sổ cá nhân và ký xác nhận; Hiệu trưởng ký, đóng dấu.',
  '2. Học sinh được ghi theo thứ tự bảng chữ cái tiếng Việt (theo tên, rồi tên đệm, rồi họ). Số thứ tự của mỗi học sinh giữ nguyên ở mọi trang. Học sinh chuyển đi hoặc thôi học vẫn giữ tên trong danh sách và được ghi chú.',
  '3. Đối với môn học đánh giá bằng nhận xét, kết quả ghi Đ (Đạt) hoặc CĐ (Chưa đạt). Đối với môn học đánh giá bằng nhận xét kết hợp với điểm số, điểm ghi bằng số thập phân một chữ số (dấu phẩy thập phân); ĐĐGtx: điểm đánh giá thường xuyên; ĐĐGgk: điểm đánh giá giữa kì; ĐĐGck: điểm đánh giá cuối kì; ĐTBmhk: điểm trung bình môn học kì; ĐTBmcn: điểm trung bình môn cả năm.',
  '4. Sửa chữa: không tẩy xóa. Điểm hoặc kết quả được sửa sau thời hạn nhập được thể hiện bằng giá trị cũ bị gạch ngang và giá trị mới ghi bên cạnh, kèm chữ ký xác nhận của người sửa. Cuối mỗi trang ghi: “Trong trang này có … điểm được sửa chữa, trong đó môn …: … điểm”. Mọi thay đổi đều được lưu trong nhật ký điện tử của nhà trường.',
  '5. Sổ chỉ được cung cấp cho học sinh và cha mẹ học sinh về kết quả của chính học sinh đó; không chia sẻ ra ngoài cán bộ, giáo viên của nhà trường.',
];

export const STUDENT_RECORDS_TITLE = 'SƠ YẾU LÝ LỊCH HỌC SINH';
export const FAMILY_TITLE = 'THÔNG TIN GIA ĐÌNH VÀ NHỮNG THAY ĐỔI CẦN CHÚ Ý TRONG NĂM HỌC';
export const ATTENDANCE_TITLE = 'THEO DÕI CHUYÊN CẦN';
export const ATTENDANCE_TT58_TITLE = 'KIỂM DIỆN';
export const monthTitle = (month: number, year: number): string => `Tháng ${month} năm ${year}`;
export const WEEKDAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;
export const SUMMARY_TITLE = (term: 1 | 2) => `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ ${termName(term)}`;
export const YEAR_SUBJECTS_TITLE = 'TỔNG HỢP KẾT QUẢ CÁC MÔN HỌC CẢ NĂM';
export const YEAR_TITLE = 'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CẢ NĂM HỌC';
export const PRINCIPAL_COMMENTS_TITLE = 'NHẬN XÉT CỦA HIỆU TRƯỞNG';
export const LEFT_MARK = (date: string) => `(đã chuyển đi ${date})`;
export const JOINED_MARK = (date: string) => `(chuyển đến ${date})`;

export const COL = {
  no: 'Số TT',
  name: 'Họ và tên',
  birthDate: 'Ngày sinh',
  placeOfBirth: 'Nơi sinh',
  sex: 'Giới tính',
  ethnicity: 'Dân tộc',
  priority: 'Đối tượng ưu tiên',
  address: 'Chỗ ở hiện nay',
  father: 'Họ tên cha, nghề nghiệp',
  mother: 'Họ tên mẹ, nghề nghiệp',
  guardian: 'Người giám hộ, điện thoại, email',
  changes: 'Những thay đổi cần chú ý trong năm học',
  regular: 'ĐĐGtx',
  midterm: 'ĐĐGgk',
  final: 'ĐĐGck',
  termAverage: 'ĐTBmhk',
  yearAverage: 'ĐTBmcn',
  regularComment: 'Đánh giá thường xuyên',
  midtermComment: 'Giữa kì',
  finalComment: 'Cuối kì',
  termResult: 'Kết quả học kì',
  yearResult: 'Cả năm',
  reassessment: 'Đánh giá lại',
  notes: 'Ghi chú',
  academic: 'Kết quả học tập',
  conduct: 'Kết quả rèn luyện',
  absent: 'Số buổi nghỉ',
  total: 'TS',
  excused: 'P',
  unexcused: 'K',
  dayTotal: 'Cộng',
  afterSummer: 'Sau rèn luyện hè / đánh giá lại',
  promotion: 'Lên lớp / Không lên lớp',
  title: 'Danh hiệu',
  month: 'Tháng',
  comment: 'Nhận xét',
  signStamp: 'Ký tên, đóng dấu',
} as const;

export const PROMOTION_TEXT = {
  promoted: 'Được lên lớp',
  reassessment: 'Đánh giá lại',
  'summer-training': 'Rèn luyện hè',
  'not-promoted': 'Không được lên lớp',
} as const;

export const subjectBlockTitle = (subject: string, term: 1 | 2) =>
  `MÔN ${subject.toLocaleUpperCase('vi')} – ${termName(term)}`;
export const teacherLine = (name: string) => `Giáo viên bộ môn: ${name}`;
