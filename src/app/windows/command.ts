// The principal's one-line window commands (the "Mở/đóng đợt nhập điểm" prompt), parts split by ';':
//   tạo; tx1; HK1; thường xuyên; 01/10/2025 07:00; 31/10/2025 17:00; khối 10, 11
//   mở; tx1 [; hạn mới]   đóng; tx1   gia hạn; tx1; 05/11/2025 17:00
//   mở lại; tx1; lớp 10A1 | an@truong.edu.vn | lớp 10A1, an@truong.edu.vn; 05/11/2025 17:00; lí do
// Times are Việt Nam local time (dd/mm/yyyy HH:mm), as the control workbook shows them.
import { foldKey, parseDateTime } from '../../domain/control';
import type { AssessmentGroup } from '../../domain/school';
import {
  WindowError,
  type NewWindow,
  type WindowScope,
  type WindowTerm,
} from '../../domain/windows';
import {
  closeEntryWindow,
  createEntryWindow,
  extendEntryWindow,
  openEntryWindow,
  reopenEntryWindow,
  type WindowResult,
  type WindowsDeps,
} from './service';

export type WindowCommand =
  | { kind: 'create'; input: NewWindow }
  | { kind: 'open'; id: string; end?: string }
  | { kind: 'close'; id: string }
  | { kind: 'extend'; id: string; end: string }
  | {
      kind: 'reopen';
      id: string;
      classId: string | null;
      teacher: string | null;
      end: string;
      reason: string;
    };

export const COMMAND_HELP = [
  'Nhập một lệnh, các phần cách nhau bởi dấu chấm phẩy (giờ Việt Nam):',
  '• tạo; tx1; HK1; thường xuyên; 01/10/2025 07:00; 31/10/2025 17:00; khối 10, 11',
  '• mở; tx1   • đóng; tx1   • gia hạn; tx1; 05/11/2025 17:00',
  '• mở lại; tx1; lớp 10A1 hoặc email giáo viên; 05/11/2025 17:00; lí do',
].join('\n');

const GROUPS: Record<string, AssessmentGroup> = {
  'thuong xuyen': 'regular',
  tx: 'regular',
  'giua ki': 'midterm',
  'giua ky': 'midterm',
  gk: 'midterm',
  'cuoi ki': 'final',
  'cuoi ky': 'final',
  ck: 'final',
  'ren luyen': 'conduct',
  'hanh kiem': 'conduct',
  'diem danh': 'attendance',
  'chuyen can': 'attendance',
};

const TERMS: Record<string, WindowTerm> = {
  hk1: 1,
  'hk i': 1,
  'hoc ki i': 1,
  'hoc ky i': 1,
  '1': 1,
  hk2: 2,
  'hk ii': 2,
  'hoc ki ii': 2,
  'hoc ky ii': 2,
  '2': 2,
  'ca nam': 'year',
  cn: 'year',
};

const bad = (msg: string): never => {
  throw new WindowError(`${msg}\n\n${COMMAND_HELP}`);
};

function time(part: string | undefined, what: string): string {
  const t = parseDateTime((part ?? '').trim());
  return t ?? bad(`Thời điểm ${what} «${part ?? ''}» không đúng dạng dd/mm/yyyy HH:mm.`);
}

function scope(part: string | undefined): WindowScope {
  const f = foldKey(part ?? '');
  if (f === '' || f === 'toan truong') return { kind: 'school' };
  const list = (part ?? '')
    .replace(/^\s*(khối|khoi|lớp|lop)\s*/i, '')
    .split(/[,\s]+/)
    .filter((x) => x !== '');
  if (f.startsWith('khoi ')) {
    const grades = list.map(Number);
    if (grades.some((g) => !Number.isInteger(g) || g < 6 || g > 12))
      bad(`Khối «${part}» không hợp lệ (6–12).`);
    return { kind: 'grades', grades };
  }
  if (f.startsWith('lop ')) return { kind: 'classes', classIds: list };
  return bad(`Phạm vi «${part}» phải là «toàn trường», «khối 10, 11» hoặc «lớp 10A1, 10A2».`);
}

export function parseWindowCommand(text: string): WindowCommand {
  const parts = text.split(';').map((p) => p.trim());
  const verb = foldKey(parts[0] ?? '');
  const id = parts[1] ?? '';
  if (verb !== '' && id === '') bad('Thiếu mã khung nhập điểm.');
  switch (verb) {
    case 'tao': {
      const term =
        TERMS[foldKey(parts[2] ?? '')] ??
        bad(`Học kì «${parts[2] ?? ''}» không hợp lệ (HK1, HK2, cả năm).`);
      const group =
        GROUPS[foldKey(parts[3] ?? '')] ?? bad(`Nhóm đánh giá «${parts[3] ?? ''}» không hợp lệ.`);
      return {
        kind: 'create',
        input: {
          id,
          term,
          group,
          start: time(parts[4], 'mở'),
          end: time(parts[5], 'đóng'),
          scope: scope(parts[6]),
        },
      };
    }
    case 'mo':
      return parts[2] ? { kind: 'open', id, end: time(parts[2], 'đóng') } : { kind: 'open', id };
    case 'dong':
      return { kind: 'close', id };
    case 'gia han':
      return { kind: 'extend', id, end: time(parts[2], 'đóng mới') };
    case 'mo lai': {
      const targets = (parts[2] ?? '').split(',').map((x) => x.trim());
      const teacher = targets.find((x) => x.includes('@')) ?? null;
      const cls = targets.find((x) => foldKey(x).startsWith('lop '));
      return {
        kind: 'reopen',
        id,
        classId: cls ? cls.replace(/^\s*(lớp|lop)\s*/i, '').trim() : null,
        teacher: teacher === null ? null : teacher.toLowerCase(),
        end: time(parts[3], 'đóng'),
        reason: parts.slice(4).join('; '),
      };
    }
    default:
      return bad(`Không hiểu lệnh «${parts[0] ?? ''}».`);
  }
}

export function runWindowCommand(
  deps: WindowsDeps,
  actor: string,
  cmd: WindowCommand,
): WindowResult {
  switch (cmd.kind) {
    case 'create':
      return createEntryWindow(deps, actor, cmd.input);
    case 'open':
      return openEntryWindow(deps, actor, cmd.id, cmd.end);
    case 'close':
      return closeEntryWindow(deps, actor, cmd.id);
    case 'extend':
      return extendEntryWindow(deps, actor, cmd.id, cmd.end);
    case 'reopen':
      return reopenEntryWindow(deps, actor, cmd.id, {
        classId: cmd.classId,
        teacher: cmd.teacher,
        subjectId: null,
        reason: cmd.reason,
        end: cmd.end,
      });
  }
}
