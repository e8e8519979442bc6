/**
 * The document layer: a structured model of Decree 30/2020 documents, one builder per document
 * the procedure produces, DOCX and PDF renderers, and gap-free numbering. Use cases issue
 * documents through app/documents (issueDocumentInCommand inside an existing command).
 */
export * from './model.ts';
export * from './numbering.ts';
export * from './letterhead.ts';
export * from './templates.ts';
export { renderDocx } from './render-docx.ts';
export { renderPdf } from './render-pdf.ts';
export { buildProposalPlan, proposalPlanData, type ProposalPlanData } from './builders/proposal-plan.ts';
export { buildPartyOpinionRequest, partyOpinionRequestData, type PartyOpinionRequestData } from './builders/party-opinion-request.ts';
export { buildMeetingMinutes, meetingMinutesData, type MeetingMinutesData, VOTE_LABELS } from './builders/meeting-minutes.ts';
export { buildProposalDecision, proposalDecisionData, type ProposalDecisionData, DECISION_VARIANTS } from './builders/proposal-decision.ts';
export { buildCompletionReport, completionReportData, type CompletionReportData, OUTCOME_LABELS } from './builders/completion-report.ts';
export { buildEvaluationConclusion, evaluationConclusionData, type EvaluationConclusionData } from './builders/evaluation-conclusion.ts';
export {
  buildProtectionDetermination,
  protectionDeterminationData,
  type ProtectionDeterminationData,
  PROTECTION_TEXT,
} from './builders/protection-determination.ts';
export { buildPeriodicReview, periodicReviewData, type PeriodicReviewData, reviewFigures } from './builders/periodic-review.ts';
