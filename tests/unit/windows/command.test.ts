import { parseWindowCommand } from '../../../src/app/windows/command';
import { WindowError } from '../../../src/domain/windows';

describe('parseWindowCommand', () => {
  it('reads a create command in Việt Nam time, with and without diacritics', () => {
    const c = parseWindowCommand(
      'tạo; tx1; HK1; thường xuyên; 01/10/2025 07:00; 31/10/2025 17:00; khối 10, 11',
    );
    expect(c).toEqual({
      kind: 'create',
      input: {
        id: 'tx1',
        term: 1,
        group: 'regular',
        start: '2025-10-01T00:00:00.000Z',
        end: '2025-10-31T10:00:00.000Z',
        scope: { kind: 'grades', grades: [10, 11] },
      },
    });
    const d = parseWindowCommand(
      'tao; gk2; hk ii; giua ky; 01/03/2026; 15/03/2026 17:00; lop 10A1, 11B2',
    );
    expect(d).toMatchObject({
      kind: 'create',
      input: { term: 2, group: 'midterm', scope: { kind: 'classes', classIds: ['10A1', '11B2'] } },
    });
    expect(parseWindowCommand('tạo; hk; cả năm; rèn luyện; 01/05/2026; 20/05/2026')).toMatchObject({
      input: { term: 'year', group: 'conduct', scope: { kind: 'school' } },
    });
  });

  it('reads open, close, extend and reopen', () => {
    expect(parseWindowCommand('mở; tx1')).toEqual({ kind: 'open', id: 'tx1' });
    expect(parseWindowCommand('Đóng ; tx1')).toEqual({ kind: 'close', id: 'tx1' });
    expect(parseWindowCommand('gia hạn; tx1; 05/11/2025 17:00')).toEqual({
      kind: 'extend',
      id: 'tx1',
      end: '2025-11-05T10:00:00.000Z',
    });
    expect(
      parseWindowCommand('mở lại; tx1; lớp 10A1, An@Truong.edu.vn; 05/11/2025 17:00; Đơn số 3; ốm'),
    ).toEqual({
      kind: 'reopen',
      id: 'tx1',
      classId: '10A1',
      teacher: 'an@truong.edu.vn',
      end: '2025-11-05T10:00:00.000Z',
      reason: 'Đơn số 3; ốm',
    });
  });

  it('refuses in Vietnamese, naming the part that is wrong, with the help text', () => {
    expect(() => parseWindowCommand('xoá; tx1')).toThrow(/Không hiểu lệnh «xoá»/);
    expect(() => parseWindowCommand('tạo; tx1; HK3; thường xuyên; 01/10/2025; 02/10/2025')).toThrow(
      /Học kì «HK3»/,
    );
    expect(() => parseWindowCommand('tạo; tx1; HK1; bài tập; 01/10/2025; 02/10/2025')).toThrow(
      /Nhóm đánh giá «bài tập»/,
    );
    expect(() => parseWindowCommand('gia hạn; tx1; mai')).toThrow(/dd\/mm\/yyyy HH:mm/);
    expect(() => parseWindowCommand('tạo; tx1; HK1; tx; 01/10/2025; 02/10/2025; khối 13')).toThrow(
      WindowError,
    );
    expect(() => parseWindowCommand('mở')).toThrow(/Thiếu mã khung/);
  });
});
