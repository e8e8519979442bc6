import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { optionalText, requiredParagraphs } from '../validation.ts';
import { decisionPayload, headAboveDecider, noticeToProposer, tallyOf } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { fireTransition } from './transition.ts';

export const decideOverrideInput = z.strictObject({
  reasons: requiredParagraphs(5_000),
  /** The head states it in writing: the decision is taken on their personal responsibility. */
  personalResponsibilityAcknowledged: z.literal(true),
  documentNumber: optionalText(100),
});

/**
 * ND73 Art. 8(1): after a failed vote the head may still approve in writing, with reasons,
 * taking personal responsibility before the superior agency and the law. The decision is
 * flagged as such, and the superior agency's head is told.
 */
export async function decideOverride(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof decideOverrideInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'decideOverride', expectedVersion, (ctx) => ({
    payload: {
      decision: decisionPayload(
        ctx,
        'override',
        input.reasons,
        {
          tally: tallyOf(ctx, ctx.snapshot.approvalMeeting),
          documentNumber: input.documentNumber,
          citation: 'ND73/2023 Art. 8(1)',
          onHeadsPersonalResponsibility: true,
        },
        true,
      ),
    },
    notices: [
      noticeToProposer(
        ctx,
        'decision.override',
        `được người đứng đầu quyết định phê duyệt bằng văn bản (không đạt biểu quyết), chịu trách nhiệm cá nhân. Lý do: ${input.reasons}`,
        [headAboveDecider(ctx)],
      ),
    ],
  }));
}
