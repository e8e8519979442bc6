/**
 * Issue 6 items 5 and 6: every list exports to CSV (UTF-8 with BOM) and XLSX with Vietnamese
 * headers in Vietnamese order; the periodic review report carries the real figures in its DOCX,
 * PDF (read back with pdftotext) and XLSX (one sheet per table).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { compareVietnamese } from '@khien/core/text';
import { describeOnEngines } from '../support/engines.ts';
import { docxParts, pdfText } from '../documents/pdf-tools.ts';
import { buildWorld, TestClock, type World } from '../proposals/world.ts';
import { approvedCase, carriedToProtection } from './cases.ts';

const clock = new TestClock('2026-02-12T09:00:00+07:00');

async function xlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}

/** One approved case (by vote) and one completed, evaluated and protected case in H1 2026. */
async function twoCases(w: World) {
  await approvedCase(w, clock, 'Ứng dụng số trong đất đai');
  const id = await approvedCase(w, clock, 'Đơn giản hóa thủ tục cấp phép');
  await carriedToProtection(w, clock, id);
  clock.set('2026-07-10T09:00:00+07:00');
}

describeOnEngines(
  'exports and periodic review reports',
  (ctx) => {
    let w: World;
    before(async () => {
      w = await buildWorld(ctx().services);
      await twoCases(w);
    });

    test('CSV exports are UTF-8 with a BOM, Vietnamese headers, sorted with the Vietnamese collation', async () => {
      for (const [path, header] of [
        ['/organisations/export?format=csv', 'Tên cơ quan, đơn vị'],
        ['/people/export?format=csv', 'Họ và tên'],
        ['/accounts/export?format=csv', 'Tên đăng nhập'],
        ['/proposals/export?format=csv', 'Tên đề xuất'],
        ['/documents/export?format=csv', 'Số, ký hiệu'],
        [`/statistics/export?format=csv&organisationId=${w.ids['province']}&from=2026&to=2026`, 'Tiếp nhận'],
      ] as const) {
        const response = await w.as['admin']!.get(path);
        assert.equal(response.statusCode, 200, `${path}: ${response.body}`);
        assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
        assert.match(String(response.headers['content-disposition']), /filename\*=UTF-8''/);
        const bytes = response.rawPayload;
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${path}: UTF-8 byte-order mark`);
        const records = parse(bytes, { bom: true }) as string[][];
        assert.ok(records[0]!.includes(header), `${path}: header "${header}" in ${records[0]!.join(' | ')}`);
        assert.ok(records.length > 1, `${path}: has rows`);
      }
      const orgs = parse((await w.as['admin']!.get('/organisations/export?format=csv')).rawPayload, { bom: true, columns: true }) as Array<
        Record<string, string>
      >;
      const names = orgs.map((o) => o['Tên cơ quan, đơn vị']!);
      assert.deepEqual(names, [...names].sort(compareVietnamese), 'Vietnamese order');
      assert.ok(names.includes('Ủy ban nhân dân tỉnh') && names.includes('Sở Khoa học'));
      const proposals = parse((await w.as['admin']!.get('/proposals/export?format=csv')).rawPayload, { bom: true, columns: true }) as Array<
        Record<string, string>
      >;
      assert.deepEqual(
        proposals.map((p) => p['Tên đề xuất']),
        ['Đơn giản hóa thủ tục cấp phép', 'Ứng dụng số trong đất đai'],
        'Đ sorts after D and before U; Ư after U',
      );
      const stats = parse(
        (await w.as['admin']!.get(`/statistics/export?format=csv&organisationId=${w.ids['province']}&from=2026&to=2026&period=half`))
          .rawPayload,
        {
          bom: true,
          columns: true,
        },
      ) as Array<Record<string, string>>;
      assert.deepEqual(
        stats.map((r) => [r['Kỳ'], r['Tiếp nhận'], r['Hoàn thành']]),
        [
          ['6 tháng đầu năm 2026', '2', '1'],
          ['6 tháng cuối năm 2026', '0', '0'],
          ['Tổng cộng', '2', '1'],
        ],
      );
    });

    test('XLSX exports open with exceljs: one sheet, bold Vietnamese header row, every row', async () => {
      const people = await xlsx((await w.as['admin']!.get('/people/export?format=xlsx')).rawPayload);
      const sheet = people.worksheets[0]!;
      assert.equal(sheet.name, 'Cán bộ');
      const rows = rowsOf(sheet);
      assert.deepEqual(rows[0]!.slice(0, 4), ['Mã cán bộ', 'Họ và tên', 'Chức vụ', 'Cơ quan, đơn vị']);
      assert.equal(sheet.getRow(1).font?.bold, true);
      const total = (await w.as['admin']!.get('/people?limit=1')).json().total as number;
      assert.equal(rows.length - 1, total);
      const docs = await xlsx((await w.as['admin']!.get('/documents/export?format=xlsx')).rawPayload);
      const docRows = rowsOf(docs.worksheets[0]!);
      assert.ok(
        docRows.some((r) => r[0] === '01/QĐ-SKH'),
        'the approval decision is in the register',
      );
      assert.ok(
        docRows.slice(1).every((r) => /^[0-9a-f]{64}$/.test(r[5]!)),
        'each row carries the sealed PDF hash',
      );
      const bad = await w.as['admin']!.get('/people/export?format=ods');
      assert.equal(bad.statusCode, 400);
      const hidden = await w.as['staff']!.get('/documents/export?format=xlsx');
      assert.equal(hidden.statusCode, 200);
      assert.equal(rowsOf((await xlsx(hidden.rawPayload)).worksheets[0]!).length, 1, 'only the header: nothing the caller may not read');
    });

    test('review report 2026-H1: DOCX, PDF and XLSX carry the figures as of the chosen date', async () => {
      const base = `/reports/review?organisationId=${w.ids['province']}&period=2026-H1`;
      const book = await xlsx((await w.as['admin']!.get(`${base}&format=xlsx`)).rawPayload);
      assert.deepEqual(
        book.worksheets.map((s) => s.name),
        ['1. Tiếp nhận, phê duyệt', '2. Kết quả, bảo vệ', '3. Theo tháng', '4. Chi tiết theo đơn vị', 'Thông tin'],
      );
      const intake = rowsOf(book.worksheets[0]!);
      assert.deepEqual(intake[0]!.slice(0, 3), ['Cơ quan, đơn vị', 'Tiếp nhận', 'Phê duyệt theo biểu quyết']);
      const dept = intake.find((r) => r[0] === 'Sở Khoa học')!;
      assert.deepEqual(dept.slice(1, 6), ['2', '2', '0', '0', '1'], 'received 2, approved by vote 2, in progress 1 at 30 June');
      assert.deepEqual(intake.at(-1)!.slice(0, 2), ['Tổng cộng', '2']);
      const results = rowsOf(book.worksheets[1]!);
      assert.deepEqual(results.find((r) => r[0] === 'Sở Khoa học')!.slice(1, 2), ['1'], 'one completed');

      const early = await xlsx((await w.as['admin']!.get(`${base}&asOf=2026-03-31&format=xlsx`)).rawPayload);
      const earlyDept = rowsOf(early.worksheets[1]!).find((r) => r[0] === 'Sở Khoa học')!;
      assert.equal(earlyDept[1], '0', 'as of 31 March nothing had been completed yet');
      const earlyIntake = rowsOf(early.worksheets[0]!).find((r) => r[0] === 'Sở Khoa học')!;
      assert.equal(earlyIntake[5], '2', 'both pilots were in progress on 31 March');

      const pdf = await w.as['admin']!.get(`${base}&format=pdf`);
      assert.equal(pdf.statusCode, 200, pdf.body);
      const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
      assert.match(text, /BÁO CÁO/);
      assert.match(text, /Sơ kết 6 tháng đầu năm 2026/);
      assert.match(text, /Số liệu tính đến ngày 30 tháng 6 năm 2026/);
      assert.match(text, /Sở Khoa học 2 2 0 0 1/, 'the intake table row with its figures');
      assert.match(text, /Tổng cộng 2 2 0 0 1/);
      assert.match(text, /Số:/);
      assert.match(text, /(?<![0-9])\/BC-UBND/, 'a draft: the series without a number');

      const docx = await w.as['admin']!.get(`${base}&format=docx`);
      const xml = (await docxParts(docx.rawPayload))['word/document.xml']!;
      assert.match(xml, /Tiếp nhận/);
      assert.match(xml, /Sở Khoa học/);

      const annual = await w.as['admin']!.post('/reports/review', { organisationId: w.ids['province'], period: '2026' });
      assert.equal(annual.statusCode, 201, annual.body);
      assert.equal(annual.json().symbol, '01/BC-UBND', 'issued: numbered in the agency’s BC series');
      assert.match(annual.json().summary, /^Tổng kết năm 2026/);

      const monthly = await w.as['admin']!.get(`/reports/review?organisationId=${w.ids['province']}&period=2026-03&format=pdf`);
      assert.equal(monthly.statusCode, 422, 'a review is for a half-year, quarter or year');
      const outsider = await w.as['outsider']!.get(`${base}&format=xlsx`);
      assert.equal(outsider.statusCode, 403);
    });
  },
  { services: { now: clock.now } },
);
