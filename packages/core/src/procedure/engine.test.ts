import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../errors.ts';
import { relationsToCase } from './case-snapshot.ts';
import { deriveVariant } from './derive-variant.ts';
import { allowedActions, assertCanFire, nextState } from './engine.ts';
import { nd73Profile as nd73 } from './profile-nd73-2023.ts';
import { actor, eligibleProposer, fire, newCase, people, validPlan } from './test-support.ts';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const head = actor(people.head);
const proposer = actor(people.proposer);

describe('allowedActions', () => {
  test('a refused submission names the plan field at fault, so the form can point at it (Art. 7)', () => {
    const plan = validPlan();
    const draft = newCase(nd73, {
      submission: { plan: { ...plan, contents: { ...plan.contents, necessity: '  ' } }, proposer: eligibleProposer() },
    });
    const submit = allowedActions(nd73, draft, proposer).find((a) => a.action === 'submit');
    assert.equal(submit?.allowed, false);
    const missing = submit?.reasons.find((r) => r.field === 'plan.contents.necessity');
    assert.ok(missing, JSON.stringify(submit?.reasons));
  });

  test('lists every enabled transition defined from the current state, allowed or not', () => {
    for (const state of ['draft', 'submitted', 'meetingScheduled', 'implementing', 'evaluating']) {
      const snapshot = newCase(nd73, { state });
      const expected = nd73.transitions.filter((t) => t.from.includes(state)).map((t) => t.id);
      assert.deepEqual(
        allowedActions(nd73, snapshot, proposer).map((a) => a.action),
        expected,
      );
    }
  });

  test('every disabled action carries reasons, each with a code, both languages, a citation and a status', () => {
    const snapshot = fire(nd73, newCase(nd73), proposer, 'submit');
    for (const who of [head, proposer, actor(people.outsider)]) {
      for (const action of allowedActions(nd73, snapshot, who)) {
        assert.equal(action.allowed, action.reasons.length === 0);
        for (const reason of action.reasons) {
          assert.ok(reason.code && reason.vi && reason.en && reason.citation, JSON.stringify(reason));
          assert.ok(reason.status === 'confirmed' || reason.status === 'configurable');
        }
      }
    }
  });

  test('reports the target state, inputs and documents so the UI can build the form', () => {
    const snapshot = fire(nd73, newCase(nd73), proposer, 'submit');
    const schedule = allowedActions(nd73, snapshot, head).find((a) => a.action === 'scheduleMeeting');
    assert.equal(schedule?.to, 'meetingScheduled');
    assert.deepEqual(
      schedule?.inputs.map((i) => i.name),
      ['meetingDate', 'members'],
    );
    const request = allowedActions(nd73, snapshot, head).find((a) => a.action === 'requestPartyOpinion');
    assert.equal(request?.to, 'submitted');
    assert.equal(request?.documents[0]?.type, 'letter');
  });

  test('does not change the snapshot it reads', () => {
    const snapshot = deepFreeze(fire(nd73, newCase(nd73), proposer, 'submit'));
    assert.doesNotThrow(() => allowedActions(nd73, snapshot, head));
  });

  test('ND73 Art. 8 [U]: an optional transition switched off by the profile is not offered', () => {
    const variant = deriveVariant(nd73, {
      id: 'nd73-2023-tinh-x',
      version: 1,
      parameterOverrides: { allowReturnForRevision: false },
      legalBasis: { citation: 'QĐ 01/2026/QĐ-UBND', title: { vi: 'Quyết định của UBND tỉnh X', en: 'Decision of Province X' } },
    });
    const snapshot = fire(variant, newCase(variant), proposer, 'submit');
    assert.ok(!allowedActions(variant, snapshot, head).some((a) => a.action === 'returnForRevision'));
    assert.equal(
      codeOf(() => assertCanFire(variant, snapshot, head, 'returnForRevision')),
      'procedure.action_disabled',
    );
  });

  test('a system role can be an actor (an inspector records an inspection)', () => {
    const snapshot = newCase(nd73, { state: 'implementing' });
    const inspector = actor('p-inspector', ['inspector']);
    assert.equal(allowedActions(nd73, snapshot, inspector).find((a) => a.action === 'recordInspection')?.allowed, true);
    assert.equal(allowedActions(nd73, snapshot, actor('p-inspector')).find((a) => a.action === 'recordInspection')?.allowed, false);
  });

  test('relations the server knows can be passed with the actor', () => {
    const snapshot = newCase(nd73, { state: 'implementing' });
    const stranger = { personId: 'p-new-implementer', relations: ['implementer' as const] };
    assert.equal(allowedActions(nd73, snapshot, stranger).find((a) => a.action === 'fileProgressReport')?.allowed, true);
  });
});

describe('assertCanFire and nextState', () => {
  test('assertCanFire throws the first reason with its citation and all reasons in details', () => {
    const snapshot = fire(nd73, newCase(nd73), proposer, 'submit');
    try {
      assertCanFire(nd73, snapshot, proposer, 'decideApproval');
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(isDomainError(error));
      assert.equal(error.code, 'procedure.action_not_available');
    }
    const convened = fire(nd73, snapshot, head, 'scheduleMeeting');
    try {
      assertCanFire(nd73, convened, proposer, 'decideApproval');
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(isDomainError(error));
      assert.equal(error.code, 'procedure.actor_not_authorised');
      assert.equal(error.details?.['citation'], 'ND73/2023 Art. 7(4)');
      const reasons = error.details?.['reasons'] as Array<{ code: string }>;
      assert.deepEqual(
        reasons.map((r) => r.code),
        ['procedure.actor_not_authorised', 'vote.not_concluded', 'vote.not_concluded', 'party_opinion.missing'],
      );
    }
  });

  test('unknown actions are refused', () => {
    assert.equal(
      codeOf(() => assertCanFire(nd73, newCase(nd73), proposer, 'approveEverything')),
      'procedure.unknown_action',
    );
    assert.equal(
      codeOf(() => nextState(nd73, 'draft', 'approveEverything')),
      'procedure.unknown_action',
    );
  });

  test('nextState moves or stays as defined, and refuses an action from the wrong state', () => {
    assert.equal(nextState(nd73, 'draft', 'submit'), 'submitted');
    assert.equal(nextState(nd73, 'meetingScheduled', 'recordVote'), 'meetingScheduled');
    assert.equal(nextState(nd73, 'suspended', 'terminate'), 'terminated');
    assert.equal(
      codeOf(() => nextState(nd73, 'closed', 'close')),
      'procedure.action_not_available',
    );
  });
});

describe('relationsToCase', () => {
  test('derives every relation from the snapshot', () => {
    const snapshot = fire(nd73, fire(nd73, newCase(nd73), proposer, 'submit'), head, 'scheduleMeeting');
    assert.deepEqual([...relationsToCase(snapshot, head)].sort(), ['collectiveMember', 'employingHead']);
    assert.deepEqual([...relationsToCase(snapshot, proposer)].sort(), ['collectiveMember', 'implementer', 'proposer']);
    assert.deepEqual([...relationsToCase(snapshot, actor(people.superiorHead))], ['superiorHead']);
    assert.deepEqual([...relationsToCase(snapshot, actor(people.party))], ['partyCommittee']);
    assert.deepEqual([...relationsToCase(snapshot, actor(people.personnel))], ['personnelOfficer']);
    assert.deepEqual([...relationsToCase(snapshot, actor(people.agency))], ['relatedAgency']);
    assert.deepEqual([...relationsToCase(snapshot, actor(people.outsider))], []);
  });
});
