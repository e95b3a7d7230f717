// What the correction procedure tells people, in Vietnamese.
export const M = {
  notTeacher: (cls: string, subject: string) =>
    `Chỉ giáo viên dạy môn ${subject} lớp ${cls} (hoặc quản trị nhập thay theo đơn giấy) mới được yêu cầu sửa điểm.`,
  paperRefNeeded: 'Quản trị nhập thay giáo viên phải ghi số/ngày của đơn giấy (minh chứng).',
  reasonNeeded: 'Vui lòng ghi lý do sửa điểm.',
  sameValue: (cell: string) => `Điểm mới giống điểm đang có ở ô ${cell}; không cần sửa.`,
  badValue: (cell: string, detail: string) => `Ô ${cell}: ${detail}.`,
  stillOpen: (cell: string) =>
    `Ô ${cell} đang trong thời hạn nhập điểm: hãy sửa trực tiếp trên trang tính, không cần yêu cầu.`,
  notRequested: (id: string) => `Yêu cầu ${id} không ở trạng thái chờ xác nhận.`,
  notConfirmed: (id: string) => `Yêu cầu ${id} chưa được GVCN xác nhận nên chưa thể duyệt.`,
  notHomeroom: (cls: string) => `Chỉ GVCN lớp ${cls} (hoặc quản trị) được xác nhận yêu cầu này.`,
  notPrincipal: 'Chỉ Hiệu trưởng được duyệt hoặc từ chối yêu cầu sửa điểm.',
  ownRequest: 'Không ai được tự xác nhận hay tự duyệt yêu cầu của chính mình.',
  rejectReasonNeeded: 'Khi từ chối, vui lòng ghi lý do.',
  stale: (cell: string, was: string, now: string) =>
    `Ô ${cell} đã thay đổi từ khi có yêu cầu (lúc yêu cầu: ${was}; hiện tại: ${now}); yêu cầu không còn hợp lệ, cần lập yêu cầu mới.`,
  notApproved: (id: string) => `Yêu cầu ${id} chưa được duyệt nên chưa thể ghi vào sổ.`,
  inboxFull:
    'Hộp yêu cầu đang đầy, yêu cầu CHƯA được gửi. Vui lòng thử lại sau ít phút (hệ thống chuyển yêu cầu định kỳ).',
  tooLarge: 'Yêu cầu quá dài (lý do/minh chứng); vui lòng rút gọn rồi gửi lại.',
  requested: (id: string) => `Đã gửi yêu cầu ${id}. GVCN sẽ xác nhận, sau đó Hiệu trưởng duyệt.`,
  confirmed: (id: string) => `Đã xác nhận yêu cầu ${id}; chờ Hiệu trưởng duyệt.`,
  approved: (id: string) => `Đã duyệt yêu cầu ${id}; hệ thống ghi điểm mới vào sổ.`,
  rejected: (id: string) => `Đã từ chối yêu cầu ${id}.`,
  summaryFailed: (classes: string, why: string) =>
    `Đã ghi điểm sửa nhưng chưa cập nhật được bảng tổng hợp lớp ${classes}: ${why}. Hãy chạy «Cập nhật bảng tổng hợp».`,
  notApplied: (why: string) => `Không ghi vào sổ (xung đột): ${why}`,
  applied: (id: string, cell: string) => `Đã ghi điểm theo yêu cầu ${id} vào ô ${cell}.`,
} as const;
