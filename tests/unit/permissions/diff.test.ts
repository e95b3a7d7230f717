import {
  applyProtectionRequests,
  diffProtections,
  planWorkbook,
  type WorkbookProtections,
} from '../../../src/domain/permissions';
import { BLOCKS, facts, T } from './fixture';

const cls = { id: '10A1', grade: 10 };
const SHEETS = ['Danh sách', 'Toán', 'Ngữ văn', 'Điểm danh', 'Rèn luyện', 'Tổng hợp'].map(
  (title, i) => ({ sheetId: 100 + i, title }),
);
const empty = (): WorkbookProtections => ({ sheets: SHEETS, protectedRanges: [] });
let id = 1;
const nextId = () => id++;

function synced(at: number): WorkbookProtections {
  const plan = planWorkbook(facts(), cls, BLOCKS, at);
  return applyProtectionRequests(empty(), diffProtections(plan, empty()).requests, nextId);
}

describe('diffProtections', () => {
  it('first sync adds one protection per tab and per teacher block, in one batch', () => {
    const plan = planWorkbook(facts(), cls, BLOCKS, T(1));
    const d = diffProtections(plan, empty());
    expect(d.added).toBe(plan.protections.length);
    expect(d.updated + d.deleted).toBe(0);
    expect(d.requests).toHaveLength(6 + 17);
  });

  it('a second sync with nothing changed sends nothing', () => {
    const current = synced(T(1));
    const d = diffProtections(planWorkbook(facts(), cls, BLOCKS, T(2)), current);
    expect(d.requests).toEqual([]);
  });

  it('a window close updates only the editors of the blocks it closes', () => {
    const current = synced(T(1));
    const d = diffProtections(planWorkbook(facts(), cls, BLOCKS, T(48)), current);
    expect(d.requests).toHaveLength(2); // toan/1/regular and van/1/regular
    for (const r of d.requests) {
      expect('updateProtectedRange' in r && r.updateProtectedRange.fields).toBe('editors');
    }
  });

  it('repairs drift: editors changed by hand, warning-only, duplicates, stale tags', () => {
    const current = synced(T(1));
    const ps = current.protectedRanges;
    ps[0]!.editors = { users: ['intruder@x.vn'] };
    ps[1]!.warningOnly = true;
    ps.push({ ...JSON.parse(JSON.stringify(ps[2])), protectedRangeId: 9001 });
    ps.push({
      protectedRangeId: 9002,
      range: { sheetId: 101, startRowIndex: 3, endRowIndex: 5 },
      description: 'sodiem:v1:old/block',
      editors: { users: [] },
    });
    const plan = planWorkbook(facts(), cls, BLOCKS, T(1));
    const d = diffProtections(plan, current);
    expect(d.updated).toBe(2);
    expect(d.deleted).toBe(2);
    const fixed = applyProtectionRequests(current, d.requests, nextId);
    expect(diffProtections(plan, fixed).requests).toEqual([]);
  });

  it('reports protections that are not ours and leaves them', () => {
    const current = synced(T(1));
    current.protectedRanges.push({
      protectedRangeId: 7,
      range: { sheetId: 101, startRowIndex: 0, endRowIndex: 1 },
      description: 'Khóa của cô Lan',
      editors: { users: ['lan@x.vn'] },
    });
    const d = diffProtections(planWorkbook(facts(), cls, BLOCKS, T(1)), current);
    expect(d.requests).toEqual([]);
    expect(d.foreign).toEqual([
      {
        protectedRangeId: 7,
        sheet: 'Toán',
        description: 'Khóa của cô Lan',
        wholeSheet: false,
        editors: ['lan@x.vn'],
        action: 'kept',
      },
    ]);
    const t = diffProtections(planWorkbook(facts(), cls, BLOCKS, T(1)), current, {
      takeOver: true,
    });
    expect(t.requests).toEqual([{ deleteProtectedRange: { protectedRangeId: 7 } }]);
    expect(t.foreign[0]?.action).toBe('removed');
  });

  it('does not add a sheet protection over a foreign one unless told to take it over', () => {
    const current = empty();
    current.protectedRanges.push({
      protectedRangeId: 8,
      range: { sheetId: 100 },
      description: '',
      editors: { users: ['old@x.vn'] },
    });
    const plan = planWorkbook(facts(), cls, BLOCKS, T(1));
    const d = diffProtections(plan, current);
    expect(d.blockedSheets).toEqual(['Danh sách']);
    expect(d.added).toBe(plan.protections.length - 1);
    const t = diffProtections(plan, current, { takeOver: true });
    expect(t.foreign[0]?.action).toBe('taken-over');
    const after = applyProtectionRequests(current, t.requests, nextId);
    expect(diffProtections(plan, after).requests).toEqual([]);
  });

  it('reports missing tabs and keeps their protections out of the batch', () => {
    const current: WorkbookProtections = { sheets: SHEETS.slice(0, 5), protectedRanges: [] };
    const d = diffProtections(planWorkbook(facts(), cls, BLOCKS, T(1)), current);
    expect(d.missingSheets).toEqual(['Tổng hợp']);
    expect(d.added).toBe(5 + 17);
  });
});
