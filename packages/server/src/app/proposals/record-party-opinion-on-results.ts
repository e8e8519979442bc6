import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { opinionInput } from './proposal-input.ts';
import { latestOpinionId } from './record-party-opinion.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 4(3): the Party committee's opinion on the results. */
export async function recordPartyOpinionOnResults(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof opinionInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordPartyOpinionOnResults', expectedVersion, async (ctx) => ({
    payload: { opinionId: await latestOpinionId(ctx, 'partyOnResults'), opinion: input.opinion, documentNumber: input.documentNumber },
  }));
}
