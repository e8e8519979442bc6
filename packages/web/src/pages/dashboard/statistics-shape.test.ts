import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpolate } from '../../i18n/interpolate.ts';
// The screen texts load with the screens; register them as app.tsx does.
import '../../i18n/texts/index.ts';
import { messages, type MessageKey } from '../../i18n/messages.ts';
import {
  checkRange,
  defaultRange,
  defaultReviewPeriod,
  FIGURE_LABELS,
  KPI_FIGURES,
  parsePeriodKey,
  periodBounds,
  periodChartOption,
  periodLabel,
  rangePresets,
  reviewPeriods,
  shorten,
  trail,
  unitChartHeight,
  unitChartOption,
  unitRows,
  withParam,
  type Figures,
  type Statistics,
} from './statistics-shape.ts';

const tOf = (locale: 'vi' | 'en') => (key: MessageKey, params?: Record<string, string | number>) =>
  interpolate(messages[locale][key] ?? `MISSING ${key}`, params);
const vi = tOf('vi');
const en = tOf('en');

function figures(overrides: Partial<Figures> = {}): Figures {
  const zero = Object.fromEntries(Object.keys(FIGURE_LABELS).map((k) => [k, 0])) as Figures;
  return { ...zero, ...overrides };
}

const org = (id: string, name: string) => ({ id, code: id.toUpperCase(), name });

function view(overrides: Partial<Statistics> = {}): Statistics {
  return {
    organisation: org('so', 'Sở Khoa học và Công nghệ'),
    granularity: 'quarter',
    from: '2026-01-01',
    to: '2026-05-15',
    totals: figures({ received: 5 }),
    periods: [
      {
        key: '2026-Q1',
        label: 'Quý I năm 2026',
        from: '2026-01-01',
        to: '2026-03-31',
        figures: figures({ received: 3, awaitingDecision: 2 }),
      },
      {
        key: '2026-Q2',
        label: 'Quý II năm 2026',
        from: '2026-04-01',
        to: '2026-05-15',
        figures: figures({ received: 2, completed: 1, awaitingDecision: 1 }),
      },
    ],
    breakdown: [
      { organisation: org('so', 'Sở Khoa học và Công nghệ'), own: true, figures: figures({ completed: 1, protectionNoLiability: 1 }) },
      {
        organisation: org('tt', 'Trung tâm Thông tin và Thống kê khoa học và công nghệ'),
        own: false,
        figures: figures({ notCompleted: 2 }),
      },
    ],
    ...overrides,
  };
}

const chart = { t: vi, locale: 'vi' as const, format: (n: number) => String(n), narrow: false };

