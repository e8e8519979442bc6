import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { meetingIdOf, tallyOf } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { emptyInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

/** Close the vote: members who did not vote count as absent; the tally goes into the minutes. */
export async function closeMeeting(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof emptyInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'closeMeeting', expectedVersion, async (ctx) => ({
    payload: {
      meetingId: await meetingIdOf(ctx, 'approval'),
      tally: tallyOf(ctx, ctx.snapshot.approvalMeeting),
      documentNumber: input.documentNumber,
    },
  }));
}
