// What the clerk reads about the book export (menu "Xuất sổ điểm (PDF)").
export const B = {
  menu: 'Xuất sổ điểm (PDF)',
  title: 'Xuất sổ điểm (PDF)',
  noClass: (id: string) =>
    `Không tìm thấy lớp «${id}» trong tab «Lớp» của sổ quản trị. Kiểm tra mã lớp.`,
  noWorkbook: (name: string) =>
    `Lớp ${name} chưa có sổ điểm (cột mã tệp trống). Hãy chạy «Thiết lập năm học» trước khi xuất sổ.`,
  folderName: (date: string, term: 1 | 2) =>
    `${date} Sổ điểm ${term === 1 ? 'học kì I' : 'cả năm'}`,
  bookFile: (cls: string, term: 1 | 2) =>
    `Sổ điểm lớp ${cls} - ${term === 1 ? 'Học kì I' : 'Cả năm'}.pdf`,
  confirmationFile: (cls: string, term: 1 | 2) =>
    `Bảng xác nhận lớp ${cls} - ${term === 1 ? 'Học kì I' : 'Học kì II'}.pdf`,
  sheetsFile: (cls: string, term: 1 | 2) =>
    `Phiếu kết quả học sinh lớp ${cls} - ${term === 1 ? 'Học kì I' : 'Cả năm'}.pdf`,
  progress: (done: number, total: number) => `Đã xuất ${done}/${total} lớp.`,
  partial: (done: number, total: number) =>
    `Đã xuất ${done}/${total} lớp; phần còn lại sẽ được tiếp tục. Hãy chọn lại «Xuất sổ điểm (PDF)» hoặc chờ lượt chạy tự động.`,
  done: (total: number, folder: string) =>
    `Đã xuất sổ điểm của ${total} lớp vào thư mục «${folder}».`,
  failed: (cls: string, why: string) => `Lớp ${cls}: không xuất được sổ (${why}).`,
  notAdmin: 'Chỉ quản trị viên (Hiệu trưởng, văn thư) được xuất sổ điểm.',
};
