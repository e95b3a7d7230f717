// The sidebar: one server call opens it; each role sees its own sections; every action answers
// with a Vietnamese message and the refreshed state.
import type { ActionResult, CorrectionItem, SidebarState, WindowInfo } from '../../src/app/rpc';
import { h } from '../dom';
import { countdown, formatTime } from '../format';
import { call } from '../rpc';
import { correctionForm } from '../correction-form';

const app = document.getElementById('app') as HTMLElement;
let flash: { ok: boolean; text: string; link?: { url: string; name: string } } | null = null;

const SNAPSHOT_STATUS: Record<string, string> = {
  complete: 'hoàn tất',
  writing: 'đang ghi',
  failed: 'lỗi',
};

const STATUS: Record<string, string> = {
  queued: 'Đã gửi, chờ hệ thống chuyển',
  requested: 'Chờ GVCN xác nhận',
  confirmed: 'Chờ Hiệu trưởng duyệt',
  approved: 'Đã duyệt',
  rejected: 'Bị từ chối',
  applied: 'Đã sửa trong sổ',
};

async function act(run: () => Promise<ActionResult>): Promise<void> {
  try {
    const result = await run();
    flash = { ok: result.ok, text: result.message, ...(result.link ? { link: result.link } : {}) };
    render(result.state);
  } catch (error) {
    flash = { ok: false, text: (error as Error).message };
    await load();
  }
}

function windowLine(w: WindowInfo, now: string, actions: Node | null = null): HTMLElement {
  return h(
    'div',
    { class: 'card', 'data-window': w.id },
    h(
      'div',
      { class: 'row' },
      h('strong', {}, `${w.label} · HK ${w.term === 1 ? 'I' : 'II'}`),
      h(
        'span',
        { class: `badge ${w.state}` },
        w.state === 'open' ? 'Đang mở' : w.state === 'closed' ? 'Đã đóng' : 'Sắp mở',
      ),
    ),
    h('div', { class: 'muted' }, `${w.scope} · ${formatTime(w.start)} → ${formatTime(w.end)}`),
    w.state === 'open'
      ? h('div', { class: 'warn' }, `Đóng lúc ${formatTime(w.end)} (${countdown(w.end, now)})`)
      : null,
    actions,
  );
}

function correctionLine(c: CorrectionItem, actions: Node | null = null): HTMLElement {
  return h(
    'div',
    { class: 'card', 'data-correction': c.id },
    h(
      'div',
      { class: 'row' },
      h('strong', {}, `${c.studentName} · ${c.subjectName}`),
      h('span', { class: 'badge' }, STATUS[c.status] ?? c.status),
    ),
    h('div', {}, `${c.cell}: ${c.old || '(trống)'} → ${c.new}`),
    h(
      'div',
      { class: 'muted' },
      `Lý do: ${c.reason} · ${c.requestedBy}, ${formatTime(c.requestedAt)}`,
    ),
    c.decisionReason ? h('div', { class: 'bad' }, c.decisionReason) : null,
    actions,
  );
}

function teacherSection(state: SidebarState): Node[] {
  if (state.teaching.length === 0) return [];
  return [
    h('h2', {}, 'Lớp và môn tôi dạy'),
    ...state.teaching.map((t) =>
      h(
        'div',
        { class: 'card', 'data-teaching': `${t.classId}/${t.subjectId}` },
        h('h3', {}, `${t.className} · ${t.subjectName}`),
        t.open.length === 0
          ? h('div', { class: 'muted' }, 'Chưa có đợt nhập điểm nào đang mở.')
          : h(
              'div',
              { class: 'warn' },
              `Đang mở: ${t.open.map((w) => w.label).join(', ')}${t.closesAt ? ` — ${countdown(t.closesAt, state.now)}` : ''}`,
            ),
        t.open.length === 0
          ? null
          : h(
              'div',
              {},
              t.missing === 0
                ? 'Đã nhập đủ điểm bắt buộc.'
                : `Còn thiếu ${t.missing} điểm bắt buộc.`,
            ),
        t.invalid.length > 0
          ? h(
              'div',
              { class: 'bad' },
              'Cần sửa: ',
              h('ul', {}, ...t.invalid.map((i) => h('li', {}, i))),
            )
          : null,
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { onclick: () => showCorrectionForm(state, t.classId, t.subjectId, t.subjectName) },
            'Yêu cầu sửa điểm',
          ),
        ),
      ),
    ),
    ...(state.myCorrections.length > 0
      ? [
          h('h2', {}, 'Yêu cầu sửa điểm của tôi'),
          ...state.myCorrections.map((c) => correctionLine(c)),
        ]
      : []),
  ];
}

