import type { z } from 'zod';
import { buildCompletionReport, completionReportData } from './builders/completion-report.ts';
import { buildEvaluationConclusion, evaluationConclusionData } from './builders/evaluation-conclusion.ts';
import { buildMeetingMinutes, meetingMinutesData } from './builders/meeting-minutes.ts';
import { buildPartyOpinionRequest, partyOpinionRequestData } from './builders/party-opinion-request.ts';
import { buildPeriodicReview, periodicReviewData } from './builders/periodic-review.ts';
import { buildProposalDecision, proposalDecisionData } from './builders/proposal-decision.ts';
import { buildProposalPlan, proposalPlanData } from './builders/proposal-plan.ts';
import { buildProtectionDetermination, protectionDeterminationData } from './builders/protection-determination.ts';
import type { DocumentDraft } from './model.ts';

interface Template<S extends z.ZodType> {
  schema: S;
  build(data: z.input<S>): DocumentDraft;
  label: { vi: string; en: string };
}

const template = <S extends z.ZodType>(t: Template<S>) => t;

/** Every document the procedure produces, by template id: its input schema and its builder. */
export const DOCUMENT_TEMPLATES = {
  proposal_plan: template({ schema: proposalPlanData, build: buildProposalPlan, label: { vi: 'Kế hoạch đề xuất', en: 'Proposal plan' } }),
  party_opinion_request: template({
    schema: partyOpinionRequestData,
    build: buildPartyOpinionRequest,
    label: { vi: 'Công văn xin ý kiến cấp ủy', en: "Request for the Party committee's opinion" },
  }),
  meeting_minutes: template({
    schema: meetingMinutesData,
    build: buildMeetingMinutes,
    label: { vi: 'Biên bản họp', en: 'Meeting minutes' },
  }),
  proposal_decision: template({
    schema: proposalDecisionData,
    build: buildProposalDecision,
    label: {
      vi: 'Quyết định (phê duyệt, điều chỉnh, tạm dừng, chấm dứt…)',
      en: 'Decision (approval, override, adjustment, suspension, termination)',
    },
  }),
  completion_report: template({
    schema: completionReportData,
    build: buildCompletionReport,
    label: { vi: 'Báo cáo kết quả', en: 'Completion report' },
  }),
  evaluation_conclusion: template({
    schema: evaluationConclusionData,
    build: buildEvaluationConclusion,
    label: { vi: 'Kết luận đánh giá', en: 'Evaluation conclusion' },
  }),
  protection_determination: template({
    schema: protectionDeterminationData,
    build: buildProtectionDetermination,
    label: { vi: 'Quyết định/Thông báo về bảo vệ', en: 'Protection decision or notice' },
  }),
  periodic_review: template({
    schema: periodicReviewData,
    build: buildPeriodicReview,
    label: { vi: 'Báo cáo sơ kết/tổng kết', en: 'Periodic review report' },
  }),
} as const;

export type TemplateId = keyof typeof DOCUMENT_TEMPLATES;
export const TEMPLATE_IDS = Object.keys(DOCUMENT_TEMPLATES) as [TemplateId, ...TemplateId[]];
