/**
 * The whole Decree 73 lifecycle through the web app, in Debian's Chromium, by the people who do
 * each step (issue 5): the proposer fills the guided plan and submits → the head asks the Party
 * committee → the Party committee answers with an attachment → the head convenes the collective
 * → the members vote and the vote fails → the head overrides in writing on his personal
 * responsibility → approves the scope → the implementer files a progress report and reports
 * completion → the results go to the Party committee and the evaluation meeting → the
 * collective evaluates → the head determines the protection → the proposer downloads the
 * protection dossier and the offline verifier page shows every event green.
 * Every click is in the UI; the API is only read to check what the UI did. axe-core runs on
 * each main page; desktop and 390 px screenshots go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, screenshots, seriousAxeViolations, type Browser } from './support/browser.ts';
import { apiSession, DEMO_PASSWORD, startKhienServer, type KhienServer } from './support/khien-server.ts';
import { openInVerifier } from './support/verifier.ts';
import { ensureWebBuilt, WEB_DIST } from './support/web-build.ts';

let server: KhienServer;
let browser: Browser;
let page: Page;
let caseId = '';
/** One API session for reading the case (logins are rate-limited per address: 30 a minute). */
let adminApi: Awaited<ReturnType<typeof apiSession>>;
const files = mkdtempSync(path.join(tmpdir(), 'khien-e2e-lifecycle-'));

const PROPOSER = 'truongphong.cds';
const HEAD = 'giamdoc.skhcn';
const DEPUTY_1 = 'phogiamdoc1.skhcn';
const DEPUTY_2 = 'phogiamdoc2.skhcn';
const PARTY = 'bithu.skhcn';
const TITLE = 'Một cửa số cấp phép hoạt động khoa học công nghệ trong 03 ngày';

/** Today in Vietnam as the date pickers take it (dd/MM/yyyy). */
function todayVn(): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()).split('-');
  return `${d}/${m}/${y}`;
}
function inDaysVn(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(date).split('-');
  return `${d}/${m}/${y}`;
}

async function checkPage(name: string): Promise<void> {
  // A success toast fading in or out is half transparent: axe would measure its contrast mid-animation.
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 15_000 });
  assert.deepEqual(await seriousAxeViolations(page), [], `axe on ${name}`);
  await screenshots(page, name);
}

async function logInAs(username: string): Promise<void> {
  await browser.context.clearCookies();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/inbox$/);
}

/** The case as the server has it (read-only check of what the UI did). */
async function caseState(): Promise<{ state: string; approvalKind: string | null; protection: string | null; version: number }> {
  return (await adminApi('GET', `/proposals/${caseId}`)).body as {
    state: string;
    approvalKind: string | null;
    protection: string | null;
    version: number;
  };
}

async function openCaseFromInbox(): Promise<void> {
  await page.getByRole('link', { name: TITLE }).first().click();
  await page.waitForURL(new RegExp(`/proposals/${caseId}$`));
  await page.getByRole('heading', { name: TITLE }).first().waitFor();
}

async function openCase(): Promise<void> {
  await page.goto(`${server.url}/proposals/${caseId}`);
  await page.getByRole('heading', { name: TITLE }).first().waitFor();
}

/**
 * Click the case page's button for `action` (enabled: the server allows it to this user), fill
 * the dialog, confirm with `ok`, and wait until the case has moved on.
 */
async function act(action: string, ok: string, fill: (dialog: Locator) => Promise<void> = async () => {}): Promise<void> {
  const before = (await caseState()).version;
  await page.locator(`button[data-action="${action}"]:enabled`).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: ok, exact: true }).click();
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    // Say what the dialog (or a notification) shows instead of only "still visible".
    const shown = await page.locator('.ant-modal, .ant-notification, .ant-message').allInnerTexts();
    throw new Error(`${action}: the dialog did not close. On screen: ${shown.join(' | ')}`, { cause: error });
  }
  const afterward = (await caseState()).version;
  assert.ok(afterward > before, `${action} changed the case (version ${before} → ${afterward})`);
}

