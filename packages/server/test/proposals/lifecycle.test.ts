import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEngines } from '../support/engines.ts';
import { act, buildWorld, plan, TestClock, type World } from './world.ts';

const clock = new TestClock('2026-02-12T09:00:00+07:00');

async function submitted(w: World, proposer = 'proposer', overrides: Record<string, unknown> = {}) {
  clock.set('2026-02-12T09:00:00+07:00');
  const draft = await w.as[proposer]!.post('/proposals', { plan: plan(overrides) });
  assert.equal(draft.statusCode, 201, draft.body);
  const id = draft.json().id as string;
  await act(w.as[proposer]!, id, 'submit');
  return id;
}

async function votedOn(w: World, id: string, votes: Record<string, 'for' | 'against' | 'abstain'>, head = 'head', party = 'party') {
  await act(w.as[head]!, id, 'request-party-opinion');
  await act(w.as[party]!, id, 'record-party-opinion', { opinion: 'Chi bộ thống nhất chủ trương.' });
  await act(w.as[head]!, id, 'schedule-meeting', { meetingDate: '2026-02-13' });
  let last;
  for (const [who, choice] of Object.entries(votes)) last = await act(w.as[who]!, id, 'record-vote', { choice });
  if (Object.keys(votes).length < 3) last = await act(w.as[head]!, id, 'close-meeting');
  return last;
}

async function implementing(w: World, id: string, approval: 'decide-approval' | 'decide-override' = 'decide-approval') {
  if (approval === 'decide-override') {
    await act(w.as['head']!, id, 'decide-override', { reasons: 'Cần thiết, cấp bách.', personalResponsibilityAcknowledged: true });
  } else {
    await act(w.as['head']!, id, 'decide-approval');
  }
  return act(w.as['head']!, id, 'approve-scope', {
    objectives: [{ text: 'Rút ngắn thời gian xử lý' }],
    areas: ['xa-tan-lap', 'xa-dong-tam'],
    pilotEndDate: '2026-06-30',
    budgetCeiling: 200_000_000,
    safeguards: [{ text: 'Không thu thêm phí' }],
    kpis: [{ name: 'Thời gian xử lý', baseline: 20, target: 10, unit: 'ngày' }],
  });
}

async function evaluated(w: World, id: string, evaluation: Record<string, unknown>) {
  clock.set('2026-07-02T09:00:00+07:00');
  await act(w.as['proposer']!, id, 'report-completion', {
    actualEndDate: '2026-06-30',
    results: 'Đạt chỉ tiêu.',
    kpiActuals: [{ kpiId: 'K1', value: evaluation['outcome'] === 'completed' ? 9 : 15 }],
    spending: [{ date: '2026-05-01', amount: 150_000_000 }],
  });
  await act(w.as['head']!, id, 'request-party-opinion-on-results');
  await act(w.as['party']!, id, 'record-party-opinion-on-results', { opinion: 'Đồng ý kết quả.' });
  await act(w.as['head']!, id, 'schedule-evaluation', { meetingDate: '2026-07-03' });
  for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, id, 'record-evaluation-vote', { choice: 'for' });
  return act(w.as['head']!, id, 'record-evaluation', evaluation);
}

/**
 * Issue 6 item 1: each step that produces a written act issues it in the same command — numbered
 * in its agency's series, both files hashed, the hash sealed by a `document.issued` ledger entry
 * that sits right after the case event in the timeline.
 */
interface CaseWithDocuments {
  documents: Array<{
    typeCode: string;
    symbol: string;
    ledgerIndex: number;
    signedOriginalFileId: string | null;
    files: Array<{ format: string; sha256: string }>;
  }>;
  timeline: Array<{ index: number; type: string; document: { symbol: string; files: Array<{ sha256: string }> } | null }>;
}

