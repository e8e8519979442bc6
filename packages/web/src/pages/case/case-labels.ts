/** Labels of the case's enum values (the API sends ids; the page shows Vietnamese first). */
import type { MessageKey } from '../../i18n/messages.ts';

export const OUTCOME_LABELS: Record<string, MessageKey> = {
  completed: 'case.outcome.completed',
  notCompletedNoDamage: 'case.outcome.not_completed_no_damage',
  notCompletedWithDamage: 'case.outcome.not_completed_with_damage',
};

export const PROTECTION_LABELS: Record<string, MessageKey> = {
  noLiability: 'case.protection.no_liability',
  liabilityExcluded: 'case.protection.liability_excluded',
  considerExclusionExemptionMitigation: 'case.protection.consider',
  notProtected: 'case.protection.not_protected',
};

export const EXTENT_LABELS: Record<string, MessageKey> = {
  full: 'case.extent.full',
  partly: 'case.extent.partly',
  not: 'case.extent.not',
};

export const FINDING_LABELS: Record<string, MessageKey> = {
  followedApprovedLine: 'case.finding.followed_approved_line',
  pureMotive: 'case.finding.pure_motive',
  commonInterest: 'case.finding.common_interest',
};

export const CAUSE_LABELS: Record<string, MessageKey> = {
  objective: 'case.cause.objective',
  subjective: 'case.cause.subjective',
};

export const DECISION_LABELS: Record<string, MessageKey> = {
  approval: 'case.decision.approval',
  override: 'case.decision.override',
  rejection: 'case.decision.rejection',
  returnForRevision: 'case.decision.return_for_revision',
  escalation: 'case.decision.escalation',
  scope: 'case.decision.scope',
  adjust: 'case.decision.adjust',
  suspend: 'case.decision.suspend',
  resume: 'case.decision.resume',
  terminate: 'case.decision.terminate',
  resultNotice: 'case.decision.result_notice',
  close: 'case.decision.close',
};

export const OPINION_KIND_LABELS: Record<string, MessageKey> = {
  party: 'case.opinion.kind.party',
  partyOnResults: 'case.opinion.kind.party_on_results',
  agency: 'case.opinion.kind.agency',
};

export const OPINION_STATUS_LABELS: Record<string, MessageKey> = {
  requested: 'case.opinion.status.requested',
  answered: 'case.opinion.status.answered',
  lapsed: 'case.opinion.status.lapsed',
};

export const MEETING_KIND_LABELS: Record<string, MessageKey> = {
  approval: 'case.meeting.kind.approval',
  evaluation: 'case.meeting.kind.evaluation',
};

export const CHOICE_LABELS: Record<'for' | 'against' | 'abstain', MessageKey> = {
  for: 'case.vote.for',
  against: 'case.vote.against',
  abstain: 'case.vote.abstain',
};

export const RESOURCE_LABELS: Record<string, MessageKey> = {
  equipment: 'case.resource.equipment',
  facilities: 'case.resource.facilities',
  people: 'case.resource.people',
  funds: 'case.resource.funds',
};

export const SEVERITY_LABELS: Record<string, MessageKey> = {
  low: 'case.severity.low',
  medium: 'case.severity.medium',
  high: 'case.severity.high',
};

export const PURPOSE_LABELS: Record<string, MessageKey> = {
  rating: 'case.purpose.rating',
  appointment: 'case.purpose.appointment',
  reappointment: 'case.purpose.reappointment',
  planning: 'case.purpose.planning',
  transfer: 'case.purpose.transfer',
  rotation: 'case.purpose.rotation',
};

export const KPI_STATUS_LABELS: Record<'met' | 'notMet' | 'noData', MessageKey> = {
  met: 'case.kpi.status.met',
  notMet: 'case.kpi.status.not_met',
  noData: 'case.kpi.status.no_data',
};

/** The fourteen contents of the plan (ND73 Art. 7), in the decree's order. */
export const PLAN_CONTENTS: ReadonlyArray<readonly [string, MessageKey]> = [
  ['necessity', 'case.plan.necessity'],
  ['purpose', 'case.plan.purpose'],
  ['requirements', 'case.plan.requirements'],
  ['bottleneck', 'case.plan.bottleneck'],
  ['legalGap', 'case.plan.legal_gap'],
  ['tasksAndSolutions', 'case.plan.tasks_and_solutions'],
  ['scope', 'case.plan.scope'],
  ['implementers', 'case.plan.implementers'],
  ['duration', 'case.plan.duration'],
  ['resources', 'case.plan.resources'],
  ['feasibility', 'case.plan.feasibility'],
  ['positiveImpacts', 'case.plan.positive_impacts'],
  ['negativeImpacts', 'case.plan.negative_impacts'],
  ['expectedEffectiveness', 'case.plan.expected_effectiveness'],
];

/** The four justifications of ND73 Art. 5(1). */
export const PLAN_CONDITIONS: ReadonlyArray<readonly [string, MessageKey]> = [
  ['removesUnregulatedBottleneck', 'case.plan.condition.removes_bottleneck'],
  ['commonInterestAndPracticalValue', 'case.plan.condition.common_interest'],
  ['urgentNeedWithoutHarm', 'case.plan.condition.urgent_need'],
  ['promotesDecentralisationReformOrIt', 'case.plan.condition.promotes_reform'],
];

export const PLAN_DECLARATIONS: ReadonlyArray<readonly [string, MessageKey]> = [
  ['withinCompetence', 'case.plan.declaration.within_competence'],
  ['noContravention', 'case.plan.declaration.no_contravention'],
  ['noPersonalOrGroupBenefit', 'case.plan.declaration.no_personal_benefit'],
];

/** The label of an enum value, or the value itself when a newer server sends one not known here. */
export function labelOf(t: (key: MessageKey) => string, labels: Record<string, MessageKey>, value: string): string {
  const key = labels[value];
  return key ? t(key) : value;
}

/** Document types of Decree 30/2020 plus free evidence files (core definition-schema.ts). */
export const DOCUMENT_TYPE_LABELS: Record<string, MessageKey> = {
  decision: 'case.doctype.decision',
  conclusion: 'case.doctype.conclusion',
  minutes: 'case.doctype.minutes',
  report: 'case.doctype.report',
  notice: 'case.doctype.notice',
  letter: 'case.doctype.letter',
  submission: 'case.doctype.submission',
  plan: 'case.doctype.plan',
  evidence: 'case.doctype.evidence',
};