/** Press Tab until `target` has the focus (keyboard-only use), at most `max` times. */
async function tabTo(target: Locator, max = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${String(target)}`);
}

/** Pick a radio by its label and make sure it took (a click during a busy re-render can be lost). */
async function choose(dialog: Locator, label: string): Promise<void> {
  const radio = dialog.getByRole('radio', { name: label, exact: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    await dialog.getByText(label, { exact: true }).click();
    if (await radio.isChecked()) return;
    await page.waitForTimeout(300);
  }
  assert.fail(`the choice "${label}" could not be selected`);
}

async function pickDate(dialog: Locator, label: string, value: string): Promise<void> {
  const input = dialog.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

describe('the whole lifecycle through the web app, by several users (issue 5)', { timeout: 600_000 }, () => {
  before(async () => {
    ensureWebBuilt();
    server = await startKhienServer(WEB_DIST);
    adminApi = await apiSession(server.url, 'admin');
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the proposer fills the guided plan (Art. 7, Art. 5(1), declarations, attachment) and submits', async () => {
    await logInAs(PROPOSER);
    await page.getByRole('button', { name: 'Lập đề xuất mới' }).first().click();
    await page.waitForURL(/\/proposals\/new$/);
    await page.getByRole('heading', { name: 'Lập kế hoạch đề xuất', level: 1 }).waitFor();

    await page.getByLabel('Tên đề xuất').fill(TITLE);
    // The draft is created as soon as it has a title: the address becomes /proposals/<id>/edit.
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}\/edit$/);
    caseId = /\/proposals\/([0-9a-f-]{36})\/edit$/.exec(page.url())![1]!;
    await checkPage('proposal-form');

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Nội dung kế hoạch', level: 2 }).waitFor();
    const sections = [
      'Sự cần thiết',
      'Mục đích',
      'Yêu cầu',
      'Điểm nghẽn, vướng mắc cần tháo gỡ',
      'Vấn đề chưa được pháp luật quy định hoặc quy định chưa rõ',
      'Nội dung, nhiệm vụ và giải pháp',
      'Phạm vi thực hiện',
      'Chủ thể thực hiện',
      'Thời gian thực hiện',
      'Nguồn lực',
      'Tính khả thi',
      'Tác động tích cực',
      'Tác động tiêu cực và biện pháp hạn chế',
      'Hiệu quả dự kiến',
    ];
    for (const label of sections) await page.getByLabel(label, { exact: true }).fill(`${label}: nội dung do người đề xuất soạn.`);

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Điều kiện đề xuất', level: 2 }).waitFor();
    for (const letter of ['a', 'b', 'c', 'd']) {
      await page.getByRole('checkbox', { name: new RegExp(`^${letter}\\) `) }).check();
      await page.getByLabel(`Giải trình điều kiện ${letter}`).fill(`Đề xuất đáp ứng điều kiện ${letter} vì lợi ích chung.`);
    }
    await checkPage('proposal-form-conditions');

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Cam kết, kê khai', level: 2 }).waitFor();
    await page.getByRole('checkbox', { name: /thuộc thẩm quyền/ }).check();
    await page.getByRole('checkbox', { name: /không trái quy định/ }).check();
    await page.getByRole('checkbox', { name: /không vì động cơ vụ lợi/ }).check();
    await page.getByText('Không có người có liên quan', { exact: true }).click();

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Tài liệu kèm theo', level: 2 }).waitFor();
    const evidence = path.join(files, 'khao-sat-nhu-cau.txt');
    writeFileSync(evidence, 'Kết quả khảo sát nhu cầu của 120 tổ chức khoa học và công nghệ.\n');
    await page.locator('input[type=file]').setInputFiles(evidence);
    await page.getByRole('link', { name: 'Tải tệp khao-sat-nhu-cau.txt' }).waitFor();

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Xem trước và nộp', level: 2 }).waitFor();
    await page.getByText('Kế hoạch đã đủ nội dung để nộp.').waitFor();
    await page.getByRole('article', { name: 'Bản xem trước Kế hoạch' }).getByText('KẾ HOẠCH', { exact: true }).waitFor();
    await checkPage('proposal-preview');
    await page.getByRole('button', { name: 'Nộp kế hoạch đề xuất' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp', exact: true }).click();
    await page.waitForURL(new RegExp(`/proposals/${caseId}$`));
    await page.getByRole('heading', { name: TITLE }).first().waitFor();
    assert.equal((await caseState()).state, 'submitted');
    await checkPage('case-submitted');
  });

  it('the head asks the Party committee; the Party committee answers with an attachment', async () => {
    await logInAs(HEAD);
    await page.getByRole('heading', { name: 'Đề xuất chờ bạn xử lý' }).waitFor();
    await checkPage('inbox-head');
    await openCaseFromInbox();
    await act('requestPartyOpinion', 'Gửi xin ý kiến');

    await logInAs(PARTY);
    await openCaseFromInbox();
    const answer = path.join(files, 'y-kien-chi-bo.txt');
    writeFileSync(answer, 'Chi bộ thống nhất chủ trương thực hiện đề xuất.\n');
    await act('recordPartyOpinion', 'Ghi nhận ý kiến', async (dialog) => {
      await dialog.getByLabel('Nội dung ý kiến').fill('Chi bộ thống nhất chủ trương, đề nghị bảo đảm an toàn dữ liệu.');
      await dialog.locator('input[type=file]').setInputFiles(answer);
    });
  });

  it('the collective votes, the vote fails, and the head approves in writing on his personal responsibility', async () => {
    await logInAs(HEAD);
    await openCase();
    await act('scheduleMeeting', 'Triệu tập họp', async (dialog) => pickDate(dialog, 'Ngày họp', todayVn()));
    assert.equal((await caseState()).state, 'meetingScheduled');

    for (const [who, choice] of [
      [HEAD, 'Không tán thành'],
      [DEPUTY_2, 'Tán thành'],
    ] as const) {
      if (who !== HEAD) await logInAs(who);
      await openCase();
      await act('recordVote', 'Gửi biểu quyết', async (dialog) => {
        await choose(dialog, choice);
      });
    }

    // The first deputy votes with the keyboard only: Tab to the button, Enter, arrows in the
    // choices, Tab to the OK button, Enter.
    await logInAs(DEPUTY_1);
    await openCase();
    const before = (await caseState()).version;
    await tabTo(page.locator('button[data-action="recordVote"]:enabled'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await tabTo(dialog.getByRole('radio', { name: 'Tán thành', exact: true }));
    await page.keyboard.press('ArrowDown');
    assert.equal(await dialog.getByRole('radio', { name: 'Không tán thành', exact: true }).isChecked(), true, 'arrow keys choose');
    await tabTo(dialog.getByRole('button', { name: 'Gửi biểu quyết', exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok((await caseState()).version > before, 'the keyboard vote was recorded');

    await logInAs(HEAD);
    await openCase();
    await checkPage('case-vote-failed');
    await page.locator('button[data-action="decideApproval"]:disabled').waitFor();
    await act('decideOverride', 'Quyết định phê duyệt', async (dialog) => {
      await dialog.getByText('Người đứng đầu quyết định khi tập thể lãnh đạo không biểu quyết thông qua').waitFor();
      await dialog.getByLabel('Lý do quyết định phê duyệt').fill('Cấp bách để giảm thời gian cấp phép cho tổ chức khoa học.');
      await dialog.getByRole('checkbox').check();
      assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the override dialog');
      await screenshots(page, 'dialog-override');
    });
    const decided = await caseState();
    assert.equal(decided.state, 'approved');
    assert.equal(decided.approvalKind, 'override');

    await act('approveScope', 'Phê duyệt phạm vi', async (dialog) => {
      await dialog.getByLabel('Mục tiêu 1', { exact: true }).fill('Rút ngắn thời gian cấp phép còn 03 ngày làm việc');
      await dialog.getByLabel('Địa bàn, đơn vị 1', { exact: true }).fill('Sở Khoa học và Công nghệ');
      await pickDate(dialog, 'Thời hạn thí điểm đến ngày', inDaysVn(120));
      await dialog.getByLabel('Trần kinh phí (đồng)').fill('200000000');
      await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      await dialog.getByLabel('Tên chỉ tiêu 1', { exact: true }).fill('Thời gian cấp phép');
      await dialog.getByLabel('Đơn vị tính 1', { exact: true }).fill('ngày');
      await dialog.getByLabel('Giá trị ban đầu 1', { exact: true }).fill('15');
      await dialog.getByLabel('Giá trị mục tiêu 1', { exact: true }).fill('3');
    });
    assert.equal((await caseState()).state, 'implementing');
  });

  it('the implementer files a progress report with KPI actuals and reports completion', async () => {
    await logInAs(PROPOSER);
    await openCase();
    await act('fileProgressReport', 'Gửi báo cáo tiến độ', async (dialog) => {
      await pickDate(dialog, 'Kỳ báo cáo đến ngày', todayVn());
      await dialog.getByRole('spinbutton').first().fill('6');
    });
    await checkPage('case-implementing');
    await act('reportCompletion', 'Gửi báo cáo kết quả', async (dialog) => {
      await pickDate(dialog, 'Ngày kết thúc thực tế', todayVn());
      await dialog.getByLabel('Kết quả thực hiện so với mục tiêu, chỉ tiêu').fill('Thời gian cấp phép còn 03 ngày, đạt chỉ tiêu.');
      await dialog.getByRole('spinbutton').first().fill('3');
    });
    assert.equal((await caseState()).state, 'reported');
  });

  it('the results go to the Party committee and the evaluation meeting; the collective evaluates', async () => {
    await logInAs(HEAD);
    await openCase();
    await act('requestPartyOpinionOnResults', 'Gửi xin ý kiến');
    await logInAs(PARTY);
    await openCase();
    await act('recordPartyOpinionOnResults', 'Ghi nhận ý kiến', async (dialog) => {
      await dialog.getByLabel('Nội dung ý kiến').fill('Chi bộ đồng ý với kết quả thực hiện.');
    });
    await logInAs(HEAD);
    await openCase();
    await act('scheduleEvaluation', 'Triệu tập họp', async (dialog) => pickDate(dialog, 'Ngày họp', todayVn()));
    for (const who of [HEAD, DEPUTY_1, DEPUTY_2]) {
      if (who !== HEAD) await logInAs(who);
      await openCase();
      await act('recordEvaluationVote', 'Gửi biểu quyết', async (dialog) => {
        await choose(dialog, 'Tán thành');
      });
    }
    await logInAs(HEAD);
    await openCase();
    await act('recordEvaluation', 'Ghi nhận kết luận', async (dialog) => {
      await choose(dialog, 'Hoàn thành');
      await choose(dialog, 'Hoàn thành toàn bộ');
      await dialog.getByLabel('Kết luận đánh giá').fill('Đề xuất hoàn thành, đạt mục tiêu đề ra.');
    });
    assert.equal((await caseState()).state, 'evaluated');
  });

  it('the head determines the protection from the rule-derived suggestion', async () => {
    await act('determineProtection', 'Ban hành văn bản', async (dialog) => {
      await dialog
        .getByText(/Kết quả theo Điều 11/)
        .first()
        .waitFor();
      await choose(dialog, 'Xác nhận kết quả theo Điều 11');
      assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the protection dialog');
      await screenshots(page, 'dialog-protection');
    });
    const done = await caseState();
    assert.equal(done.protection, 'noLiability');
    await checkPage('case-protected');
  });

  it('the proposer downloads the protection dossier and the offline verifier shows every event green', async () => {
    await logInAs(PROPOSER);
    await openCase();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: 'Tải hồ sơ bảo vệ (ZIP)' })
        .or(page.getByRole('button', { name: 'Tải hồ sơ bảo vệ (ZIP)' }))
        .first()
        .click(),
    ]);
    const zipFile = path.join(files, 'ho-so-bao-ve.zip');
    await download.saveAs(zipFile);

    const verified = await openInVerifier(browser, server.url, zipFile);
    assert.equal(verified.verdict, 'valid');
    assert.ok(verified.validEvents >= 15, `every event of the case is listed green (${verified.validEvents})`);
    assert.equal(verified.invalidEvents, 0);
    assert.deepEqual(verified.requestsWhileVerifying, [], 'verifying made no request at all');
    await verified.page.close();
  });

  it('the inspector reads the case and checks each of its ledger entries in the browser', async () => {
    await logInAs('thanhtra');
    await openCase();
    assert.equal(await page.locator('button[data-action]:enabled').count(), 0, 'an inspector reads, acts on nothing');
    await page.getByRole('link', { name: 'Kiểm chứng sổ cái của hồ sơ này' }).click();
    await page.getByRole('heading', { name: /^Sổ cái của hồ sơ DX-/, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ký điểm kiểm tra ngay' }).click();
    await page.getByText('Hợp lệ', { exact: true }).first().waitFor();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('tr[data-status]')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === 'verified');
    });
    const timeline = (await adminApi('GET', `/proposals/${caseId}`)).body as { timeline: unknown[] };
    assert.equal(await page.locator('tr[data-status="verified"]').count(), timeline.timeline.length, 'every event of the case, verified');
    await checkPage('ledger-case');
  });

  it('the head follows up: notifications, the proposals list, the dashboard of his agency', async () => {
    await logInAs(HEAD);
    await page
      .locator('header')
      .getByRole('link', { name: /^Thông báo/ })
      .click();
    await page.getByRole('heading', { name: 'Thông báo', level: 1 }).waitFor();
    await page.getByText('Đề xuất mới gửi đến').first().waitFor(); // the kind of notice, in the reader's language
    await checkPage('notifications');
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByText(/^Đã đánh dấu \d+ thông báo là đã đọc\.$/).waitFor();
    await page.getByText('Bạn đã đọc hết thông báo.').waitFor();

    await page.goto(`${server.url}/proposals`);
    await page.getByRole('heading', { name: 'Đề xuất', level: 1 }).waitFor();
    const search = page.getByLabel('Tìm theo mã, tên đề xuất');
    await search.fill('mot cua so cap phep');
    await search.press('Enter');
    await page.getByRole('link', { name: TITLE }).first().waitFor();
    assert.match(page.url(), /q=mot/);
    await checkPage('proposals');

    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { name: 'Tổng hợp, thống kê', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Kết quả và bảo vệ theo đơn vị' }).waitFor();
    await page.getByRole('img', { name: /./ }).first().waitFor();
    await checkPage('dashboard');
  });

  it('the personnel office reads the encouragement register; everyone reads the procedure and the calendar', async () => {
    await logInAs('tochuc.snv');
    await page.goto(`${server.url}/personnel/encouragements`);
    await page.getByRole('heading', { name: 'Khuyến khích, khen thưởng', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Danh sách khuyến khích, khen thưởng' }).waitFor();
    await checkPage('encouragements');

    // The dashboard starts at the officer's scope (the provincial committee) and drills down.
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { name: 'Kết quả và bảo vệ theo đơn vị' }).waitFor();
    await page.getByRole('link', { name: 'Sở Khoa học và Công nghệ tỉnh Hòa Sơn', exact: true }).first().click();
    await page.getByRole('navigation', { name: 'Vị trí trong cây tổ chức' }).getByText('Sở Khoa học và Công nghệ tỉnh Hòa Sơn').waitFor();
    assert.match(page.url(), /org=/);
    await checkPage('dashboard-drill-down');

    await page.goto(`${server.url}/admin/procedures`);
    await page.getByRole('heading', { name: 'Quy trình xử lý đề xuất', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Đề xuất đổi mới, sáng tạo theo Nghị định 73/2023/NĐ-CP' }).first().click();
    await page.getByRole('heading', { name: 'Sơ đồ trạng thái' }).waitFor();
    await page.getByRole('img', { name: /^Sơ đồ trạng thái của quy trình/ }).waitFor();
    await checkPage('procedure');

    await page.goto(`${server.url}/admin/calendar?year=2026`);
    await page.getByRole('heading', { name: 'Lịch ngày nghỉ, ngày làm bù', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Tính thời hạn theo ngày làm việc' }).waitFor();
    await checkPage('calendar');
  });
});
