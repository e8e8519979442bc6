/**
 * Pure helpers of the dashboard: which figures go where, period keys and their labels, the
 * default and preset ranges, the review periods a range offers, and the chart options (plain
 * objects, so they are tested without a browser and without echarts).
 */
import type { Schemas } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/messages.ts';

export type Figures = Schemas['StatisticsFigures'];
export type FigureKey = keyof Figures;
export type Statistics = Schemas['Statistics'];
export type Granularity = Statistics['granularity'];
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'half', 'year'];

export const GRANULARITY_LABELS: Record<Granularity, MessageKey> = {
  month: 'dashboard.period.month',
  quarter: 'dashboard.period.quarter',
  half: 'dashboard.period.half',
  year: 'dashboard.period.year',
};

export const FIGURE_LABELS: Record<FigureKey, MessageKey> = {
  received: 'dashboard.figure.received',
  approvedByVote: 'dashboard.figure.approvedByVote',
  approvedByOverride: 'dashboard.figure.approvedByOverride',
  rejected: 'dashboard.figure.rejected',
  returnedForRevision: 'dashboard.figure.returnedForRevision',
  awaitingDecision: 'dashboard.figure.awaitingDecision',
  inProgress: 'dashboard.figure.inProgress',
  suspended: 'dashboard.figure.suspended',
  terminated: 'dashboard.figure.terminated',
  completionReported: 'dashboard.figure.completionReported',
  completed: 'dashboard.figure.completed',
  partlyCompleted: 'dashboard.figure.partlyCompleted',
  notCompleted: 'dashboard.figure.notCompleted',
  withDamage: 'dashboard.figure.withDamage',
  protectionNoLiability: 'dashboard.figure.protectionNoLiability',
  protectionLiabilityExcluded: 'dashboard.figure.protectionLiabilityExcluded',
  protectionReliefConsidered: 'dashboard.figure.protectionReliefConsidered',
  protectionNotProtected: 'dashboard.figure.protectionNotProtected',
  abuse: 'dashboard.figure.abuse',
  encouragements: 'dashboard.figure.encouragements',
  overdueSteps: 'dashboard.figure.overdueSteps',
};

/** The KPI cards, in reading order (the list). */
export const KPI_FIGURES: readonly FigureKey[] = [
  'received',
  'awaitingDecision',
  'inProgress',
  'approvedByVote',
  'approvedByOverride',
  'rejected',
  'completed',
  'overdueSteps',
];

/** Stocks: counted at the end of a period, never summed over periods. */
export const STOCK_FIGURES: readonly FigureKey[] = ['awaitingDecision', 'inProgress'];

/** Columns of the table by period: intake, stocks, results. */
export const PERIOD_TABLE_FIGURES: readonly FigureKey[] = [
  'received',
  'approvedByVote',
  'approvedByOverride',
  'rejected',
  'returnedForRevision',
  'awaitingDecision',
  'inProgress',
  'suspended',
  'terminated',
  'completed',
  'partlyCompleted',
  'notCompleted',
  'encouragements',
  'overdueSteps',
];

/** The chart by period: flows as bars, stocks as lines. */
export const PERIOD_CHART_BARS: readonly FigureKey[] = ['received', 'approvedByVote', 'approvedByOverride', 'rejected', 'completed'];
export const PERIOD_CHART_LINES: readonly FigureKey[] = ['awaitingDecision', 'inProgress'];

export const OUTCOME_FIGURES: readonly FigureKey[] = ['completed', 'partlyCompleted', 'notCompleted'];
export const PROTECTION_FIGURES: readonly FigureKey[] = [
  'protectionNoLiability',
  'protectionLiabilityExcluded',
  'protectionReliefConsidered',
  'protectionNotProtected',
];

/** Column groups of the table by unit. */
export const UNIT_TABLE_GROUPS: ReadonlyArray<{ label: MessageKey; figures: readonly FigureKey[] }> = [
  { label: 'dashboard.group.intake', figures: ['received', 'approvedByVote', 'approvedByOverride', 'rejected', 'inProgress'] },
  { label: 'dashboard.group.outcome', figures: [...OUTCOME_FIGURES, 'withDamage'] },
  { label: 'dashboard.group.protection', figures: [...PROTECTION_FIGURES, 'abuse'] },
  { label: 'dashboard.group.other', figures: ['encouragements', 'overdueSteps'] },
];

const ROMAN = ['I', 'II', 'III', 'IV'];
const PERIOD_KEY = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

export interface ParsedPeriod {
  granularity: Granularity;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2, or 1 for a year. */
  index: number;
}

/** "2026", "2026-H1", "2026-Q3", "2026-03" → its parts; null for anything else. */
export function parsePeriodKey(key: string): ParsedPeriod | null {
  const m = PERIOD_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { granularity: 'half', year, index: Number(m[2]) };
  if (m[3]) return { granularity: 'quarter', year, index: Number(m[3]) };
  if (m[4]) return { granularity: 'month', year, index: Number(m[4]) };
  return { granularity: 'year', year, index: 1 };
}

