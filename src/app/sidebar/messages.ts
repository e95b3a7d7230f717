// What the sidebar's server side tells people when something cannot be done, in Vietnamese.
export const SIDEBAR_TEXT = {
  unexpected:
    'Không thực hiện được do lỗi hệ thống. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, báo quản trị.',
  unknownRequest: (id: string) =>
    `Không tìm thấy yêu cầu ${id} (có thể đã được xử lý). Hãy tải lại bảng điều khiển.`,
} as const;
