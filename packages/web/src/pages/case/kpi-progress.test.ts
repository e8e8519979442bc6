import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kpiProgress, kpiStatus, latestActuals, progressPercent, readEnvelope } from './kpi-progress.ts';

// The demo's envelope: a KPI where lower is better (days to settle a file) and one where higher is.
const envelope = readEnvelope({
  objectives: [{ id: 'O1', text: 'Rút ngắn thời gian giải quyết hồ sơ' }],
  areas: ['xã Tân Lập', 42],
  pilotEndDate: '2027-05-21',
  budgetCeiling: 300_000_000,
  safeguards: [{ id: 'S1', text: 'Không thu thêm phí của người dân' }],
  kpis: [
    { id: 'K1', name: 'Thời gian giải quyết trung bình', unit: 'ngày', baseline: 20, target: 10 },
    { id: 'K2', name: 'Tỷ lệ hồ sơ trực tuyến', unit: '%', baseline: 40, target: 90 },
    { id: 'K3', name: 'broken', unit: '%', baseline: 'x', target: 1 },
  ],
})!;

describe('approved scope and KPI progress (issue 5: the scope envelope and KPI progress as a chart)', () => {
  it('reads the envelope from loose JSON, dropping what is not usable', () => {
    assert.deepEqual(envelope.areas, ['xã Tân Lập']);
    assert.equal(envelope.budgetCeiling, 300_000_000);
    assert.deepEqual(
      envelope.kpis.map((k) => k.id),
      ['K1', 'K2'],
    );
    assert.equal(readEnvelope(null), null);
    assert.deepEqual(readEnvelope({})?.kpis, []);
  });

  it('takes the latest progress report by period end, and the completion report over all of them', () => {
    const reports = [
      { periodEnd: '2026-12-31', reportedAt: '2027-01-02T00:00:00Z', kpiActuals: [{ kpiId: 'K1', value: 14 }] },
      {
        periodEnd: '2026-09-30',
        reportedAt: '2027-01-03T00:00:00Z',
        kpiActuals: [
          { kpiId: 'K1', value: 18 },
          { kpiId: 'K2', value: 55 },
        ],
      },
    ];
    const fromReports = latestActuals(reports, null);
    assert.deepEqual(fromReports.get('K1'), { value: 14, asOf: '2026-12-31', source: 'progress' });
    assert.deepEqual(fromReports.get('K2'), { value: 55, asOf: '2026-09-30', source: 'progress' });
    const withCompletion = latestActuals(reports, { actualEndDate: '2027-05-20', kpiActuals: [{ kpiId: 'K1', value: 8 }] });
    assert.deepEqual(withCompletion.get('K1'), { value: 8, asOf: '2027-05-20', source: 'completion' });
    assert.deepEqual(withCompletion.get('K2'), { value: 55, asOf: '2026-09-30', source: 'progress' });
  });

  it('measures the way from baseline to target, whichever direction the target lies', () => {
    assert.equal(progressPercent({ baseline: 20, target: 10 }, 15), 50);
    assert.equal(progressPercent({ baseline: 20, target: 10 }, 8), 120);
    assert.equal(progressPercent({ baseline: 40, target: 90 }, 55), 30);
    assert.equal(progressPercent({ baseline: 40, target: 90 }, 30), -20);
    assert.equal(progressPercent({ baseline: 5, target: 5 }, 5), 100);
    assert.equal(progressPercent({ baseline: 5, target: 5 }, null), null);
  });

  it('calls a KPI met exactly as core does (lower target: at or under it; higher target: at or over it)', () => {
    assert.equal(kpiStatus({ baseline: 20, target: 10 }, 10), 'met');
    assert.equal(kpiStatus({ baseline: 20, target: 10 }, 11), 'notMet');
    assert.equal(kpiStatus({ baseline: 40, target: 90 }, 90), 'met');
    assert.equal(kpiStatus({ baseline: 40, target: 90 }, 89.9), 'notMet');
    assert.equal(kpiStatus({ baseline: 40, target: 90 }, null), 'noData');
  });

  it('lists every KPI of the envelope, with no data where nothing was measured yet', () => {
    const rows = kpiProgress(envelope.kpis, latestActuals([{ periodEnd: '2026-12-31', kpiActuals: [{ kpiId: 'K1', value: 9 }] }], null));
    assert.deepEqual(
      rows.map((r) => [r.id, r.actual, r.percent, r.status, r.asOf]),
      [
        ['K1', 9, 110, 'met', '2026-12-31'],
        ['K2', null, null, 'noData', null],
      ],
    );
  });
});
