import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtInProfiles, findBuiltInProfile } from './built-in-profiles.ts';
import { allowedActions } from './engine.ts';
import { kl14PartyProfile as kl14 } from './profile-kl14-party.ts';
import { nd73Profile as nd73 } from './profile-nd73-2023.ts';
import { actor, eligibleProposer, fire, newCase, people } from './test-support.ts';

const commands = [
  'submit',
  'scheduleMeeting',
  'recordVote',
  'decideApproval',
  'decideOverride',
  'decideRejection',
  'returnForRevision',
  'escalate',
  'requestPartyOpinion',
  'recordPartyOpinion',
  'approveScope',
  'assignResources',
  'fileProgressReport',
  'recordIncident',
  'recordInspection',
  'adjustScope',
  'suspend',
  'resume',
  'terminate',
  'reportCompletion',
  'requestPartyOpinionOnResults',
  'recordPartyOpinionOnResults',
  'scheduleEvaluation',
  'recordEvaluationVote',
  'recordEvaluation',
  'notifyResult',
  'determineProtection',
  'recordEncouragement',
  'close',
  'consultRelatedAgencies',
];

describe('built-in profiles', () => {
  test('nd73-2023 defines every command of the lifecycle', () => {
    const ids = new Set(nd73.transitions.map((t) => t.id));
    assert.deepEqual(
      commands.filter((c) => !ids.has(c)),
      [],
    );
  });

  test('every rule of every profile carries a citation and a status', () => {
    for (const profile of builtInProfiles) {
      const rules = [
        ...profile.transitions.map((t) => ({ where: `transition ${t.id}`, citation: t.citation, status: t.status })),
        ...profile.transitions.flatMap((t) =>
          t.guards.map((g) => ({ where: `guard ${g.guard} on ${t.id}`, citation: g.citation, status: g.status })),
        ),
        ...profile.timers.map((t) => ({ where: `timer ${t.id}`, citation: t.citation, status: t.status })),
        ...Object.entries(profile.parameters).map(([name, p]) => ({ where: `parameter ${name}`, citation: p.citation, status: p.status })),
        { where: 'proposer categories', citation: profile.proposerCategories.citation, status: profile.proposerCategories.status },
      ];
      for (const rule of rules) {
        assert.ok(rule.citation.length > 0, `${profile.id}: ${rule.where}`);
        assert.ok(rule.status === 'confirmed' || rule.status === 'configurable', `${profile.id}: ${rule.where}`);
      }
    }
  });

  test('ND73 time limits: 07 (Art. 8(1)), 05 and 07 (Art. 18) confirmed; 03 (Art. 18) and wide-scope (Art. 8(2)) configurable', () => {
    const p = nd73.parameters;
    assert.deepEqual(
      [p['approvalWorkingDays']?.value, p['approvalWorkingDays']?.status, p['approvalWorkingDays']?.citation],
      [7, 'confirmed', 'ND73/2023 Art. 8(1)'],
    );
    assert.deepEqual(
      [p['completionReportWorkingDays']?.value, p['completionReportWorkingDays']?.status, p['completionReportWorkingDays']?.citation],
      [5, 'confirmed', 'ND73/2023 Art. 18'],
    );
    assert.deepEqual([p['evaluationWorkingDays']?.value, p['evaluationWorkingDays']?.status], [7, 'confirmed']);
    assert.deepEqual([p['resultNotificationWorkingDays']?.value, p['resultNotificationWorkingDays']?.status], [3, 'configurable']);
    assert.equal(p['wideScopeWorkingDays']?.status, 'configurable');
    assert.deepEqual([p['tieRule']?.value, p['tieRule']?.status], ['equalForAndAgainst', 'configurable']);
    assert.deepEqual([p['earlySalaryStepMonths']?.value, p['earlySalaryStepMonths']?.status], [12, 'confirmed']);
  });

  test('ND73 [U] transitions are marked configurable: return for revision, escalation, wide-scope consultation, implementation decisions', () => {
    const status = (id: string) => nd73.transitions.find((t) => t.id === id)?.status;
    for (const id of [
      'returnForRevision',
      'escalate',
      'consultRelatedAgencies',
      'recordAgencyOpinion',
      'suspend',
      'resume',
      'terminate',
      'adjustScope',
      'notifyResult',
    ]) {
      assert.equal(status(id), 'configurable', id);
    }
    for (const id of [
      'submit',
      'scheduleMeeting',
      'recordVote',
      'decideApproval',
      'decideOverride',
      'decideRejection',
      'requestPartyOpinion',
      'reportCompletion',
      'recordEvaluation',
      'determineProtection',
      'recordEncouragement',
    ]) {
      assert.equal(status(id), 'confirmed', id);
    }
  });

  test('KL14: the Party-side profile has no separate Party-committee consultation and every rule is configurable', () => {
    const ids = kl14.transitions.map((t) => t.id);
    for (const removed of ['requestPartyOpinion', 'recordPartyOpinion', 'requestPartyOpinionOnResults', 'recordPartyOpinionOnResults']) {
      assert.ok(!ids.includes(removed), removed);
    }
    assert.ok(kl14.transitions.every((t) => t.status === 'configurable' && t.guards.every((g) => g.status === 'configurable')));
    assert.ok(Object.values(kl14.parameters).every((p) => p.status === 'configurable' && p.citation.startsWith('KL14')));
    assert.deepEqual(kl14.proposerCategories.categories, ['party_body_leader']);
    assert.ok(!kl14.transitions.some((t) => t.guards.some((g) => g.guard.startsWith('partyOpinion'))));
  });

  test("KL14: a Party-body leader's proposal is approved by the collective vote alone", () => {
    const proposer = actor(people.proposer);
    const head = actor(people.head);
    let s = newCase(kl14);
    s = { ...s, submission: { plan: s.submission!.plan, proposer: eligibleProposer({ category: 'party_body_leader' }) } };
    s = fire(kl14, s, proposer, 'submit');
    s = fire(kl14, s, head, 'scheduleMeeting');
    s = fire(kl14, s, head, 'recordVote', { choice: 'for' });
    s = fire(kl14, s, actor(people.deputy1), 'recordVote', { choice: 'for' });
    s = fire(kl14, s, head, 'closeMeeting');
    s = fire(kl14, s, head, 'decideApproval');
    assert.equal(s.state, 'approved');
    // And the ND73 categories are not proposers on the Party side.
    const ordinary = newCase(kl14);
    assert.equal(
      allowedActions(kl14, ordinary, proposer).find((a) => a.action === 'submit')?.reasons[0]?.citation,
      'KL14-KL/TW (22/9/2021)',
    );
  });

  test('profiles are found by id and version', () => {
    assert.equal(findBuiltInProfile('nd73-2023', 1), nd73);
    assert.equal(findBuiltInProfile('kl14-party', 1), kl14);
    assert.equal(findBuiltInProfile('nd73-2023', 2), undefined);
  });
});
