// Issue 11 in a real browser: the built sidebar (dist/sidebar.html) served on localhost, its
// google.script.run forwarded to the real bundle in the emulator as each person, driven with
// Debian's Chromium at Sheets' 300-pixel width. Screenshots: test-artifacts/browser/<role>.png.
import type { Browser, Page } from 'playwright-core';
import type { SidebarState } from '../../src/app/rpc';
import {
  AN,
  BINH,
  buildPrivate,
  cellOf,
  CLERK,
  HOUR,
  makeSchool,
  nextTick,
  PRINCIPAL,
  TX1_CLOSE,
  TX1_OPEN,
  value,
  type School,
} from '../integration/fixtures/school';
import {
  launchBrowser,
  screenshot,
  serveSidebar,
  sidebarPage,
  type SidebarServer,
} from './harness';

let s: School;
let browser: Browser;
const servers: SidebarServer[] = [];

beforeAll(async () => {
  const dist = await buildPrivate();
  s = makeSchool(dist);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((x) => x.close()));
});

/** Opens the sidebar as `who` in workbook `doc`; returns the page and the server's call log. */
async function open(who: string, doc: string): Promise<{ page: Page; calls: string[] }> {
  const server = await serveSidebar(
    'sidebar',
    (fn, args) => s.emu.as(who).rpc(doc, fn, ...args),
    s.dist,
  );
  servers.push(server);
  const page = await sidebarPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('main h1');
  return { page, calls: server.calls };
}

/** Keyboard only: Tab until the focused control reads `label`, then Enter. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === label) return;
  }
  throw new Error(`no focusable control «${label}»`);
}

/** The flash message once it differs from `before` (the reply re-renders the whole sidebar). */
async function message(page: Page, before = ''): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const m = document.querySelector('.message');
      return m !== null && m.textContent !== prev;
    },
    before,
    { timeout: 30_000 },
  );
  return (await page.locator('.message').first().textContent()) ?? '';
}

