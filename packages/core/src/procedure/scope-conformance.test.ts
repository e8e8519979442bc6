import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../errors.ts';
import { deriveProtection } from './protection.ts';
import { checkScopeConformance, envelopeInForce, nextDay } from './scope-conformance.ts';
import type { AdjustDecision, ImplementationRecord, ScopeEnvelope } from './scope-conformance.ts';

const envelope: ScopeEnvelope = {
  objectives: [{ id: 'o1', text: 'Rút ngắn thời gian cấp giấy chứng nhận' }],
  areas: ['xa-a', 'xa-b'],
  pilotEndDate: '2026-06-30',
  budgetCeiling: 200_000_000,
  safeguards: [{ id: 's1', text: 'Giữ bản giấy song song' }],
  kpis: [
    { id: 'k1', name: 'Thời gian giải quyết', baseline: 20, target: 10, unit: 'ngày' },
    { id: 'k2', name: 'Tỷ lệ hồ sơ trực tuyến', baseline: 10, target: 60, unit: '%' },
    { id: 'k3', name: 'Mức hài lòng', baseline: 70, target: 85, unit: '%' },
  ],
};

function record(overrides: Partial<ImplementationRecord> = {}): ImplementationRecord {
  return {
    spending: [
      { date: '2026-02-01', amount: 80_000_000 },
      { date: '2026-04-01', amount: 100_000_000 },
    ],
    actualEndDate: '2026-06-30',
    areas: [
      { areaId: 'xa-a', since: '2026-01-15' },
      { areaId: 'xa-b', since: '2026-02-01' },
    ],
    objectives: [{ objectiveId: 'o1', since: '2026-01-15' }],
    safeguardBreaches: [],
    kpiActuals: [
      { kpiId: 'k1', value: 9 },
      { kpiId: 'k2', value: 55 },
    ],
    adjustDecisions: [],
    ...overrides,
  };
}

const decision = (id: string, effectiveDate: string, changes: AdjustDecision['changes']): AdjustDecision => ({
  id,
  effectiveDate,
  changes,
});

