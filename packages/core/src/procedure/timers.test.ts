import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CaseSnapshot } from './case-snapshot.ts';
import { deriveVariant } from './derive-variant.ts';
import { nd73Profile as nd73 } from './profile-nd73-2023.ts';
import { actor, fire, newCase, people } from './test-support.ts';
import { planTimers } from './timers.ts';

const proposer = actor(people.proposer);
const head = actor(people.head);

const submitted = fire(nd73, newCase(nd73), proposer, 'submit');

describe('planTimers', () => {
  test('ND73 Art. 8(1): receipt starts 07 working days for the head, escalated to the superior head when overdue', () => {
    const changes = planTimers(nd73, 'submit', submitted, []);
    assert.deepEqual(changes.disarm, []);
    assert.equal(changes.arm.length, 1);
    const [timer] = changes.arm;
    assert.equal(timer?.timerId, 'approvalDecision');
    assert.deepEqual(timer?.limit, { workingDays: 7 });
    assert.deepEqual(timer?.anchor, { kind: 'startEvent' });
    assert.deepEqual(timer?.remindersBefore, [{ workingDays: 2 }]);
    assert.equal(timer?.holder, 'employingHead');
    assert.equal(timer?.escalateTo, 'superiorHead');
    assert.equal(timer?.citation, 'ND73/2023 Art. 8(1)');
    assert.equal(timer?.status, 'confirmed');
  });

  test("ND73 Art. 8(3) [U]: the head's own proposal runs on the superior agency's configurable limit", () => {
    const own: CaseSnapshot = { ...submitted, routing: 'superior' };
    const [timer] = planTimers(nd73, 'submit', own, []).arm;
    assert.equal(timer?.timerId, 'headProposalDecision');
    assert.equal(timer?.status, 'configurable');
    assert.equal(timer?.holder, 'superiorHead');
    assert.equal(timer?.escalateTo, 'headAboveSuperiorAgency');
  });

  test('ND73 Art. 8(2) [U]: moving to the wide-scope track replaces the 7-day limit with the longer one, counted from receipt', () => {
    const wide = fire(nd73, submitted, head, 'consultRelatedAgencies', { agencies: ['so-a'] });
    const changes = planTimers(nd73, 'consultRelatedAgencies', wide, ['approvalDecision']);
    assert.deepEqual(changes.disarm, ['approvalDecision']);
    assert.deepEqual(
      changes.arm.map((t) => [t.timerId, t.limit, t.anchor]),
      [
        ['wideScopeDecision', { workingDays: 15 }, { kind: 'event', event: 'submit' }],
        ['relatedAgencyOpinion', { workingDays: 5 }, { kind: 'startEvent' }],
      ],
    );
  });

  test('ND73 Art. 8(1): the decision stops the approval clock', () => {
    assert.deepEqual(planTimers(nd73, 'decideApproval', { ...submitted, state: 'approved' }, ['approvalDecision']), {
      arm: [],
      disarm: ['approvalDecision'],
    });
  });

  test('ND73 Art. 4(3) [U]: no limit for the Party committee unless a variant sets one', () => {
    const requested = fire(nd73, submitted, head, 'requestPartyOpinion');
    assert.deepEqual(planTimers(nd73, 'requestPartyOpinion', requested, ['approvalDecision']).arm, []);
    const variant = deriveVariant(nd73, {
      id: 'nd73-2023-tinh-y',
      version: 1,
      parameterOverrides: { partyOpinionWorkingDays: 5 },
      legalBasis: { citation: 'Quy chế 02-QC/TU', title: { vi: 'Quy chế phối hợp', en: 'Coordination rules' } },
    });
    const [timer] = planTimers(variant, 'requestPartyOpinion', requested, []).arm;
    assert.deepEqual([timer?.timerId, timer?.limit, timer?.holder], ['partyOpinion', { workingDays: 5 }, 'partyCommittee']);
  });

  test('ND73 Art. 18: the completion report is due 05 working days after the pilot end date in force', () => {
    const scoped: CaseSnapshot = { ...submitted, state: 'implementing', pilotEndDate: '2026-09-30' };
    const changes = planTimers(nd73, 'approveScope', scoped, []);
    const report = changes.arm.find((t) => t.timerId === 'completionReportAfterPilotEnd');
    assert.deepEqual(report?.anchor, { kind: 'caseDate', field: 'pilotEndDate', date: '2026-09-30' });
    assert.deepEqual(report?.limit, { workingDays: 5 });
    assert.equal(report?.holder, 'implementer');
    const progress = changes.arm.find((t) => t.timerId === 'progressReport');
    assert.deepEqual(progress?.limit, { calendarDays: 30 });
    assert.deepEqual(progress?.remindersBefore, [{ calendarDays: 7 }]);
  });

  test('ND73 Art. 18: termination restarts the completion-report clock from the termination', () => {
    const terminated: CaseSnapshot = { ...submitted, state: 'terminated', pilotEndDate: '2026-09-30' };
    const changes = planTimers(nd73, 'terminate', terminated, ['completionReportAfterPilotEnd', 'progressReport']);
    assert.deepEqual(changes.disarm.sort(), ['completionReportAfterPilotEnd', 'progressReport']);
    assert.deepEqual(
      changes.arm.map((t) => t.timerId),
      ['completionReportAfterTermination'],
    );
  });

  test('ND73 Art. 18: the report starts 07 working days to evaluate; the evaluation starts the [U] 03-day notification', () => {
    const reported: CaseSnapshot = { ...submitted, state: 'reported' };
    assert.deepEqual(
      planTimers(nd73, 'reportCompletion', reported, ['completionReportAfterPilotEnd']).arm.map((t) => [t.timerId, t.limit, t.status]),
      [['evaluation', { workingDays: 7 }, 'confirmed']],
    );
    const evaluated: CaseSnapshot = { ...submitted, state: 'evaluated', evaluation: { outcome: 'completed' } };
    const changes = planTimers(nd73, 'recordEvaluation', evaluated, ['evaluation']);
    assert.deepEqual(changes.disarm, ['evaluation']);
    assert.deepEqual(
      changes.arm.map((t) => [t.timerId, t.limit, t.status]),
      [['resultNotification', { workingDays: 3 }, 'configurable']],
    );
  });

  test('entering a terminal state disarms every armed timer', () => {
    const closed: CaseSnapshot = { ...submitted, state: 'notApproved' };
    assert.deepEqual(planTimers(nd73, 'decideRejection', closed, ['approvalDecision', 'partyOpinion']), {
      arm: [],
      disarm: ['approvalDecision', 'partyOpinion'],
    });
  });
});