describe('dashboard figures and periods', () => {
  it('every figure of the API has a label in both languages, and the KPI cards are the issue list', () => {
    for (const key of Object.values(FIGURE_LABELS)) {
      assert.ok((messages.vi[key] ?? '').length > 0 && (messages.en[key] ?? '').length > 0, key);
    }
    assert.deepEqual(KPI_FIGURES, [
      'received',
      'awaitingDecision',
      'inProgress',
      'approvedByVote',
      'approvedByOverride',
      'rejected',
      'completed',
      'overdueSteps',
    ]);
  });

  it('parses period keys like the server and refuses anything else', () => {
    assert.deepEqual(parsePeriodKey('2026-03'), { granularity: 'month', year: 2026, index: 3 });
    assert.deepEqual(parsePeriodKey('2026-Q4'), { granularity: 'quarter', year: 2026, index: 4 });
    assert.deepEqual(parsePeriodKey('2026-H2'), { granularity: 'half', year: 2026, index: 2 });
    assert.deepEqual(parsePeriodKey('2026'), { granularity: 'year', year: 2026, index: 1 });
    for (const bad of ['2026-13', '2026-Q5', '2026-H3', '26', '2026-3', 'total']) assert.equal(parsePeriodKey(bad), null, bad);
  });

  it('labels periods the Vietnamese way (Roman quarters) and in English', () => {
    assert.equal(periodLabel('2026-03', vi, 'vi'), 'Tháng 3 năm 2026');
    assert.equal(periodLabel('2026-03', vi, 'vi', true), '03/2026');
    assert.equal(periodLabel('2026-Q2', vi, 'vi'), 'Quý II năm 2026');
    assert.equal(periodLabel('2026-Q2', vi, 'vi', true), 'Quý II/2026');
    assert.equal(periodLabel('2026-H1', vi, 'vi'), '6 tháng đầu năm 2026');
    assert.equal(periodLabel('2026-H2', vi, 'vi', true), '6 tháng cuối 2026');
    assert.equal(periodLabel('2026', vi, 'vi'), 'Năm 2026');
    assert.equal(periodLabel('2026-Q2', en, 'en'), 'Q2 2026');
    assert.equal(periodLabel('2026-H1', en, 'en', true), 'H1 2026');
    assert.equal(periodLabel('2026', en, 'en', true), '2026');
    assert.equal(periodLabel('whatever', vi, 'vi'), 'whatever');
  });

  it('bounds of periods, including leap February and the second half', () => {
    assert.deepEqual(periodBounds('2028-02'), { from: '2028-02-01', to: '2028-02-29' });
    assert.deepEqual(periodBounds('2026-02'), { from: '2026-02-01', to: '2026-02-28' });
    assert.deepEqual(periodBounds('2026-Q3'), { from: '2026-07-01', to: '2026-09-30' });
    assert.deepEqual(periodBounds('2026-H2'), { from: '2026-07-01', to: '2026-12-31' });
    assert.deepEqual(periodBounds('2026'), { from: '2026-01-01', to: '2026-12-31' });
  });

  it('default and preset ranges never end after today', () => {
    assert.deepEqual(defaultRange('2026-05-15'), { from: '2026-01-01', to: '2026-05-15' });
    const presets = rangePresets('2026-05-15');
    assert.deepEqual(
      presets.map((p) => [p.label, p.range.from, p.range.to]),
      [
        ['dashboard.preset.year_to_date', '2026-01-01', '2026-05-15'],
        ['dashboard.preset.this_quarter', '2026-04-01', '2026-05-15'],
        ['dashboard.preset.first_half', '2026-01-01', '2026-05-15'],
        ['dashboard.preset.last_year', '2025-01-01', '2025-12-31'],
      ],
    );
    const autumn = rangePresets('2026-11-22');
    assert.deepEqual(autumn.find((p) => p.label === 'dashboard.preset.second_half')?.range, { from: '2026-07-01', to: '2026-11-22' });
    assert.deepEqual(autumn.find((p) => p.label === 'dashboard.preset.first_half')?.range, { from: '2026-01-01', to: '2026-06-30' });
  });

  it('checks the range as the server does', () => {
    assert.equal(checkRange('2026-01-01', '2026-05-15'), null);
    assert.equal(checkRange('2026-05-15', '2026-05-15'), null);
    assert.equal(checkRange('2026-05-16', '2026-05-15'), 'dashboard.range.invalid');
    assert.equal(checkRange('1960-01-01', '2026-05-15'), 'dashboard.range.too_long');
    assert.equal(checkRange('2026-02-30', '2026-05-15'), 'validation.date_required');
    assert.equal(checkRange('', '2026-05-15'), 'validation.date_required');
  });

  it('offers the review periods (no months) that meet the range and have begun, newest first', () => {
    assert.deepEqual(reviewPeriods({ from: '2026-01-01', to: '2026-05-15' }, '2026-05-15'), ['2026', '2026-H1', '2026-Q2', '2026-Q1']);
    assert.deepEqual(reviewPeriods({ from: '2025-10-01', to: '2026-02-01' }, '2026-05-15'), [
      '2026',
      '2026-H1',
      '2026-Q1',
      '2025',
      '2025-H2',
      '2025-Q4',
    ]);
    assert.equal(defaultReviewPeriod({ from: '2026-01-01', to: '2026-05-15' }), '2026-H1');
    assert.equal(defaultReviewPeriod({ from: '2026-01-01', to: '2026-11-22' }), '2026-H2');
  });
});

