// The clerk's progress bars come from the jobs' own checkpoints.
import { jobsOf } from '../../../src/app/sidebar/jobs';

it('shows nothing when no job is paused', () => {
  expect(jobsOf(null, null)).toEqual([]);
});

it('shows a paused book export as classes done out of classes asked', () => {
  const checkpoint = JSON.stringify({
    request: { term: 1, classIds: null, confirmation: true },
    folderName: '2026-01-10 Sổ điểm học kì I',
    folderId: 'f1',
    printedAt: '2026-01-10T02:00:00.000Z',
    classes: [{ id: '10A1' }, { id: '10A2' }, { id: '10A3' }],
    done: ['10A1'],
    failed: [],
  });
  expect(jobsOf(checkpoint, null)).toEqual([
    expect.objectContaining({
      id: 'books-export',
      done: 1,
      total: 3,
      label: expect.stringContaining('2026-01-10 Sổ điểm học kì I'),
    }),
  ]);
});
