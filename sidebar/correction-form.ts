// The correction request form a subject teacher fills in the sidebar.
import type { CorrectionDraft } from '../src/app/rpc';
import { h } from './dom';

export function correctionForm(
  classId: string,
  subjectId: string,
  subjectName: string,
  submit: (draft: CorrectionDraft) => void,
  cancel: () => void,
): HTMLElement {
  const field = (id: string, label: string, input: HTMLElement) => [
    h('label', { for: id }, label),
    input,
  ];
  const student = h('input', {
    id: 'c-student',
    type: 'text',
    required: true,
    placeholder: 'Mã học sinh',
  });
  const term = h(
    'select',
    { id: 'c-term' },
    h('option', { value: '1' }, 'Học kì I'),
    h('option', { value: '2' }, 'Học kì II'),
  );
  const kind = h(
    'select',
    { id: 'c-field' },
    h('option', { value: 'regular' }, 'Thường xuyên'),
    h('option', { value: 'midterm' }, 'Giữa kì'),
    h('option', { value: 'final' }, 'Cuối kì'),
  );
  const index = h('input', { id: 'c-index', type: 'number', min: '1', max: '9', value: '1' });
  const value = h('input', { id: 'c-value', type: 'text', required: true, placeholder: 'VD: 8,5' });
  const reason = h('textarea', { id: 'c-reason', rows: '2', required: true });
  const evidence = h('input', {
    id: 'c-evidence',
    type: 'text',
    placeholder: 'VD: bài kiểm tra số 3, đã chấm lại',
  });
  const form = h(
    'form',
    {
      'aria-label': 'Yêu cầu sửa điểm',
      onsubmit: (event: Event) => {
        event.preventDefault();
        submit({
          classId,
          subjectId,
          studentId: student.value.trim(),
          term: term.value === '2' ? 2 : 1,
          field: kind.value,
          index: kind.value === 'regular' ? Number(index.value) : null,
          newValue: value.value.trim(),
          reason: reason.value.trim(),
          evidence: evidence.value.trim(),
        });
      },
    },
    h('h1', {}, 'Yêu cầu sửa điểm'),
    h('p', { class: 'muted' }, `Lớp ${classId} · môn ${subjectName}`),
    ...field('c-student', 'Học sinh (mã)', student),
    ...field('c-term', 'Học kì', term),
    ...field('c-field', 'Loại điểm', kind),
    ...field('c-index', 'Lần (với điểm thường xuyên)', index),
    ...field('c-value', 'Điểm mới', value),
    ...field('c-reason', 'Lý do', reason),
    ...field('c-evidence', 'Minh chứng', evidence),
    h(
      'div',
      { class: 'actions' },
      h('button', { class: 'primary', type: 'submit' }, 'Gửi yêu cầu'),
      h('button', { type: 'button', onclick: cancel }, 'Hủy'),
    ),
  );
  return form;
}
