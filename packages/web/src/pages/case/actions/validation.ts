/**
 * Checks of the action dialogs, as plain functions so node:test proves them
 * (validation.test.ts). They mirror the server's input schemas
 * (packages/server/src/app/proposals/*-input.ts, scope-input.ts) and the rules it refuses with
 * (pilot end after today, actual end not in the future, departure needs reasons…), so the
 * cadre sees the problem before sending; the server still checks everything.
 */
import { cleanText } from '@khien/core/text';
import { checkEncouragement, earlySalaryStepMonths, type EncouragementKind } from '@khien/core/procedure/encouragement';
import type { EvaluationOutcome, Protection } from '@khien/core/procedure/protection';
import type { MessageKey } from '../../../i18n/messages.ts';

export type Check<T = unknown> = (value: T) => MessageKey | null;

const text = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');
const isIso = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Server limits (reasonsInput, opinionInput, voteInput, scope-input.ts). */
export const LIMITS = {
  documentNumber: 100,
  reasons: 5_000,
  opinion: 10_000,
  voteReason: 2_000,
  item: 2_000,
  area: 200,
  kpiName: 300,
  kpiUnit: 50,
  resourceDescription: 2_000,
  spendingDescription: 500,
  narrative: 10_000,
  results: 20_000,
  deviations: 10_000,
  incident: 5_000,
  findings: 10_000,
  cause: 2_000,
  attributedTo: 300,
  conclusion: 20_000,
  decision: 500,
  agencies: 50,
  listItems: 100,
} as const;

/** The server's default upload limit (KHIEN_UPLOAD_LIMIT_BYTES); a lower configured limit is refused by the server. */
export const UPLOAD_MAX_BYTES = 50 * 1_048_576;

export function requiredText(max: number): Check {
  return (value) => {
    const clean = text(value);
    if (clean === '') return 'validation.required';
    return clean.length > max ? 'validation.too_long' : null;
  };
}

export function optionalText(max: number): Check {
  return (value) => (text(value).length > max ? 'validation.too_long' : null);
}

/** Optional text: "" or blanks become null, as the server's optionalText does. */
export function textOrNull(value: unknown): string | null {
  const clean = text(value);
  return clean === '' ? null : clean;
}

export function cleanOf(value: unknown): string {
  return text(value);
}

export function validateChoice(value: unknown): MessageKey | null {
  return value === undefined || value === null || value === '' ? 'validation.select_required' : null;
}

export function validateDate(value: unknown): MessageKey | null {
  return isIso(value) ? null : 'validation.date_required';
}

/** approve-scope.ts: "the pilot end date must be after today". */
export function validateAfterToday(value: unknown, today: string): MessageKey | null {
  if (!isIso(value)) return 'validation.date_required';
  return value > today ? null : 'action.validation.after_today';
}

/** report-completion.ts: "the actual end date cannot be in the future". */
export function validateNotAfterToday(value: unknown, today: string): MessageKey | null {
  if (!isIso(value)) return 'validation.date_required';
  return value <= today ? null : 'action.validation.not_future';
}

/** schedule-meeting.ts: the meeting cannot be before the receipt (or the completion report). */
export function validateMeetingDate(value: unknown, earliest: string | null): MessageKey | null {
  if (!isIso(value)) return 'validation.date_required';
  return earliest && value < earliest ? 'action.validation.meeting_before_receipt' : null;
}

/** Whole VND, not negative (scope-input.ts `money`). Empty is allowed only when `optional`. */
export function validateMoney(value: unknown, optional = false): MessageKey | null {
  if (value === undefined || value === null || value === '') return optional ? null : 'action.validation.amount_required';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'action.validation.number';
  if (value < 0) return 'action.validation.not_negative';
  if (!Number.isInteger(value)) return 'action.validation.whole_dong';
  return value > Number.MAX_SAFE_INTEGER ? 'action.validation.too_large' : null;
}

/** A measured value (KPI baseline, target, actual): any finite number; empty only when `optional`. */
export function validateNumber(value: unknown, optional = false): MessageKey | null {
  if (value === undefined || value === null || value === '') return optional ? null : 'action.validation.number_required';
  return typeof value === 'number' && Number.isFinite(value) ? null : 'action.validation.number';
}

export function validateQuantity(value: unknown): MessageKey | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'action.validation.number';
  return value < 0 ? 'action.validation.not_negative' : null;
}

/** A list the schema requires at least one of (objectives, areas, resources, agencies). */
export function validateAtLeastOne(list: unknown, emptyKey: MessageKey, max: number = LIMITS.listItems): MessageKey | null {
  if (!Array.isArray(list) || list.length === 0) return emptyKey;
  return list.length > max ? 'action.validation.too_many' : null;
}

/** ND73 Art. 8(1): the head's written decision needs reasons and the stated personal responsibility. */
export function validateOverride(values: { reasons?: unknown; acknowledged?: unknown }): MessageKey | null {
  return requiredText(LIMITS.reasons)(values.reasons) ?? validateAcknowledged(values.acknowledged);
}

