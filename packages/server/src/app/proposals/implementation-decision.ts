import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer } from './case-helpers.ts';
import type { ProposalAction } from './events.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { reasonsInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/** Suspend, resume and terminate share one shape: a written decision with reasons by the head. */
export function implementationDecision(action: ProposalAction & ('suspend' | 'resume' | 'terminate'), vi: string) {
  return (
    services: Services,
    actor: Actor,
    id: string,
    input: z.infer<typeof reasonsInput>,
    expectedVersion: number | undefined,
  ): Promise<ProposalDetail> =>
    fireTransition(services, actor, id, action, expectedVersion, (ctx) => ({
      payload: { decision: decisionPayload(ctx, action, input.reasons, { documentNumber: input.documentNumber }) },
      notices: [noticeToProposer(ctx, `decision.${action}`, `${vi}: ${input.reasons}`, ctx.snapshot.parties.implementerIds)],
    }));
}
