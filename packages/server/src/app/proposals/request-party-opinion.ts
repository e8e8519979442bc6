import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { agencyRow, partyCommitteeOn } from './parties.ts';
import type { emptyInput } from './proposal-input.ts';
import { fireTransition, type TransitionContext } from './transition.ts';
import type { z } from 'zod';

export async function partyOpinionRequest(ctx: TransitionContext, documentNumber: string | null) {
  const agency = await agencyRow(ctx.scope.tx, ctx.row.deciding_agency_id ?? ctx.row.employing_agency_id);
  const members = await partyCommitteeOn(ctx.scope.tx, agency, ctx.today);
  return {
    payload: {
      opinionId: ctx.newId(),
      partyCommitteeOrganisationId: agency?.party_committee_id ?? null,
      partyCommitteeIds: members,
      documentNumber,
    },
    notices: [
      {
        personIds: members,
        proposalId: ctx.row.id,
        kind: 'party_opinion.requested' as const,
        subject: `[Khiên] Xin ý kiến cấp ủy về đề xuất ${ctx.row.code}`,
        body: `Cơ quan xin ý kiến cấp ủy cùng cấp về đề xuất "${ctx.row.title}" (${ctx.row.code}) theo ND73/2023 Art. 4(3).`,
      },
    ],
  };
}

/** ND73 Art. 4(3): before approving, the agency reports to and asks the same-level Party committee. */
export async function requestPartyOpinion(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof emptyInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'requestPartyOpinion', expectedVersion, (ctx) =>
    partyOpinionRequest(ctx, input.documentNumber),
  );
}
