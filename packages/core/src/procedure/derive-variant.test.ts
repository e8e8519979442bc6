import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../errors.ts';
import { deriveVariant } from './derive-variant.ts';
import { nd73Profile as nd73 } from './profile-nd73-2023.ts';

const basis = {
  citation: 'QĐ 15/2025/QĐ-UBND tỉnh X',
  title: { vi: 'Quy định thời hạn xem xét đề xuất phạm vi rộng', en: 'Provincial rule on wide-scope proposals' },
};

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('deriveVariant', () => {
  test('ND73 Art. 8(2) [U]: a configurable limit can be set locally, with the legal basis recorded', () => {
    const variant = deriveVariant(nd73, {
      id: 'nd73-2023-tinh-x',
      version: 1,
      parameterOverrides: { wideScopeWorkingDays: 20 },
      legalBasis: basis,
    });
    assert.equal(variant.parameters['wideScopeWorkingDays']?.value, 20);
    assert.deepEqual(variant.parameters['wideScopeWorkingDays']?.overriddenBy, { citation: basis.citation, previousValue: 15 });
    assert.equal(variant.parameters['wideScopeWorkingDays']?.status, 'configurable');
    assert.deepEqual(variant.legalBasis.at(-1), basis);
    assert.deepEqual(variant.derivedFrom, { id: 'nd73-2023', version: 1 });
    assert.equal(nd73.parameters['wideScopeWorkingDays']?.value, 15, 'the base profile is unchanged');
  });

  test('ND73 Art. 8(1) [U]: the tie rule is a configurable default', () => {
    const variant = deriveVariant(nd73, {
      id: 'nd73-2023-tinh-x',
      version: 2,
      parameterOverrides: { tieRule: 'halfOfEntitled' },
      legalBasis: basis,
    });
    assert.equal(variant.parameters['tieRule']?.value, 'halfOfEntitled');
  });

  for (const [parameter, citation] of [
    ['approvalWorkingDays', 'ND73/2023 Art. 8(1)'],
    ['completionReportWorkingDays', 'ND73/2023 Art. 18'],
    ['evaluationWorkingDays', 'ND73/2023 Art. 18'],
    ['earlySalaryStepMonths', 'ND73/2023 Art. 10'],
  ] as const) {
    test(`${citation.replace('ND73/2023', 'ND73')}: ${parameter} is fixed by the decree and refused with the article`, () => {
      const error = errorOf(() =>
        deriveVariant(nd73, { id: 'nd73-2023-tinh-x', version: 1, parameterOverrides: { [parameter]: 10 }, legalBasis: basis }),
      );
      assert.equal(error.code, 'procedure.parameter_not_configurable');
      assert.equal(error.details?.['citation'], citation);
      assert.match(error.messages.vi, new RegExp(citation.replace(/[().]/gu, '\\$&'), 'u'));
    });
  }

  test("unknown parameters and a variant with the base's identity are refused, all problems listed", () => {
    const error = errorOf(() => deriveVariant(nd73, { id: 'nd73-2023', version: 1, parameterOverrides: { speed: 3 }, legalBasis: basis }));
    assert.equal(error.code, 'procedure.invalid_variant');
    assert.deepEqual(
      (error.details?.['problems'] as Array<{ code: string }>).map((p) => p.code),
      ['same_identity', 'unknown_parameter'],
    );
  });

  test('a value that breaks the definition is caught by re-validation', () => {
    const badChoice = errorOf(() =>
      deriveVariant(nd73, { id: 'v', version: 1, parameterOverrides: { tieRule: 'coinToss' }, legalBasis: basis }),
    );
    assert.equal(badChoice.code, 'procedure.invalid_definition');
    const reminderTooLate = errorOf(() =>
      deriveVariant(nd73, { id: 'v', version: 1, parameterOverrides: { resultNotificationWorkingDays: 1 }, legalBasis: basis }),
    );
    assert.deepEqual(
      (reminderTooLate.details?.['problems'] as Array<{ code: string }>).map((p) => p.code),
      ['reminder_out_of_range'],
    );
  });
});
