import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { optionalParagraphs, requiredText } from '../validation.ts';
import { meetingIdOf, noticeToProposer } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { fireTransition, refuse } from './transition.ts';

export const recordEvaluationInput = z.strictObject({
  outcome: z.enum(['completed', 'notCompletedNoDamage', 'notCompletedWithDamage']),
  /** "Not completed" covers "partly completed"; the extent is kept for statistics. */
  extent: z.enum(['full', 'partly', 'not']),
  findings: z
    .strictObject({ followedApprovedLine: z.boolean(), pureMotive: z.boolean(), commonInterest: z.boolean() })
    .nullable()
    .default(null),
  causes: z
    .array(z.strictObject({ kind: z.enum(['objective', 'subjective']), description: requiredText(2_000), attributedTo: requiredText(300) }))
    .max(100),
  conclusion: optionalParagraphs(20_000),
});

/**
 * ND73 Art. 11(4), 18: the evaluation conclusion — the outcome category; for a not/partly
 * completed outcome the three findings (approved line followed, pure motive, common interest);
 * and the structured causes (objective/subjective, description, attribution).
 */
export async function recordEvaluation(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof recordEvaluationInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordEvaluation', expectedVersion, async (ctx) => {
    if (input.outcome !== 'completed' && input.findings === null) {
      throw refuse(
        'evaluation.findings_required',
        'Kết quả không hoàn thành hoặc hoàn thành một phần phải có kết luận về ba nội dung: đúng chủ trương, động cơ trong sáng, vì lợi ích chung.',
        'A not/partly completed outcome needs the three findings: approved line followed, pure motive, common interest.',
        'ND73/2023 Art. 11',
      );
    }
    if ((input.outcome === 'completed') !== (input.extent === 'full')) {
      throw refuse(
        'evaluation.extent_mismatch',
        'Mức độ hoàn thành không khớp với kết quả.',
        'The extent does not match the outcome.',
        'ND73/2023 Art. 11(4)',
      );
    }
    return {
      payload: { ...input, meetingId: await meetingIdOf(ctx, 'evaluation') },
      notices: [noticeToProposer(ctx, 'evaluation.recorded', 'tập thể lãnh đạo đã kết luận đánh giá kết quả.')],
    };
  });
}
