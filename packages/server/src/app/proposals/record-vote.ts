import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { meetingIdOf } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { voteInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/**
 * ND73 Art. 8(1): one member's vote — for, against or abstain, with an optional reason. The
 * engine refuses non-members, the recused proposer-deputy and a second vote.
 */
export async function recordVote(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof voteInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordVote', expectedVersion, async (ctx) => ({
    payload: {
      meetingId: await meetingIdOf(ctx, 'approval'),
      ballot: { personId: ctx.personId, choice: input.choice, reason: input.reason },
    },
  }));
}
