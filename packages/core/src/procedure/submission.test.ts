import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkSubmission } from './submission.ts';
import type { ProposerCategory } from './submission.ts';
import { eligibleProposer, validPlan } from './test-support.ts';

const codes = (reasons: Array<{ code: string }>) => reasons.map((r) => r.code);

describe('checkSubmission', () => {
  test('a complete plan from an eligible proposer has no refusal', () => {
    assert.deepEqual(checkSubmission(validPlan(), eligibleProposer()), []);
  });

  for (const category of ['administrative_leader', 'managerial_public_employee', 'enterprise_post_holder'] as const) {
    test(`ND73 Art. 2: category ${category} may propose`, () => {
      assert.deepEqual(checkSubmission(validPlan(), eligibleProposer({ category })), []);
    });
  }

  for (const category of ['not_eligible', 'party_body_leader'] as ProposerCategory[]) {
    test(`ND73 Art. 2: category ${category} is refused under ND73`, () => {
      const reasons = checkSubmission(validPlan(), eligibleProposer({ category }));
      assert.deepEqual(codes(reasons), ['proposal.proposer_not_eligible']);
      assert.equal(reasons[0]?.citation, 'ND73/2023 Art. 2');
    });
  }

  test('ND73 Art. 2: ordinary staff without a leadership or management post are refused', () => {
    const reasons = checkSubmission(validPlan(), eligibleProposer({ holdsLeadershipPost: false }));
    assert.deepEqual(codes(reasons), ['proposal.proposer_without_management_post']);
    assert.equal(reasons[0]?.citation, 'ND73/2023 Art. 2');
  });

  test('KL14: the Party-side profile accepts party_body_leader with its own citation', () => {
    const options = { eligibleCategories: ['party_body_leader'] as ProposerCategory[], categoryCitation: 'KL14-KL/TW (22/9/2021)' };
    assert.deepEqual(checkSubmission(validPlan(), eligibleProposer({ category: 'party_body_leader' }), options), []);
    const refused = checkSubmission(validPlan(), eligibleProposer(), options);
    assert.equal(refused[0]?.citation, 'KL14-KL/TW (22/9/2021)');
  });

  test('ND73 Art. 1: piloting a legal normative document is out of scope', () => {
    const reasons = checkSubmission(validPlan({ pilotsLegalNormativeDocument: true }), eligibleProposer());
    assert.deepEqual(codes(reasons), ['proposal.out_of_scope_legal_normative_document']);
    assert.equal(reasons[0]?.citation, 'ND73/2023 Art. 1');
    assert.match(reasons[0]?.vi ?? '', /văn bản quy phạm pháp luật/u);
  });

  const conditions = [
    ['removesUnregulatedBottleneck', 'ND73/2023 Art. 5(1)(a)'],
    ['commonInterestAndPracticalValue', 'ND73/2023 Art. 5(1)(b)'],
    ['urgentNeedWithoutHarm', 'ND73/2023 Art. 5(1)(c)'],
    ['promotesDecentralisationReformOrIt', 'ND73/2023 Art. 5(1)(d)'],
  ] as const;
  for (const [key, citation] of conditions) {
    test(`${citation.replace('ND73/2023', 'ND73')}: the condition needs a non-empty justification`, () => {
      const plan = validPlan();
      const reasons = checkSubmission({ ...plan, conditions: { ...plan.conditions, [key]: '  \n ' } }, eligibleProposer());
      assert.deepEqual(codes(reasons), ['proposal.condition_unjustified']);
      assert.equal(reasons[0]?.citation, citation);
      assert.equal(reasons[0]?.field, `plan.conditions.${key}`);
    });
  }

  test("ND73 Art. 4(2): the matter must lie within the employing agency's competence", () => {
    const plan = validPlan();
    const reasons = checkSubmission({ ...plan, declarations: { ...plan.declarations, withinCompetence: false } }, eligibleProposer());
    assert.deepEqual(codes(reasons), ['proposal.outside_competence']);
    assert.equal(reasons[0]?.citation, 'ND73/2023 Art. 4(2)');
  });

  test('ND73 Art. 4(2): the proposal must not contravene higher rules', () => {
    const plan = validPlan();
    const reasons = checkSubmission({ ...plan, declarations: { ...plan.declarations, noContravention: false } }, eligibleProposer());
    assert.deepEqual(codes(reasons), ['proposal.contravenes_higher_rules']);
    assert.equal(reasons[0]?.citation, 'ND73/2023 Art. 4(2)');
  });

  test('ND73 Art. 6 (configurable): the motive declaration is required', () => {
    const plan = validPlan();
    const reasons = checkSubmission(
      { ...plan, declarations: { ...plan.declarations, noPersonalOrGroupBenefit: false } },
      eligibleProposer(),
    );
    assert.deepEqual(codes(reasons), ['proposal.motive_not_declared']);
    assert.equal(reasons[0]?.status, 'configurable');
  });

  test('ND73 Art. 6 (configurable): related parties must be declared; an empty list is the declaration "none"', () => {
    const plan = validPlan();
    const undeclared = checkSubmission({ ...plan, declarations: { ...plan.declarations, relatedParties: null } }, eligibleProposer());
    assert.deepEqual(codes(undeclared), ['proposal.related_parties_not_declared']);
    const declared = checkSubmission(
      { ...plan, declarations: { ...plan.declarations, relatedParties: [{ name: 'Công ty A', relation: 'vợ là cổ đông' }] } },
      eligibleProposer(),
    );
    assert.deepEqual(declared, []);
  });

  test('ND73 Art. 7: every content item of the plan is required', () => {
    const plan = validPlan();
    const reasons = checkSubmission({ ...plan, contents: { ...plan.contents, legalGap: '', feasibility: ' ' } }, eligibleProposer());
    assert.deepEqual(codes(reasons), ['proposal.plan_content_missing', 'proposal.plan_content_missing']);
    assert.deepEqual(
      reasons.map((r) => r.field),
      ['plan.contents.legalGap', 'plan.contents.feasibility'],
    );
    assert.ok(reasons.every((r) => r.citation === 'ND73/2023 Art. 7'));
  });

  test('all refusals are returned together, not only the first', () => {
    const plan = validPlan({ pilotsLegalNormativeDocument: true });
    const reasons = checkSubmission(
      { ...plan, declarations: { ...plan.declarations, withinCompetence: false } },
      eligibleProposer({ category: 'not_eligible', holdsLeadershipPost: false }),
    );
    assert.deepEqual(codes(reasons), [
      'proposal.proposer_not_eligible',
      'proposal.proposer_without_management_post',
      'proposal.out_of_scope_legal_normative_document',
      'proposal.outside_competence',
    ]);
  });
});
