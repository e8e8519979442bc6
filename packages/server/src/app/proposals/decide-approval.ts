import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer, tallyOf } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { optionalReasonsInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 8(1): the collective voted in favour (> 50 %, or the head's side on a tie). */
export async function decideApproval(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof optionalReasonsInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'decideApproval', expectedVersion, (ctx) => ({
    payload: {
      decision: decisionPayload(ctx, 'approval', input.reasons, {
        tally: tallyOf(ctx, ctx.snapshot.approvalMeeting),
        documentNumber: input.documentNumber,
      }),
    },
    notices: [noticeToProposer(ctx, 'decision.approved', 'được phê duyệt theo biểu quyết của tập thể lãnh đạo.')],
  }));
}
