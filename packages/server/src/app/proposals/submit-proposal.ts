import type { Actor } from '@khien/core/authorization';
import { routeProposal } from '@khien/core/procedure';
import type { CaseParties, ProposalPlan } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { definitionInForce } from './definitions.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { agencyRow, headOn, partyCommitteeOn, personnelOfficersFor } from './parties.ts';
import { proposerProfile } from './proposer-profile.ts';
import { fireTransition } from './transition.ts';

/**
 * Submit the plan: the intake rules (Art. 1, 2, 4(2), 5(1), 6, 7) are checked by the engine on
 * the proposer as they stand today, the plan and every declaration are sealed in the ledger,
 * the receipt starts the clock, and the plan is routed to the employing agency's head — or to
 * the superior agency's head when the proposer is that head (Art. 7(4)). The case is bound to
 * the profile version in force now.
 */
export async function submitProposal(
  services: Services,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(
    services,
    actor,
    id,
    'submit',
    expectedVersion,
    async ({ scope: { tx }, row, snapshot, definition, today }) => {
      const employing = (await agencyRow(tx, row.employing_agency_id))!;
      const superior = employing.superior_agency_id ? await agencyRow(tx, employing.superior_agency_id) : undefined;
      const employingHeadId = await headOn(tx, employing.id, today);
      const superiorHeadId = superior ? await headOn(tx, superior.id, today) : null;
      const routing = routeProposal({
        proposerPersonId: row.proposer_id,
        employingAgency: { agencyId: employing.id, headPersonId: employingHeadId },
        superiorAgency: superior ? { agencyId: superior.id, headPersonId: superiorHeadId } : null,
      });
      const deciding = routing.level === 'employing' ? employing : superior!;
      const aboveSuperiorHeadId = superior?.superior_agency_id ? await headOn(tx, superior.superior_agency_id, today) : null;
      const parties: CaseParties = {
        proposerId: row.proposer_id,
        employingHeadId,
        superiorHeadId,
        partyCommitteeIds: await partyCommitteeOn(tx, deciding, today),
        implementerIds: snapshot.parties.implementerIds,
        personnelOfficerIds: await personnelOfficersFor(tx, employing.path),
        relatedAgencyContactIds: [],
      };
      const plan = snapshot.submission!.plan;
      return {
        payload: {
          plan,
          proposer: snapshot.submission!.proposer,
          routing: routing.level,
          routingCitation: routing.citation,
          parties,
          decidingAgencyId: deciding.id,
          decidingHeadId: routing.decidingHeadPersonId,
          aboveSuperiorHeadId,
          procedure: { id: definition.id, version: definition.version },
        },
        notices: [
          {
            personIds: [routing.decidingHeadPersonId],
            proposalId: row.id,
            kind: 'proposal.received',
            subject: `[Khiên] Tiếp nhận đề xuất ${row.code}: ${plan.title}`,
            body: `Đề xuất đổi mới, sáng tạo "${plan.title}" (${row.code}) đã được trình đồng chí xem xét theo ${routing.citation}.`,
          },
        ],
      };
    },
    {
      definition: async ({ scope: { tx }, row }) => definitionInForce(tx, (await agencyRow(tx, row.employing_agency_id))!),
      prepareSnapshot: async ({ scope: { tx }, row, snapshot }) => {
        const { organisationId: _org, ...proposer } = await proposerProfile(tx, row.proposer_id);
        void _org;
        return { ...snapshot, submission: { plan: row.plan as ProposalPlan, proposer } };
      },
    },
  );
}
