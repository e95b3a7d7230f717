// The job plan: order of steps, the PDF as one more class step, a 45-class checkpoint within 9 KB.
import {
  CHECKPOINT_LIMIT_BYTES,
  decodeJob,
  encodeJob,
  planSteps,
  type SnapshotJob,
  stepLabel,
} from '../../../src/domain/archive/plan';

function job(classCount: number, pdf: boolean): SnapshotJob {
  return {
    v: 1,
    request: {
      reason: 'Kết thúc năm học 2025-2026 — lưu trữ toàn trường'.repeat(3),
      trigger: 'year-end',
      term: 2,
      requestedBy: 'vanthu@truong.edu.vn',
      requestedAt: '2026-05-31T10:00:00.000Z',
    },
    id: 'snap-20260531-1700',
    folderName: '2026-05-31 1700 Kết thúc năm học 2025-2026',
    createdAt: '2026-05-31T10:00:00.000Z',
    folderId: '1'.repeat(44),
    classIds: Array.from({ length: classCount }, (_, i) => `${10 + (i % 3)}A${i + 1}-2025`),
    classSteps: pdf ? ['copy', 'xlsx', 'pdf'] : ['copy', 'xlsx'],
    next: 17,
    auditHead: { seq: 123456, hash: 'f'.repeat(64) },
    previous: { snapshotId: 'snap-20251220-1700', manifestSha256: 'e'.repeat(64) },
    executions: 2,
  };
}

describe('planSteps', () => {
  it('reconciles first, then folder and audit, per class copy/xlsx/pdf, then manifest, sums, complete', () => {
    const steps = planSteps({ classIds: ['10A1', '10A2'], classSteps: ['copy', 'xlsx', 'pdf'] });
    expect(steps.map(stepLabel)).toEqual([
      'reconcile',
      'folder',
      'audit',
      'copy:10A1',
      'xlsx:10A1',
      'pdf:10A1',
      'copy:10A2',
      'xlsx:10A2',
      'pdf:10A2',
      'manifest',
      'sums',
      'complete',
    ]);
    expect(planSteps({ classIds: ['10A1'], classSteps: ['copy', 'xlsx'] }).length).toBe(8);
  });

  it('keeps a 45-class checkpoint (with PDF) inside the 9 KB property limit, round-tripping', () => {
    const text = encodeJob(job(45, true));
    expect(Buffer.byteLength(text)).toBeLessThan(CHECKPOINT_LIMIT_BYTES / 4);
    expect(decodeJob(text)).toEqual(job(45, true));
  });

  it('refuses a checkpoint over 9 KB instead of writing a truncated one', () => {
    expect(() => encodeJob(job(2000, true))).toThrow(/too large/);
  });
});
