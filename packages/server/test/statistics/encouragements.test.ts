/**
 * The personnel office's encouragement register (ND73 Art. 10) across an agency: the records of
 * the cases the caller may see, filtered by kind, beneficiary unit, person, recording day and
 * text, paginated, sorted with the Vietnamese collation, counted by kind, and exported.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { compareVietnamese } from '@khien/core/text';
import { describeOnEngines } from '../support/engines.ts';
import { buildOrganisation } from '../support/factories.ts';
import { act, buildWorld, TestClock, type World } from '../proposals/world.ts';
import { approvedCase, carriedToProtection } from './cases.ts';

const clock = new TestClock('2026-02-12T09:00:00+07:00');

interface Item {
  id: string;
  kind: string;
  kindLabel: { vi: string; en: string };
  beneficiaryKind: string;
  beneficiary: { id: string; name: string };
  unit: { id: string; name: string } | null;
  proposalId: string;
  proposalCode: string;
  proposalTitle: string;
  personnelPurposes: string[];
  earlySalaryStepMonths: number | null;
  decision: string | null;
  recordedAt: string;
}
interface Page {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
  byKind: Array<{ kind: string; count: number }>;
}

/** A case carried through to a completed evaluation and a protection determination. */
async function completedCase(w: World, title: string): Promise<string> {
  const id = await approvedCase(w, clock, title);
  await carriedToProtection(w, clock, id);
  return id;
}

const person = (personId: string) => ({ beneficiaryKind: 'individual', beneficiaryPersonId: personId });

