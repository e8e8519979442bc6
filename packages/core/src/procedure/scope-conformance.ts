/**
 * Scope conformance: the approved envelope against what actually happened. Protection under
 * ND73 Art. 11 covers the innovation *as approved*; a deviation is harmless only when a
 * written adjust decision covered it. The report lists every deviation and says which
 * decision covered it, so it can be exported as evidence.
 *
 * Timing matters: an adjust decision covers a deviation only if it was in force when the
 * deviation began. A later decision that would have covered it is listed as
 * `retroactiveDecisions` — visible to the evaluators, but not counted as cover, because a
 * regularisation after the fact is exactly what the evaluation has to judge.
 */
import { DomainError } from '../errors.ts';
import { cite } from './citations.ts';
import type { LocalizedText } from './citations.ts';
import { isIsoDate } from './voting.ts';
import type { IsoDate } from './voting.ts';

export interface ScopeItem {
  id: string;
  text: string;
}

export interface Kpi {
  id: string;
  name: string;
  baseline: number;
  target: number;
  unit: string;
}

/** What the approval decision allowed (issue §2.6). Money is in whole VND. */
export interface ScopeEnvelope {
  objectives: readonly ScopeItem[];
  /** Areas or units where the pilot may run (ids from the organisation tree or a gazetteer). */
  areas: readonly string[];
  pilotEndDate: IsoDate;
  budgetCeiling: number;
  safeguards: readonly ScopeItem[];
  kpis: readonly Kpi[];
}

export interface ScopeChanges {
  pilotEndDate?: IsoDate;
  budgetCeiling?: number;
  addAreas?: readonly string[];
  removeAreas?: readonly string[];
  addObjectives?: readonly ScopeItem[];
  removeObjectives?: readonly string[];
  addSafeguards?: readonly ScopeItem[];
  removeSafeguards?: readonly string[];
  kpiTargets?: Readonly<Record<string, number>>;
}

export interface AdjustDecision {
  id: string;
  effectiveDate: IsoDate;
  changes: ScopeChanges;
}

export interface ImplementationRecord {
  spending: readonly { date: IsoDate; amount: number; description?: string }[];
  /** `null` while the pilot is still running. */
  actualEndDate: IsoDate | null;
  areas: readonly { areaId: string; since: IsoDate }[];
  objectives: readonly { objectiveId: string; since: IsoDate }[];
  safeguardBreaches: readonly { safeguardId: string; on: IsoDate; description: string }[];
  /** Latest measured value of each KPI. */
  kpiActuals: readonly { kpiId: string; value: number }[];
  adjustDecisions: readonly AdjustDecision[];
}

export type DeviationKind = 'budgetExceeded' | 'pilotEndDateExceeded' | 'areaOutsideScope' | 'objectiveOutsideScope' | 'safeguardBreached';

export interface Deviation {
  kind: DeviationKind;
  /** What the deviation is about: an area, objective or safeguard id; `budget`; `pilotEndDate`. */
  subject: string;
  /** The originally approved value (`null` when the item was never approved). */
  approved: string | number | null;
  actual: string | number;
  /** First day the deviation existed. */
  since: IsoDate;
  covered: boolean;
  /** Adjust decisions in force when the deviation began that allow it. */
  coveredBy: string[];
  /** Decisions that would allow it but took effect only after it began. */
  retroactiveDecisions: string[];
  text: LocalizedText;
  citation: string;
}

export type KpiStatus = 'met' | 'notMet' | 'noData';

export interface KpiResult {
  kpiId: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual: number | null;
  status: KpiStatus;
}

export interface ScopeConformanceReport {
  deviations: Deviation[];
  /** True when every deviation was covered by an adjust decision in force at the time. */
  withinApprovedScope: boolean;
  kpiResults: KpiResult[];
  /** The envelope after every adjust decision, as it stands at the end of the record. */
  effectiveEnvelope: ScopeEnvelope;
  citation: string;
}

export interface ConformanceOptions {
  /** For a pilot still running: the date to judge the end date against (no clock in core). */
  asOf?: IsoDate;
}