function assertCaseDocuments(detail: CaseWithDocuments, typeCodes: string[]) {
  assert.deepEqual(
    detail.documents.map((d: { typeCode: string }) => d.typeCode),
    typeCodes,
  );
  for (const doc of detail.documents) {
    assert.match(doc.symbol, /^\d{2,}\/(?:[^-/]+-)?SKH$/, `numbered in the agency's series: ${doc.symbol}`);
    assert.deepEqual(doc.files.map((f: { format: string }) => f.format).sort(), ['docx', 'pdf']);
    for (const f of doc.files) assert.match(f.sha256, /^[0-9a-f]{64}$/);
    assert.equal(doc.signedOriginalFileId, null, 'no signed original until one is uploaded');
    const at = detail.timeline.findIndex((e: { index: number }) => e.index === doc.ledgerIndex);
    const entry = detail.timeline[at]!;
    assert.equal(entry.type, 'document.issued');
    assert.equal(entry.document?.symbol, doc.symbol);
    assert.deepEqual(
      entry.document!.files.map((f: { sha256: string }) => f.sha256).sort(),
      doc.files.map((f: { sha256: string }) => f.sha256).sort(),
    );
    // The event that produced it comes just before (other documents of the same command may sit between).
    let before = at - 1;
    while (detail.timeline[before]!.type === 'document.issued') before--;
    assert.ok(detail.timeline[before]!.type.startsWith('proposal.'));
  }
}

