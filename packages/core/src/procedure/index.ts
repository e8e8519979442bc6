/**
 * Public API of the procedure engine and the Decree 73 rules (pure: no I/O, clock or
 * randomness). The server's use cases and the web UI import from here only.
 */
export { cite, reason } from './citations.ts';
export type { LocalizedText, RuleReason, RuleStatus } from './citations.ts';

export {
  actorSpecSchema,
  caseRelationSchema,
  documentTypeSchema,
  procedureDefinitionSchema,
  systemRoleSchema,
} from './definition-schema.ts';
export type {
  ActorSpec,
  CaseRelation,
  DocumentSpec,
  DocumentType,
  GuardUse,
  InputSpec,
  LegalBasis,
  ParameterDefinition,
  ParameterUnit,
  ParameterValue,
  ProcedureDefinition,
  StateDefinition,
  TimerAnchor,
  TimerDefinition,
  TimerParty,
  TimerPartyRelation,
  TransitionDefinition,
} from './definition-schema.ts';

export { findDefinitionProblems, loadProcedure, validateDefinition } from './validate-definition.ts';
export type { DefinitionProblem, DefinitionProblemCode } from './validate-definition.ts';

export { guardNames, guardRegistry } from './guards.ts';
export type { GuardContext, GuardDefinition, GuardFailure } from './guards.ts';

export { initialCaseSnapshot, relationsToCase } from './case-snapshot.ts';
export type { CaseActor, CaseParties, CaseSnapshot, ConsultationSnapshot, MeetingSnapshot, OpinionStep } from './case-snapshot.ts';

export { allowedActions, assertCanFire, isTransitionEnabled, nextState, parameterValue, relationLabels, roleLabels } from './engine.ts';
export type { ActionAvailability } from './engine.ts';

export { planTimers, timeLimitOf } from './timers.ts';
export type { ResolvedAnchor, TimeLimit, TimerChanges, TimerPlan } from './timers.ts';

export { deriveVariant } from './derive-variant.ts';
export type { VariantProblem, VariantSpec } from './derive-variant.ts';

export { nd73Definition, nd73Profile } from './profile-nd73-2023.ts';
export { kl14PartyDefinition, kl14PartyProfile } from './profile-kl14-party.ts';
export { builtInProfiles, findBuiltInProfile } from './built-in-profiles.ts';

export { toMermaid } from './mermaid.ts';
export type { MermaidOptions } from './mermaid.ts';

export { checkProposerEligibility, checkSubmission, nd73ProposerCategories } from './submission.ts';
export type {
  Art5Justifications,
  ProposalPlan,
  ProposalPlanContents,
  ProposerCategory,
  ProposerProfile,
  RelatedParty,
  SubmissionDeclarations,
  SubmissionOptions,
} from './submission.ts';

export { routeProposal } from './routing.ts';
export type { AgencyHeadRef, Routing, RoutingInput, RoutingLevel } from './routing.ts';

export { isIsoDate, leadershipCollectiveOn, tallyVotes, tieRules } from './voting.ts';
export type {
  Ballot,
  CollectiveMember,
  CollectiveRole,
  IsoDate,
  LeadershipPosition,
  TallyDecidedBy,
  TallyInput,
  TallyResult,
  TieRule,
  VoteChoice,
} from './voting.ts';

export { deriveProtection, evaluationOutcomes } from './protection.ts';
export type {
  Cause,
  CauseKind,
  CompletionExtent,
  Decree172Note,
  EvaluationFindings,
  EvaluationOutcome,
  Protection,
  ProtectionInput,
  ProtectionResult,
} from './protection.ts';

export { checkScopeConformance, envelopeInForce, nextDay } from './scope-conformance.ts';
export type {
  AdjustDecision,
  ConformanceOptions,
  Deviation,
  DeviationKind,
  ImplementationRecord,
  Kpi,
  KpiResult,
  KpiStatus,
  ScopeChanges,
  ScopeConformanceReport,
  ScopeEnvelope,
  ScopeItem,
} from './scope-conformance.ts';

export { checkEncouragement, earlySalaryStepMonths, encouragementKinds, encouragementOptions } from './encouragement.ts';
export type { EncouragementKind, EncouragementRequest, PersonnelPurpose } from './encouragement.ts';
