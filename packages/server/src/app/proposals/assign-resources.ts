import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { resourcesInput } from './scope-input.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 10: equipment, facilities, people and funds assigned to an approved proposal. */
export async function assignResources(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof resourcesInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'assignResources', expectedVersion, (ctx) => ({
    payload: { resources: input.resources.map((r) => ({ id: ctx.newId(), ...r })), documentNumber: input.documentNumber },
  }));
}
