/**
 * Scenario tests: the engine driven through every path of the nd73-2023 profile, with the
 * minimal reference fold in test-support.ts standing in for the server's projections.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../errors.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import { allowedActions, assertCanFire } from './engine.ts';
import { nd73Profile as nd73 } from './profile-nd73-2023.ts';
import { deriveProtection } from './protection.ts';
import type { EvaluationOutcome } from './protection.ts';
import { actor, allowedIds, collective, fire, newCase, parties, people } from './test-support.ts';
import type { VoteChoice } from './voting.ts';

const proposer = actor(people.proposer);
const head = actor(people.head);
const deputy1 = actor(people.deputy1);
const deputy2 = actor(people.deputy2);
const party = actor(people.party);
const implementer = actor(people.implementer);
const superior = actor(people.superiorHead);

function refusal(fn: () => unknown): { code: string; citation: unknown } {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, citation: error.details?.['citation'] };
    throw error;
  }
  return { code: 'allowed', citation: undefined };
}

function reasonCodes(snapshot: CaseSnapshot, by: typeof head, action: string): string[] {
  return (
    allowedActions(nd73, snapshot, by)
      .find((a) => a.action === action)
      ?.reasons.map((r) => r.code) ?? ['(not offered)']
  );
}

/** Submit, consult the Party committee, convene and vote: head, deputy1, deputy2. */
function throughVote(votes: [VoteChoice, VoteChoice, VoteChoice], start = newCase(nd73)): CaseSnapshot {
  let s = fire(nd73, start, proposer, 'submit');
  s = fire(nd73, s, head, 'requestPartyOpinion');
  s = fire(nd73, s, party, 'recordPartyOpinion');
  s = fire(nd73, s, head, 'scheduleMeeting');
  s = fire(nd73, s, head, 'recordVote', { choice: votes[0] });
  s = fire(nd73, s, deputy1, 'recordVote', { choice: votes[1] });
  return fire(nd73, s, deputy2, 'recordVote', { choice: votes[2] });
}

function implementing(s: CaseSnapshot): CaseSnapshot {
  s = fire(nd73, s, head, 'assignResources');
  return fire(nd73, s, head, 'approveScope', { pilotEndDate: '2026-09-30' });
}

/** Completion report → Party opinion → evaluation meeting → evaluation recorded. */
function throughEvaluation(s: CaseSnapshot, outcome: EvaluationOutcome): CaseSnapshot {
  s = fire(nd73, s, implementer, 'reportCompletion');
  s = fire(nd73, s, head, 'requestPartyOpinionOnResults');
  s = fire(nd73, s, party, 'recordPartyOpinionOnResults');
  s = fire(nd73, s, head, 'scheduleEvaluation');
  s = fire(nd73, s, head, 'recordEvaluationVote', { choice: 'for' });
  s = fire(nd73, s, deputy1, 'recordEvaluationVote', { choice: 'for' });
  s = fire(nd73, s, deputy2, 'recordEvaluationVote', { choice: 'against' });
  return fire(nd73, s, head, 'recordEvaluation', { outcome });
}

