import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../errors.ts';
import { deriveProtection, evaluationOutcomes } from './protection.ts';
import type { EvaluationFindings, EvaluationOutcome, Protection } from './protection.ts';

const allYes: EvaluationFindings = { followedApprovedLine: true, pureMotive: true, commonInterest: true };

describe('deriveProtection: the rows of the Art. 11 table', () => {
  test('ND73 Art. 11: completed → no liability is imposed', () => {
    const result = deriveProtection({ outcome: 'completed', findings: null, withinApprovedScope: true, abuse: false });
    assert.equal(result.protection, 'noLiability');
    assert.equal(result.reasons[0]?.citation, 'ND73/2023 Art. 11');
    assert.equal(result.decree172, null);
  });

  test('ND73 Art. 11: not/partly completed, no damage, all three findings yes → liability excluded', () => {
    const result = deriveProtection({ outcome: 'notCompletedNoDamage', findings: allYes, withinApprovedScope: true, abuse: false });
    assert.equal(result.protection, 'liabilityExcluded');
  });

  test('ND73 Art. 11: with damage, all three findings yes → exclusion, exemption or mitigation considered', () => {
    const result = deriveProtection({
      outcome: 'notCompletedWithDamage',
      findings: allYes,
      withinApprovedScope: true,
      abuse: false,
      causes: [{ kind: 'objective', description: 'Bão số 3', attributedTo: 'thiên tai' }],
    });
    assert.equal(result.protection, 'considerExclusionExemptionMitigation');
    assert.equal(result.decree172?.citation, 'ND172/2025');
    assert.equal(result.decree172?.objectiveCauseRecorded, true);
  });

  test('ND172/2025: the note says whether an objective cause was recorded', () => {
    const result = deriveProtection({
      outcome: 'notCompletedWithDamage',
      findings: allYes,
      withinApprovedScope: true,
      abuse: false,
      causes: [{ kind: 'subjective', description: 'Ước tính sai', attributedTo: 'tổ triển khai' }],
    });
    assert.equal(result.decree172?.objectiveCauseRecorded, false);
  });

  for (const key of ['followedApprovedLine', 'pureMotive', 'commonInterest'] as const) {
    test(`ND73 Art. 11: finding ${key} = no → not protected, whatever the damage`, () => {
      for (const outcome of ['notCompletedNoDamage', 'notCompletedWithDamage'] as const) {
        const result = deriveProtection({ outcome, findings: { ...allYes, [key]: false }, withinApprovedScope: true, abuse: false });
        assert.equal(result.protection, 'notProtected');
        assert.deepEqual(
          result.reasons.map((r) => r.code),
          [`protection.finding_negative.${key}`],
        );
      }
    });
  }

  test('ND73 Art. 11: outside the approved scope → not protected, even when completed', () => {
    const result = deriveProtection({ outcome: 'completed', findings: null, withinApprovedScope: false, abuse: false });
    assert.equal(result.protection, 'notProtected');
    assert.deepEqual(
      result.reasons.map((r) => r.code),
      ['protection.outside_scope'],
    );
  });

  test('ND73 Art. 6: abuse of the policy → not protected, even when completed', () => {
    const result = deriveProtection({ outcome: 'completed', findings: null, withinApprovedScope: true, abuse: true });
    assert.equal(result.protection, 'notProtected');
    assert.equal(result.reasons[0]?.citation, 'ND73/2023 Art. 6');
  });

  test('ND73 Art. 11: every reason for refusing protection is listed, not only the first', () => {
    const result = deriveProtection({
      outcome: 'notCompletedWithDamage',
      findings: { followedApprovedLine: false, pureMotive: false, commonInterest: true },
      withinApprovedScope: false,
      abuse: true,
    });
    assert.deepEqual(
      result.reasons.map((r) => r.code),
      [
        'protection.abuse',
        'protection.outside_scope',
        'protection.finding_negative.followedApprovedLine',
        'protection.finding_negative.pureMotive',
      ],
    );
  });

  test('ND73 Art. 11: a not-completed outcome without the three findings cannot be decided', () => {
    assert.throws(
      () => deriveProtection({ outcome: 'notCompletedNoDamage', findings: null, withinApprovedScope: true, abuse: false }),
      (error: unknown) =>
        isDomainError(error) && error.code === 'protection.findings_required' && error.details?.['citation'] === 'ND73/2023 Art. 11',
    );
  });
});

describe('deriveProtection: every combination', () => {
  // The decree73.md §6 table, read row by row, as the oracle.
  function expected(
    outcome: EvaluationOutcome,
    findings: EvaluationFindings | null,
    inScope: boolean,
    abuse: boolean,
  ): Protection | 'error' {
    if (outcome !== 'completed' && findings === null) return 'error';
    const anyNo = findings !== null && (!findings.followedApprovedLine || !findings.pureMotive || !findings.commonInterest);
    if (anyNo || !inScope || abuse) return 'notProtected';
    if (outcome === 'completed') return 'noLiability';
    if (outcome === 'notCompletedNoDamage') return 'liabilityExcluded';
    return 'considerExclusionExemptionMitigation';
  }

  const findingSets: Array<EvaluationFindings | null> = [null];
  for (let bits = 0; bits < 8; bits += 1) {
    findingSets.push({ followedApprovedLine: (bits & 1) !== 0, pureMotive: (bits & 2) !== 0, commonInterest: (bits & 4) !== 0 });
  }

  test('ND73 Art. 11: 3 outcomes × 9 finding sets × scope × abuse = 108 cases follow the table', () => {
    let count = 0;
    for (const outcome of evaluationOutcomes) {
      for (const findings of findingSets) {
        for (const inScope of [true, false]) {
          for (const abuse of [false, true]) {
            const want = expected(outcome, findings, inScope, abuse);
            const run = () => deriveProtection({ outcome, findings, withinApprovedScope: inScope, abuse });
            if (want === 'error') {
              assert.throws(run, (e: unknown) => isDomainError(e) && e.code === 'protection.findings_required');
            } else {
              const result = run();
              assert.equal(result.protection, want, JSON.stringify({ outcome, findings, inScope, abuse }));
              assert.ok(result.reasons.length > 0 && result.reasons.every((r) => r.citation.length > 0));
              assert.equal(result.decree172 !== null, want === 'considerExclusionExemptionMitigation');
            }
            count += 1;
          }
        }
      }
    }
    assert.equal(count, 108);
  });
});
