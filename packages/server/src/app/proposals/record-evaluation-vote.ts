import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { meetingIdOf } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { voteInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 18: votes on the draft evaluation conclusion, as in Art. 8(1). */
export async function recordEvaluationVote(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof voteInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordEvaluationVote', expectedVersion, async (ctx) => ({
    payload: {
      meetingId: await meetingIdOf(ctx, 'evaluation'),
      ballot: { personId: ctx.personId, choice: input.choice, reason: input.reason },
    },
  }));
}