describe('dashboard charts and drill-down', () => {
  it('the chart by period has one category per period and bars for flows, lines for stocks', () => {
    const option = periodChartOption(view(), chart);
    assert.deepEqual(option.xAxis.data, ['Quý I/2026', 'Quý II/2026']);
    const received = option.series.find((s) => s.name === 'Tiếp nhận')!;
    assert.equal(received.type, 'bar');
    assert.deepEqual(received.data, [3, 2]);
    const awaiting = option.series.find((s) => s.name === 'Đang chờ quyết định')!;
    assert.equal(awaiting.type, 'line');
    assert.deepEqual(awaiting.data, [2, 1]);
    assert.equal(option.series.length, 7);
    assert.ok(option.series.every((s) => s.data.length === 2));
  });

  it('the chart by unit stacks outcomes and protection results separately, one category per unit', () => {
    const rows = unitRows(view());
    assert.deepEqual(
      rows.map((r) => [r.organisation.id, r.own]),
      [
        ['so', true],
        ['tt', false],
      ],
    );
    const option = unitChartOption(rows, chart);
    assert.deepEqual(option.yAxis.data, ['Sở Khoa học và Công nghệ (trực tiếp)', 'Trung tâm Thông tin và Thống kê khoa học và công nghệ']);
    const stacks = new Set(option.series.map((s) => s.stack));
    assert.deepEqual([...stacks].sort(), ['outcome', 'protection']);
    assert.deepEqual(option.series.find((s) => s.name === 'Không hoàn thành')!.data, [0, 2]);
    assert.deepEqual(option.series.find((s) => s.name === 'Không bị xem xét trách nhiệm')!.data, [1, 0]);
    assert.ok(unitChartHeight(10) > unitChartHeight(2));
    // The whole system (administrator, no agency chosen): the top-level agencies are the rows.
    const whole = unitRows(view({ organisation: null, breakdown: [] }), [{ organisation: org('p', 'UBND tỉnh'), figures: figures() }]);
    assert.deepEqual(
      whole.map((r) => [r.organisation.name, r.own]),
      [['UBND tỉnh', false]],
    );
  });

  it('shortens long unit names at a word for the axis', () => {
    assert.equal(shorten('Sở Nội vụ', 18), 'Sở Nội vụ');
    const short = shorten('Trung tâm Thông tin và Thống kê khoa học và công nghệ', 18);
    assert.ok(short.length <= 18, short);
    assert.ok(short.endsWith('…'));
    assert.equal(short, 'Trung tâm Thông…');
  });

  it('changes one URL parameter and keeps the others', () => {
    assert.equal(withParam('?period=quarter&org=a', 'org', 'b'), '?period=quarter&org=b');
    assert.equal(withParam('?period=quarter&org=a', 'org', null), '?period=quarter');
    assert.equal(withParam('', 'org', null), '');
  });

  it('builds the breadcrumb from the starting unit down to the current one', () => {
    const chain = [
      { id: 'tt', name: 'Trung tâm' },
      { id: 'so', name: 'Sở' },
      { id: 'p', name: 'Tỉnh' },
    ];
    assert.deepEqual(
      trail(chain, new Set(['so']))?.map((u) => u.id),
      ['so', 'tt'],
    );
    assert.deepEqual(
      trail(chain, new Set(['p']))?.map((u) => u.id),
      ['p', 'so', 'tt'],
    );
    assert.deepEqual(
      trail(chain, new Set(['tt']))?.map((u) => u.id),
      ['tt'],
    );
    assert.equal(trail(chain, new Set(['elsewhere'])), null);
  });
});
