import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { reasonsInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 8 [U]: the plan goes back to the proposer to revise; a new submission starts again. */
export async function returnForRevision(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof reasonsInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'returnForRevision', expectedVersion, (ctx) => ({
    payload: { decision: decisionPayload(ctx, 'returnForRevision', input.reasons, { documentNumber: input.documentNumber }) },
    notices: [noticeToProposer(ctx, 'decision.returned', `được trả lại để hoàn thiện: ${input.reasons}`)],
  }));
}
