// Long jobs in progress, for the clerk's panel: a paused book export and a snapshot being written,
// read from their checkpoints (script properties).
import { decodeJob, planSteps } from '../../domain/archive/plan';
import type { JobInfo } from '../rpc';

interface ExportCheckpoint {
  folderName: string;
  classes: unknown[];
  done: unknown[];
}

export function jobsOf(booksExport: string | null, snapshotJob: string | null): JobInfo[] {
  const jobs: JobInfo[] = [];
  if (booksExport) {
    const state = JSON.parse(booksExport) as ExportCheckpoint;
    jobs.push({
      id: 'books-export',
      label: `Xuất sổ điểm «${state.folderName}» (bấm «Xuất PDF» để tiếp tục)`,
      done: state.done.length,
      total: state.classes.length,
      state: 'running',
    });
  }
  const job = decodeJob(snapshotJob);
  if (job) {
    jobs.push({
      id: `snapshot-${job.id}`,
      label: `Bản lưu trữ «${job.folderName}» (hệ thống tiếp tục ở lượt chạy sau)`,
      done: job.next,
      total: planSteps(job).length,
      state: 'running',
    });
  }
  return jobs;
}
