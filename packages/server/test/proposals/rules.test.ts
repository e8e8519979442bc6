import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEngines } from '../support/engines.ts';
import { systemActor } from '../../src/app/command.ts';
import { appointLeader } from '../../src/app/organisations/appoint-leader.ts';
import { buildPerson } from '../support/factories.ts';
import { act, buildWorld, plan, TestClock, type World } from './world.ts';

const clock = new TestClock('2026-02-12T09:00:00+07:00');

describeOnEngines(
  'Decree 73 rules at the API',
  (ctx) => {
    let w: World;
    before(async () => {
      w = await buildWorld(ctx().services);
    });

    async function draft(who = 'proposer', overrides: Record<string, unknown> = {}) {
      clock.set('2026-02-12T09:00:00+07:00');
      const response = await w.as[who]!.post('/proposals', { plan: plan(overrides) });
      assert.equal(response.statusCode, 201, response.body);
      return response.json();
    }

    async function refusedWithNothingChanged(who: string, id: string, path: string, body: unknown, status: number) {
      const before = (await w.as['admin']!.get(`/proposals/${id}`)).json();
      const response = await w.as[who]!.post(`/proposals/${id}/${path}`, body);
      assert.equal(response.statusCode, status, response.body);
      const after = (await w.as['admin']!.get(`/proposals/${id}`)).json();
      assert.equal(after.version, before.version, 'nothing changed');
      assert.equal(after.timeline.length, before.timeline.length, 'no ledger event');
      return response.json();
    }

    test('ND73 Art. 1: a plan to pilot a legal normative document is refused at intake, citing Art. 1', async () => {
      const d = await draft('proposer', { pilotsLegalNormativeDocument: true });
      const problem = await refusedWithNothingChanged('proposer', d.id, 'submit', {}, 422);
      assert.equal(problem.code, 'proposal.out_of_scope_legal_normative_document');
      assert.equal(problem.details.citation, 'ND73/2023 Art. 1');
    });

    test('ND73 Art. 2: a civil servant without a management post is not a proposer', async () => {
      const d = await draft('staff');
      const problem = await refusedWithNothingChanged('staff', d.id, 'submit', {}, 422);
      assert.equal(problem.details.citation, 'ND73/2023 Art. 2');
      const submit = d.allowedActions.find((a: { action: string }) => a.action === 'submit');
      assert.equal(submit.allowed, false, 'allowedActions already says why, before any click');
      assert.ok(submit.reasons.some((r: { code: string }) => r.code === 'proposal.proposer_without_management_post'));
    });

    test('ND73 Art. 5(1) and Art. 4(2): every unjustified condition and missing declaration is refused with its own article', async () => {
      const base = plan();
      const d = await draft('proposer', {
        conditions: { ...base.conditions, removesUnregulatedBottleneck: '', urgentNeedWithoutHarm: '  ' },
        declarations: { ...base.declarations, withinCompetence: false, relatedParties: null },
      });
      const problem = await refusedWithNothingChanged('proposer', d.id, 'submit', {}, 422);
      const citations = problem.details.reasons.map((r: { citation: string }) => r.citation);
      for (const c of ['ND73/2023 Art. 5(1)(a)', 'ND73/2023 Art. 5(1)(c)', 'ND73/2023 Art. 4(2)', 'ND73/2023 Art. 6'])
        assert.ok(citations.includes(c), c);
    });

    test('ND73 Art. 8(1): the approval limit is 07 working days from receipt (calendar.md: 12 Feb 2026 → 2 Mar 2026), held by the head, escalated to the superior head', async () => {
      const d = await draft();
      const submitted = await act(w.as['proposer']!, d.id, 'submit');
      assert.equal(submitted.currentStep.timerId, 'approvalDecision');
      assert.equal(submitted.currentStep.dueOn, '2026-03-02');
      assert.equal(submitted.currentStep.citation, 'ND73/2023 Art. 8(1)');
      assert.deepEqual(
        submitted.currentStep.holders.map((h: { id: string }) => h.id),
        [w.ids['head']],
      );
      assert.deepEqual(
        submitted.currentStep.escalateTo.map((h: { id: string }) => h.id),
        [w.ids['chair']],
      );
      const mine = (await w.as['head']!.get('/me/deadlines')).json();
      assert.ok(mine.items.some((i: { proposalId: string; as: string }) => i.proposalId === d.id && i.as === 'holder'));
      const inbox = (await w.as['head']!.get('/me/inbox')).json();
      const entry = inbox.items.find((i: { id: string }) => i.id === d.id);
      assert.ok(entry.actions.some((a: { action: string }) => a.action === 'requestPartyOpinion'));
    });

    test("ND73 Art. 4(3): no approval decision before the same-level Party committee's opinion", async () => {
      const d = await draft();
      await act(w.as['proposer']!, d.id, 'submit');
      await act(w.as['head']!, d.id, 'schedule-meeting', { meetingDate: '2026-02-13' });
      for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, d.id, 'record-vote', { choice: 'for' });
      const problem = await refusedWithNothingChanged('head', d.id, 'decide-approval', {}, 422);
      assert.equal(problem.code, 'party_opinion.missing');
      assert.equal(problem.details.citation, 'ND73/2023 Art. 4(3)');
      assert.equal((await w.as['outsider']!.post(`/proposals/${d.id}/record-party-opinion`, { opinion: 'x' })).statusCode, 404);
      await act(w.as['head']!, d.id, 'request-party-opinion');
      const notMember = await w.as['d1']!.post(`/proposals/${d.id}/record-party-opinion`, { opinion: 'Tôi đồng ý.' });
      assert.equal(notMember.statusCode, 403, 'a deputy is not the Party committee');
      await act(w.as['party']!, d.id, 'record-party-opinion', { opinion: 'Đồng ý.' });
      assert.equal((await act(w.as['head']!, d.id, 'decide-approval')).state, 'approved');
    });

    test('ND73 Art. 8(1): a deputy who is the proposer does not vote; only members in office on the meeting date vote', async () => {
      const d = await draft();
      await act(w.as['proposer']!, d.id, 'submit');
      const late = await buildPerson(ctx().services, w.ids['dept']!, { fullName: 'Phó Giám Đốc Mới' });
      await appointLeader(ctx().services, systemActor(), w.ids['dept']!, {
        personId: late.id,
        role: 'deputy',
        startsOn: '2026-02-16',
        basis: null,
      });
      const meeting = await act(w.as['head']!, d.id, 'schedule-meeting', { meetingDate: '2026-02-13' });
      assert.ok(!meeting.meetings[0].members.some((m: { personId: string }) => m.personId === late.id), 'not yet in office on 13 Feb');
      assert.equal(meeting.meetings[0].members.length, 4);
      const recused = await refusedWithNothingChanged('proposer', d.id, 'record-vote', { choice: 'for' }, 422);
      assert.equal(recused.code, 'vote.recused_member');
      assert.equal(recused.details.citation, 'ND73/2023 Art. 8(1)');
      await act(w.as['head']!, d.id, 'record-vote', { choice: 'for' });
      const twice = await refusedWithNothingChanged('head', d.id, 'record-vote', { choice: 'against' }, 422);
      assert.equal(twice.code, 'vote.already_cast');
      const notMember = await w.as['viceChair']!.post(`/proposals/${d.id}/record-vote`, { choice: 'for' });
      assert.equal(notMember.statusCode, 404, 'a stranger to the case does not learn it exists');
    });

    test('ND73 Art. 8(1): more than 50 % of the entitled members, absences counted in the base', async () => {
      const d = await draft();
      await act(w.as['proposer']!, d.id, 'submit');
      await act(w.as['head']!, d.id, 'request-party-opinion');
      await act(w.as['party']!, d.id, 'record-party-opinion', { opinion: 'Đồng ý.' });
      await act(w.as['head']!, d.id, 'schedule-meeting', { meetingDate: '2026-02-16' });
      await act(w.as['head']!, d.id, 'record-vote', { choice: 'for' });
      await act(w.as['d1']!, d.id, 'record-vote', { choice: 'for' });
      const closed = await act(w.as['head']!, d.id, 'close-meeting');
      const tally = closed.meetings[0].tally;
      assert.equal(tally.base, closed.meetings[0].members.length - 1, 'the recused proposer is out of the base');
      assert.equal(tally.counts.absent, tally.base - 2);
      assert.equal(tally.passed, 2 * 2 > tally.base);
    });

    test('authorization: the engine refuses the wrong person with 403 and the article; hidden cases are 404; drafts are private', async () => {
      const d = await draft();
      assert.equal((await w.as['head']!.get(`/proposals/${d.id}`)).statusCode, 404, 'a draft is the proposer’s own');
      await act(w.as['proposer']!, d.id, 'submit');
      const forbidden = await refusedWithNothingChanged('d1', d.id, 'schedule-meeting', { meetingDate: '2026-02-13' }, 403);
      assert.equal(forbidden.code, 'auth.forbidden');
      assert.equal(forbidden.details.citation, 'ND73/2023 Art. 7(4)');
      assert.equal((await w.as['outsider']!.get(`/proposals/${d.id}`)).statusCode, 404);
      assert.equal((await w.as['outsider']!.post(`/proposals/${d.id}/schedule-meeting`, { meetingDate: '2026-02-13' })).statusCode, 404);
      assert.ok(!(await w.as['outsider']!.get('/proposals?limit=500')).json().items.some((p: { id: string }) => p.id === d.id));
      assert.equal((await w.as['officer']!.get(`/proposals/${d.id}`)).statusCode, 200, 'the personnel officer in scope sees it');
    });

    test('If-Match: a command on a stale version is 409 and changes nothing', async () => {
      const d = await draft();
      const submitted = await w.as['proposer']!.post(`/proposals/${d.id}/submit`, {}, { 'if-match': `"${d.version}"` });
      assert.equal(submitted.statusCode, 200, submitted.body);
      assert.equal(submitted.headers.etag, `"${d.version + 1}"`);
      const stale = await w.as['head']!.post(`/proposals/${d.id}/request-party-opinion`, {}, { 'if-match': `"${d.version}"` });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().code, 'request.version_conflict');
      assert.equal((await w.as['head']!.get(`/proposals/${d.id}`)).json().version, d.version + 1);
    });

    test('bad input: unknown fields and wrong types are 400, rule violations 422 — and nothing changes', async () => {
      const d = await draft();
      await act(w.as['proposer']!, d.id, 'submit');
      const unknown = await refusedWithNothingChanged('head', d.id, 'schedule-meeting', { meetingDate: '2026-02-13', members: [] }, 400);
      assert.equal(unknown.code, 'request.invalid');
      await refusedWithNothingChanged('head', d.id, 'schedule-meeting', { meetingDate: '13/02/2026' }, 400);
      const early = await refusedWithNothingChanged('head', d.id, 'schedule-meeting', { meetingDate: '2026-02-01' }, 422);
      assert.equal(early.code, 'meeting.date_before_receipt');
      assert.equal((await w.as['proposer']!.post('/proposals', { plan: { title: '' } })).statusCode, 400);
      assert.equal((await w.as['head']!.post('/proposals/not-a-uuid/submit', {})).statusCode, 400);
      assert.equal((await w.as['head']!.post(`/proposals/${d.id}/no-such-action`, {})).statusCode, 404);
    });

    test('NFC: texts entered in decomposed form are stored composed', async () => {
      const d = await draft('proposer', { title: 'Thí điểm một cửa'.normalize('NFD') });
      assert.equal(d.title, 'Thí điểm một cửa'.normalize('NFC'));
      const found = (await w.as['proposer']!.get('/proposals?q=thi%20diem%20mot%20cua')).json();
      assert.ok(
        found.items.some((p: { id: string }) => p.id === d.id),
        'search folds diacritics',
      );
    });

    test('local variant: a confirmed rule cannot be changed locally; a configurable one can, and only new submissions bind to it', async () => {
      const old = await draft();
      await act(w.as['proposer']!, old.id, 'submit');
      const refused = await w.as['admin']!.post('/procedures/variants', {
        baseId: 'nd73-2023',
        baseVersion: 1,
        id: 'nd73-2023-test',
        version: 1,
        organisationId: w.ids['province'],
        parameterOverrides: { approvalWorkingDays: 10 },
        legalBasis: { citation: 'QĐ 1/2026/QĐ-UBND', title: { vi: 'Quyết định thử', en: 'Test decision' } },
      });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().details.citation, 'ND73/2023 Art. 8(1)');
      const adopted = await w.as['admin']!.post('/procedures/variants', {
        baseId: 'nd73-2023',
        baseVersion: 1,
        id: 'nd73-2023-test',
        version: 1,
        organisationId: w.ids['province'],
        parameterOverrides: { wideScopeWorkingDays: 20 },
        legalBasis: { citation: 'QĐ 1/2026/QĐ-UBND', title: { vi: 'Quyết định thử', en: 'Test decision' } },
      });
      assert.equal(adopted.statusCode, 201, adopted.body);
      const fresh = await draft();
      const bound = await act(w.as['proposer']!, fresh.id, 'submit');
      assert.equal(bound.procedure, 'nd73-2023-test@1');
      const submitted = bound.timeline.findLast((e: { type: string }) => e.type === 'proposal.submitted');
      assert.equal(submitted.procedureVersion, 'nd73-2023-test@1');
      assert.equal((await w.as['head']!.get(`/proposals/${old.id}`)).json().procedure, 'nd73-2023@1', 'a submitted case keeps its version');
    });

    test('ND73 Art. 8(2) [U]: wide-scope track — related agencies are consulted before the vote', async () => {
      const d = await draft();
      await act(w.as['proposer']!, d.id, 'submit');
      const consulted = await act(w.as['head']!, d.id, 'consult-related-agencies', { agencies: [{ agencyId: w.ids['other'] }] });
      assert.equal(consulted.track, 'wideScope');
      assert.ok(
        consulted.deadlines.some((x: { timerId: string; status: string }) => x.timerId === 'wideScopeDecision' && x.status === 'open'),
      );
      const blocked = await refusedWithNothingChanged('head', d.id, 'schedule-meeting', { meetingDate: '2026-02-20' }, 422);
      assert.equal(blocked.code, 'consultation.pending');
      // The other agency has no head in this world: the deciding head records its written answer.
      await act(w.as['head']!, d.id, 'record-agency-opinion', { agencyId: w.ids['other'], opinion: 'Thống nhất.' });
      await act(w.as['head']!, d.id, 'schedule-meeting', { meetingDate: '2026-02-20' });
    });

    test('attachments: the SHA-256 of an uploaded file is sealed in the ledger and the bytes come back unchanged', async () => {
      const d = await draft();
      const boundary = '----khien';
      const content = 'Biên bản họp (bản quét)';
      const body =
        `--${boundary}\r\nContent-Disposition: form-data; name="documentType"\r\n\r\nminutes\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bien-ban.txt"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`;
      const response = await w.as['proposer']!.request('POST', `/proposals/${d.id}/attachments`, {
        body,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      assert.equal(response.statusCode, 201, response.body);
      const attachment = response.json().attachments[0];
      const { createHash } = await import('node:crypto');
      assert.equal(attachment.sha256, createHash('sha256').update(content).digest('hex'));
      assert.equal(response.json().timeline.at(-1).type, 'proposal.attachment_added');
      const download = await w.as['proposer']!.get(`/proposals/${d.id}/attachments/${attachment.id}`);
      assert.equal(download.body, content);
    });
  },
  { services: { now: clock.now } },
);