function requireDate(value: string, field: string): void {
  if (!isIsoDate(value)) {
    throw new DomainError('date.invalid', { vi: `Ngày không hợp lệ: ${field}.`, en: `Invalid date: ${field}.` }, { field, value });
  }
}

function requireAmount(value: number, field: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new DomainError(
      'scope.invalid_amount',
      { vi: `Số tiền không hợp lệ: ${field}.`, en: `Invalid amount: ${field}.` },
      { field, value },
    );
  }
}

/** Next calendar day of an ISO date; pure arithmetic on UTC so the host time zone is irrelevant. */
export function nextDay(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function sortedDecisions(decisions: readonly AdjustDecision[]): AdjustDecision[] {
  // Sorting by date then id makes the result independent of the order the caller passes.
  return [...decisions].sort((a, b) =>
    a.effectiveDate === b.effectiveDate ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.effectiveDate < b.effectiveDate ? -1 : 1,
  );
}

function applyChanges(envelope: ScopeEnvelope, changes: ScopeChanges): ScopeEnvelope {
  const removeAreas = new Set(changes.removeAreas ?? []);
  const removeObjectives = new Set(changes.removeObjectives ?? []);
  const removeSafeguards = new Set(changes.removeSafeguards ?? []);
  const union = (base: readonly string[], add: readonly string[]) => [...new Set([...base, ...add])];
  const mergeItems = (base: readonly ScopeItem[], add: readonly ScopeItem[], remove: Set<string>) => {
    const byId = new Map(base.filter((item) => !remove.has(item.id)).map((item) => [item.id, item]));
    for (const item of add) byId.set(item.id, item);
    return [...byId.values()];
  };
  return {
    objectives: mergeItems(envelope.objectives, changes.addObjectives ?? [], removeObjectives),
    areas: union(
      envelope.areas.filter((area) => !removeAreas.has(area)),
      changes.addAreas ?? [],
    ),
    pilotEndDate: changes.pilotEndDate ?? envelope.pilotEndDate,
    budgetCeiling: changes.budgetCeiling ?? envelope.budgetCeiling,
    safeguards: mergeItems(envelope.safeguards, changes.addSafeguards ?? [], removeSafeguards),
    kpis: envelope.kpis.map((kpi) => {
      const target = changes.kpiTargets?.[kpi.id];
      return target === undefined ? kpi : { ...kpi, target };
    }),
  };
}

/** The envelope in force on `date`: the original plus every decision effective on or before it. */
export function envelopeInForce(original: ScopeEnvelope, decisions: readonly AdjustDecision[], date: IsoDate): ScopeEnvelope {
  let envelope = original;
  for (const decision of sortedDecisions(decisions)) {
    if (decision.effectiveDate <= date) envelope = applyChanges(envelope, decision.changes);
  }
  return envelope;
}

function deviation(fields: Omit<Deviation, 'covered' | 'citation' | 'text'>, describe: LocalizedText): Deviation {
  const covered = fields.coveredBy.length > 0;
  const suffix: LocalizedText = covered
    ? {
        vi: ` Đã được điều chỉnh bởi quyết định ${fields.coveredBy.join(', ')}.`,
        en: ` Covered by adjust decision ${fields.coveredBy.join(', ')}.`,
      }
    : fields.retroactiveDecisions.length > 0
      ? {
          vi: ` Chưa có quyết định điều chỉnh có hiệu lực khi phát sinh; quyết định ${fields.retroactiveDecisions.join(', ')} ban hành sau.`,
          en: ` No adjust decision was in force when it began; decision ${fields.retroactiveDecisions.join(', ')} came later.`,
        }
      : { vi: ' Không có quyết định điều chỉnh.', en: ' No adjust decision covers it.' };
  return {
    ...fields,
    covered,
    text: { vi: describe.vi + suffix.vi, en: describe.en + suffix.en },
    citation: cite.art11,
  };
}

function checkBudget(envelope: ScopeEnvelope, record: ImplementationRecord, decisions: AdjustDecision[]): Deviation | null {
  const byDate = new Map<IsoDate, number>();
  for (const [index, item] of record.spending.entries()) {
    requireDate(item.date, `spending[${index}].date`);
    requireAmount(item.amount, `spending[${index}].amount`);
    byDate.set(item.date, (byDate.get(item.date) ?? 0) + item.amount);
  }
  const dates = [...byDate.keys()].sort();
  let cumulative = 0;
  let firstOverOriginal: IsoDate | null = null;
  let firstOverInForce: { date: IsoDate; ceiling: number } | null = null;
  for (const date of dates) {
    cumulative += byDate.get(date) ?? 0;
    if (firstOverOriginal === null && cumulative > envelope.budgetCeiling) firstOverOriginal = date;
    const ceiling = envelopeInForce(envelope, decisions, date).budgetCeiling;
    if (firstOverInForce === null && cumulative > ceiling) firstOverInForce = { date, ceiling };
  }
  const total = cumulative;
  const budgetDecisions = decisions.filter((decision) => decision.changes.budgetCeiling !== undefined);
  const describe: LocalizedText = {
    vi: `Chi tiêu ${total} đồng vượt trần kinh phí được duyệt ${envelope.budgetCeiling} đồng.`,
    en: `Spending of ${total} VND exceeds the approved budget ceiling of ${envelope.budgetCeiling} VND.`,
  };
  if (firstOverInForce !== null) {
    return deviation(
      {
        kind: 'budgetExceeded',
        subject: 'budget',
        approved: envelope.budgetCeiling,
        actual: total,
        since: firstOverInForce.date,
        coveredBy: [],
        retroactiveDecisions: budgetDecisions
          .filter((decision) => decision.effectiveDate > firstOverInForce.date)
          .map((decision) => decision.id),
      },
      describe,
    );
  }
  if (firstOverOriginal !== null) {
    const lastDate = dates[dates.length - 1] as IsoDate;
    return deviation(
      {
        kind: 'budgetExceeded',
        subject: 'budget',
        approved: envelope.budgetCeiling,
        actual: total,
        since: firstOverOriginal,
        coveredBy: budgetDecisions.filter((decision) => decision.effectiveDate <= lastDate).map((decision) => decision.id),
        retroactiveDecisions: [],
      },
      describe,
    );
  }
  return null;
}

function checkEndDate(
  envelope: ScopeEnvelope,
  record: ImplementationRecord,
  decisions: AdjustDecision[],
  asOf: IsoDate | undefined,
): Deviation | null {
  const runningUntil = record.actualEndDate ?? asOf;
  if (runningUntil === undefined) return null;
  // Walk the decisions in time: an extension counts only if it took effect while the pilot
  // was still inside the end date then in force.
  let endInForce = envelope.pilotEndDate;
  const applied: string[] = [];
  let overrunSince: IsoDate | null = null;
  for (const decision of decisions) {
    if (decision.effectiveDate > runningUntil) break;
    const newEnd = decision.changes.pilotEndDate;
    if (newEnd === undefined) continue;
    if (decision.effectiveDate <= endInForce) {
      endInForce = newEnd;
      applied.push(decision.id);
    } else {
      overrunSince = nextDay(endInForce);
      break;
    }
  }
  if (overrunSince === null && runningUntil > endInForce) overrunSince = nextDay(endInForce);
  const describe: LocalizedText = {
    vi: `Thời gian thực hiện kéo dài đến ${runningUntil}, sau thời hạn thí điểm được duyệt ${envelope.pilotEndDate}.`,
    en: `The pilot ran until ${runningUntil}, beyond the approved end date ${envelope.pilotEndDate}.`,
  };
  if (overrunSince !== null) {
    const since = overrunSince;
    return deviation(
      {
        kind: 'pilotEndDateExceeded',
        subject: 'pilotEndDate',
        approved: envelope.pilotEndDate,
        actual: runningUntil,
        since,
        coveredBy: [],
        retroactiveDecisions: decisions
          .filter((decision) => decision.changes.pilotEndDate !== undefined && decision.effectiveDate > since)
          .map((decision) => decision.id),
      },
      describe,
    );
  }
  if (runningUntil > envelope.pilotEndDate) {
    return deviation(
      {
        kind: 'pilotEndDateExceeded',
        subject: 'pilotEndDate',
        approved: envelope.pilotEndDate,
        actual: runningUntil,
        since: nextDay(envelope.pilotEndDate),
        coveredBy: applied,
        retroactiveDecisions: [],
      },
      describe,
    );
  }
  return null;
}

/**
 * Areas and objectives share one rule: an item used since `since` must be in the envelope in
 * force on that date; if it was not in the original envelope, the decisions that added it
 * before `since` are its cover.
 */
function checkMembership(
  kind: 'areaOutsideScope' | 'objectiveOutsideScope',
  uses: readonly { id: string; since: IsoDate }[],
  original: ScopeEnvelope,
  decisions: AdjustDecision[],
): Deviation[] {
  const idsOf = (envelope: ScopeEnvelope) =>
    new Set(kind === 'areaOutsideScope' ? envelope.areas : envelope.objectives.map((item) => item.id));
  const addedBy = (decision: AdjustDecision, id: string) =>
    kind === 'areaOutsideScope'
      ? (decision.changes.addAreas ?? []).includes(id)
      : (decision.changes.addObjectives ?? []).some((item) => item.id === id);
  const originalIds = idsOf(original);
  const deviations: Deviation[] = [];
  // Earliest use per id, so listing the same area twice does not duplicate the deviation.
  const earliest = new Map<string, IsoDate>();
  for (const use of uses) {
    requireDate(use.since, `${kind}.${use.id}.since`);
    const known = earliest.get(use.id);
    if (known === undefined || use.since < known) earliest.set(use.id, use.since);
  }
  for (const [id, since] of [...earliest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const inForce = idsOf(envelopeInForce(original, decisions, since)).has(id);
    if (inForce && originalIds.has(id)) continue;
    const describe: LocalizedText =
      kind === 'areaOutsideScope'
        ? {
            vi: `Triển khai tại địa bàn/đơn vị ${id} từ ${since}, ngoài phạm vi được duyệt.`,
            en: `Implemented in area/unit ${id} from ${since}, outside the approved scope.`,
          }
        : {
            vi: `Thực hiện mục tiêu ${id} từ ${since}, ngoài mục tiêu được duyệt.`,
            en: `Pursued objective ${id} from ${since}, outside the approved objectives.`,
          };
    deviations.push(
      deviation(
        {
          kind,
          subject: id,
          approved: originalIds.has(id) ? id : null,
          actual: id,
          since,
          coveredBy: inForce ? decisions.filter((d) => d.effectiveDate <= since && addedBy(d, id)).map((d) => d.id) : [],
          retroactiveDecisions: inForce ? [] : decisions.filter((d) => d.effectiveDate > since && addedBy(d, id)).map((d) => d.id),
        },
        describe,
      ),
    );
  }
  return deviations;
}

function checkSafeguards(original: ScopeEnvelope, record: ImplementationRecord, decisions: AdjustDecision[]): Deviation[] {
  const everKnown = new Set([
    ...original.safeguards.map((item) => item.id),
    ...decisions.flatMap((d) => (d.changes.addSafeguards ?? []).map((item) => item.id)),
  ]);
  const deviations: Deviation[] = [];
  const breaches = [...record.safeguardBreaches].sort((a, b) =>
    a.on === b.on ? (a.safeguardId < b.safeguardId ? -1 : 1) : a.on < b.on ? -1 : 1,
  );
  for (const breach of breaches) {
    requireDate(breach.on, `safeguardBreaches.${breach.safeguardId}.on`);
    if (!everKnown.has(breach.safeguardId)) {
      throw new DomainError(
        'scope.unknown_safeguard',
        {
          vi: `Biện pháp bảo đảm ${breach.safeguardId} không có trong phạm vi được duyệt hay quyết định điều chỉnh nào.`,
          en: `Safeguard ${breach.safeguardId} is neither in the approved scope nor in any adjust decision.`,
        },
        { safeguardId: breach.safeguardId },
      );
    }
    const inForce = envelopeInForce(original, decisions, breach.on).safeguards.some((item) => item.id === breach.safeguardId);
    const wasApproved = original.safeguards.some((item) => item.id === breach.safeguardId);
    // A breach of a safeguard added later, or of one lifted before the breach, is not a
    // breach of the envelope in force; only a lifted original safeguard needs listing.
    if (!inForce && !wasApproved) continue;
    const liftedBy = decisions
      .filter((d) => d.effectiveDate <= breach.on && (d.changes.removeSafeguards ?? []).includes(breach.safeguardId))
      .map((d) => d.id);
    deviations.push(
      deviation(
        {
          kind: 'safeguardBreached',
          subject: breach.safeguardId,
          approved: breach.safeguardId,
          actual: breach.description,
          since: breach.on,
          coveredBy: inForce ? [] : liftedBy,
          retroactiveDecisions: inForce
            ? decisions
                .filter((d) => d.effectiveDate > breach.on && (d.changes.removeSafeguards ?? []).includes(breach.safeguardId))
                .map((d) => d.id)
            : [],
        },
        {
          vi: `Không bảo đảm biện pháp ${breach.safeguardId} ngày ${breach.on}: ${breach.description}.`,
          en: `Safeguard ${breach.safeguardId} breached on ${breach.on}: ${breach.description}.`,
        },
      ),
    );
  }
  return deviations;
}

function kpiResults(envelope: ScopeEnvelope, record: ImplementationRecord): KpiResult[] {
  const actuals = new Map(record.kpiActuals.map((item) => [item.kpiId, item.value]));
  return envelope.kpis.map((kpi) => {
    const actual = actuals.get(kpi.id) ?? null;
    // A target below the baseline means "lower is better" (e.g. processing days).
    const higherIsBetter = kpi.target >= kpi.baseline;
    const status: KpiStatus =
      actual === null ? 'noData' : (higherIsBetter ? actual >= kpi.target : actual <= kpi.target) ? 'met' : 'notMet';
    return { kpiId: kpi.id, name: kpi.name, unit: kpi.unit, baseline: kpi.baseline, target: kpi.target, actual, status };
  });
}

export function checkScopeConformance(
  envelope: ScopeEnvelope,
  record: ImplementationRecord,
  options: ConformanceOptions = {},
): ScopeConformanceReport {
  requireDate(envelope.pilotEndDate, 'envelope.pilotEndDate');
  requireAmount(envelope.budgetCeiling, 'envelope.budgetCeiling');
  if (record.actualEndDate !== null) requireDate(record.actualEndDate, 'record.actualEndDate');
  if (options.asOf !== undefined) requireDate(options.asOf, 'asOf');
  for (const decision of record.adjustDecisions) {
    requireDate(decision.effectiveDate, `adjustDecisions.${decision.id}.effectiveDate`);
    if (decision.changes.pilotEndDate !== undefined) {
      requireDate(decision.changes.pilotEndDate, `adjustDecisions.${decision.id}.pilotEndDate`);
    }
    if (decision.changes.budgetCeiling !== undefined) {
      requireAmount(decision.changes.budgetCeiling, `adjustDecisions.${decision.id}.budgetCeiling`);
    }
  }
  const decisions = sortedDecisions(record.adjustDecisions);

  const deviations: Deviation[] = [];
  const budget = checkBudget(envelope, record, decisions);
  if (budget !== null) deviations.push(budget);
  const endDate = checkEndDate(envelope, record, decisions, options.asOf);
  if (endDate !== null) deviations.push(endDate);
  deviations.push(
    ...checkMembership(
      'areaOutsideScope',
      record.areas.map((use) => ({ id: use.areaId, since: use.since })),
      envelope,
      decisions,
    ),
    ...checkMembership(
      'objectiveOutsideScope',
      record.objectives.map((use) => ({ id: use.objectiveId, since: use.since })),
      envelope,
      decisions,
    ),
    ...checkSafeguards(envelope, record, decisions),
  );

  const effectiveEnvelope = decisions.reduce((current, d) => applyChanges(current, d.changes), envelope);
  return {
    deviations,
    withinApprovedScope: deviations.every((item) => item.covered),
    kpiResults: kpiResults(effectiveEnvelope, record),
    effectiveEnvelope,
    citation: cite.art11,
  };
}