/**
 * The label of a period in the current language: "Quý II năm 2026" / "Q2 2026" (long, tables)
 * or "Quý II/2026" / "Q2 2026" (short, chart axes). Vietnamese numbers quarters in Roman numerals.
 */
export function periodLabel(key: string, t: Translate, locale: 'vi' | 'en', short = false): string {
  const p = parsePeriodKey(key);
  if (!p) return key;
  const year = String(p.year);
  switch (p.granularity) {
    case 'month':
      return t(short ? 'dashboard.period_short.month' : 'dashboard.period_label.month', {
        month: short ? String(p.index).padStart(2, '0') : p.index,
        year,
      });
    case 'quarter':
      return t(short ? 'dashboard.period_short.quarter' : 'dashboard.period_label.quarter', {
        q: locale === 'vi' ? ROMAN[p.index - 1]! : p.index,
        year,
      });
    case 'half':
      if (short) return t(p.index === 1 ? 'dashboard.period_short.first_half' : 'dashboard.period_short.second_half', { year });
      return t(p.index === 1 ? 'dashboard.period_label.first_half' : 'dashboard.period_label.second_half', { year });
    case 'year':
      return short ? year : t('dashboard.period_label.year', { year });
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
function lastDayOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** First and last day of a period key. */
export function periodBounds(key: string): { from: string; to: string } | null {
  const p = parsePeriodKey(key);
  if (!p) return null;
  const { year, index } = p;
  switch (p.granularity) {
    case 'month':
      return { from: `${year}-${pad(index)}-01`, to: lastDayOfMonth(year, index) };
    case 'quarter':
      return { from: `${year}-${pad(index * 3 - 2)}-01`, to: lastDayOfMonth(year, index * 3) };
    case 'half':
      return { from: `${year}-${index === 1 ? '01' : '07'}-01`, to: lastDayOfMonth(year, index * 6) };
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

export interface Range {
  from: string;
  to: string;
}

/** The server's own default: 1 January of this year to today. */
export function defaultRange(today: string): Range {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** Quick choices next to the date range; a running period ends today, not in the future. */
export function rangePresets(today: string): Array<{ label: MessageKey; range: Range }> {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const clip = (r: { from: string; to: string }): Range => ({ from: r.from, to: r.to > today ? today : r.to });
  const presets: Array<{ label: MessageKey; range: Range }> = [
    { label: 'dashboard.preset.year_to_date', range: defaultRange(today) },
    { label: 'dashboard.preset.this_quarter', range: clip(periodBounds(`${year}-Q${Math.ceil(month / 3)}`)!) },
    { label: 'dashboard.preset.first_half', range: clip(periodBounds(`${year}-H1`)!) },
  ];
  if (month >= 7) presets.push({ label: 'dashboard.preset.second_half', range: clip(periodBounds(`${year}-H2`)!) });
  presets.push({ label: 'dashboard.preset.last_year', range: periodBounds(String(year - 1))! });
  return presets;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The range the server will accept (the same limits as get-statistics.ts). */
export function checkRange(from: string, to: string): MessageKey | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'validation.date_required';
  if (from > to) return 'dashboard.range.invalid';
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 50) return 'dashboard.range.too_long';
  return null;
}

/**
 * The periods a review report may cover (years, half-years, quarters; months are refused by the
 * server) that overlap the range, newest first; the year and half-year first within a year.
 */
export function reviewPeriods(range: Range, today: string): string[] {
  const out: string[] = [];
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  for (let year = last; year >= first && year > last - 10; year--) {
    const keys = [String(year), `${year}-H2`, `${year}-H1`, `${year}-Q4`, `${year}-Q3`, `${year}-Q2`, `${year}-Q1`];
    for (const key of keys) {
      const b = periodBounds(key)!;
      if (b.to >= range.from && b.from <= range.to && b.from <= today) out.push(key);
    }
  }
  return out;
}

/** The review period to offer first: the half-year holding the range's end. */
export function defaultReviewPeriod(range: Range): string {
  const year = range.to.slice(0, 4);
  return Number(range.to.slice(5, 7)) <= 6 ? `${year}-H1` : `${year}-H2`;
}

export type Breakdown = Statistics['breakdown'][number];

export interface UnitRow {
  key: string;
  organisation: { id: string; code: string; name: string };
  /** The agency's own cases (not a subordinate): shown but not drillable. */
  own: boolean;
  figures: Figures;
}

/**
 * The rows of the table by unit: the agency's own cases, then each direct subordinate. When no
 * agency is chosen (an administrator's whole system) the rows are the top-level agencies.
 */
export function unitRows(
  view: Statistics,
  roots: ReadonlyArray<{ organisation: UnitRow['organisation']; figures: Figures }> = [],
): UnitRow[] {
  if (view.organisation === null)
    return roots.map((r) => ({ key: r.organisation.id, organisation: r.organisation, own: false, figures: r.figures }));
  return view.breakdown.map((b) => ({
    key: `${b.own ? 'own' : 'sub'}:${b.organisation.id}`,
    organisation: b.organisation,
    own: b.own,
    figures: b.figures,
  }));
}

/** Does the breakdown say anything (some unit with a non-zero figure)? */
export function hasAnyFigure(figures: Figures): boolean {
  return Object.values(figures).some((n) => n !== 0);
}

/** A label no longer than `max` characters, cut at a word with an ellipsis (chart axes). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Colours with enough contrast on white, in a fixed order so a figure keeps its colour. */
export const SERIES_COLOURS: Partial<Record<FigureKey, string>> = {
  received: '#1d39c4',
  approvedByVote: '#237804',
  approvedByOverride: '#ad6800',
  rejected: '#a8071a',
  completed: '#006d75',
  awaitingDecision: '#531dab',
  inProgress: '#c41d7f',
  partlyCompleted: '#d48806',
  notCompleted: '#820014',
  protectionNoLiability: '#135200',
  protectionLiabilityExcluded: '#389e0d',
  protectionReliefConsidered: '#7cb305',
  protectionNotProtected: '#434343',
};

export interface ChartOptions {
  t: Translate;
  locale: 'vi' | 'en';
  format: (n: number) => string;
  /** Narrow screens: legend at the bottom, fewer axis characters. */
  narrow: boolean;
}

/** The chart by period: bars for the flows, lines for the two stocks (an echarts option). */
export function periodChartOption(view: Statistics, o: ChartOptions) {
  const categories = view.periods.map((p) => periodLabel(p.key, o.t, o.locale, true));
  const series = [
    ...PERIOD_CHART_BARS.map((k) => ({
      name: o.t(FIGURE_LABELS[k]),
      type: 'bar' as const,
      data: view.periods.map((p) => p.figures[k]),
      itemStyle: { color: SERIES_COLOURS[k] },
    })),
    ...PERIOD_CHART_LINES.map((k) => ({
      name: o.t(FIGURE_LABELS[k]),
      type: 'line' as const,
      data: view.periods.map((p) => p.figures[k]),
      itemStyle: { color: SERIES_COLOURS[k] },
      lineStyle: { color: SERIES_COLOURS[k], width: 2 },
      symbolSize: 6,
    })),
  ];
  return {
    animation: false,
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (typeof v === 'number' ? o.format(v) : String(v ?? '')) },
    legend: { type: 'scroll' as const, bottom: 0, textStyle: { color: '#262626' } },
    grid: { left: 8, right: 16, top: 16, bottom: o.narrow ? 64 : 48, containLabel: true },
    xAxis: {
      type: 'category' as const,
      data: categories,
      axisLabel: { color: '#262626', hideOverlap: true, rotate: o.narrow && categories.length > 4 ? 45 : 0 },
    },
    yAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: '#262626', formatter: (v: number) => o.format(v) } },
    series,
  };
}

/**
 * Results and protection by unit: two stacks per unit (implementation results; protection
 * results), horizontal so long unit names stay readable on a phone.
 */
export function unitChartOption(rows: readonly UnitRow[], o: ChartOptions) {
  const names = rows.map((r) => (r.own ? o.t('dashboard.by_unit.own', { name: r.organisation.name }) : r.organisation.name));
  const stack = (keys: readonly FigureKey[], stackName: string) =>
    keys.map((k) => ({
      name: o.t(FIGURE_LABELS[k]),
      type: 'bar' as const,
      stack: stackName,
      data: rows.map((r) => r.figures[k]),
      itemStyle: { color: SERIES_COLOURS[k] },
      emphasis: { focus: 'series' as const },
    }));
  return {
    animation: false,
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? o.format(v) : String(v ?? '')),
    },
    legend: { type: 'scroll' as const, bottom: 0, textStyle: { color: '#262626' } },
    grid: { left: 8, right: 16, top: 8, bottom: o.narrow ? 72 : 48, containLabel: true },
    xAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: '#262626', formatter: (v: number) => o.format(v) } },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: names,
      axisLabel: { color: '#262626', formatter: (v: string) => shorten(v, o.narrow ? 18 : 36) },
    },
    series: [...stack(OUTCOME_FIGURES, 'outcome'), ...stack(PROTECTION_FIGURES, 'protection')],
  };
}

/** Height of the unit chart: room for two bars per unit. */
export function unitChartHeight(rows: number): number {
  return Math.max(220, 96 + rows * 44);
}

/** The URL search of the dashboard with one parameter changed (null removes it). */
export function withParam(search: string, name: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null || value === '') params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The breadcrumb from the starting unit down to the current one: `chain` is the current unit
 * and its ancestors (nearest first); the trail stops at the first starting unit met. Null when
 * no starting unit is an ancestor (the crumbs then show only the current unit).
 */
export function trail<T extends { id: string }>(chain: readonly T[], starts: ReadonlySet<string>): T[] | null {
  const out: T[] = [];
  for (const unit of chain) {
    out.unshift(unit);
    if (starts.has(unit.id)) return out;
  }
  return null;
}
