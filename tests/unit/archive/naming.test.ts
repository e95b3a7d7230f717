// Dated names in Việt Nam time, collisions that never reuse a folder, safe file names.
import {
  classFileNames,
  cleanReason,
  DEFAULT_REASON,
  snapshotIdentity,
} from '../../../src/domain/archive/naming';
import { displayTime, folderStamp } from '../../../src/domain/archive/localtime';

const none = { ids: new Set<string>(), folderNames: new Set<string>() };

describe('snapshot names', () => {
  it('dates the folder in Asia/Ho_Chi_Minh time (UTC+7), across midnight UTC', () => {
    const at = Date.parse('2025-12-31T17:05:00Z'); // 00:05 on 1 January 2026 in Hà Nội
    expect(folderStamp(at)).toBe('2026-01-01 0005');
    expect(displayTime(at)).toBe('01/01/2026 00:05');
    expect(snapshotIdentity(at, 'Kết thúc học kì I', none)).toEqual({
      id: 'snap-20260101-0005',
      folderName: '2026-01-01 0005 Kết thúc học kì I',
    });
  });

  it('takes the next free suffix on a collision with an id or a folder name', () => {
    const at = Date.parse('2025-10-15T01:30:00Z');
    const taken = {
      ids: new Set(['snap-20251015-0830']),
      folderNames: new Set(['2025-10-15 0830 Khóa sổ (2)']),
    };
    expect(snapshotIdentity(at, 'Khóa sổ', taken)).toEqual({
      id: 'snap-20251015-0830-3',
      folderName: '2025-10-15 0830 Khóa sổ (3)',
    });
  });

  it('cleans reasons: NFC, no slashes or control characters, a default when empty', () => {
    const decomposed = 'Kho\u0301a so\u0302\u0309'; // "Khóa sổ" typed with combining marks
    expect(cleanReason(decomposed)).toBe('Khóa sổ');
    expect(cleanReason(decomposed)).toBe('Khóa sổ'.normalize('NFC'));
    expect(cleanReason('HK I / 2025\n  "gấp"')).toBe('HK I 2025 gấp');
    expect(cleanReason('  //  ')).toBe(DEFAULT_REASON);
    expect(Array.from(cleanReason('x'.repeat(500))).length).toBe(80);
  });

  it('gives every class distinct file names, never the copy name', () => {
    const names = classFileNames(
      [
        { id: '10A1', name: '10A1' },
        { id: '10a1-b', name: '10a1' },
        { id: 'x', name: 'Lớp/chọn' },
      ],
      '2025-10-15 0830',
    );
    expect(names.get('10A1')).toEqual({
      copy: 'Lớp 10A1 (bản lưu 2025-10-15 0830)',
      xlsx: '10A1.xlsx',
      pdf: '10A1.pdf',
    });
    expect(names.get('10a1-b')!.xlsx).toBe('10a1 (10a1-b).xlsx');
    expect(names.get('x')!.xlsx).toBe('Lớp chọn.xlsx');
  });
});
