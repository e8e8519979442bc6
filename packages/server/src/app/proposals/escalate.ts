import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { CaseParties } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { agencyRow, headOn, partyCommitteeOn } from './parties.ts';
import type { reasonsInput } from './proposal-input.ts';
import { fireTransition, refuse } from './transition.ts';

/**
 * ND73 Art. 8 [U]: the employing head submits the proposal to the superior agency, which then
 * decides with its own Party committee and collective.
 */
export async function escalate(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof reasonsInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'escalate', expectedVersion, async (ctx) => {
    const employing = (await agencyRow(ctx.scope.tx, ctx.row.employing_agency_id))!;
    const superior = employing.superior_agency_id ? await agencyRow(ctx.scope.tx, employing.superior_agency_id) : undefined;
    const superiorHeadId = superior ? await headOn(ctx.scope.tx, superior.id, ctx.today) : null;
    if (!superior || !superiorHeadId) {
      throw refuse(
        'routing.no_superior_agency',
        'Không có cơ quan cấp trên có người đứng đầu để trình.',
        'There is no superior agency with a head to escalate to.',
        'ND73/2023 Art. 7(4)',
      );
    }
    const parties: CaseParties = {
      ...ctx.snapshot.parties,
      superiorHeadId,
      partyCommitteeIds: await partyCommitteeOn(ctx.scope.tx, superior, ctx.today),
    };
    return {
      payload: {
        decision: decisionPayload(ctx, 'escalation', input.reasons, { documentNumber: input.documentNumber, to: superior.id }),
        parties,
        decidingAgencyId: superior.id,
        decidingHeadId: superiorHeadId,
        aboveSuperiorHeadId: superior.superior_agency_id ? await headOn(ctx.scope.tx, superior.superior_agency_id, ctx.today) : null,
      },
      notices: [noticeToProposer(ctx, 'decision.escalated', `được trình cơ quan cấp trên xem xét: ${input.reasons}`, [superiorHeadId])],
    };
  });
}
