import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { emptyInput } from './proposal-input.ts';
import { partyOpinionRequest } from './request-party-opinion.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 4(3): before evaluating the results, the Party committee's opinion again. */
export async function requestPartyOpinionOnResults(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof emptyInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'requestPartyOpinionOnResults', expectedVersion, (ctx) =>
    partyOpinionRequest(ctx, input.documentNumber),
  );
}