describeOnEngines(
  'encouragement register',
  (ctx) => {
    let w: World;
    let first: string;
    let second: string;
    let unrelated: string;
    before(async () => {
      w = await buildWorld(ctx().services);
      first = await completedCase(w, 'Ứng dụng số trong đất đai');
      second = await completedCase(w, 'Đơn giản hóa thủ tục cấp phép');
      // Recorded on three different days (Vietnam time), by the head and by the personnel officer.
      clock.set('2026-05-20T23:30:00+07:00');
      await act(w.as['head']!, first, 'record-encouragement', {
        kind: 'commendation',
        ...person(w.ids['proposer']!),
        decision: 'Quyết định 12/QĐ-SKH',
      });
      await act(w.as['head']!, first, 'record-encouragement', {
        kind: 'earlySalaryStep',
        ...person(w.ids['proposer']!),
        earlySalaryStepMonths: 12,
        decision: 'Quyết định 13/QĐ-SKH',
      });
      clock.set('2026-05-21T08:00:00+07:00');
      await act(w.as['officer']!, first, 'record-encouragement', {
        kind: 'personnelPriority',
        ...person(w.ids['staff']!),
        personnelPurposes: ['planning', 'appointment'],
      });
      await act(w.as['head']!, second, 'record-encouragement', {
        kind: 'reward',
        beneficiaryKind: 'organisation',
        beneficiaryOrganisationId: w.ids['dept'],
      });
      clock.set('2026-06-02T10:00:00+07:00');
      // A person of another department, encouraged on the department's case.
      await act(w.as['head']!, second, 'record-encouragement', { kind: 'commendation', ...person(w.ids['outsider']!) });

      // A second world in its own province: its records must never show up in the first one's scope.
      const other = await buildWorld(ctx().services);
      unrelated = await completedCase(other, 'Đề xuất của tỉnh khác');
      await act(other.as['head']!, unrelated, 'record-encouragement', { kind: 'commendation', ...person(other.ids['proposer']!) });
    });

    async function list(who: string, query = ''): Promise<Page> {
      const response = await w.as[who]!.get(`/encouragements${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as Page;
    }

    test('the personnel officer sees the records of the cases in scope, newest first, with names and links', async () => {
      const page = await list('officer');
      assert.equal(page.total, 5);
      assert.ok(!page.items.some((i) => i.proposalId === unrelated), 'another province stays out of scope');
      assert.deepEqual(
        page.items.map((i) => i.recordedAt),
        [...page.items.map((i) => i.recordedAt)].sort().reverse(),
      );
      const salary = page.items.find((i) => i.kind === 'earlySalaryStep')!;
      assert.equal(salary.beneficiary.id, w.ids['proposer']);
      assert.equal(salary.beneficiary.name, 'Phó Giám Đốc Đề Xuất');
      assert.equal(salary.unit?.id, w.ids['dept']);
      assert.equal(salary.proposalId, first);
      assert.equal(salary.proposalTitle, 'Ứng dụng số trong đất đai');
      assert.match(salary.proposalCode, /\S/);
      assert.equal(salary.earlySalaryStepMonths, 12);
      assert.equal(salary.decision, 'Quyết định 13/QĐ-SKH');
      assert.equal(salary.kindLabel.vi, 'Nâng bậc lương trước thời hạn 12 tháng');
      const priority = page.items.find((i) => i.kind === 'personnelPriority')!;
      assert.deepEqual([...priority.personnelPurposes].sort(), ['appointment', 'planning']);
      const reward = page.items.find((i) => i.kind === 'reward')!;
      assert.equal(reward.beneficiaryKind, 'organisation');
      assert.equal(reward.beneficiary.name, 'Sở Khoa học');
      assert.equal(reward.unit?.id, w.ids['dept']);
      assert.deepEqual(Object.fromEntries(page.byKind.map((k) => [k.kind, k.count])), {
        commendation: 2,
        reward: 1,
        personnelPriority: 1,
        earlySalaryStep: 1,
        rankPromotion: 0,
      });
    });

    test('filters: kind (counts by kind ignore it), unit subtree, person, days in Vietnam time, folded text', async () => {
      const commendations = await list('officer', '?kind=commendation');
      assert.equal(commendations.total, 2);
      assert.ok(commendations.items.every((i) => i.kind === 'commendation'));
      assert.equal(commendations.byKind.find((k) => k.kind === 'reward')?.count, 1);

      const other = await list('officer', `?under=${w.ids['other']}`);
      assert.deepEqual(
        other.items.map((i) => i.beneficiary.id),
        [w.ids['outsider']],
      );
      assert.equal((await list('officer', `?under=${w.ids['dept']}`)).total, 4);
      assert.equal((await list('officer', `?under=${w.ids['province']}`)).total, 5);
      // A unit with nobody encouraged.
      const empty = await buildOrganisation(ctx().services, { code: `EMPTY-${Date.now()}`, name: 'Phòng trống', parentId: w.ids['dept'] });
      assert.equal((await list('officer', `?under=${empty.id}`)).total, 0);

      const proposer = await list('officer', `?personId=${w.ids['proposer']}`);
      assert.deepEqual(proposer.items.map((i) => i.kind).sort(), ['commendation', 'earlySalaryStep']);

      // 23:30 on 20 May in Vietnam is 16:30 UTC the same day; 08:00 on 21 May is 01:00 UTC on 21 May.
      assert.equal((await list('officer', '?from=2026-05-20&to=2026-05-20')).total, 2);
      assert.equal((await list('officer', '?from=2026-05-21&to=2026-05-21')).total, 2);
      assert.equal((await list('officer', '?from=2026-05-22')).total, 1);
      assert.equal((await list('officer', '?to=2026-05-19')).total, 0);

      // Diacritic-free search over the beneficiary and the proposal.
      assert.deepEqual(
        (await list('officer', `?q=${encodeURIComponent('chuyen vien')}`)).items.map((i) => i.kind),
        ['personnelPriority'],
      );
      assert.equal((await list('officer', `?q=${encodeURIComponent('thu tuc cap phep')}`)).total, 2);
    });

    test('sorted by beneficiary with the Vietnamese collation, paginated with a stable total', async () => {
      const all = await list('officer', '?sort=beneficiary&limit=500');
      const names = all.items.map((i) => i.beneficiary.name);
      // People are ordered by given name then full name (their sort key); organisations by name.
      const keyOf = (i: Item) =>
        i.beneficiaryKind === 'individual' ? `${i.beneficiary.name.split(' ').at(-1)} ${i.beneficiary.name}` : i.beneficiary.name;
      const expected = [...all.items].sort((a, b) => compareVietnamese(keyOf(a), keyOf(b))).map((i) => i.beneficiary.name);
      assert.deepEqual(names, expected);
      const desc = await list('officer', '?sort=beneficiary&order=desc&limit=500');
      assert.deepEqual(
        desc.items.map((i) => i.beneficiary.name),
        [...expected].reverse(),
      );
      const seen: string[] = [];
      for (let offset = 0; offset < 5; offset += 2) {
        const page = await list('officer', `?sort=proposal&limit=2&offset=${offset}`);
        assert.equal(page.total, 5);
        assert.equal(page.limit, 2);
        assert.equal(page.offset, offset);
        seen.push(...page.items.map((i) => i.id));
      }
      assert.equal(new Set(seen).size, 5);
      const byProposal = await list('officer', '?sort=proposal&limit=500');
      const titles = byProposal.items.map((i) => i.proposalTitle);
      assert.deepEqual(titles, [...titles].sort(compareVietnamese));
    });

    test('scope: the agency head and the proposer see their cases, an outsider nothing; bad filters are 400', async () => {
      assert.equal((await list('head')).total, 5);
      assert.equal((await list('proposer')).total, 5);
      assert.equal((await list('admin')).total >= 6, true);
      // The outsider was encouraged, but is not a party to the case: the case stays out of sight.
      assert.equal((await list('outsider')).total, 0);
      assert.equal((await list('staff')).total, 0);
      assert.equal((await w.as['officer']!.get('/encouragements?kind=medal')).statusCode, 400);
      assert.equal((await w.as['officer']!.get('/encouragements?from=20-05-2026')).statusCode, 400);
      assert.equal((await w.as['officer']!.get('/encouragements?limit=501')).statusCode, 400);
    });

    test('export: CSV with a BOM and Vietnamese headers in Vietnamese order, XLSX with every row', async () => {
      const csv = await w.as['officer']!.get('/encouragements/export?format=csv');
      assert.equal(csv.statusCode, 200, csv.body);
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      const raw = csv.rawPayload;
      assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const rows = parse(raw.subarray(3).toString('utf8')) as string[][];
      assert.equal(rows[0]![0], 'Hình thức');
      assert.equal(rows[0]![1], 'Người, tổ chức được khuyến khích');
      assert.equal(rows.length, 1 + 5);
      assert.ok(rows.some((r) => r[0] === 'Nâng bậc lương trước thời hạn 12 tháng' && r[7] === 'Quyết định 13/QĐ-SKH'));
      assert.ok(rows.some((r) => r[5] === 'quy hoạch, bổ nhiệm' || r[5] === 'bổ nhiệm, quy hoạch'));
      // The Vietnam calendar day, not the UTC one.
      assert.ok(rows.some((r) => r[1] === 'Phó Giám Đốc Đề Xuất' && r[8] === '2026-05-20'));

      const filtered = await w.as['officer']!.get(`/encouragements/export?format=csv&under=${w.ids['other']}`);
      assert.equal((parse(filtered.rawPayload.subarray(3).toString('utf8')) as string[][]).length, 2);

      const xlsx = await w.as['officer']!.get('/encouragements/export?format=xlsx&kind=commendation');
      assert.equal(xlsx.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const ws = workbook.worksheets[0]!;
      assert.equal(ws.getRow(1).getCell(1).value, 'Hình thức');
      assert.equal(ws.getRow(1).font?.bold, true);
      assert.equal(ws.rowCount, 1 + 2);

      const outsider = await w.as['outsider']!.get('/encouragements/export?format=csv');
      assert.equal((parse(outsider.rawPayload.subarray(3).toString('utf8')) as string[][]).length, 1, 'only the header');
    });
  },
  { services: { now: clock.now } },
);
