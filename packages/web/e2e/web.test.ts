/**
 * End-to-end journeys of the web app in Debian's Chromium (playwright-core), against a real
 * Khiên server on PGlite with the demo province: login, organisations tree, import, search,
 * ledger view, the offline dossier verifier (green, then red after one flipped byte), a lost
 * session, a version conflict and the English switch. axe-core checks each main page; desktop
 * and 390 px screenshots go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchChromium, screenshots, seriousAxeViolations, type Browser } from './support/browser.ts';
import { apiSession, DEMO_PASSWORD, startKhienServer, type KhienServer } from './support/khien-server.ts';
import { dossierFromLedger } from './support/ledger-dossier.ts';
import { openInVerifier } from './support/verifier.ts';
import { ensureWebBuilt, WEB_DIST } from './support/web-build.ts';

let server: KhienServer;
let browser: Browser;
let page: Page;
const files = mkdtempSync(path.join(tmpdir(), 'khien-e2e-files-'));

async function checkPage(name: string): Promise<void> {
  assert.deepEqual(await seriousAxeViolations(page), [], `axe on ${name}`);
  await screenshots(page, name);
}

async function logIn(username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('web app in Chromium (issue 5)', { timeout: 240_000 }, () => {
  before(async () => {
    ensureWebBuilt();
    server = await startKhienServer(WEB_DIST);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(10_000);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('login (Vietnamese by default) → back to the page asked for → inbox empty state', async () => {
    await page.goto(`${server.url}/admin/organisations`);
    await page.waitForURL(/\/login\?next=%2Fadmin%2Forganisations/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    await page.getByRole('heading', { name: 'Đăng nhập Khiên' }).waitFor();
    await checkPage('login');

    await logIn('admin', 'sai-mat-khau-roi');
    await page.getByRole('alert').filter({ hasText: 'Kiểm tra tên đăng nhập' }).waitFor();

    await logIn('admin');
    await page.waitForURL(/\/admin\/organisations$/);
    await page
      .getByRole('link', { name: 'Việc của tôi' })
      .or(page.getByRole('menuitem', { name: 'Việc của tôi' }))
      .first()
      .click();
    await page.getByRole('heading', { name: 'Hiện chưa có việc nào chờ bạn' }).waitFor();
    await checkPage('inbox');
  });

  it('organisations tree with the leadership collective', async () => {
    await page.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).click();
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị', level: 1 }).waitFor();
    const ubnd = page.locator('.ant-tree-treenode', { hasText: 'Ủy ban nhân dân tỉnh Hòa Sơn' }).first();
    await ubnd.locator('.ant-tree-switcher').click();
    await page.locator('.ant-tree-title', { hasText: 'Sở Nội vụ tỉnh Hòa Sơn' }).click();
    await page.getByRole('heading', { name: 'Sở Nội vụ tỉnh Hòa Sơn', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Tập thể lãnh đạo' }).waitFor();
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 2, 'the head and a deputy are listed');
    assert.match(await page.locator('.ant-table-tbody').innerText(), /Người đứng đầu/);
    assert.match(await page.locator('.ant-table-tbody').innerText(), /\d{2}\/\d{2}\/\d{4}/, 'dates as dd/MM/yyyy');
    await checkPage('organisations');
  });

  it('people and accounts lists paginate on the server', async () => {
    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.getByRole('heading', { name: 'Cán bộ', level: 1 }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    assert.match(await page.locator('.ant-pagination-total-text').innerText(), /Tổng số: \d+/);
    await checkPage('people');
    await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('heading', { name: 'Tài khoản', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm theo tên đăng nhập, tên hiển thị…' }).fill('thanhtra');
    await page.getByRole('searchbox', { name: 'Tìm theo tên đăng nhập, tên hiển thị…' }).press('Enter');
    await page.locator('.ant-table-row', { hasText: 'thanhtra' }).waitFor();
    await checkPage('accounts');
  });

  it('import journey: a CSV with one bad row → report of the rejected row', async () => {
    const csv = [
      'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên',
      'HS-TTHCC,Trung tâm Phục vụ hành chính công tỉnh Hòa Sơn,Đơn vị sự nghiệp công lập,HS-UBND',
      'HS-LOI,,Sở, ban, ngành cấp tỉnh,HS-UBND',
    ].join('\r\n');
    const file = path.join(files, 'don-vi.csv');
    writeFileSync(file, `${csv}\r\n`, 'utf8');
    await page.getByRole('menuitem', { name: 'Nhập dữ liệu' }).click();
    await page.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 }).waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('Chỉ kiểm tra, chưa ghi dữ liệu').click();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByRole('heading', { name: 'Các dòng bị từ chối' }).waitFor();
    const report = await page.locator('.ant-card', { hasText: 'Kết quả nhập dữ liệu' }).innerText();
    assert.match(report, /Thêm mới\s*1/);
    assert.ok((await page.locator('.ant-table-row').count()) >= 1, 'the rejected row is listed with its reason');
    await checkPage('imports');
  });

  it('search without diacritics finds proposals, organisations and people', async () => {
    await page.getByRole('menuitem', { name: 'Tra cứu' }).click();
    const box = page
      .getByRole('searchbox', { name: 'Tìm đề xuất, cơ quan, đơn vị hoặc cán bộ' })
      .or(page.getByLabel('Tìm đề xuất, cơ quan, đơn vị hoặc cán bộ'));
    await box.first().fill('tro ly ao ho tro thu tuc');
    await box.first().press('Enter');
    await page.getByRole('link', { name: '[Mẫu] Trợ lý ảo hỗ trợ thủ tục hành chính (quyết định vượt biểu quyết)' }).waitFor();
    await box.first().fill('so noi vu');
    await box.first().press('Enter');
    await page.getByRole('link', { name: 'Sở Nội vụ tỉnh Hòa Sơn' }).waitFor();
    assert.match(page.url(), /q=so\+noi\+vu|q=so%20noi%20vu/);
    await checkPage('search');
    await box.first().fill('hoa son');
    await box.first().press('Enter');
    await page.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Hòa Sơn' }).waitFor();
  });

  it('ledger view: every entry verified in the browser against the signed checkpoint', async () => {
    await page.getByRole('menuitem', { name: 'Sổ cái' }).click();
    await page.getByRole('button', { name: 'Ký điểm kiểm tra ngay' }).click();
    await page.getByText('Hợp lệ', { exact: true }).first().waitFor();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('tr[data-status]')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === 'verified');
    });
    assert.ok((await page.locator('tr[data-status="verified"]').count()) > 10);
    await checkPage('ledger');
  });

  it('dossier verifier: green for a dossier from the real ledger, red after one flipped byte, no network', async () => {
    const api = await apiSession(server.url, 'admin');
    const orgs = (await api('GET', `/organisations?q=${encodeURIComponent('Sở Nội vụ')}`)).body as {
      items: { id: string; name: string }[];
    };
    const snv = orgs.items.find((o) => o.name === 'Sở Nội vụ tỉnh Hòa Sơn')!;
    const dossier = await dossierFromLedger(api, server.services, snv.id);
    assert.ok(dossier.eventCount >= 2, 'registration and leadership events');
    const zipFile = path.join(files, 'ho-so-bao-ve.zip');
    writeFileSync(zipFile, dossier.zip);
    // One byte of one payload changed, as a forger editing dossier.json would do.
    const flipped = dossier.json.replace('"Sở Nội vụ tỉnh Hòa Sơn"', '"Sở Nội vụ tỉnh Hòa Sớn"');
    assert.notEqual(flipped, dossier.json);
    const badFile = path.join(files, 'dossier.json');
    writeFileSync(badFile, flipped);

    const verifier = await browser.context.newPage();
    const requests: string[] = [];
    verifier.on('request', (r) => requests.push(r.url()));
    await verifier.goto(`${server.url}/verify`);
    await verifier.getByRole('heading', { name: 'Kiểm tra hồ sơ bảo vệ', level: 1 }).waitFor();
    const loaded = requests.length;
    assert.ok(!requests.some((u) => u.includes('/api/')), `the verifier page calls no API: ${requests.join(', ')}`);

    await verifier.locator('input[type=file]').setInputFiles(zipFile);
    const verdict = verifier.getByTestId('dossier-verdict');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-verdict'), 'valid');
    assert.equal(await verifier.locator('tr[data-verdict="valid"]').count(), dossier.eventCount);
    assert.match(await verifier.locator('.ant-card', { hasText: 'Tài liệu' }).innerText(), /Khớp mã băm/);
    const previous = page;
    page = verifier;
    try {
      await checkPage('verifier-valid');

      await verifier.locator('input[type=file]').setInputFiles(badFile);
      await verifier.locator('[data-verdict="invalid"]').first().waitFor();
      assert.equal(await verdict.getAttribute('data-verdict'), 'invalid');
      assert.equal(await verifier.locator('tr[data-verdict="invalid"]').count(), 1, 'exactly the altered event is red');
      assert.match(await verifier.locator('tr[data-verdict="invalid"]').innerText(), /không khớp với cam kết/);
      await checkPage('verifier-invalid');
    } finally {
      page = previous;
    }
    assert.deepEqual(requests.slice(loaded), [], 'verifying made no request at all');
    await verifier.close();
  });

  it('a protection dossier exported by the server for a closed demo case verifies green in the page, offline', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const list = (await (await fetch(`${server.url}/api/v1/proposals?limit=100`, { headers: { cookie } })).json()) as {
      items: { id: string; state: string }[];
    };
    const closed = list.items.find((p) => p.state === 'closed');
    assert.ok(closed, 'the demo data has a closed case');
    const download = await fetch(`${server.url}/api/v1/proposals/${closed.id}/dossier`, { headers: { cookie } });
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-type') ?? '', /application\/zip/);
    const zipFile = path.join(files, 'ho-so-xuat-tu-may-chu.zip');
    writeFileSync(zipFile, Buffer.from(await download.arrayBuffer()));

    const verified = await openInVerifier(browser, server.url, zipFile);
    assert.equal(verified.verdict, 'valid');
    assert.ok(verified.validEvents >= 10, 'every event of the case is listed green');
    assert.equal(verified.invalidEvents, 0);
    assert.deepEqual(verified.requestsWhileVerifying, [], 'verifying made no request at all');
    await verified.page.close();
  });

  it('a version conflict (409) offers to reload the latest version', async () => {
    const api = await apiSession(server.url, 'admin');
    const person = (
      (await api('GET', '/people?limit=1')).body as { items: (Record<string, unknown> & { code: string; fullName: string })[] }
    ).items[0]!;
    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    const search = page.getByRole('searchbox', { name: 'Tìm theo tên, mã, chức vụ…' });
    await search.fill(person.code);
    await search.press('Enter');
    // Wait for the searched page to settle before clicking into it.
    await page.locator('.ant-pagination-total-text', { hasText: 'Tổng số: 1' }).waitFor();
    await page.locator('.ant-table-row', { hasText: person.code }).waitFor();
    await page.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `Sửa: ${person.fullName}` }).click();
    const dialog = page.locator('.ant-modal', { hasText: 'Sửa thông tin cán bộ' });
    await dialog.waitFor();
    // Meanwhile someone else saves the same person.
    const { id, version, organisationName: _o, createdAt: _c, updatedAt: _u, ...fields } = person;
    const changed = await api('PUT', `/people/${id}`, { ...fields, positionTitle: 'Chuyên viên chính' }, { 'if-match': `"${version}"` });
    assert.equal(changed.status, 200);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Dữ liệu vừa được người khác thay đổi' }).waitFor();
    await page.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }).click();
    await page.waitForFunction(
      () => (document.querySelector('#person_positionTitle') as HTMLInputElement | null)?.value === 'Chuyên viên chính',
    );
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });

  it('a lost session returns to the login page and back to where the user was', async () => {
    await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('heading', { name: 'Tài khoản', level: 1 }).waitFor();
    await browser.context.clearCookies();
    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fpeople/);
    await page.getByText('Phiên làm việc đã hết hạn').waitFor();
    await logIn('admin');
    await page.waitForURL(/\/admin\/people$/);
    await page.getByRole('heading', { name: 'Cán bộ', level: 1 }).waitFor();
  });

  it('profile and password form; English switch', async () => {
    await page.getByRole('menuitem', { name: 'Thông tin cá nhân' }).click();
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Hãy nhập mật khẩu.').first().waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('123456789012');
    await page.getByText('Mật khẩu không được chỉ gồm chữ số.').waitFor();
    await checkPage('profile');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('menuitem', { name: 'My inbox' }).click();
    await page.getByRole('heading', { name: 'Nothing is waiting for you' }).waitFor();
    await screenshots(page, 'inbox-english');
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Việc của tôi', level: 1 }).waitFor();
  });

  it('on a 390 px phone the menu opens from a button and keyboard users can skip to the content', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    await page.getByRole('menuitem', { name: 'Tra cứu' }).click();
    await page.getByRole('heading', { name: 'Tra cứu', level: 1 }).waitFor();
    // A fresh load: the first Tab reaches the skip link.
    await page.reload();
    await page.getByRole('heading', { name: 'Tra cứu', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Bỏ qua, đến nội dung chính');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at 390 px (overflow ${overflow}px)`);
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
