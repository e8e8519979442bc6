import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { inspectionInput } from './scope-input.ts';
import { fireTransition } from './transition.ts';

/** Inspection and supervision (KL14) by the head, the superior head or an inspector in scope. */
export async function recordInspection(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof inspectionInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordInspection', expectedVersion, (ctx) => ({
    payload: { inspection: { id: ctx.newId(), ...input } },
  }));
}
