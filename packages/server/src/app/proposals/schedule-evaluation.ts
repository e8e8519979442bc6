import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { meetingInput } from './proposal-input.ts';
import { convene } from './schedule-meeting.ts';
import { fireTransition } from './transition.ts';

/** ND73 Art. 18: the collective meets to evaluate within 07 working days of the report. */
export async function scheduleEvaluation(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof meetingInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'scheduleEvaluation', expectedVersion, async (ctx) => {
    const report = await ctx.scope.tx
      .selectFrom('proposal_completion_reports')
      .select('reported_at')
      .where('proposal_id', '=', id)
      .executeTakeFirst();
    return convene(ctx, input.meetingDate, new Date(report?.reported_at ?? ctx.scope.now).toISOString().slice(0, 10));
  });
}
