import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { runCommand } from '../command.ts';
import type { Services } from '../services.ts';
import { LEDGER_WRITER_LOCK } from '../../ledger/append.ts';
import { vietnamDate } from '../auth/load-actor.ts';
import { definitionInForce, procedureRef } from './definitions.ts';
import { PROPOSAL_EVENTS } from './events.ts';
import { getProposal, type ProposalDetail } from './get-proposal.ts';
import { agencyRow, implementerList } from './parties.ts';
import { idList, planInput } from './proposal-input.ts';
import { personRequired, proposerProfile } from './proposer-profile.ts';

export const createDraftInput = z.strictObject({
  plan: planInput,
  /** Other people who will carry the proposal out (the proposer always does). */
  implementerIds: idList.default([]),
});
export type CreateDraftInput = z.infer<typeof createDraftInput>;

/**
 * Start a proposal plan (ND73 Art. 7) as a draft of the person acting. The employing agency is
 * the proposer's own organisation; the draft is provisionally bound to the profile in force
 * there and bound for good when submitted.
 */
export async function createDraft(services: Services, actor: Actor, input: CreateDraftInput): Promise<ProposalDetail> {
  const id = services.newId();
  await runCommand(services, actor, async ({ tx, now, record }) => {
    if (actor.personId === null) throw personRequired();
    const proposer = await proposerProfile(tx, actor.personId);
    const agency = await agencyRow(tx, proposer.organisationId);
    if (!agency) throw new Error(`organisation ${proposer.organisationId} of person ${proposer.personId} is missing`);
    const definition = await definitionInForce(tx, agency);
    const implementerIds = await implementerList(tx, actor.personId, input.implementerIds);
    // Case numbers run per year; taking the ledger's writer lock first keeps them gap-free and unique.
    await sql`select pg_advisory_xact_lock(${LEDGER_WRITER_LOCK})`.execute(tx);
    const year = vietnamDate(now).slice(0, 4);
    const count = await tx
      .selectFrom('proposals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('code', 'like', `DX-${year}-%`)
      .executeTakeFirstOrThrow();
    const code = `DX-${year}-${String(Number(count.n) + 1).padStart(4, '0')}`;
    const { organisationId: _org, ...profile } = proposer;
    void _org;
    await record({
      type: PROPOSAL_EVENTS.createDraft,
      aggregateId: id,
      procedureVersion: procedureRef(definition),
      payload: {
        proposalId: id,
        action: 'createDraft',
        fromState: '',
        toState: definition.initialState,
        byPersonId: actor.personId,
        timers: { arm: [], disarm: [] },
        code,
        plan: input.plan,
        proposer: profile,
        proposerId: actor.personId,
        employingAgencyId: agency.id,
        employingAgencyPath: agency.path,
        procedure: { id: definition.id, version: definition.version },
        parties: {
          proposerId: actor.personId,
          employingHeadId: null,
          superiorHeadId: null,
          partyCommitteeIds: [],
          implementerIds,
          personnelOfficerIds: [],
          relatedAgencyContactIds: [],
        },
      },
    });
  });
  return getProposal(services, actor, id);
}
