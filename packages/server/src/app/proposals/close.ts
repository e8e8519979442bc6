import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { decisionPayload } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { optionalReasonsInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/** Close the case: from now on everything about it is read-only. */
export async function close(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof optionalReasonsInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'close', expectedVersion, (ctx) => ({
    payload: { decision: decisionPayload(ctx, 'close', input.reasons, { documentNumber: input.documentNumber }) },
  }));
}
