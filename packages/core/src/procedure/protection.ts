/**
 * ND73 Art. 11: which protection follows from the evaluated outcome. This is the reason the
 * system exists ("Khiên" = shield), so the rule is spelled out with every reason and
 * citation; the competent person confirms it or records a reasoned departure (server side).
 */
import { DomainError } from '../errors.ts';
import { cite, reason } from './citations.ts';
import type { LocalizedText, RuleReason } from './citations.ts';

/** The three outcome categories the evaluation records (Art. 11(4), Art. 18). */
export type EvaluationOutcome = 'completed' | 'notCompletedNoDamage' | 'notCompletedWithDamage';
export const evaluationOutcomes: readonly EvaluationOutcome[] = ['completed', 'notCompletedNoDamage', 'notCompletedWithDamage'];

/** "Not completed" covers "partly completed" too; the extent is kept for statistics. */
export type CompletionExtent = 'full' | 'partly' | 'not';

export interface EvaluationFindings {
  followedApprovedLine: boolean;
  pureMotive: boolean;
  commonInterest: boolean;
}

export type CauseKind = 'objective' | 'subjective';

export interface Cause {
  kind: CauseKind;
  description: string;
  attributedTo: string;
}

export type Protection = 'noLiability' | 'liabilityExcluded' | 'considerExclusionExemptionMitigation' | 'notProtected';

export interface ProtectionInput {
  outcome: EvaluationOutcome;
  /** Required for the two not-completed outcomes; optional for a completed one. */
  findings: EvaluationFindings | null;
  /** From `checkScopeConformance`: were all deviations covered by adjust decisions? */
  withinApprovedScope: boolean;
  /** Abuse of the policy established (Art. 6: corruption, self-seeking, cover-up). */
  abuse: boolean;
  /** Recorded causes, used only for the Decree 172/2025 note. */
  causes?: readonly Cause[];
}

export interface Decree172Note {
  citation: string;
  /** Whether an objective cause was recorded: the exemption concerns losses from objective risk. */
  objectiveCauseRecorded: boolean;
  text: LocalizedText;
}

export interface ProtectionResult {
  protection: Protection;
  reasons: RuleReason[];
  /** Present when the record should be exported as evidence for a Decree 172/2025 exemption. */
  decree172: Decree172Note | null;
}

/** How each negative finding reads in a reason. */
const negativeFindingTexts: Record<keyof EvaluationFindings, LocalizedText> = {
  followedApprovedLine: {
    vi: 'không thực hiện đúng chủ trương đã được phê duyệt',
    en: 'did not follow the approved line',
  },
  pureMotive: { vi: 'động cơ không trong sáng', en: 'did not act with a pure motive' },
  commonInterest: { vi: 'không vì lợi ích chung', en: 'did not act for the common interest' },
};

export function deriveProtection(input: ProtectionInput): ProtectionResult {
  const reasons: RuleReason[] = [];

  // Abuse and leaving the approved scope take a case out of ND73 whatever the outcome:
  // the shield covers the approved innovation, not acts outside it.
  if (input.abuse) {
    reasons.push(
      reason(
        'protection.abuse',
        {
          vi: 'Có hành vi lợi dụng chính sách để vi phạm, trục lợi: không được bảo vệ theo Nghị định 73, xử lý theo quy định về kỷ luật, hình sự.',
          en: 'The policy was abused for wrongdoing or self-seeking: no protection under Decree 73; handled under discipline or criminal law.',
        },
        cite.art6,
      ),
    );
  }
  if (!input.withinApprovedScope) {
    reasons.push(
      reason(
        'protection.outside_scope',
        {
          vi: 'Có nội dung thực hiện ngoài phạm vi đã được phê duyệt mà không có quyết định điều chỉnh: không được bảo vệ đối với phần đó.',
          en: 'Part of the implementation went outside the approved scope without an adjust decision: not protected for it.',
        },
        cite.art11,
      ),
    );
  }

  const needsFindings = input.outcome !== 'completed';
  if (needsFindings && input.findings === null) {
    throw new DomainError(
      'protection.findings_required',
      {
        vi: 'Kết quả không hoàn thành hoặc hoàn thành một phần phải có kết luận về ba nội dung: đúng chủ trương, động cơ trong sáng, vì lợi ích chung.',
        en: 'A not/partly completed outcome needs the three findings: followed the approved line, pure motive, common interest.',
      },
      { citation: cite.art11 },
    );
  }
  if (input.findings !== null) {
    for (const key of Object.keys(negativeFindingTexts) as Array<keyof EvaluationFindings>) {
      if (!input.findings[key]) {
        const text = negativeFindingTexts[key];
        reasons.push(
          reason(
            `protection.finding_negative.${key}`,
            {
              vi: `Kết luận: ${text.vi}; không được bảo vệ theo Nghị định 73.`,
              en: `Finding: ${text.en}; no protection under Decree 73.`,
            },
            cite.art11,
          ),
        );
      }
    }
  }

  if (reasons.length > 0) {
    return { protection: 'notProtected', reasons, decree172: null };
  }

  switch (input.outcome) {
    case 'completed':
      return {
        protection: 'noLiability',
        reasons: [
          reason(
            'protection.completed',
            {
              vi: 'Đề xuất hoàn thành: không bị xử lý trách nhiệm.',
              en: 'The proposal was completed: no liability is imposed.',
            },
            cite.art11,
          ),
        ],
        decree172: null,
      };
    case 'notCompletedNoDamage':
      return {
        protection: 'liabilityExcluded',
        reasons: [
          reason(
            'protection.no_damage_all_findings',
            {
              vi: 'Không hoàn thành hoặc hoàn thành một phần, không gây thiệt hại; đúng chủ trương, động cơ trong sáng, vì lợi ích chung: được loại trừ trách nhiệm.',
              en: 'Not or partly completed without damage; approved line followed, pure motive, common interest: liability is excluded.',
            },
            cite.art11,
          ),
        ],
        decree172: null,
      };
    case 'notCompletedWithDamage': {
      const objectiveCauseRecorded = (input.causes ?? []).some((cause) => cause.kind === 'objective');
      return {
        protection: 'considerExclusionExemptionMitigation',
        reasons: [
          reason(
            'protection.damage_all_findings',
            {
              vi: 'Không hoàn thành hoặc hoàn thành một phần, có gây thiệt hại; đúng chủ trương, động cơ trong sáng, vì lợi ích chung: được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm theo quy định của pháp luật có liên quan.',
              en: 'Not or partly completed with damage; approved line followed, pure motive, common interest: exclusion, exemption or mitigation of liability may be considered under the relevant laws.',
            },
            cite.art11,
          ),
        ],
        decree172: {
          citation: cite.nd172,
          objectiveCauseRecorded,
          text: {
            vi: 'Từ 01/7/2025, Nghị định 172/2025/NĐ-CP miễn kỷ luật đối với thiệt hại do rủi ro khách quan khi đã thực hiện đúng quy trình, không vụ lợi: hồ sơ đánh giá này là chứng cứ.',
            en: 'Since 1 Jul 2025 Decree 172/2025 exempts from discipline losses caused by objective risk when procedures were followed without self-interest: this evaluation record is evidence for it.',
          },
        },
      };
    }
  }
}