export function validateAcknowledged(value: unknown): MessageKey | null {
  return value === true ? null : 'action.validation.acknowledge_required';
}

export interface ScopeValues {
  objectives?: Array<{ text?: string } | undefined>;
  areas?: Array<string | undefined>;
  pilotEndDate?: string | null;
  budgetCeiling?: number | null;
  safeguards?: Array<{ text?: string } | undefined>;
  kpis?: Array<KpiValues | undefined>;
}

export interface KpiValues {
  name?: string;
  unit?: string;
  baseline?: number | null;
  target?: number | null;
}

export function validateKpi(kpi: KpiValues | undefined): MessageKey | null {
  if (!kpi) return 'action.validation.kpi_incomplete';
  return (
    requiredText(LIMITS.kpiName)(kpi.name) ??
    requiredText(LIMITS.kpiUnit)(kpi.unit) ??
    validateNumber(kpi.baseline) ??
    validateNumber(kpi.target)
  );
}

/** The whole scope envelope (approveScopeInput): ≥ 1 objective and area, end after today, budget ≥ 0, complete KPIs. */
export function validateScope(values: ScopeValues, today: string): MessageKey | null {
  const objectives = (values.objectives ?? []).filter((o) => text(o?.text) !== '');
  const areas = (values.areas ?? []).filter((a) => text(a) !== '');
  return (
    validateAtLeastOne(objectives, 'action.validation.objective_required') ??
    validateAtLeastOne(areas, 'action.validation.area_required', 200) ??
    validateAfterToday(values.pilotEndDate, today) ??
    validateMoney(values.budgetCeiling) ??
    (values.kpis ?? []).map(validateKpi).find((k) => k !== null) ??
    null
  );
}

export interface AdjustValues {
  pilotEndDate?: string | null;
  budgetCeiling?: number | null;
  addAreas?: Array<string | undefined>;
  removeAreas?: string[];
  addObjectives?: Array<{ text?: string } | undefined>;
  removeObjectives?: string[];
  addSafeguards?: Array<{ text?: string } | undefined>;
  removeSafeguards?: string[];
  kpiTargets?: Record<string, number | null | undefined>;
}

/** adjustScopeInput: "at least one change". */
export function validateAdjustChanges(values: AdjustValues): MessageKey | null {
  const filled = (list: Array<unknown> | undefined, pick: (item: unknown) => string) => (list ?? []).some((item) => pick(item) !== '');
  const any =
    isIso(values.pilotEndDate) ||
    typeof values.budgetCeiling === 'number' ||
    filled(values.addAreas, (a) => text(a)) ||
    filled(values.addObjectives, (o) => text((o as { text?: string } | undefined)?.text)) ||
    filled(values.addSafeguards, (s) => text((s as { text?: string } | undefined)?.text)) ||
    (values.removeAreas ?? []).length > 0 ||
    (values.removeObjectives ?? []).length > 0 ||
    (values.removeSafeguards ?? []).length > 0 ||
    Object.values(values.kpiTargets ?? {}).some((v) => typeof v === 'number');
  return any ? null : 'action.validation.change_required';
}

export interface SpendingValues {
  date?: string | null;
  amount?: number | null;
  description?: string;
}

export function validateSpending(row: SpendingValues | undefined): MessageKey | null {
  if (!row) return 'action.validation.spending_incomplete';
  return validateDate(row.date) ?? validateMoney(row.amount) ?? optionalText(LIMITS.spendingDescription)(row.description);
}

/** KPI actuals keyed by KPI id: each either empty (no data yet) or a finite number. */
export function validateKpiActuals(actuals: Record<string, unknown> | undefined): MessageKey | null {
  for (const value of Object.values(actuals ?? {})) {
    const problem = validateNumber(value, true);
    if (problem) return problem;
  }
  return null;
}

export interface CauseValues {
  kind?: 'objective' | 'subjective';
  description?: string;
  attributedTo?: string;
}

export function validateCause(cause: CauseValues | undefined): MessageKey | null {
  if (!cause) return 'action.validation.cause_incomplete';
  if (cause.kind !== 'objective' && cause.kind !== 'subjective') return 'action.validation.cause_incomplete';
  if (text(cause.description) === '' || text(cause.attributedTo) === '') return 'action.validation.cause_incomplete';
  if (text(cause.description).length > LIMITS.cause || text(cause.attributedTo).length > LIMITS.attributedTo) return 'validation.too_long';
  return null;
}

export interface EvaluationValues {
  outcome?: EvaluationOutcome;
  extent?: 'full' | 'partly' | 'not';
  findings?: { followedApprovedLine?: boolean; pureMotive?: boolean; commonInterest?: boolean };
  causes?: Array<CauseValues | undefined>;
}