function homeroomSection(state: SidebarState): Node[] {
  if (state.homeroom.length === 0 && state.toConfirm.length === 0) return [];
  return [
    h('h2', {}, 'Chủ nhiệm'),
    ...state.homeroom.map((c) =>
      h(
        'div',
        { class: 'card', 'data-homeroom': c.classId },
        h('h3', {}, `Lớp ${c.className}`),
        h(
          'div',
          {},
          `Điểm danh: ${c.attendanceOpen ? 'đang mở' : 'đã khóa'} · vắng tháng này: ${c.absencesThisMonth}`,
        ),
        h(
          'div',
          {},
          `Rèn luyện: ${c.conductOpen ? 'đang mở' : 'đã khóa'}${c.conductMissing > 0 ? ` · còn ${c.conductMissing} học sinh chưa xếp loại` : ''}`,
        ),
      ),
    ),
    ...(state.toConfirm.length > 0
      ? [
          h('h2', {}, 'Chờ tôi xác nhận'),
          ...state.toConfirm.map((c) =>
            correctionLine(
              c,
              h(
                'div',
                { class: 'actions' },
                h(
                  'button',
                  {
                    class: 'primary',
                    onclick: () => act(() => call('sidebarConfirmCorrection', c.id)),
                  },
                  'Xác nhận',
                ),
              ),
            ),
          ),
        ]
      : []),
  ];
}

function approvalsOf(approvals: CorrectionItem[]): Node[] {
  return [
    h('h2', {}, 'Chờ duyệt sửa điểm'),
    ...(approvals.length === 0
      ? [h('p', { class: 'muted' }, 'Không có yêu cầu nào.')]
      : approvals.map((c) => {
          const reason = h('input', {
            type: 'text',
            'aria-label': 'Lý do từ chối',
            placeholder: 'Lý do (khi từ chối)',
          });
          return correctionLine(
            c,
            h(
              'div',
              { class: 'actions' },
              h(
                'button',
                {
                  class: 'primary',
                  onclick: () => act(() => call('sidebarDecideCorrection', c.id, true, '')),
                },
                'Duyệt',
              ),
              reason,
              h(
                'button',
                {
                  onclick: () =>
                    act(() => call('sidebarDecideCorrection', c.id, false, reason.value)),
                },
                'Từ chối',
              ),
            ),
          );
        })),
  ];
}

function principalSection(state: SidebarState): Node[] {
  const p = state.principal;
  if (!p) return [];
  const extendInput = (w: WindowInfo) => {
    const input = h('input', { type: 'datetime-local', 'aria-label': `Gia hạn ${w.label} đến` });
    return h(
      'div',
      { class: 'actions' },
      input,
      h(
        'button',
        {
          onclick: () =>
            input.value && act(() => call('sidebarExtendWindow', w.id, vietnamTime(input.value))),
        },
        'Gia hạn',
      ),
      w.state === 'open'
        ? h('button', { onclick: () => act(() => call('sidebarCloseWindow', w.id)) }, 'Đóng ngay')
        : null,
    );
  };
  // Reopen one block after the deadline: one class, until a time, with the reason (TT22 Điều 20.2).
  const reopenInput = (w: WindowInfo) => {
    const cls = h('input', {
      type: 'text',
      'aria-label': `Lớp mở lại ${w.label}`,
      placeholder: 'Lớp, VD: 10A1',
    });
    const end = h('input', { type: 'datetime-local', 'aria-label': `Mở lại ${w.label} đến` });
    const why = h('input', {
      type: 'text',
      'aria-label': 'Lý do mở lại',
      placeholder: 'Lý do (số đơn…)',
    });
    return h(
      'div',
      { class: 'actions' },
      cls,
      end,
      why,
      h(
        'button',
        {
          onclick: () =>
            end.value &&
            act(() =>
              call('sidebarReopenWindow', w.id, cls.value, vietnamTime(end.value), why.value),
            ),
        },
        'Mở lại cho lớp',
      ),
    );
  };
  return [
    h('h2', {}, 'Đợt nhập điểm'),
    ...(p.windows.length === 0
      ? [h('p', { class: 'muted' }, 'Chưa có đợt nhập điểm.')]
      : p.windows.map((w) =>
          windowLine(w, state.now, w.state === 'closed' ? reopenInput(w) : extendInput(w)),
        )),
    ...(state.roles.principal ? approvalsOf(p.approvals) : []),
    h('h2', {}, 'Cảnh báo'),
    ...(p.alerts.length === 0
      ? [h('p', { class: 'muted' }, 'Không có cảnh báo.')]
      : p.alerts.map((a) =>
          h('div', { class: 'card warn' }, `${formatTime(a.at)} · ${a.message}`),
        )),
    h(
      'p',
      { class: p.trigger.installed ? 'muted' : 'bad', 'data-trigger': String(p.trigger.installed) },
      p.trigger.installed
        ? `Lịch chạy tự động: ${p.trigger.every}${p.trigger.lastRun ? `, lần cuối ${formatTime(p.trigger.lastRun)}` : ''}.`
        : 'Chưa kích hoạt lịch chạy tự động (menu Sổ điểm → Kích hoạt hệ thống).',
    ),
  ];
}

