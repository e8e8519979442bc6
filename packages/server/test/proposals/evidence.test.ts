import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import { describeOnEngines } from '../support/engines.ts';
import { act, buildWorld, plan, TestClock, type World } from './world.ts';

const clock = new TestClock('2026-03-02T09:00:00+07:00');

describeOnEngines(
  'ND73 Art. 11 + Decree 172/2025: the evaluation record exported as evidence',
  (ctx) => {
    let w: World;
    let id: string;
    let pending: string;

    before(async () => {
      w = await buildWorld(ctx().services);
      clock.set('2026-03-02T09:00:00+07:00');
      const create = async (title: string) => {
        const draft = await w.as['proposer']!.post('/proposals', { plan: plan({ title }) });
        assert.equal(draft.statusCode, 201, draft.body);
        const caseId = draft.json().id as string;
        await act(w.as['proposer']!, caseId, 'submit');
        return caseId;
      };
      id = await create('Thí điểm hồ sơ đất đai điện tử');
      pending = await create('Đề xuất chưa đánh giá');
      await act(w.as['head']!, id, 'request-party-opinion');
      await act(w.as['party']!, id, 'record-party-opinion', { opinion: 'Đồng ý.' });
      await act(w.as['head']!, id, 'schedule-meeting', { meetingDate: '2026-03-03' });
      for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, id, 'record-vote', { choice: 'for' });
      await act(w.as['head']!, id, 'decide-approval');
      await act(w.as['head']!, id, 'approve-scope', {
        objectives: [{ text: 'Rút ngắn thời gian xử lý' }],
        areas: ['xa-tan-lap'],
        pilotEndDate: '2026-06-30',
        budgetCeiling: 100_000_000,
        safeguards: [{ text: 'Không thu thêm phí' }],
        kpis: [{ name: 'Thời gian xử lý', baseline: 20, target: 10, unit: 'ngày' }],
      });
      clock.set('2026-03-10T09:00:00+07:00');
      await act(w.as['head']!, id, 'adjust-scope', {
        changes: { budgetCeiling: 200_000_000 },
        effectiveDate: '2026-03-10',
        reasons: 'Bổ sung kinh phí máy chủ.',
      });
      clock.set('2026-07-01T09:00:00+07:00');
      await act(w.as['proposer']!, id, 'report-completion', {
        actualEndDate: '2026-06-30',
        results: 'Hoàn thành một phần; sự cố mất dữ liệu.',
        kpiActuals: [{ kpiId: 'K1', value: 15 }],
        spending: [{ date: '2026-05-01', amount: 150_000_000 }],
      });
      await act(w.as['head']!, id, 'request-party-opinion-on-results');
      await act(w.as['party']!, id, 'record-party-opinion-on-results', { opinion: 'Đồng ý kết quả.' });
      await act(w.as['head']!, id, 'schedule-evaluation', { meetingDate: '2026-07-02' });
      await act(w.as['head']!, id, 'record-evaluation-vote', { choice: 'for' });
      await act(w.as['d1']!, id, 'record-evaluation-vote', { choice: 'against', reason: 'Thiệt hại lớn.' });
      await act(w.as['d2']!, id, 'record-evaluation-vote', { choice: 'for' });
      await act(w.as['head']!, id, 'record-evaluation', {
        outcome: 'notCompletedWithDamage',
        extent: 'partly',
        findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
        causes: [
          { kind: 'objective', description: 'Sự cố hạ tầng của nhà cung cấp.', attributedTo: 'Nhà cung cấp dịch vụ' },
          { kind: 'subjective', description: 'Sao lưu chưa đủ tần suất.', attributedTo: 'Tổ triển khai' },
        ],
      });
      await act(w.as['head']!, id, 'determine-protection', { confirmed: true });
    });

    test('JSON: outcome, findings, causes, votes, conformance and the Art. 11 determination, each with its ledger index', async () => {
      const response = await w.as['proposer']!.get(`/proposals/${id}/evidence/decree-172`);
      assert.equal(response.statusCode, 200, response.body);
      const e = response.json();
      const detail = (await w.as['head']!.get(`/proposals/${id}`)).json();
      const indexOf = (type: string) => detail.timeline.filter((t: { type: string }) => t.type === type).at(-1).index;

      assert.equal(e.evaluation.outcome, 'notCompletedWithDamage');
      assert.deepEqual(e.evaluation.findings, { followedApprovedLine: true, pureMotive: true, commonInterest: true });
      assert.equal(e.evaluation.ledgerIndex, indexOf('proposal.evaluated'));
      assert.deepEqual(
        e.causes.map((c: { kind: string; attributedTo: string; ledgerIndex: number }) => [c.kind, c.attributedTo, c.ledgerIndex]),
        [
          ['objective', 'Nhà cung cấp dịch vụ', indexOf('proposal.evaluated')],
          ['subjective', 'Tổ triển khai', indexOf('proposal.evaluated')],
        ],
      );

      const votes = detail.timeline.filter((t: { type: string }) => t.type === 'proposal.evaluation_vote_recorded');
      const byPerson = new Map(votes.map((v: { byPersonId: string; index: number }) => [v.byPersonId, v.index]));
      const members = e.evaluationMeeting.members;
      assert.equal(members.find((m: { personId: string }) => m.personId === w.ids['d1']).choice, 'against');
      assert.equal(members.find((m: { personId: string }) => m.personId === w.ids['d1']).reason, 'Thiệt hại lớn.');
      for (const m of members.filter((x: { choice: string | null }) => x.choice !== null))
        assert.equal(m.ledgerIndex, byPerson.get(m.personId));
      const proposerSeat = members.find((m: { personId: string }) => m.personId === w.ids['proposer']);
      assert.equal(proposerSeat.recused, true, 'the proposer-deputy is recused');
      assert.equal(e.evaluationMeeting.tally.passed, true);
      assert.equal(e.evaluationMeeting.scheduledLedgerIndex, indexOf('proposal.evaluation_meeting_scheduled'));

      assert.equal(e.conformance.withinApprovedScope, true);
      const budget = e.conformance.deviations.find((d: { kind: string }) => d.kind === 'budgetExceeded');
      assert.equal(budget.covered, true);
      assert.equal(budget.coveredBy[0].ledgerIndex, indexOf('proposal.scope_adjusted'), 'the covering adjust decision, by ledger index');
      assert.equal(budget.coveredBy[0].reasons, 'Bổ sung kinh phí máy chủ.');
      assert.equal(e.conformance.scopeApprovedLedgerIndex, indexOf('proposal.scope_approved'));

      assert.equal(e.protection.derived, 'considerExclusionExemptionMitigation');
      assert.equal(e.protection.confirmed, true);
      assert.equal(e.protection.determinedBy.id, w.ids['head']);
      assert.equal(e.protection.ledgerIndex, indexOf('proposal.protection_determined'));
      assert.ok(e.protection.derivedReasons.every((r: { citation: string }) => r.citation === 'ND73/2023 Art. 11'));
      assert.ok(e.protection.citations.includes('ND73/2023 Art. 11'));
      assert.ok(e.protection.citations.includes('ND172/2025'));
      assert.equal(e.decree172.citation, 'ND172/2025');
      assert.equal(e.decree172.objectiveCauseRecorded, true);
      assert.ok(e.ledger.size > e.protection.ledgerIndex);
    });

    test('PDF and DOCX: the Decree 30 extract, unnumbered, with the ledger indices and the Decree 172 note', async () => {
      const pdf = await w.as['head']!.get(`/proposals/${id}/evidence/decree-172/pdf`);
      assert.equal(pdf.statusCode, 200, pdf.body);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.headers['x-content-sha256'], createHash('sha256').update(pdf.rawPayload).digest('hex'));
      assert.match(String(pdf.headers['content-disposition']), /filename\*=UTF-8''/);
      const dir = mkdtempSync(path.join(tmpdir(), 'khien-evidence-'));
      const file = path.join(dir, 'evidence.pdf');
      writeFileSync(file, pdf.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
      const e = (await w.as['head']!.get(`/proposals/${id}/evidence/decree-172`)).json();
      assert.match(text, /BÁO CÁO/);
      assert.match(text, /Nghị định số 172\/2025\/NĐ-CP/);
      assert.match(text, new RegExp(`Hồ sơ: ${e.proposal.code}`));
      assert.ok(!/Số: \d+/.test(text), 'an export takes no number from the agency’s series');
      assert.ok(text.includes(`#${e.protection.ledgerIndex}`), 'the protection determination’s ledger index is printed');
      assert.ok(text.includes(`#${e.evaluation.ledgerIndex}`));
      assert.ok(text.includes('Nhà cung cấp dịch vụ'));
      assert.ok(text.includes('Phó Giám Đốc Một'));

      const docx = await w.as['proposer']!.get(`/proposals/${id}/evidence/decree-172/docx`);
      assert.equal(docx.statusCode, 200, docx.body);
      assert.equal(docx.rawPayload.subarray(0, 2).toString('latin1'), 'PK', 'a DOCX is a zip package');
      const numbered = await ctx()
        .services.database.db.selectFrom('documents')
        .select('id')
        .where('template', '=', 'decree172_evidence')
        .execute();
      assert.equal(numbered.length, 0, 'nothing was issued');
    });

    test('access: proposer, deciding head, inspector in scope and admins; others 404; before the determination 422', async () => {
      for (const who of ['proposer', 'head', 'inspector', 'admin']) {
        const r = await w.as[who]!.get(`/proposals/${id}/evidence/decree-172`);
        assert.equal(r.statusCode, 200, `${who}: ${r.body}`);
      }
      for (const who of ['d1', 'officer', 'outsider', 'party']) {
        const r = await w.as[who]!.get(`/proposals/${id}/evidence/decree-172`);
        assert.equal(r.statusCode, 404, `${who}: ${r.body}`);
        assert.equal(r.json().code, 'proposal.not_found');
        const f = await w.as[who]!.get(`/proposals/${id}/evidence/decree-172/pdf`);
        assert.equal(f.statusCode, 404, `${who} (pdf)`);
      }
      const early = await w.as['proposer']!.get(`/proposals/${pending}/evidence/decree-172`);
      assert.equal(early.statusCode, 422, early.body);
      assert.equal(early.json().code, 'evidence.protection_not_determined');
      const bad = await w.as['proposer']!.get(`/proposals/${id}/evidence/decree-172/odt`);
      assert.equal(bad.statusCode, 400);
    });
  },
  { services: { now: clock.now } },
);
