import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { optionalText, requiredParagraphs, uuid } from '../validation.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { fireTransition, refuse } from './transition.ts';

export const recordAgencyOpinionInput = z.strictObject({
  agencyId: uuid,
  opinion: requiredParagraphs(10_000),
  documentNumber: optionalText(100),
});

/** ND73 Art. 8(2) [U]: a consulted agency's written opinion. */
export async function recordAgencyOpinion(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof recordAgencyOpinionInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordAgencyOpinion', expectedVersion, async (ctx) => {
    const pending = await ctx.scope.tx
      .selectFrom('proposal_opinions')
      .select(['id', 'contact_ids'])
      .where('proposal_id', '=', id)
      .where('kind', '=', 'agency')
      .where('agency_id', '=', input.agencyId)
      .where('status', '=', 'requested')
      .executeTakeFirst();
    if (!pending) {
      throw refuse(
        'consultation.not_pending',
        'Không có yêu cầu lấy ý kiến đang chờ đối với cơ quan này.',
        'No pending consultation of this agency.',
      );
    }
    // A contact answers for their own agency only; the deciding head may record any answer received.
    const contacts = pending.contact_ids as string[];
    const isDecidingHead = ctx.personId !== null && ctx.personId === ctx.row.deciding_head_id;
    if (!isDecidingHead && (ctx.personId === null || !contacts.includes(ctx.personId))) {
      throw refuse(
        'auth.forbidden',
        'Chỉ cơ quan được lấy ý kiến mới trả lời cho cơ quan đó.',
        'Only the consulted agency answers for itself.',
      );
    }
    return { payload: { opinionId: pending.id, agencyId: input.agencyId, opinion: input.opinion, documentNumber: input.documentNumber } };
  });
}