describe('nd73-2023 scenarios', () => {
  test('ND73 Art. 8(1): approve by vote → scope → implementation → completion → evaluation → no liability → encouragement → closed', () => {
    let s = throughVote(['for', 'for', 'against']);
    assert.deepEqual(allowedIds(allowedActions(nd73, s, head)), ['closeMeeting', 'decideApproval']);
    assert.deepEqual(reasonCodes(s, head, 'decideOverride'), ['vote.passed']);
    assert.deepEqual(reasonCodes(s, head, 'decideRejection'), ['vote.passed']);
    s = fire(nd73, s, head, 'decideApproval');
    assert.equal(s.state, 'approved');

    s = implementing(s);
    assert.equal(s.state, 'implementing');
    s = fire(nd73, s, implementer, 'fileProgressReport');
    s = fire(nd73, s, implementer, 'recordIncident');
    s = fire(nd73, s, head, 'recordInspection');
    s = fire(nd73, s, head, 'adjustScope', { pilotEndDate: '2026-10-31' });
    assert.equal(s.pilotEndDate, '2026-10-31');

    s = throughEvaluation(s, 'completed');
    assert.equal(s.state, 'evaluated');
    s = fire(nd73, s, head, 'notifyResult');
    assert.equal(refusal(() => assertCanFire(nd73, s, head, 'notifyResult')).code, 'evaluation.already_notified');

    const protection = deriveProtection({ outcome: 'completed', findings: null, withinApprovedScope: true, abuse: false });
    assert.equal(protection.protection, 'noLiability');
    s = fire(nd73, s, head, 'determineProtection');
    s = fire(nd73, s, actor(people.personnel), 'recordEncouragement');
    s = fire(nd73, s, head, 'close');
    assert.equal(s.state, 'closed');
    assert.deepEqual(allowedActions(nd73, s, head), []);
    assert.equal(refusal(() => assertCanFire(nd73, s, head, 'recordEncouragement')).code, 'procedure.action_not_available');
  });

  test('ND73 Art. 8(1): after a failed vote the head may approve in writing (override)', () => {
    let s = throughVote(['for', 'against', 'against']);
    const decideApproval = allowedActions(nd73, s, head).find((a) => a.action === 'decideApproval');
    assert.equal(decideApproval?.allowed, false);
    assert.equal(decideApproval?.reasons[0]?.code, 'vote.failed');
    assert.equal(decideApproval?.reasons[0]?.citation, 'ND73/2023 Art. 8(1)');
    assert.match(decideApproval?.reasons[0]?.vi ?? '', /1\/3/u);
    assert.deepEqual(allowedIds(allowedActions(nd73, s, head)).sort(), [
      'closeMeeting',
      'decideOverride',
      'decideRejection',
      'escalate',
      'returnForRevision',
    ]);
    // Only the deciding head overrides, not a deputy.
    assert.equal(refusal(() => assertCanFire(nd73, s, deputy1, 'decideOverride')).code, 'procedure.actor_not_authorised');
    s = fire(nd73, s, head, 'decideOverride');
    assert.equal(s.state, 'approved');
  });

  test("ND73 Art. 4(3): neither approval nor override before the Party committee's opinion is recorded", () => {
    let s = fire(nd73, newCase(nd73), proposer, 'submit');
    s = fire(nd73, s, head, 'scheduleMeeting');
    s = fire(nd73, s, head, 'recordVote', { choice: 'against' });
    s = fire(nd73, s, deputy1, 'recordVote', { choice: 'against' });
    s = fire(nd73, s, head, 'closeMeeting');
    const override = refusal(() => assertCanFire(nd73, s, head, 'decideOverride'));
    assert.deepEqual(override, { code: 'party_opinion.missing', citation: 'ND73/2023 Art. 4(3)' });
    // Rejection does not need the opinion.
    assert.equal(refusal(() => assertCanFire(nd73, s, head, 'decideRejection')).code, 'allowed');
    s = fire(nd73, s, head, 'requestPartyOpinion');
    assert.equal(refusal(() => assertCanFire(nd73, s, proposer, 'recordPartyOpinion')).code, 'procedure.actor_not_authorised');
    s = fire(nd73, s, party, 'recordPartyOpinion');
    s = fire(nd73, s, head, 'decideOverride');
    assert.equal(s.state, 'approved');
  });

  test('ND73 Art. 8(1): rejection after a failed vote ends the case, read-only', () => {
    let s = throughVote(['against', 'against', 'for']);
    s = fire(nd73, s, head, 'decideRejection');
    assert.equal(s.state, 'notApproved');
    assert.deepEqual(allowedActions(nd73, s, head), []);
    assert.deepEqual(allowedActions(nd73, s, proposer), []);
    assert.equal(nd73.states.find((st) => st.id === 'notApproved')?.readOnly, true);
  });

  test('ND73 Art. 8(1): votes are recorded until everyone entitled has voted or the chair closes the vote', () => {
    let s = fire(nd73, newCase(nd73), proposer, 'submit');
    s = fire(nd73, s, head, 'scheduleMeeting');
    s = fire(nd73, s, head, 'recordVote', { choice: 'for' });
    assert.deepEqual(reasonCodes(s, head, 'decideApproval'), ['vote.not_concluded', 'vote.not_concluded', 'party_opinion.missing']);
    // The recused proposer-deputy cannot vote; a non-member cannot vote; nobody votes twice.
    assert.deepEqual(reasonCodes(s, proposer, 'recordVote'), ['vote.recused_member']);
    assert.deepEqual(reasonCodes(s, actor(people.outsider), 'recordVote'), ['procedure.actor_not_authorised', 'vote.not_a_member']);
    assert.deepEqual(reasonCodes(s, head, 'recordVote'), ['vote.already_cast']);
    s = fire(nd73, s, deputy1, 'recordVote', { choice: 'for' });
    s = fire(nd73, s, head, 'closeMeeting');
    assert.equal(refusal(() => assertCanFire(nd73, s, deputy2, 'recordVote')).code, 'meeting.closed');
    // 2 of 3 entitled in favour (deputy2 absent) → passes.
    assert.deepEqual(reasonCodes(s, head, 'decideApproval'), ['party_opinion.missing']);
  });

  test("ND73 Art. 8(1): a 1–1 tie with the third member absent is won by the head's side", () => {
    let s = fire(nd73, newCase(nd73), proposer, 'submit');
    s = fire(nd73, s, head, 'requestPartyOpinion');
    s = fire(nd73, s, party, 'recordPartyOpinion');
    s = fire(nd73, s, head, 'scheduleMeeting');
    s = fire(nd73, s, head, 'recordVote', { choice: 'for' });
    s = fire(nd73, s, deputy1, 'recordVote', { choice: 'against' });
    s = fire(nd73, s, head, 'closeMeeting');
    s = fire(nd73, s, head, 'decideApproval');
    assert.equal(s.state, 'approved');
  });

  test('ND73 Art. 8 [U]: return for revision sends the plan back to the proposer, who resubmits', () => {
    let s = fire(nd73, newCase(nd73), proposer, 'submit');
    s = fire(nd73, s, head, 'returnForRevision');
    assert.equal(s.state, 'draft');
    assert.deepEqual(allowedIds(allowedActions(nd73, s, proposer)), ['submit']);
    s = fire(nd73, s, proposer, 'submit');
    assert.equal(s.state, 'submitted');
    // Not after the collective voted in favour: the head then issues the approval.
    const passed = throughVote(['for', 'for', 'for']);
    assert.deepEqual(reasonCodes(passed, head, 'returnForRevision'), ['vote.passed']);
  });

  test("ND73 Art. 7(4), Art. 8 [U]: escalation moves the decision to the superior agency's head", () => {
    let s = fire(nd73, newCase(nd73), proposer, 'submit');
    s = fire(nd73, s, head, 'escalate');
    assert.equal(s.state, 'submitted');
    assert.equal(s.routing, 'superior');
    assert.equal(refusal(() => assertCanFire(nd73, s, head, 'scheduleMeeting')).code, 'procedure.actor_not_authorised');
    assert.equal(refusal(() => assertCanFire(nd73, s, superior, 'escalate')).code, 'procedure.actor_not_authorised');
    s = fire(nd73, s, superior, 'scheduleMeeting', {
      members: [
        { personId: people.superiorHead, role: 'head' },
        { personId: 'p-superior-deputy', role: 'deputy' },
      ],
    });
    assert.equal(s.state, 'meetingScheduled');
  });

  test("ND73 Art. 7(4): the head's own proposal is decided by the superior agency's head", () => {
    let s = newCase(nd73, { routing: 'superior', parties: parties({ proposerId: people.head, implementerIds: [people.head] }) });
    s = fire(nd73, s, actor(people.head), 'submit');
    const byHead = allowedActions(nd73, s, head);
    assert.ok(
      byHead.every((a) => !a.allowed),
      'the proposing head decides nothing on their own proposal',
    );
    const reason = byHead.find((a) => a.action === 'scheduleMeeting')?.reasons[0];
    assert.equal(reason?.code, 'procedure.actor_not_authorised');
    assert.equal(reason?.citation, 'ND73/2023 Art. 7(4)');
    assert.match(reason?.en ?? '', /superior agency's head/u);
    s = fire(nd73, s, superior, 'requestPartyOpinion');
    assert.equal(s.partyOpinion.requested, true);
  });

  test('ND73 Art. 8(2) [U]: wide-scope proposals consult related agencies before the vote', () => {
    let s = fire(nd73, newCase(nd73), proposer, 'submit');
    s = fire(nd73, s, head, 'consultRelatedAgencies', { agencies: ['so-tu-phap', 'so-tai-chinh'] });
    assert.equal(s.track, 'wideScope');
    const blocked = allowedActions(nd73, s, head).find((a) => a.action === 'scheduleMeeting');
    assert.deepEqual(
      blocked?.reasons.map((r) => [r.code, r.status]),
      [['consultation.pending', 'configurable']],
    );
    s = fire(nd73, s, actor(people.agency), 'recordAgencyOpinion', { agencyId: 'so-tu-phap' });
    s = fire(nd73, s, head, 'recordAgencyOpinion', { agencyId: 'so-tai-chinh' });
    assert.deepEqual(reasonCodes(s, head, 'recordAgencyOpinion'), ['consultation.none_pending']);
    s = fire(nd73, s, head, 'scheduleMeeting');
    assert.equal(s.state, 'meetingScheduled');
  });

  test('KL14 [U]: suspend and resume an implementation; no completion report while suspended', () => {
    let s = implementing(fire(nd73, throughVote(['for', 'for', 'for']), head, 'decideApproval'));
    s = fire(nd73, s, head, 'suspend');
    assert.equal(s.state, 'suspended');
    assert.ok(!allowedActions(nd73, s, implementer).some((a) => a.action === 'reportCompletion'));
    assert.equal(refusal(() => assertCanFire(nd73, s, implementer, 'reportCompletion')).code, 'procedure.action_not_available');
    assert.equal(refusal(() => assertCanFire(nd73, s, implementer, 'resume')).code, 'procedure.actor_not_authorised');
    s = fire(nd73, s, head, 'resume');
    assert.equal(s.state, 'implementing');
  });

  test('KL14 [U] + ND73 Art. 18, 11: a terminated pilot is still reported, evaluated and given its protection', () => {
    let s = implementing(fire(nd73, throughVote(['for', 'for', 'for']), head, 'decideApproval'));
    s = fire(nd73, s, head, 'suspend');
    s = fire(nd73, s, head, 'terminate');
    assert.equal(s.state, 'terminated');
    s = throughEvaluation(s, 'notCompletedWithDamage');
    const protection = deriveProtection({
      outcome: 'notCompletedWithDamage',
      findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
      withinApprovedScope: true,
      abuse: false,
    });
    assert.equal(protection.protection, 'considerExclusionExemptionMitigation');
    s = fire(nd73, s, head, 'determineProtection');
    // ND73 Art. 10: no encouragement for a proposal that was not completed.
    assert.deepEqual(reasonCodes(s, head, 'recordEncouragement'), ['encouragement.not_completed']);
    s = fire(nd73, s, head, 'close');
    assert.equal(s.state, 'closed');
  });

  for (const outcome of ['completed', 'notCompletedNoDamage', 'notCompletedWithDamage'] as const) {
    test(`ND73 Art. 18, 11: completion → evaluation → protection determined for outcome ${outcome}`, () => {
      let s = implementing(fire(nd73, throughVote(['for', 'for', 'for']), head, 'decideApproval'));
      s = throughEvaluation(s, outcome);
      assert.equal(s.evaluation?.outcome, outcome);
      s = fire(nd73, s, head, 'determineProtection');
      assert.equal(s.state, 'protectionDetermined');
      assert.equal(allowedActions(nd73, s, head).find((a) => a.action === 'recordEncouragement')?.allowed, outcome === 'completed');
    });
  }

  test("ND73 Art. 4(3), 18: the evaluation needs the Party committee's opinion and a passing vote; a failed vote is put to a new meeting", () => {
    let s = implementing(fire(nd73, throughVote(['for', 'for', 'for']), head, 'decideApproval'));
    s = fire(nd73, s, implementer, 'reportCompletion');
    s = fire(nd73, s, head, 'scheduleEvaluation');
    assert.deepEqual(reasonCodes(s, proposer, 'recordEvaluationVote'), ['vote.recused_member']);
    s = fire(nd73, s, head, 'recordEvaluationVote', { choice: 'against' });
    s = fire(nd73, s, deputy1, 'recordEvaluationVote', { choice: 'against' });
    s = fire(nd73, s, deputy2, 'recordEvaluationVote', { choice: 'for' });
    assert.deepEqual(reasonCodes(s, head, 'recordEvaluation'), ['vote.failed', 'party_opinion.missing']);
    s = fire(nd73, s, head, 'scheduleEvaluation');
    assert.deepEqual(s.evaluationMeeting?.ballots, []);
    s = fire(nd73, s, head, 'recordEvaluationVote', { choice: 'for' });
    assert.deepEqual(reasonCodes(s, head, 'scheduleEvaluation'), ['meeting.in_progress']);
    s = fire(nd73, s, head, 'closeEvaluationMeeting');
    // 1 of 3 in favour after closing: still failed.
    assert.deepEqual(reasonCodes(s, head, 'recordEvaluation'), ['vote.failed', 'party_opinion.missing']);
    s = fire(nd73, s, head, 'scheduleEvaluation');
    s = fire(nd73, s, head, 'recordEvaluationVote', { choice: 'for' });
    s = fire(nd73, s, deputy1, 'recordEvaluationVote', { choice: 'for' });
    s = fire(nd73, s, head, 'closeEvaluationMeeting');
    s = fire(nd73, s, head, 'requestPartyOpinionOnResults');
    s = fire(nd73, s, party, 'recordPartyOpinionOnResults');
    s = fire(nd73, s, head, 'recordEvaluation', { outcome: 'completed' });
    assert.equal(s.state, 'evaluated');
  });

  test('ND73 Art. 1, 2, 5(1): submit is refused with every intake reason and its article', () => {
    const s = newCase(nd73);
    const plan = s.submission!.plan;
    const bad: CaseSnapshot = {
      ...s,
      submission: {
        plan: { ...plan, pilotsLegalNormativeDocument: true, conditions: { ...plan.conditions, urgentNeedWithoutHarm: '' } },
        proposer: { ...s.submission!.proposer, category: 'not_eligible' },
      },
    };
    const submit = allowedActions(nd73, bad, proposer).find((a) => a.action === 'submit');
    assert.deepEqual(
      submit?.reasons.map((r) => r.citation),
      ['ND73/2023 Art. 2', 'ND73/2023 Art. 1', 'ND73/2023 Art. 5(1)(c)'],
    );
    assert.deepEqual(
      refusal(() => assertCanFire(nd73, bad, proposer, 'submit')),
      { code: 'proposal.proposer_not_eligible', citation: 'ND73/2023 Art. 2' },
    );
    // Only the proposer submits their plan.
    assert.equal(refusal(() => assertCanFire(nd73, s, head, 'submit')).code, 'procedure.actor_not_authorised');
  });

  test('the collective is exactly the meeting members: an invalid collective is a refusal, not a crash', () => {
    let s = fire(nd73, newCase(nd73), proposer, 'submit');
    s = fire(nd73, s, head, 'scheduleMeeting', { members: collective.filter((m) => m.role === 'deputy') });
    s = fire(nd73, s, deputy1, 'recordVote', { choice: 'for' });
    s = fire(nd73, s, deputy2, 'recordVote', { choice: 'for' });
    assert.ok(reasonCodes(s, head, 'decideRejection').includes('vote.collective_without_single_head'));
  });
});
