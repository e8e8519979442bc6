import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkEncouragement, encouragementOptions } from './encouragement.ts';

describe('Art. 10 encouragement', () => {
  test('ND73 Art. 10: only completed proposals are encouraged', () => {
    for (const outcome of ['notCompletedNoDamage', 'notCompletedWithDamage', null] as const) {
      const reasons = checkEncouragement(outcome, { kind: 'commendation', beneficiaryKind: 'individual' });
      assert.deepEqual(
        reasons.map((r) => r.code),
        ['encouragement.not_completed'],
      );
      assert.equal(reasons[0]?.citation, 'ND73/2023 Art. 10');
    }
    assert.deepEqual(checkEncouragement('completed', { kind: 'commendation', beneficiaryKind: 'individual' }), []);
  });

  test('ND73 Art. 10: the salary step comes 12 months early, not another period', () => {
    assert.deepEqual(
      checkEncouragement('completed', { kind: 'earlySalaryStep', beneficiaryKind: 'individual', earlySalaryStepMonths: 12 }),
      [],
    );
    const reasons = checkEncouragement('completed', { kind: 'earlySalaryStep', beneficiaryKind: 'individual', earlySalaryStepMonths: 6 });
    assert.deepEqual(
      reasons.map((r) => r.code),
      ['encouragement.salary_step_months'],
    );
  });

  test('ND73 Art. 10: organisations receive commendation and reward, not individual personnel measures', () => {
    assert.deepEqual(checkEncouragement('completed', { kind: 'reward', beneficiaryKind: 'organisation' }), []);
    for (const kind of ['personnelPriority', 'earlySalaryStep', 'rankPromotion'] as const) {
      const reasons = checkEncouragement('completed', {
        kind,
        beneficiaryKind: 'organisation',
        earlySalaryStepMonths: 12,
        personnelPurposes: ['planning'],
      });
      assert.deepEqual(
        reasons.map((r) => r.code),
        ['encouragement.individual_only'],
      );
    }
  });

  test('ND73 Art. 10: a personnel priority names what it is for (rating, appointment, planning, rotation …)', () => {
    assert.deepEqual(
      checkEncouragement('completed', { kind: 'personnelPriority', beneficiaryKind: 'individual' }).map((r) => r.code),
      ['encouragement.priority_purpose_missing'],
    );
    assert.deepEqual(
      checkEncouragement('completed', { kind: 'personnelPriority', beneficiaryKind: 'individual', personnelPurposes: ['appointment'] }),
      [],
    );
  });

  test('ND73 Art. 10: the options list all five kinds and allows them for a completed proposal', () => {
    const options = encouragementOptions('completed', 'individual');
    assert.deepEqual(
      options.map((o) => o.kind),
      ['commendation', 'reward', 'personnelPriority', 'earlySalaryStep', 'rankPromotion'],
    );
    assert.ok(options.every((o) => o.allowed));
    assert.ok(encouragementOptions('notCompletedNoDamage', 'individual').every((o) => !o.allowed));
    assert.deepEqual(
      encouragementOptions('completed', 'organisation')
        .filter((o) => o.allowed)
        .map((o) => o.kind),
      ['commendation', 'reward'],
    );
  });
});
