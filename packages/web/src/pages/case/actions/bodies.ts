/**
 * Form values → request bodies, as pure functions (bodies.test.ts). Dates are already ISO
 * "yyyy-MM-dd" here (the dialogs convert the date pickers); blank rows and blank optional
 * texts are dropped so the server gets exactly what the cadre filled in.
 */
import { envelopeInForce, type AdjustDecision, type ScopeChanges, type ScopeEnvelope } from '@khien/core/procedure/scope-conformance';
import { earlySalaryStepMonths } from '@khien/core/procedure/encouragement';
import type { Protection } from '@khien/core/procedure/protection';
import type { CommandBody, Proposal } from './types.ts';
import {
  cleanOf,
  textOrNull,
  type AdjustValues,
  type CauseValues,
  type EncouragementValues,
  type EvaluationValues,
  type KpiValues,
  type ProtectionValues,
  type ScopeValues,
  type SpendingValues,
} from './validation.ts';

const items = (list: Array<{ text?: string } | undefined> | undefined) =>
  (list ?? [])
    .map((item) => cleanOf(item?.text))
    .filter((text) => text !== '')
    .map((text) => ({ text }));
const strings = (list: Array<string | undefined> | undefined) => (list ?? []).map((s) => cleanOf(s)).filter((s) => s !== '');

/** The approved envelope as it stands today: the original plus every adjust decision (core's rule). */
export function envelopeNow(proposal: Pick<Proposal, 'scope' | 'decisions'>): ScopeEnvelope | null {
  const original = (proposal.scope?.['envelope'] ?? null) as ScopeEnvelope | null;
  if (!original) return null;
  const decisions: AdjustDecision[] = proposal.decisions
    .filter((d) => d.kind === 'adjust' && typeof d.details['effectiveDate'] === 'string')
    .map((d) => ({
      id: d.id,
      effectiveDate: d.details['effectiveDate'] as string,
      changes: (d.details['changes'] ?? {}) as ScopeChanges,
    }));
  return envelopeInForce(original, decisions, '9999-12-31');
}

export function documentNumberBody(values: { documentNumber?: string }) {
  return { documentNumber: textOrNull(values.documentNumber) };
}

export function reasonsBody(values: { reasons?: string; documentNumber?: string }) {
  return { reasons: cleanOf(values.reasons), documentNumber: textOrNull(values.documentNumber) };
}

export function optionalReasonsBody(values: { reasons?: string; documentNumber?: string }) {
  return { reasons: textOrNull(values.reasons), documentNumber: textOrNull(values.documentNumber) };
}

export function overrideBody(values: {
  reasons?: string;
  acknowledged?: boolean;
  documentNumber?: string;
}): CommandBody<'/api/v1/proposals/{id}/decide-override'> {
  if (values.acknowledged !== true) throw new Error('the personal responsibility must be acknowledged');
  return { reasons: cleanOf(values.reasons), personalResponsibilityAcknowledged: true, documentNumber: textOrNull(values.documentNumber) };
}

function kpi(k: KpiValues | undefined) {
  return { name: cleanOf(k?.name), unit: cleanOf(k?.unit), baseline: k?.baseline ?? 0, target: k?.target ?? 0 };
}

export function scopeBody(values: ScopeValues & { documentNumber?: string }): CommandBody<'/api/v1/proposals/{id}/approve-scope'> {
  return {
    objectives: items(values.objectives),
    areas: strings(values.areas),
    pilotEndDate: values.pilotEndDate ?? '',
    budgetCeiling: values.budgetCeiling ?? 0,
    safeguards: items(values.safeguards),
    kpis: (values.kpis ?? []).filter((k) => cleanOf(k?.name) !== '').map(kpi),
    documentNumber: textOrNull(values.documentNumber),
  };
}

export interface ResourceValues {
  kind?: 'equipment' | 'facilities' | 'people' | 'funds';
  description?: string;
  quantity?: number | null;
  amount?: number | null;
}

export function resourcesBody(values: {
  resources?: Array<ResourceValues | undefined>;
  documentNumber?: string;
}): CommandBody<'/api/v1/proposals/{id}/assign-resources'> {
  return {
    resources: (values.resources ?? [])
      .filter((r): r is ResourceValues => r !== undefined && r.kind !== undefined)
      .map((r) => ({
        kind: r.kind!,
        description: cleanOf(r.description),
        quantity: typeof r.quantity === 'number' ? r.quantity : null,
        amount: typeof r.amount === 'number' ? r.amount : null,
      })),
    documentNumber: textOrNull(values.documentNumber),
  };
}

/** Only the changes the cadre made; KPI targets only for KPIs given a new value. */
export function adjustBody(
  values: AdjustValues & { effectiveDate?: string | null; reasons?: string; documentNumber?: string },
): CommandBody<'/api/v1/proposals/{id}/adjust-scope'> {
  const changes: CommandBody<'/api/v1/proposals/{id}/adjust-scope'>['changes'] = {};
  if (values.pilotEndDate) changes.pilotEndDate = values.pilotEndDate;
  if (typeof values.budgetCeiling === 'number') changes.budgetCeiling = values.budgetCeiling;
  const addAreas = strings(values.addAreas);
  if (addAreas.length) changes.addAreas = addAreas;
  if (values.removeAreas?.length) changes.removeAreas = values.removeAreas;
  const addObjectives = items(values.addObjectives);
  if (addObjectives.length) changes.addObjectives = addObjectives;
  if (values.removeObjectives?.length) changes.removeObjectives = values.removeObjectives;
  const addSafeguards = items(values.addSafeguards);
  if (addSafeguards.length) changes.addSafeguards = addSafeguards;
  if (values.removeSafeguards?.length) changes.removeSafeguards = values.removeSafeguards;
  const targets = Object.entries(values.kpiTargets ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  if (targets.length) changes.kpiTargets = Object.fromEntries(targets);
  return {
    changes,
    effectiveDate: values.effectiveDate ?? '',
    reasons: cleanOf(values.reasons),
    documentNumber: textOrNull(values.documentNumber),
  };
}

/** KPI actuals for the KPIs given a value (blank = no measurement this period). */
export function kpiActualsBody(actuals: Record<string, number | null | undefined> | undefined) {
  return Object.entries(actuals ?? {})
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]))
    .map(([kpiId, value]) => ({ kpiId, value }));
}

