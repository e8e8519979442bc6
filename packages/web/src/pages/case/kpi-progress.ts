/**
 * The approved scope envelope and the KPI progress shown on the case page: targets from the
 * envelope in force (after adjust decisions), actuals from the latest progress report that
 * measured each KPI, or from the completion report once filed. The API gives these parts as
 * loose JSON (`scope`, `progressReports`, `completionReport`), so they are read defensively
 * here: a missing or odd field leaves a blank, never a crash. Met / not met follows core's
 * scope-conformance rule: a target above the baseline is reached from below, one under it
 * from above.
 */

export interface ScopeItem {
  id: string;
  text: string;
}

export interface KpiDefinition {
  id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
}

export interface Envelope {
  objectives: ScopeItem[];
  areas: string[];
  pilotEndDate: string | null;
  budgetCeiling: number | null;
  safeguards: ScopeItem[];
  kpis: KpiDefinition[];
}

export interface KpiActual {
  kpiId: string;
  value: number;
}

export interface LatestActual {
  value: number;
  /** The period end (progress report) or actual end date (completion report) it was measured at. */
  asOf: string | null;
  source: 'progress' | 'completion';
}

export type KpiStatus = 'met' | 'notMet' | 'noData';

export interface KpiProgress extends KpiDefinition {
  actual: number | null;
  asOf: string | null;
  /** Share of the way from baseline to target, in %, one decimal (can pass 100 or go below 0). */
  percent: number | null;
  status: KpiStatus;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function items(value: unknown): ScopeItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((item, i) => ({ id: str(item['id']) ?? String(i + 1), text: str(item['text']) ?? '' }));
}

function kpis(value: unknown): KpiDefinition[] {
  if (!Array.isArray(value)) return [];
  const out: KpiDefinition[] = [];
  for (const item of value) {
    if (!isObject(item)) continue;
    const baseline = num(item['baseline']);
    const target = num(item['target']);
    const id = str(item['id']);
    if (id === null || baseline === null || target === null) continue;
    out.push({ id, name: str(item['name']) ?? id, unit: str(item['unit']) ?? '', baseline, target });
  }
  return out;
}

/** An envelope from the API's loose JSON (`scope.envelope`, or a conformance report's `effectiveEnvelope`). */
export function readEnvelope(value: unknown): Envelope | null {
  if (!isObject(value)) return null;
  return {
    objectives: items(value['objectives']),
    areas: Array.isArray(value['areas']) ? value['areas'].filter((a): a is string => typeof a === 'string') : [],
    pilotEndDate: str(value['pilotEndDate']),
    budgetCeiling: num(value['budgetCeiling']),
    safeguards: items(value['safeguards']),
    kpis: kpis(value['kpis']),
  };
}

export function readKpiActuals(value: unknown): KpiActual[] {
  if (!Array.isArray(value)) return [];
  const out: KpiActual[] = [];
  for (const item of value) {
    if (!isObject(item)) continue;
    const kpiId = str(item['kpiId']);
    const v = num(item['value']);
    if (kpiId !== null && v !== null) out.push({ kpiId, value: v });
  }
  return out;
}

/**
 * The latest measured value of each KPI. Progress reports count in the order of their period
 * end (then of filing); the completion report, when there is one, is the last word.
 */
export function latestActuals(progressReports: readonly unknown[], completionReport: unknown): Map<string, LatestActual> {
  const reports = progressReports
    .filter(isObject)
    .map((r, i) => ({
      periodEnd: str(r['periodEnd']),
      reportedAt: str(r['reportedAt']) ?? '',
      i,
      actuals: readKpiActuals(r['kpiActuals']),
    }))
    .sort((a, b) => (a.periodEnd ?? '').localeCompare(b.periodEnd ?? '') || a.reportedAt.localeCompare(b.reportedAt) || a.i - b.i);
  const latest = new Map<string, LatestActual>();
  for (const report of reports) {
    for (const actual of report.actuals) latest.set(actual.kpiId, { value: actual.value, asOf: report.periodEnd, source: 'progress' });
  }
  if (isObject(completionReport)) {
    const asOf = str(completionReport['actualEndDate']);
    for (const actual of readKpiActuals(completionReport['kpiActuals'])) {
      latest.set(actual.kpiId, { value: actual.value, asOf, source: 'completion' });
    }
  }
  return latest;
}

export function kpiStatus(kpi: Pick<KpiDefinition, 'baseline' | 'target'>, actual: number | null): KpiStatus {
  if (actual === null) return 'noData';
  const higherIsBetter = kpi.target >= kpi.baseline;
  return (higherIsBetter ? actual >= kpi.target : actual <= kpi.target) ? 'met' : 'notMet';
}

export function progressPercent(kpi: Pick<KpiDefinition, 'baseline' | 'target'>, actual: number | null): number | null {
  if (actual === null) return null;
  if (kpi.target === kpi.baseline) return kpiStatus(kpi, actual) === 'met' ? 100 : 0;
  return Math.round(((actual - kpi.baseline) / (kpi.target - kpi.baseline)) * 1000) / 10;
}

/** Each KPI of the envelope with its latest actual, progress and status, in the envelope's order. */
export function kpiProgress(definitions: readonly KpiDefinition[], actuals: ReadonlyMap<string, LatestActual>): KpiProgress[] {
  return definitions.map((kpi) => {
    const latest = actuals.get(kpi.id) ?? null;
    const actual = latest?.value ?? null;
    return { ...kpi, actual, asOf: latest?.asOf ?? null, percent: progressPercent(kpi, actual), status: kpiStatus(kpi, actual) };
  });
}
