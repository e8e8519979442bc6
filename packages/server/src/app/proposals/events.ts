/**
 * Ledger events of the proposal lifecycle. Every payload carries everything its projector
 * needs (ids, dates, computed tallies, due dates), so the read tables are a deterministic
 * function of the ledger: `khien verify` replays them into a scratch schema and compares.
 * Each event is recorded with `procedureVersion` = the case's bound profile "id@version".
 */
import type { LocalizedText, RuleStatus, TimeLimit, TimerPartyRelation } from '@khien/core/procedure';

/** Event type of each engine action (the action id is also kept in the payload). */
export const PROPOSAL_EVENTS = {
  createDraft: 'proposal.draft_created',
  updateDraft: 'proposal.draft_updated',
  submit: 'proposal.submitted',
  requestPartyOpinion: 'proposal.party_opinion_requested',
  recordPartyOpinion: 'proposal.party_opinion_recorded',
  consultRelatedAgencies: 'proposal.agencies_consulted',
  recordAgencyOpinion: 'proposal.agency_opinion_recorded',
  scheduleMeeting: 'proposal.meeting_scheduled',
  recordVote: 'proposal.vote_recorded',
  closeMeeting: 'proposal.meeting_closed',
  decideApproval: 'proposal.approved',
  decideOverride: 'proposal.approved_by_override',
  decideRejection: 'proposal.rejected',
  returnForRevision: 'proposal.returned_for_revision',
  escalate: 'proposal.escalated',
  approveScope: 'proposal.scope_approved',
  assignResources: 'proposal.resources_assigned',
  fileProgressReport: 'proposal.progress_reported',
  recordIncident: 'proposal.incident_recorded',
  recordInspection: 'proposal.inspection_recorded',
  adjustScope: 'proposal.scope_adjusted',
  suspend: 'proposal.suspended',
  resume: 'proposal.resumed',
  terminate: 'proposal.terminated',
  reportCompletion: 'proposal.completion_reported',
  requestPartyOpinionOnResults: 'proposal.party_opinion_on_results_requested',
  recordPartyOpinionOnResults: 'proposal.party_opinion_on_results_recorded',
  scheduleEvaluation: 'proposal.evaluation_meeting_scheduled',
  recordEvaluationVote: 'proposal.evaluation_vote_recorded',
  closeEvaluationMeeting: 'proposal.evaluation_meeting_closed',
  recordEvaluation: 'proposal.evaluated',
  notifyResult: 'proposal.result_notified',
  determineProtection: 'proposal.protection_determined',
  recordEncouragement: 'proposal.encouragement_recorded',
  close: 'proposal.closed',
  addAttachment: 'proposal.attachment_added',
  deadlineOverdue: 'proposal.deadline_overdue',
} as const;
export type ProposalAction = keyof typeof PROPOSAL_EVENTS;

export const CALENDAR_EVENTS = { overridesSet: 'calendar.overrides_set' } as const;
export const PROCEDURE_EVENTS = { variantAdopted: 'procedure.variant_adopted' } as const;

/** A time limit armed by an event, with its due date computed on the working-day calendar. */
export interface ArmedTimer {
  timerId: string;
  label: LocalizedText;
  citation: string;
  status: RuleStatus;
  limit: TimeLimit;
  /** Last day of the limit (Vietnam local date) and the instant it ends. */
  dueOn: string;
  dueAt: string;
  remindAt: string[];
  holderRelation: TimerPartyRelation | null;
  holderIds: string[];
  escalateRelation: TimerPartyRelation | null;
  escalateIds: string[];
}

export interface TimerChangesPayload {
  arm: ArmedTimer[];
  disarm: string[];
}

/** Fields every proposal event carries. */
export interface CaseEventBase {
  proposalId: string;
  action: string;
  fromState: string;
  toState: string;
  /** The person who acted (null for the system: timers, seeding). */
  byPersonId: string | null;
  timers: TimerChangesPayload;
}

export interface CalendarOverridesSet {
  year: number;
  overrides: unknown;
}

export interface ProcedureVariantAdopted {
  id: string;
  version: number;
  baseId: string;
  baseVersion: number;
  organisationId: string | null;
  definition: unknown;
  legalBasis: unknown;
}
