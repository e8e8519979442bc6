/**
 * ND73 Art. 10: encouragement for completed proposals — commendation before the collective,
 * reward under the emulation law, priority in personnel decisions, recognition for rank
 * promotion and a salary step 12 months early. It applies to the proposer, the implementing
 * individuals and organisations, and the agency and its head.
 */
import { cite, reason } from './citations.ts';
import type { LocalizedText, RuleReason } from './citations.ts';
import type { EvaluationOutcome } from './protection.ts';

export type EncouragementKind = 'commendation' | 'reward' | 'personnelPriority' | 'earlySalaryStep' | 'rankPromotion';

export const encouragementKinds: ReadonlyArray<{ kind: EncouragementKind; label: LocalizedText }> = [
  { kind: 'commendation', label: { vi: 'Biểu dương trước tập thể', en: 'Commendation before the collective' } },
  {
    kind: 'reward',
    label: { vi: 'Khen thưởng theo pháp luật thi đua, khen thưởng', en: 'Reward under the emulation and commendation law' },
  },
  {
    kind: 'personnelPriority',
    label: {
      vi: 'Ưu tiên khi đánh giá, bổ nhiệm, bổ nhiệm lại, quy hoạch, điều động, luân chuyển',
      en: 'Priority in rating, appointment, reappointment, planning, transfer and rotation',
    },
  },
  { kind: 'earlySalaryStep', label: { vi: 'Nâng bậc lương trước thời hạn 12 tháng', en: 'Salary step 12 months early' } },
  {
    kind: 'rankPromotion',
    label: { vi: 'Công nhận thành tích xuất sắc để xét nâng ngạch', en: 'Recognition as outstanding achievement for rank promotion' },
  },
];

export type PersonnelPurpose = 'rating' | 'appointment' | 'reappointment' | 'planning' | 'transfer' | 'rotation';

export interface EncouragementRequest {
  kind: EncouragementKind;
  beneficiaryKind: 'individual' | 'organisation';
  /** For `earlySalaryStep`: how many months early (Art. 10 fixes 12). */
  earlySalaryStepMonths?: number;
  /** For `personnelPriority`: which personnel decisions the priority is recorded for. */
  personnelPurposes?: readonly PersonnelPurpose[];
}

/** Art. 10 says 12 months; a confirmed parameter, not an input. */
export const earlySalaryStepMonths = 12;

const individualOnly: ReadonlySet<EncouragementKind> = new Set(['personnelPriority', 'earlySalaryStep', 'rankPromotion']);

/** Refusals for one encouragement record; empty = it may be recorded. */
export function checkEncouragement(outcome: EvaluationOutcome | null, request: EncouragementRequest): RuleReason[] {
  const refusals: RuleReason[] = [];
  if (outcome !== 'completed') {
    refusals.push(
      reason(
        'encouragement.not_completed',
        {
          vi: 'Chỉ đề xuất được đánh giá là hoàn thành mới được biểu dương, khen thưởng, ưu tiên theo Điều 10.',
          en: 'Only proposals evaluated as completed receive the Art. 10 encouragement.',
        },
        cite.art10,
        'confirmed',
        'outcome',
      ),
    );
  }
  if (request.beneficiaryKind === 'organisation' && individualOnly.has(request.kind)) {
    refusals.push(
      reason(
        'encouragement.individual_only',
        {
          vi: 'Hình thức này chỉ áp dụng cho cá nhân (ưu tiên bố trí, nâng bậc lương, nâng ngạch).',
          en: 'This kind applies to individuals only (personnel priority, salary step, rank promotion).',
        },
        cite.art10,
        'confirmed',
        'beneficiaryKind',
      ),
    );
  }
  if (request.kind === 'earlySalaryStep' && request.earlySalaryStepMonths !== earlySalaryStepMonths) {
    refusals.push(
      reason(
        'encouragement.salary_step_months',
        {
          vi: `Nâng bậc lương trước thời hạn ${earlySalaryStepMonths} tháng.`,
          en: `The salary step is brought forward by ${earlySalaryStepMonths} months.`,
        },
        cite.art10,
        'confirmed',
        'earlySalaryStepMonths',
      ),
    );
  }
  if (request.kind === 'personnelPriority' && (request.personnelPurposes ?? []).length === 0) {
    refusals.push(
      reason(
        'encouragement.priority_purpose_missing',
        {
          vi: 'Ghi rõ ưu tiên cho việc nào: đánh giá, bổ nhiệm, bổ nhiệm lại, quy hoạch, điều động, luân chuyển.',
          en: 'State what the priority is for: rating, appointment, reappointment, planning, transfer, rotation.',
        },
        cite.art10,
        'confirmed',
        'personnelPurposes',
      ),
    );
  }
  return refusals;
}

/** The kinds the UI may offer for this outcome and beneficiary, each with why not. */
export function encouragementOptions(
  outcome: EvaluationOutcome | null,
  beneficiaryKind: 'individual' | 'organisation',
): Array<{ kind: EncouragementKind; label: LocalizedText; allowed: boolean; reasons: RuleReason[]; citation: string }> {
  return encouragementKinds.map(({ kind, label }) => {
    const reasons = checkEncouragement(outcome, {
      kind,
      beneficiaryKind,
      earlySalaryStepMonths,
      personnelPurposes: ['rating'],
    });
    return { kind, label, allowed: reasons.length === 0, reasons, citation: cite.art10 };
  });
}