/** Nothing wider than the sidebar: no horizontal scrolling at 300 px. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= 300);
}

const book = () => s.books['10A1']!;

describe('the sidebar of each role, at 300 px', () => {
  it('teacher: class × subject cards with the open window, countdown and missing count', async () => {
    s.emu.advanceTo(TX1_OPEN + HOUR + 60_000);
    for (let st = 1; st <= 6; st++)
      s.emu.as(AN).type(book(), cellOf(s, '10A1', st, 'toan', 1, 'regular', 1), '8');
    s.emu.as(AN).type(book(), cellOf(s, '10A1', 1, 'toan', 1, 'regular', 2), '7,5');
    const { page, calls } = await open(AN, book());
    expect(calls).toEqual(['sidebarState']);
    const card = page.locator('[data-teaching="10A1/toan"]');
    await expect(card.textContent()).resolves.toMatch(/10A1 · Toán/);
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/Đang mở: Đánh giá thường xuyên — còn 5 giờ 5\d phút/);
    // 6 students × 4 regular scores, 7 typed.
    expect(text).toMatch(/Còn thiếu 17 điểm bắt buộc/);
    await expect(page.locator('[data-teaching="10A2/toan"]').count()).resolves.toBe(1);
    // A refused call shows the server's Vietnamese message, never a stack trace: the block is open.
    await tabTo(page, 'Yêu cầu sửa điểm');
    await page.keyboard.press('Enter');
    await page.keyboard.type('HS10A11');
    for (const [tabs, text2] of [
      [4, '9,5'],
      [1, 'Chấm sót câu 3'],
    ] as const) {
      for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
      await page.keyboard.type(text2);
    }
    await tabTo(page, 'Gửi yêu cầu');
    await page.keyboard.press('Enter');
    const refusal = await message(page);
    expect(refusal).toMatch(/đang trong thời hạn nhập điểm: hãy sửa trực tiếp trên trang tính/);
    expect(refusal).not.toMatch(/Error|Exception|\bat \w+ \(|\.js:\d+/);
    expect(await page.locator('.message.error').count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'teacher-open-window');
    await page.close();
  }, 120_000);

  it('teacher: after the deadline, requests a correction with the keyboard and sees its status', async () => {
    s.emu.advanceTo(TX1_CLOSE + 30 * 60_000);
    const { page, calls } = await open(AN, book());
    expect(calls).toEqual(['sidebarState']);
    expect(await page.locator('[data-teaching="10A1/toan"]').textContent()).toMatch(
      /Chưa có đợt nhập điểm nào đang mở/,
    );
    await tabTo(page, 'Yêu cầu sửa điểm');
    await page.keyboard.press('Enter');
    await page.keyboard.type('HS10A12');
    await page.keyboard.press('Tab'); // học kì
    await page.keyboard.press('Tab'); // loại điểm
    await page.keyboard.press('Tab'); // lần
    await page.keyboard.press('Tab');
    await page.keyboard.type('9,5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chấm sót câu 3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bài kiểm tra số 1, đã chấm lại');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await message(page)).toMatch(/^Đã gửi yêu cầu SC-\d{6}-[0-9A-F]{6}\. GVCN sẽ xác nhận/);
    const mine = page.locator('[data-correction]');
    expect(await mine.count()).toBe(1);
    expect(await mine.first().textContent()).toMatch(/Đã gửi, chờ hệ thống chuyển/);
    expect(await mine.first().textContent()).toMatch(/8 → 9,5/);
    expect(await mine.first().textContent()).toMatch(/Trần Thị Bích · Toán/);
    expect(calls).toEqual(['sidebarState', 'sidebarRequestCorrection']);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'teacher');
    await page.close();
  }, 120_000);

  it('homeroom teacher: confirms the request with the keyboard', async () => {
    nextTick(s);
    const { page, calls } = await open(BINH, book());
    expect(calls).toEqual(['sidebarState']);
    expect(await page.locator('[data-homeroom="10A1"]').textContent()).toMatch(/Lớp 10A1/);
    const waiting = page.locator('[data-correction]');
    expect(await waiting.count()).toBe(1);
    expect(await waiting.textContent()).toMatch(/Chờ GVCN xác nhận/);
    await screenshot(page, 'homeroom-to-confirm');
    await tabTo(page, 'Xác nhận');
    await page.keyboard.press('Enter');
    expect(await message(page)).toMatch(/^Đã xác nhận yêu cầu SC-.*chờ Hiệu trưởng duyệt/);
    expect(await page.locator('[data-correction]').count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'homeroom');
    await page.close();
  }, 120_000);

  it('principal: approves, extends and closes a window; sees alerts and the trigger', async () => {
    nextTick(s);
    const made = s.emu
      .as(PRINCIPAL)
      .rpc(
        s.control,
        'windowCommand',
        'tạo; gk1; HK1; giữa kì; 05/09/2025 19:00; 08/09/2025 17:00; khối 10',
      ) as {
      ok: boolean;
    };
    expect(made.ok).toBe(true);
    const { page, calls } = await open(PRINCIPAL, s.control);
    expect(calls).toEqual(['sidebarState']);
    const approvals = page.locator('[data-correction]');
    expect(await approvals.count()).toBe(1);
    await screenshot(page, 'principal-approvals');
    await tabTo(page, 'Duyệt');
    await page.keyboard.press('Enter');
    const approved = await message(page);
    expect(approved).toMatch(/^Đã duyệt yêu cầu SC-/);
    expect(await page.locator('[data-correction]').count()).toBe(0);
    // Extend gk1 to 10/09/2025 17:00 (Việt Nam time), then close it.
    const gk1 = page.locator('[data-window="gk1"]');
    await gk1.locator('input[type="datetime-local"]').fill('2025-09-10T17:00');
    await gk1.getByRole('button', { name: 'Gia hạn' }).press('Enter');
    const extended = await message(page, approved);
    expect(extended).toMatch(/gk1/);
    expect(await page.locator('[data-window="gk1"]').textContent()).toMatch(/17:00 10\/09\/2025/);
    await page
      .locator('[data-window="gk1"]')
      .getByRole('button', { name: 'Đóng ngay' })
      .press('Enter');
    expect(await message(page, extended)).toMatch(/gk1/);
    expect(await page.locator('[data-window="gk1"] .badge').textContent()).toBe('Đã đóng');
    expect(await page.getByText('Chờ duyệt sửa điểm').count()).toBe(1);
    // Reopen the closed gk1 for 10A1 alone, until 07/09/2025 17:00, citing the paper request.
    const closedMsg = (await page.locator('.message').first().textContent()) ?? '';
    const again = page.locator('[data-window="gk1"]');
    await again.getByLabel('Lớp mở lại Đánh giá giữa kì').fill('10A1');
    await again.getByLabel('Mở lại Đánh giá giữa kì đến').fill('2025-09-07T17:00');
    await again.getByLabel('Lý do mở lại').fill('Đơn số 12: học sinh ốm');
    await again.getByRole('button', { name: 'Mở lại cho lớp' }).press('Enter');
    expect(await message(page, closedMsg)).toMatch(/gk1/);
    expect(await page.locator('.message.ok').count()).toBe(1);
    expect(await page.locator('[data-window="gk1"] .badge').textContent()).toBe('Đang mở');
    expect(await page.locator('[data-window="gk1"]').textContent()).toMatch(
      /mở lại cho lớp 10A1.*Đóng lúc 17:00 07\/09\/2025/,
    );
    expect(await page.locator('[data-trigger]').getAttribute('data-trigger')).toBe('true');
    expect(calls).toEqual([
      'sidebarState',
      'sidebarDecideCorrection',
      'sidebarExtendWindow',
      'sidebarCloseWindow',
      'sidebarReopenWindow',
    ]);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'principal');
    await page.close();
    // The tick writes the approved value.
    nextTick(s);
    expect(value(s, book(), cellOf(s, '10A1', 2, 'toan', 1, 'regular', 1))).toBe(9.5);
  }, 120_000);

  it('clerk: sees the snapshots and asks for one', async () => {
    const { page, calls } = await open(CLERK, s.control);
    expect(calls).toEqual(['sidebarState']);
    const state = s.emu.as(CLERK).rpc(s.control, 'sidebarState') as SidebarState;
    expect(state.clerk?.snapshots.length).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-snapshot]').count()).toBe(state.clerk!.snapshots.length);
    expect(await page.locator('main').textContent()).toMatch(/2 lớp · 12 học sinh/);
    // Only the principal decides corrections: no approvals queue for the clerk.
    expect(await page.getByText('Chờ duyệt sửa điểm').count()).toBe(0);
    // Latest first: the close of gk1 (just now), then the close of tx1, both made by the tick.
    const shown = await page.locator('[data-snapshot]').allTextContents();
    expect(shown.join('\n')).toMatch(/Khóa nhập điểm đánh giá thường xuyên học kì I/);
    expect(shown[0]).toMatch(/Khóa nhập điểm giữa kì học kì I/);
    await page.locator('#snapshot-reason').fill('Kiểm tra giữa kì I');
    await tabTo(page, 'Tạo bản lưu trữ');
    await page.keyboard.press('Enter');
    expect(await message(page)).toMatch(/Đã ghi nhận yêu cầu lưu trữ «Kiểm tra giữa kì I»/);
    expect(await fitsWidth(page)).toBe(true);
    // Books of term I for every class, rendered on the server (async RPC), reported in Vietnamese.
    const before = await page.locator('.message').first().textContent();
    await tabTo(page, 'Xuất PDF');
    await page.keyboard.press('Enter');
    expect(await message(page, before ?? '')).toMatch(
      /^Đã xuất sổ điểm của 2 lớp vào thư mục «.*học kì I»/,
    );
    // The archive is verified from Drive, and the newest snapshot comes back as a ZIP link.
    const beforeVerify = await page.locator('.message').first().textContent();
    await tabTo(page, 'Kiểm tra lưu trữ');
    await page.keyboard.press('Enter');
    expect(await message(page, beforeVerify ?? '')).toMatch(/mọi tệp đều khớp SHA256SUMS/);
    const beforeZip = await page.locator('.message').first().textContent();
    await tabTo(page, 'Tải gói lưu trữ (ZIP)');
    await page.keyboard.press('Enter');
    await message(page, beforeZip ?? '');
    expect(await page.locator('.message a').textContent()).toMatch(/\.zip$/);
    await screenshot(page, 'clerk');
    await page.close();
  }, 120_000);
});
