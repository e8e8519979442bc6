import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer, tallyOf } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { reasonsInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 8(1): not approved, with written reasons sent to the proposer. */
export async function decideRejection(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof reasonsInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'decideRejection', expectedVersion, (ctx) => ({
    payload: {
      decision: decisionPayload(ctx, 'rejection', input.reasons, {
        tally: tallyOf(ctx, ctx.snapshot.approvalMeeting),
        documentNumber: input.documentNumber,
      }),
    },
    notices: [noticeToProposer(ctx, 'decision.rejected', `không được phê duyệt. Lý do: ${input.reasons}`)],
  }));
}
