// The protection units of a class workbook: contiguous column runs of one editor, group and term.
// Subject teachers get `<subject>/<term>/<group>`, the homeroom teacher attendance per month and
// conduct; keys, headers, computed results, re-assessment and notes are admin-only.
import type { AssessmentGroup } from '../school';
import type { Block, ClassLayout, ColumnDef, Editor, ScoreTerm, TabLayout } from './types';

interface BlockKey {
  id: string;
  group: AssessmentGroup | null;
  editor: Editor;
  term: ScoreTerm | null;
}

function slugOf(tab: TabLayout): string {
  return tab.kind === 'subject' ? (tab.subjectId ?? tab.name) : tab.kind;
}

function keyOf(tab: TabLayout, c: ColumnDef): BlockKey {
  const slug = slugOf(tab);
  const ref = c.ref;
  if (c.kind === 'key') return { id: `${slug}/keys`, group: null, editor: 'admin', term: null };
  if (!ref) return { id: slug, group: null, editor: 'admin', term: null };
  switch (ref.field) {
    case 'regular':
    case 'coef1':
      return {
        id: `${slug}/${ref.term}/regular`,
        group: 'regular',
        editor: c.editor,
        term: ref.term,
      };
    case 'midterm':
    case 'coef2':
      return {
        id: `${slug}/${ref.term}/midterm`,
        group: 'midterm',
        editor: c.editor,
        term: ref.term,
      };
    case 'final':
    case 'exam':
      return { id: `${slug}/${ref.term}/final`, group: 'final', editor: c.editor, term: ref.term };
    case 'average':
      return { id: `${slug}/${ref.term}/average`, group: null, editor: 'admin', term: ref.term };
    case 'reassessment':
      return { id: `${slug}/year/reassessment`, group: null, editor: 'admin', term: 'year' };
    case 'note':
      return {
        id: `${slug}/notes`,
        group: c.editor === 'homeroom' ? 'conduct' : null,
        editor: c.editor,
        term: null,
      };
    case 'attendance': {
      const mm = String(ref.month ?? 0).padStart(2, '0');
      return { id: `attendance/m${mm}`, group: 'attendance', editor: 'homeroom', term: ref.term };
    }
    case 'conduct':
      return {
        id: `conduct/${ref.term}`,
        group: c.editor === 'homeroom' ? 'conduct' : null,
        editor: c.editor,
        term: ref.term,
      };
    case 'summerConduct':
      return { id: 'conduct/summer', group: 'conduct', editor: 'homeroom', term: 'year' };
  }
}

/** Every block of the layout: a header block per tab, then the column runs over student rows. */
export function blocksOf(layout: ClassLayout): Block[] {
  const rows = {
    from: layout.firstStudentRow,
    to: layout.firstStudentRow + layout.capacity - 1,
  };
  const out: Block[] = [];
  for (const tab of layout.tabs) {
    const last = tab.columns.length;
    out.push({
      id: `${slugOf(tab)}/header`,
      sheet: tab.name,
      subjectId: tab.subjectId,
      term: null,
      group: null,
      editor: 'admin',
      rows: { from: 1, to: layout.headerRows },
      cols: { from: 1, to: last },
    });
    let current: Block | null = null;
    for (const c of tab.columns) {
      const k = keyOf(tab, c);
      if (current && current.id === k.id && current.cols.to === c.col - 1) {
        current.cols.to = c.col;
        continue;
      }
      current = {
        id: k.id,
        sheet: tab.name,
        subjectId: tab.subjectId,
        term: k.term,
        group: k.group,
        editor: k.editor,
        rows: { ...rows },
        cols: { from: c.col, to: c.col },
      };
      out.push(current);
    }
  }
  return out;
}

/** The blocks a given kind of editor may type into (subject teacher or homeroom teacher). */
export function editableBlocks(layout: ClassLayout, editor: Editor): Block[] {
  return blocksOf(layout).filter((b) => b.editor === editor);
}
