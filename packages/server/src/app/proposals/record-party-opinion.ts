import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { opinionInput } from './proposal-input.ts';
import { fireTransition, refuse, type TransitionContext } from './transition.ts';

export async function latestOpinionId(ctx: TransitionContext, kind: 'party' | 'partyOnResults'): Promise<string> {
  const row = await ctx.scope.tx
    .selectFrom('proposal_opinions')
    .select('id')
    .where('proposal_id', '=', ctx.row.id)
    .where('kind', '=', kind)
    .where('status', '=', 'requested')
    .orderBy('requested_at', 'desc')
    .executeTakeFirst();
  if (!row)
    throw refuse('party_opinion.not_requested', 'Chưa gửi xin ý kiến cấp ủy.', "The Party committee's opinion has not been requested.");
  return row.id;
}

/** ND73 Art. 4(3): the Party committee's opinion, recorded by a member or by the head on receipt. */
export async function recordPartyOpinion(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof opinionInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordPartyOpinion', expectedVersion, async (ctx) => ({
    payload: { opinionId: await latestOpinionId(ctx, 'party'), opinion: input.opinion, documentNumber: input.documentNumber },
  }));
}