function clerkSection(state: SidebarState): Node[] {
  const c = state.clerk;
  if (!c) return [];
  const reason = h('input', {
    type: 'text',
    id: 'snapshot-reason',
    placeholder: 'VD: Kết thúc nhập điểm giữa kì I',
  });
  const term = h(
    'select',
    { id: 'export-term', 'aria-label': 'Học kì' },
    h('option', { value: '1' }, 'Học kì I'),
    h('option', { value: '2' }, 'Học kì II'),
  );
  return [
    h('h2', {}, 'Văn thư'),
    h('p', {}, `${c.classes} lớp · ${c.students} học sinh`),
    h(
      'div',
      { class: 'actions' },
      h('button', { onclick: () => act(() => call('sidebarSetUpYear')) }, 'Thiết lập năm học'),
      h('button', { onclick: () => act(() => call('sidebarVerifyArchive')) }, 'Kiểm tra lưu trữ'),
      h(
        'button',
        { onclick: () => act(() => call('sidebarArchiveBundle', '')) },
        'Tải gói lưu trữ (ZIP)',
      ),
    ),
    h(
      'div',
      { class: 'card' },
      h('label', { for: 'snapshot-reason' }, 'Lý do lưu trữ'),
      reason,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { class: 'primary', onclick: () => act(() => call('sidebarTakeSnapshot', reason.value)) },
          'Tạo bản lưu trữ',
        ),
      ),
    ),
    h(
      'div',
      { class: 'card' },
      h('label', { for: 'export-term' }, 'Xuất sổ điểm (PDF)'),
      term,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            onclick: () => act(() => call('sidebarExportBooks', term.value === '2' ? 2 : 1)),
          },
          'Xuất PDF',
        ),
      ),
    ),
    ...c.jobs.map((j) =>
      h(
        'div',
        { class: 'card', 'data-job': j.id },
        h('div', {}, `${j.label}: ${j.done}/${j.total}`),
        h('progress', { max: String(j.total), value: String(j.done) }),
      ),
    ),
    h('h2', {}, 'Bản lưu trữ'),
    ...(c.snapshots.length === 0
      ? [h('p', { class: 'muted' }, 'Chưa có bản lưu trữ.')]
      : c.snapshots.map((s) =>
          h(
            'div',
            { class: 'card', 'data-snapshot': s.id },
            h('strong', {}, s.reason),
            h(
              'div',
              { class: 'muted' },
              `${formatTime(s.at)} · ${s.files} tệp · ${SNAPSHOT_STATUS[s.status] ?? s.status}`,
            ),
            h('code', {}, s.manifestSha256.slice(0, 16)),
          ),
        )),
  ];
}

/** A datetime-local value ("2025-09-06T17:00") is Việt Nam time, whatever the browser's zone. */
function vietnamTime(local: string): string {
  return new Date(`${local}:00+07:00`).toISOString();
}

function showCorrectionForm(
  state: SidebarState,
  classId: string,
  subjectId: string,
  subjectName: string,
): void {
  const form = correctionForm(
    classId,
    subjectId,
    subjectName,
    (draft) => act(() => call('sidebarRequestCorrection', draft)),
    () => render(state),
  );
  app.replaceChildren(form);
  form.querySelector('input')?.focus();
}

function render(state: SidebarState): void {
  const roles = [
    state.roles.admin && 'Quản trị',
    state.roles.principal && 'Hiệu trưởng',
    state.roles.homeroomOf.length > 0 && 'GVCN',
    state.roles.teacher && 'Giáo viên',
  ]
    .filter(Boolean)
    .join(' · ');
  app.replaceChildren(
    h('h1', {}, 'Sổ điểm ' + state.schoolYear),
    h('p', { class: 'muted' }, `${state.user.name} (${roles || 'chưa được phân quyền'})`),
    ...(flash
      ? [
          h(
            'p',
            { class: `message ${flash.ok ? 'ok' : 'error'}`, role: 'status' },
            flash.text,
            flash.link ? h('br') : null,
            flash.link
              ? h('a', { href: flash.link.url, target: '_blank', rel: 'noopener' }, flash.link.name)
              : null,
          ),
        ]
      : []),
    ...teacherSection(state),
    ...homeroomSection(state),
    ...principalSection(state),
    ...clerkSection(state),
  );
  flash = null;
}

async function load(): Promise<void> {
  try {
    render(await call('sidebarState'));
  } catch (error) {
    app.replaceChildren(
      h('p', { class: 'message error', role: 'alert' }, (error as Error).message),
    );
  }
}

void load();