describe('checkScopeConformance', () => {
  test('ND73 Art. 11: an implementation inside the envelope has no deviation', () => {
    const report = checkScopeConformance(envelope, record());
    assert.deepEqual(report.deviations, []);
    assert.equal(report.withinApprovedScope, true);
    assert.equal(report.citation, 'ND73/2023 Art. 11');
  });

  describe('budget', () => {
    const over = [
      { date: '2026-02-01', amount: 150_000_000 },
      { date: '2026-05-01', amount: 100_000_000 },
    ];

    test('ND73 Art. 11: spending above the ceiling without an adjust decision is an uncovered deviation', () => {
      const report = checkScopeConformance(envelope, record({ spending: over }));
      assert.equal(report.withinApprovedScope, false);
      const [deviation] = report.deviations;
      assert.equal(deviation?.kind, 'budgetExceeded');
      assert.equal(deviation?.actual, 250_000_000);
      assert.equal(deviation?.since, '2026-05-01');
      assert.equal(deviation?.covered, false);
    });

    test('ND73 Art. 11: a ceiling raised before the overspend covers it', () => {
      const report = checkScopeConformance(
        envelope,
        record({ spending: over, adjustDecisions: [decision('QD-12', '2026-04-15', { budgetCeiling: 300_000_000 })] }),
      );
      assert.equal(report.withinApprovedScope, true);
      assert.equal(report.deviations[0]?.covered, true);
      assert.deepEqual(report.deviations[0]?.coveredBy, ['QD-12']);
    });

    test('ND73 Art. 11: a ceiling raised after the overspend does not cover it and is shown as retroactive', () => {
      const report = checkScopeConformance(
        envelope,
        record({ spending: over, adjustDecisions: [decision('QD-15', '2026-05-20', { budgetCeiling: 300_000_000 })] }),
      );
      assert.equal(report.withinApprovedScope, false);
      assert.deepEqual(report.deviations[0]?.retroactiveDecisions, ['QD-15']);
      assert.match(report.deviations[0]?.text.vi ?? '', /QD-15/u);
    });

    test('ND73 Art. 11: spending above a lowered ceiling is a deviation even within the original one', () => {
      const report = checkScopeConformance(
        envelope,
        record({ adjustDecisions: [decision('QD-3', '2026-03-01', { budgetCeiling: 120_000_000 })] }),
      );
      assert.equal(report.withinApprovedScope, false);
      assert.equal(report.deviations[0]?.since, '2026-04-01');
    });
  });

  describe('pilot end date', () => {
    test('ND73 Art. 11: running past the end date without an extension is an uncovered deviation', () => {
      const report = checkScopeConformance(envelope, record({ actualEndDate: '2026-07-15' }));
      assert.equal(report.deviations[0]?.kind, 'pilotEndDateExceeded');
      assert.equal(report.deviations[0]?.since, '2026-07-01');
      assert.equal(report.withinApprovedScope, false);
    });

    test('ND73 Art. 11: an extension in force before the end date covers the overrun', () => {
      const report = checkScopeConformance(
        envelope,
        record({ actualEndDate: '2026-07-15', adjustDecisions: [decision('QD-20', '2026-06-25', { pilotEndDate: '2026-08-31' })] }),
      );
      assert.equal(report.withinApprovedScope, true);
      assert.deepEqual(report.deviations[0]?.coveredBy, ['QD-20']);
    });

    test('ND73 Art. 11: an extension issued after the pilot overran does not cover it', () => {
      const report = checkScopeConformance(
        envelope,
        record({ actualEndDate: '2026-07-15', adjustDecisions: [decision('QD-21', '2026-07-10', { pilotEndDate: '2026-08-31' })] }),
      );
      assert.equal(report.withinApprovedScope, false);
      assert.deepEqual(report.deviations[0]?.retroactiveDecisions, ['QD-21']);
    });

    test('ND73 Art. 11: chained extensions each in time cover the overrun', () => {
      const report = checkScopeConformance(
        envelope,
        record({
          actualEndDate: '2026-10-15',
          adjustDecisions: [
            decision('B', '2026-08-30', { pilotEndDate: '2026-10-31' }),
            decision('A', '2026-06-01', { pilotEndDate: '2026-08-31' }),
          ],
        }),
      );
      assert.equal(report.withinApprovedScope, true);
      assert.deepEqual(report.deviations[0]?.coveredBy, ['A', 'B']);
    });

    test('a running pilot is judged as of the date the caller gives (core has no clock)', () => {
      assert.deepEqual(checkScopeConformance(envelope, record({ actualEndDate: null })).deviations, []);
      const report = checkScopeConformance(envelope, record({ actualEndDate: null }), { asOf: '2026-07-02' });
      assert.equal(report.deviations[0]?.kind, 'pilotEndDateExceeded');
    });
  });

  describe('areas and objectives', () => {
    test('ND73 Art. 11: an area outside the envelope is an uncovered deviation', () => {
      const report = checkScopeConformance(envelope, record({ areas: [{ areaId: 'xa-c', since: '2026-03-01' }] }));
      assert.equal(report.deviations[0]?.kind, 'areaOutsideScope');
      assert.equal(report.deviations[0]?.approved, null);
      assert.equal(report.withinApprovedScope, false);
    });

    test('ND73 Art. 11: an area added by a decision before work there began is covered', () => {
      const report = checkScopeConformance(
        envelope,
        record({
          areas: [{ areaId: 'xa-c', since: '2026-03-01' }],
          adjustDecisions: [decision('QD-5', '2026-02-20', { addAreas: ['xa-c'] })],
        }),
      );
      assert.equal(report.withinApprovedScope, true);
      assert.deepEqual(report.deviations[0]?.coveredBy, ['QD-5']);
    });

    test('ND73 Art. 11: an area added after work there began is not covered', () => {
      const report = checkScopeConformance(
        envelope,
        record({
          areas: [{ areaId: 'xa-c', since: '2026-03-01' }],
          adjustDecisions: [decision('QD-6', '2026-03-20', { addAreas: ['xa-c'] })],
        }),
      );
      assert.equal(report.withinApprovedScope, false);
      assert.deepEqual(report.deviations[0]?.retroactiveDecisions, ['QD-6']);
    });

    test('ND73 Art. 11: working in an area after it was removed is a deviation', () => {
      const report = checkScopeConformance(
        envelope,
        record({
          areas: [{ areaId: 'xa-b', since: '2026-04-01' }],
          adjustDecisions: [decision('QD-7', '2026-03-01', { removeAreas: ['xa-b'] })],
        }),
      );
      assert.equal(report.withinApprovedScope, false);
      assert.equal(report.deviations[0]?.approved, 'xa-b');
    });

    test('ND73 Art. 11: an objective outside the envelope is a deviation unless added in time', () => {
      const outside = checkScopeConformance(envelope, record({ objectives: [{ objectiveId: 'o2', since: '2026-03-01' }] }));
      assert.equal(outside.deviations[0]?.kind, 'objectiveOutsideScope');
      assert.equal(outside.withinApprovedScope, false);
      const added = checkScopeConformance(
        envelope,
        record({
          objectives: [{ objectiveId: 'o2', since: '2026-03-01' }],
          adjustDecisions: [decision('QD-8', '2026-02-01', { addObjectives: [{ id: 'o2', text: 'Thêm' }] })],
        }),
      );
      assert.equal(added.withinApprovedScope, true);
    });
  });

  describe('safeguards', () => {
    test('ND73 Art. 11: breaching a safeguard in force is an uncovered deviation', () => {
      const report = checkScopeConformance(
        envelope,
        record({ safeguardBreaches: [{ safeguardId: 's1', on: '2026-03-03', description: 'Bỏ bản giấy' }] }),
      );
      assert.equal(report.deviations[0]?.kind, 'safeguardBreached');
      assert.equal(report.withinApprovedScope, false);
    });

    test('ND73 Art. 11: a safeguard lifted by a decision before the act is covered', () => {
      const report = checkScopeConformance(
        envelope,
        record({
          safeguardBreaches: [{ safeguardId: 's1', on: '2026-03-03', description: 'Bỏ bản giấy' }],
          adjustDecisions: [decision('QD-9', '2026-03-01', { removeSafeguards: ['s1'] })],
        }),
      );
      assert.equal(report.withinApprovedScope, true);
      assert.deepEqual(report.deviations[0]?.coveredBy, ['QD-9']);
    });

    test('a breach of a safeguard nobody approved is refused as bad input', () => {
      assert.throws(
        () => checkScopeConformance(envelope, record({ safeguardBreaches: [{ safeguardId: 'zz', on: '2026-03-03', description: '?' }] })),
        (e: unknown) => isDomainError(e) && e.code === 'scope.unknown_safeguard',
      );
    });
  });

  test('KPIs are reported against the target in force: met, not met, no data; lower-is-better when the target is below the baseline', () => {
    const report = checkScopeConformance(
      envelope,
      record({ adjustDecisions: [decision('QD-K', '2026-03-01', { kpiTargets: { k2: 50 } })] }),
    );
    assert.deepEqual(
      report.kpiResults.map((k) => [k.kpiId, k.target, k.status]),
      [
        ['k1', 10, 'met'],
        ['k2', 50, 'met'],
        ['k3', 85, 'noData'],
      ],
    );
    const strict = checkScopeConformance(envelope, record());
    assert.equal(strict.kpiResults[1]?.status, 'notMet');
  });

  test('the report does not depend on the order of decisions or spending', () => {
    const decisions = [decision('X', '2026-04-15', { budgetCeiling: 300_000_000 }), decision('Y', '2026-02-20', { addAreas: ['xa-c'] })];
    const spending = [
      { date: '2026-05-01', amount: 100_000_000 },
      { date: '2026-02-01', amount: 150_000_000 },
    ];
    const areas = [{ areaId: 'xa-c', since: '2026-03-01' }];
    const a = checkScopeConformance(envelope, record({ adjustDecisions: decisions, spending, areas }));
    const b = checkScopeConformance(
      envelope,
      record({ adjustDecisions: [...decisions].reverse(), spending: [...spending].reverse(), areas }),
    );
    assert.deepEqual(a, b);
  });

  test('ND73 Art. 11: the conformance report decides the scope input of the protection rule', () => {
    const report = checkScopeConformance(envelope, record({ actualEndDate: '2026-07-15' }));
    const protection = deriveProtection({
      outcome: 'completed',
      findings: null,
      withinApprovedScope: report.withinApprovedScope,
      abuse: false,
    });
    assert.equal(protection.protection, 'notProtected');
  });

  test('envelopeInForce applies only decisions effective on or before the date; nextDay crosses months and leap days', () => {
    const decisions = [decision('D', '2026-05-01', { budgetCeiling: 1 })];
    assert.equal(envelopeInForce(envelope, decisions, '2026-04-30').budgetCeiling, 200_000_000);
    assert.equal(envelopeInForce(envelope, decisions, '2026-05-01').budgetCeiling, 1);
    assert.equal(nextDay('2028-02-28'), '2028-02-29');
    assert.equal(nextDay('2026-12-31'), '2027-01-01');
  });

  test('invalid dates and amounts are refused', () => {
    assert.throws(
      () => checkScopeConformance({ ...envelope, pilotEndDate: '30/06/2026' }, record()),
      (e: unknown) => isDomainError(e) && e.code === 'date.invalid',
    );
    assert.throws(
      () => checkScopeConformance(envelope, record({ spending: [{ date: '2026-01-01', amount: -5 }] })),
      (e: unknown) => isDomainError(e) && e.code === 'scope.invalid_amount',
    );
  });
});