export function spendingBody(rows: Array<SpendingValues | undefined> | undefined) {
  return (rows ?? [])
    .filter((r): r is SpendingValues => r !== undefined && typeof r.date === 'string' && typeof r.amount === 'number')
    .map((r) => {
      const description = textOrNull(r.description);
      return { date: r.date!, amount: r.amount!, ...(description ? { description } : {}) };
    });
}

export interface ProgressValues {
  periodEnd?: string | null;
  kpi?: Record<string, number | null | undefined>;
  spending?: Array<SpendingValues | undefined>;
  areas?: Array<{ areaId?: string; since?: string | null } | undefined>;
  objectives?: Array<{ objectiveId?: string; since?: string | null } | undefined>;
  narrative?: string;
}

export function progressBody(values: ProgressValues, attachmentIds: string[]): CommandBody<'/api/v1/proposals/{id}/file-progress-report'> {
  return {
    periodEnd: values.periodEnd ?? '',
    kpiActuals: kpiActualsBody(values.kpi),
    spending: spendingBody(values.spending),
    areas: (values.areas ?? [])
      .filter((a) => cleanOf(a?.areaId) !== '' && typeof a?.since === 'string')
      .map((a) => ({ areaId: cleanOf(a!.areaId), since: a!.since! })),
    objectives: (values.objectives ?? [])
      .filter((o) => cleanOf(o?.objectiveId) !== '' && typeof o?.since === 'string')
      .map((o) => ({ objectiveId: cleanOf(o!.objectiveId), since: o!.since! })),
    narrative: textOrNull(values.narrative),
    attachmentIds,
  };
}

export interface CompletionValues {
  actualEndDate?: string | null;
  results?: string;
  kpi?: Record<string, number | null | undefined>;
  spending?: Array<SpendingValues | undefined>;
  deviations?: string;
}

export function completionBody(values: CompletionValues): CommandBody<'/api/v1/proposals/{id}/report-completion'> {
  return {
    actualEndDate: values.actualEndDate ?? '',
    results: cleanOf(values.results),
    kpiActuals: kpiActualsBody(values.kpi),
    spending: spendingBody(values.spending),
    deviations: textOrNull(values.deviations),
  };
}

/** For a completed outcome the findings are not asked (Art. 11 needs them only otherwise). */
export function evaluationBody(
  values: EvaluationValues & { conclusion?: string },
): CommandBody<'/api/v1/proposals/{id}/record-evaluation'> {
  const completed = values.outcome === 'completed';
  const f = values.findings ?? {};
  return {
    outcome: values.outcome ?? 'completed',
    extent: values.extent ?? (completed ? 'full' : 'partly'),
    findings: completed
      ? null
      : {
          followedApprovedLine: f.followedApprovedLine === true,
          pureMotive: f.pureMotive === true,
          commonInterest: f.commonInterest === true,
        },
    causes: (values.causes ?? [])
      .filter((c): c is CauseValues => c !== undefined)
      .map((c) => ({ kind: c.kind ?? 'objective', description: cleanOf(c.description), attributedTo: cleanOf(c.attributedTo) })),
    conclusion: textOrNull(values.conclusion),
  };
}

export function protectionBody(
  values: ProtectionValues & { documentForm?: 'decision' | 'notice' },
): CommandBody<'/api/v1/proposals/{id}/determine-protection'> {
  const confirmed = values.decision !== 'depart';
  const abuse = values.abuse === true;
  return {
    confirmed,
    departure: confirmed ? null : { protection: values.protection as Protection, reasons: cleanOf(values.departureReasons) },
    abuse,
    abuseDescription: abuse ? textOrNull(values.abuseDescription) : null,
    documentForm: values.documentForm ?? 'decision',
  };
}

export function encouragementBody(
  values: EncouragementValues & { decision?: string },
): CommandBody<'/api/v1/proposals/{id}/record-encouragement'> {
  const individual = values.beneficiaryKind !== 'organisation';
  return {
    kind: values.kind ?? 'commendation',
    beneficiaryKind: individual ? 'individual' : 'organisation',
    beneficiaryPersonId: individual ? (values.beneficiaryPersonId ?? null) : null,
    beneficiaryOrganisationId: individual ? null : (values.beneficiaryOrganisationId ?? null),
    personnelPurposes: values.kind === 'personnelPriority' ? ((values.personnelPurposes ?? []) as never) : [],
    earlySalaryStepMonths: values.kind === 'earlySalaryStep' ? earlySalaryStepMonths : null,
    decision: textOrNull(values.decision),
  };
}

/** A step without a dedicated dialog: one field per declared input, blanks as null. */
export function genericBody(inputs: ReadonlyArray<{ name: string }>, values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const input of inputs) {
    const value = values[input.name];
    body[input.name] = typeof value === 'string' ? textOrNull(value) : (value ?? null);
  }
  return body;
}
