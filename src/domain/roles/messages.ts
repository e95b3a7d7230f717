// Vietnamese refusals: who was refused, what the action needs, what to do.
import type { Requirement } from './roles';

export function requirementLabel(req: Requirement): string {
  switch (req.kind) {
    case 'system':
      return 'tài khoản hệ thống của trường';
    case 'admin':
      return 'quản trị viên (Hiệu trưởng hoặc văn thư được giao quản trị)';
    case 'principal':
      return 'Hiệu trưởng';
    case 'homeroom':
      return `giáo viên chủ nhiệm lớp ${req.classId}`;
    case 'subjectTeacher':
      return `giáo viên dạy môn ${req.subjectId} lớp ${req.classId}`;
    case 'staff':
      return 'giáo viên hoặc cán bộ có tên trong danh sách Giáo viên';
    case 'anyOf':
      return req.of.map(requirementLabel).join(' hoặc ');
  }
}

export function refusalMessage(action: string, req: Requirement, email: string): string {
  if (email.trim() === '') {
    return (
      `Không xác định được tài khoản đang dùng nên không thể thực hiện «${action}». ` +
      'Hãy đăng nhập bằng tài khoản email của trường rồi thử lại.'
    );
  }
  return (
    `Tài khoản ${email} không có quyền thực hiện «${action}». ` +
    `Chức năng này chỉ dành cho ${requirementLabel(req)}. ` +
    'Nếu cần, hãy liên hệ Hiệu trưởng hoặc quản trị viên.'
  );
}