/** Which extents go with an outcome (record-evaluation.ts: completed ⇔ full). */
export function extentsFor(outcome: EvaluationOutcome | undefined): Array<'full' | 'partly' | 'not'> {
  if (outcome === undefined) return ['full', 'partly', 'not'];
  return outcome === 'completed' ? ['full'] : ['partly', 'not'];
}

/**
 * ND73 Art. 11(4), 18: the outcome, a matching extent, the three findings for a not/partly
 * completed outcome, and complete causes — at least one when the pilot was not completed.
 */
export function validateEvaluation(values: EvaluationValues): MessageKey | null {
  if (!values.outcome) return 'action.validation.outcome_required';
  if (!values.extent || !extentsFor(values.outcome).includes(values.extent)) return 'action.validation.extent_mismatch';
  if (values.outcome !== 'completed') {
    const f = values.findings ?? {};
    if (typeof f.followedApprovedLine !== 'boolean' || typeof f.pureMotive !== 'boolean' || typeof f.commonInterest !== 'boolean') {
      return 'action.validation.findings_required';
    }
    if ((values.causes ?? []).length === 0) return 'action.validation.causes_required';
  }
  return (values.causes ?? []).map(validateCause).find((c) => c !== null) ?? null;
}

export interface ProtectionValues {
  decision?: 'confirm' | 'depart';
  protection?: Protection;
  departureReasons?: string;
  abuse?: boolean;
  abuseDescription?: string;
}

/** determine-protection.ts: a departure names another protection than the rule's and gives reasons; abuse is described. */
export function validateProtection(values: ProtectionValues, derived: Protection | null): MessageKey | null {
  if (values.decision !== 'confirm' && values.decision !== 'depart') return 'validation.select_required';
  if (values.abuse === true) {
    const problem = requiredText(LIMITS.reasons)(values.abuseDescription);
    if (problem) return problem === 'validation.required' ? 'action.validation.abuse_description_required' : problem;
  }
  if (values.decision === 'depart') {
    if (!values.protection) return 'action.validation.protection_required';
    if (derived !== null && values.protection === derived) return 'action.validation.departure_same';
    const reasons = requiredText(LIMITS.reasons)(values.departureReasons);
    if (reasons) return reasons === 'validation.required' ? 'action.validation.departure_reasons_required' : reasons;
  }
  return null;
}

export interface EncouragementValues {
  kind?: EncouragementKind;
  beneficiaryKind?: 'individual' | 'organisation';
  beneficiaryPersonId?: string | null;
  beneficiaryOrganisationId?: string | null;
  personnelPurposes?: string[];
}

/** ND73 Art. 10 through core's own rule (checkEncouragement), plus a named beneficiary. */
export function validateEncouragement(values: EncouragementValues, outcome: EvaluationOutcome | null): MessageKey | null {
  if (!values.kind || !values.beneficiaryKind) return 'validation.select_required';
  const beneficiary = values.beneficiaryKind === 'individual' ? values.beneficiaryPersonId : values.beneficiaryOrganisationId;
  if (!beneficiary) return 'action.validation.beneficiary_required';
  const refusals = checkEncouragement(outcome, {
    kind: values.kind,
    beneficiaryKind: values.beneficiaryKind,
    earlySalaryStepMonths,
    personnelPurposes: (values.personnelPurposes ?? []) as never,
  });
  const first = refusals[0];
  if (!first) return null;
  // Core names the field each refusal is about (its codes are not interface texts).
  if (first.field === 'personnelPurposes') return 'action.validation.purpose_required';
  if (first.field === 'beneficiaryKind') return 'action.validation.individual_only';
  return 'action.validation.not_completed';
}

export interface AgencyRequestValues {
  agencyId?: string | null;
  dueOn?: string | null;
}

/** consultRelatedAgenciesInput: 1–50 agencies, each once, not the deciding agency, a due date not in the past. */
export function validateAgencyRequests(rows: Array<AgencyRequestValues | undefined>, decidingAgencyId: string | null, today: string) {
  const list = rows.filter((r): r is AgencyRequestValues => r !== undefined);
  const empty = validateAtLeastOne(list, 'action.validation.agency_required', LIMITS.agencies);
  if (empty) return empty;
  const seen = new Set<string>();
  for (const row of list) {
    if (!row.agencyId) return 'action.validation.agency_required';
    if (row.agencyId === decidingAgencyId) return 'action.validation.agency_is_decider';
    if (seen.has(row.agencyId)) return 'action.validation.agency_duplicate';
    seen.add(row.agencyId);
    if (row.dueOn && row.dueOn < today) return 'action.validation.due_in_past';
  }
  return null;
}

/** A file of the step: not empty, within the upload limit. */
export function validateUpload(file: { size: number } | null | undefined, maxBytes: number = UPLOAD_MAX_BYTES): MessageKey | null {
  if (!file) return null;
  if (file.size === 0) return 'validation.file_empty';
  return file.size > maxBytes ? 'validation.file_too_large' : null;
}