describeOnEngines(
  'proposal lifecycle: every path through the procedure',
  (ctx) => {
    let w: World;
    before(async () => {
      w = await buildWorld(ctx().services);
    });

    test('approve by vote → scope → progress → completion → evaluation (completed) → no liability → rewards → closed', async () => {
      const id = await submitted(w);
      const afterVote = await votedOn(w, id, { head: 'for', d1: 'for', d2: 'against' });
      assert.equal(afterVote.meetings[0].members.length, 4, 'head + 3 deputies in office on the meeting date');
      const impl = await implementing(w, id);
      assert.equal(impl.state, 'implementing');
      assert.equal(impl.approvalKind, 'vote');
      await act(w.as['head']!, id, 'assign-resources', {
        resources: [{ kind: 'funds', description: 'Kinh phí thí điểm', amount: 200_000_000 }],
      });
      clock.set('2026-04-01T09:00:00+07:00');
      await act(w.as['proposer']!, id, 'file-progress-report', {
        periodEnd: '2026-03-31',
        kpiActuals: [{ kpiId: 'K1', value: 14 }],
        spending: [{ date: '2026-03-15', amount: 50_000_000 }],
        areas: [{ areaId: 'xa-tan-lap', since: '2026-02-20' }],
      });
      const ev = await evaluated(w, id, { outcome: 'completed', extent: 'full', causes: [] });
      assert.equal(ev.state, 'evaluated');
      const prot = await act(w.as['head']!, id, 'determine-protection', { confirmed: true });
      assert.equal(prot.protection, 'noLiability');
      assert.equal(prot.protectionDetermination.conformance.withinApprovedScope, true);
      await act(w.as['head']!, id, 'notify-result');
      await act(w.as['head']!, id, 'record-encouragement', {
        kind: 'earlySalaryStep',
        beneficiaryKind: 'individual',
        beneficiaryPersonId: w.ids['proposer'],
        earlySalaryStepMonths: 12,
      });
      const profile = await w.as['officer']!.get(`/people/${w.ids['proposer']}/encouragements`);
      assert.equal(profile.statusCode, 200, profile.body);
      assert.equal(profile.json().items[0].kind, 'earlySalaryStep');
      const closed = await act(w.as['head']!, id, 'close');
      assert.equal(closed.state, 'closed');
      assert.equal(closed.readOnly, true);
      assert.deepEqual(closed.allowedActions, []);
      const caseEvents = closed.timeline.filter((e: { type: string }) => e.type !== 'document.issued');
      assert.ok(caseEvents.every((e: { procedureVersion: string }) => e.procedureVersion === 'nd73-2023@1'));
      assertCaseDocuments(closed, ['KH', 'CV', 'BB', 'QĐ', 'BC', 'CV', 'BB', 'KL', 'QĐ']);
      assert.deepEqual(
        closed.timeline.map((e: { index: number }) => e.index),
        [...closed.timeline.map((e: { index: number }) => e.index)].sort((a: number, b: number) => a - b),
      );
      assert.equal(closed.deadlines.filter((d: { status: string }) => d.status === 'open').length, 0, 'a closed case holds no open step');
      // Everyone the case refers to is named in the detail: no look-up per person on the case page.
      const named = new Map(closed.people.map((p: { id: string; name: string }) => [p.id, p.name]));
      for (const e of closed.timeline as Array<{ byPersonId: string | null }>)
        if (e.byPersonId) assert.ok(named.has(e.byPersonId), e.byPersonId);
      assert.equal(named.get(w.ids['d1']), 'Phó Giám Đốc Một', 'a voter');
      assert.equal(named.get(w.ids['party']), 'Bí Thư Chi Bộ', 'the Party committee member who answered');
      assert.equal(named.get(w.ids['proposer']), 'Phó Giám Đốc Đề Xuất', 'the beneficiary of the encouragement');
    });

    test("ND73 Art. 8(1): override after a failed vote is flagged as taken on the head's personal responsibility", async () => {
      const id = await submitted(w);
      await votedOn(w, id, { head: 'against', d1: 'against', d2: 'for' });
      const voted = (await w.as['head']!.get(`/proposals/${id}`)).json();
      const override = voted.allowedActions.find((a: { action: string }) => a.action === 'decideOverride');
      assert.equal(override.allowed, true);
      assert.equal(voted.allowedActions.find((a: { action: string }) => a.action === 'decideApproval').allowed, false);
      const missingAck = await w.as['head']!.post(`/proposals/${id}/decide-override`, { reasons: 'Cần thiết.' });
      assert.equal(missingAck.statusCode, 400, 'the written acknowledgement of personal responsibility is required');
      const impl = await implementing(w, id, 'decide-override');
      assert.equal(impl.approvalKind, 'override');
      const decision = impl.decisions.find((d: { kind: string }) => d.kind === 'override');
      const overrideDecision = impl.documents.find((d: { template: string; summary: string }) => d.template === 'proposal_decision');
      assert.match(overrideDecision.summary, /không đạt biểu quyết/);
      const content = await ctx()
        .services.database.db.selectFrom('documents')
        .select('content')
        .where('id', '=', overrideDecision.id)
        .executeTakeFirstOrThrow();
      assert.match(
        JSON.stringify(content.content),
        /chịu trách nhiệm cá nhân trước cấp trên và trước pháp luật/,
        'the decision states the head’s personal responsibility',
      );
      assert.equal(decision.personalResponsibility, true);
      assert.equal(decision.reasons, 'Cần thiết, cấp bách.');
      assert.equal(decision.details.tally.passed, false);
      const list = (await w.as['head']!.get('/proposals?approvalKind=override')).json();
      assert.ok(list.items.some((p: { id: string }) => p.id === id));
    });

    test('paragraphs survive: plan sections and written reasons keep their line breaks into the case and the issued documents', async () => {
      const base = plan();
      const id = await submitted(w, 'proposer', {
        contents: { ...base.contents, necessity: '  Đoạn   thứ nhất.\r\n\r\n\tĐoạn thứ hai.  \n' },
      });
      const submittedCase = (await w.as['head']!.get(`/proposals/${id}`)).json();
      assert.equal(submittedCase.plan.contents.necessity, 'Đoạn thứ nhất.\nĐoạn thứ hai.');
      const paragraphTexts = async (documentId: string) => {
        const row = await ctx()
          .services.database.db.selectFrom('documents')
          .select('content')
          .where('id', '=', documentId)
          .executeTakeFirstOrThrow();
        const texts: string[] = [];
        JSON.stringify(row.content, (key, value: unknown) => {
          if (key === 'text' && typeof value === 'string') texts.push(value);
          return value;
        });
        return texts;
      };
      const planDocument = submittedCase.documents.find((d: { template: string }) => d.template === 'proposal_plan');
      const planTexts = await paragraphTexts(planDocument.id);
      assert.ok(planTexts.includes('Đoạn thứ nhất.') && planTexts.includes('Đoạn thứ hai.'), 'two paragraphs in the issued plan');
      await votedOn(w, id, { head: 'against', d1: 'against', d2: 'for' });
      const impl = await act(w.as['head']!, id, 'decide-override', {
        reasons: 'Cần thiết.\nCấp bách.',
        personalResponsibilityAcknowledged: true,
      });
      assert.equal(impl.decisions.find((d: { kind: string }) => d.kind === 'override').reasons, 'Cần thiết.\nCấp bách.');
      const decision = impl.documents.find((d: { template: string }) => d.template === 'proposal_decision');
      const decisionTexts = await paragraphTexts(decision.id);
      assert.ok(decisionTexts.includes('Cần thiết.') && decisionTexts.includes('Cấp bách.'), 'two paragraphs of reasons in the decision');
    });

    test('rejection: a failed vote and a written refusal end the case; the proposer is notified', async () => {
      const id = await submitted(w);
      await votedOn(w, id, { head: 'against', d1: 'against', d2: 'against' });
      const rejected = await act(w.as['head']!, id, 'decide-rejection', { reasons: 'Chưa đủ cơ sở.' });
      assert.equal(rejected.state, 'notApproved');
      assertCaseDocuments(rejected, ['KH', 'CV', 'BB', 'QĐ']);
      assert.match(rejected.documents.at(-1).summary, /^Không phê duyệt/);
      assert.equal(rejected.terminal, true);
      const notes = (await w.as['proposer']!.get('/notifications')).json();
      assert.ok(notes.items.some((n: { kind: string; proposalId: string }) => n.kind === 'decision.rejected' && n.proposalId === id));
    });

    test('return for revision → the proposer edits the draft → resubmits → approved', async () => {
      const id = await submitted(w);
      const returned = await act(w.as['head']!, id, 'return-for-revision', { reasons: 'Bổ sung nguồn lực.' });
      assert.equal(returned.state, 'draft');
      const current = await w.as['proposer']!.get(`/proposals/${id}`);
      const edited = await w.as['proposer']!.put(
        `/proposals/${id}`,
        { plan: plan({ title: 'Một cửa liên thông số (bổ sung)' }) },
        { 'if-match': String(current.headers.etag) },
      );
      assert.equal(edited.statusCode, 200, edited.body);
      assert.equal(edited.json().title, 'Một cửa liên thông số (bổ sung)');
      const again = await act(w.as['proposer']!, id, 'submit');
      assert.equal(again.state, 'submitted');
      await votedOn(w, id, { head: 'for', d1: 'for', d2: 'for' });
      assert.equal((await act(w.as['head']!, id, 'decide-approval')).state, 'approved');
    });

    test('the proposer changes the implementers while the plan is a draft; an unknown person is refused and changes nothing', async () => {
      clock.set('2026-02-12T09:00:00+07:00');
      const proposer = w.as['proposer']!;
      const created = await proposer.post('/proposals', { plan: plan(), implementerIds: [w.ids['manager']] });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id as string;
      const implementers = async () => ((await proposer.get(`/proposals/${id}`)).json().snapshot.parties.implementerIds as string[]).sort();
      const put = async (body: Record<string, unknown>) => {
        const current = await proposer.get(`/proposals/${id}`);
        return proposer.put(`/proposals/${id}`, { plan: plan(), ...body }, { 'if-match': String(current.headers.etag) });
      };
      assert.deepEqual(await implementers(), [w.ids['proposer'], w.ids['manager']].sort());

      const changed = await put({ implementerIds: [w.ids['staff'], w.ids['staff']] });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual(await implementers(), [w.ids['proposer'], w.ids['staff']].sort(), 'replaced, each person once');

      const versionBefore = (await proposer.get(`/proposals/${id}`)).json().version;
      const unknown = await put({ implementerIds: ['00000000-0000-4000-8000-000000000000'] });
      assert.equal(unknown.json().code, 'person.not_found', unknown.body);
      assert.equal((await proposer.get(`/proposals/${id}`)).json().version, versionBefore, 'nothing recorded');

      assert.equal((await put({})).statusCode, 200, 'a plan-only save');
      assert.deepEqual(await implementers(), [w.ids['proposer'], w.ids['staff']].sort(), 'left out, the implementers stay');

      const submitted = await act(proposer, id, 'submit');
      assert.deepEqual([...submitted.snapshot.parties.implementerIds].sort(), [w.ids['proposer'], w.ids['staff']].sort());
      const staffView = await w.as['staff']!.get(`/proposals/${id}`);
      assert.equal(staffView.statusCode, 200, 'the new implementer follows the case');
      const sealed = await put({ implementerIds: [] });
      assert.equal(sealed.json().code, 'proposal.not_a_draft');
    });

    test('suspend → resume → complete; terminate → report → evaluated with damage, all findings yes → mitigation considered (Art. 11)', async () => {
      const a = await submitted(w);
      await votedOn(w, a, { head: 'for', d1: 'for', d2: 'for' });
      await implementing(w, a);
      const suspended = await act(w.as['head']!, a, 'suspend', { reasons: 'Chờ ý kiến Sở Tài chính.' });
      assert.equal(suspended.state, 'suspended');
      assert.ok(
        !suspended.deadlines.some(
          (d: { timerId: string; status: string }) => d.timerId === 'completionReportAfterPilotEnd' && d.status === 'open',
        ),
      );
      const resumed = await act(w.as['head']!, a, 'resume', { reasons: 'Đã có ý kiến.' });
      assert.equal(resumed.state, 'implementing');
      assert.ok(
        resumed.deadlines.some(
          (d: { timerId: string; status: string }) => d.timerId === 'completionReportAfterPilotEnd' && d.status === 'open',
        ),
      );

      const b = await submitted(w);
      await votedOn(w, b, { head: 'for', d1: 'for', d2: 'for' });
      await implementing(w, b);
      clock.set('2026-05-01T09:00:00+07:00');
      await act(w.as['proposer']!, b, 'record-incident', {
        occurredOn: '2026-04-28',
        severity: 'high',
        description: 'Lỗi hệ thống gây mất dữ liệu.',
        damage: true,
      });
      const terminated = await act(w.as['head']!, b, 'terminate', { reasons: 'Rủi ro khách quan.' });
      assert.equal(terminated.state, 'terminated');
      const reportStep = terminated.deadlines.find((d: { timerId: string }) => d.timerId === 'completionReportAfterTermination');
      // Counting starts the day after the event (Fri 1 May): Mon 4 … Fri 8 May.
      assert.equal(reportStep.dueOn, '2026-05-08', 'Art. 18: 05 working days after the termination');
      clock.set('2026-05-04T09:00:00+07:00');
      await act(w.as['proposer']!, b, 'report-completion', {
        actualEndDate: '2026-05-01',
        results: 'Dừng giữa chừng.',
        spending: [{ date: '2026-04-01', amount: 80_000_000 }],
      });
      await act(w.as['head']!, b, 'request-party-opinion-on-results');
      await act(w.as['party']!, b, 'record-party-opinion-on-results', { opinion: 'Đồng ý.' });
      await act(w.as['head']!, b, 'schedule-evaluation', { meetingDate: '2026-05-05' });
      for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, b, 'record-evaluation-vote', { choice: 'for' });
      await act(w.as['head']!, b, 'record-evaluation', {
        outcome: 'notCompletedWithDamage',
        extent: 'partly',
        findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
        causes: [{ kind: 'objective', description: 'Sự cố hạ tầng của nhà cung cấp.', attributedTo: 'Nhà cung cấp dịch vụ' }],
      });
      const prot = await act(w.as['head']!, b, 'determine-protection', { confirmed: true });
      assert.equal(prot.protection, 'considerExclusionExemptionMitigation');
      assert.equal(prot.protectionDetermination.decree172.objectiveCauseRecorded, true);
      const refused = await w.as['head']!.post(`/proposals/${b}/record-encouragement`, {
        kind: 'commendation',
        beneficiaryKind: 'individual',
        beneficiaryPersonId: w.ids['proposer'],
      });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().details.citation, 'ND73/2023 Art. 10');
    });

    test('ND73 Art. 11: not completed without damage, all findings yes → liability excluded; a "no" finding → not protected', async () => {
      const a = await submitted(w);
      await votedOn(w, a, { head: 'for', d1: 'for', d2: 'for' });
      await implementing(w, a);
      await evaluated(w, a, {
        outcome: 'notCompletedNoDamage',
        extent: 'partly',
        findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
        causes: [{ kind: 'objective', description: 'Thiếu nhân lực.', attributedTo: 'Sở' }],
      });
      assert.equal((await act(w.as['head']!, a, 'determine-protection', { confirmed: true })).protection, 'liabilityExcluded');

      const b = await submitted(w);
      await votedOn(w, b, { head: 'for', d1: 'for', d2: 'for' });
      await implementing(w, b);
      await evaluated(w, b, {
        outcome: 'notCompletedNoDamage',
        extent: 'not',
        findings: { followedApprovedLine: true, pureMotive: false, commonInterest: true },
        causes: [{ kind: 'subjective', description: 'Vụ lợi.', attributedTo: 'Người đề xuất' }],
      });
      const departed = await act(w.as['head']!, b, 'determine-protection', {
        confirmed: false,
        departure: { protection: 'liabilityExcluded', reasons: 'Kết luận về động cơ bị khiếu nại, đang xem xét lại.' },
      });
      assert.equal(departed.protectionDetermination.derived, 'notProtected');
      assert.equal(departed.protection, 'liabilityExcluded');
      assert.equal(departed.protectionDetermination.confirmed, false);
    });

    test("ND73 Art. 7(4): the head's own proposal is routed to the superior agency's head, who convenes the superior collective", async () => {
      const id = await submitted(w, 'head');
      const detail = (await w.as['head']!.get(`/proposals/${id}`)).json();
      assert.equal(detail.routing, 'superior');
      assert.equal(detail.decidingHead.id, w.ids['chair']);
      assert.equal(detail.currentStep.timerId, 'headProposalDecision');
      assert.deepEqual(
        detail.currentStep.holders.map((h: { id: string }) => h.id),
        [w.ids['chair']],
      );
      const own = detail.allowedActions.find((a: { action: string }) => a.action === 'scheduleMeeting');
      assert.equal(own.allowed, false, 'the proposer-head cannot convene on their own proposal');
      assert.match(own.reasons[0].citation, /Art\. 7\(4\)/);
      await act(w.as['chair']!, id, 'request-party-opinion');
      await act(w.as['chair']!, id, 'record-party-opinion', { opinion: 'Tỉnh ủy đồng ý.' });
      const meeting = await act(w.as['chair']!, id, 'schedule-meeting', { meetingDate: '2026-02-13' });
      assert.deepEqual(
        meeting.meetings[0].members.map((m: { personId: string }) => m.personId).sort(),
        [w.ids['chair'], w.ids['viceChair']].sort(),
      );
      await act(w.as['chair']!, id, 'record-vote', { choice: 'for' });
      await act(w.as['viceChair']!, id, 'record-vote', { choice: 'against' });
      const approved = await act(w.as['chair']!, id, 'decide-approval');
      assert.equal(approved.state, 'approved', 'a 1–1 tie is won by the side the head voted with');
    });

    test('escalation [U]: the employing head sends the case to the superior agency', async () => {
      const id = await submitted(w);
      const escalated = await act(w.as['head']!, id, 'escalate', { reasons: 'Vượt thẩm quyền về kinh phí.' });
      assert.equal(escalated.routing, 'superior');
      assert.equal(escalated.decidingHead.id, w.ids['chair']);
      assert.equal(escalated.currentStep.timerId, 'headProposalDecision');
    });
  },
  { services: { now: clock.now } },
);
