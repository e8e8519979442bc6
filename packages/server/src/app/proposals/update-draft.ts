import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { loadCalendar } from '../calendar/load-calendar.ts';
import { runCommand } from '../command.ts';
import { checkVersion } from '../errors.ts';
import type { Services } from '../services.ts';
import { visibleProposal } from './case-access.ts';
import { loadDefinition } from './definitions.ts';
import { getProposal, type ProposalDetail } from './get-proposal.ts';
import { implementerList } from './parties.ts';
import { idList, planInput } from './proposal-input.ts';
import { proposerProfile } from './proposer-profile.ts';
import { recordCaseEvent } from './transition.ts';

export const updateDraftInput = z.strictObject({
  plan: planInput,
  /** Other people who will carry the proposal out; left out, they stay as they are. */
  implementerIds: idList.optional(),
});
export type UpdateDraftInput = z.infer<typeof updateDraftInput>;

/** The proposer revises the plan, and may change the implementers, while it is a draft (also after it was returned for revision). */
export async function updateDraft(
  services: Services,
  actor: Actor,
  id: string,
  input: UpdateDraftInput,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  await runCommand(services, actor, async (scope) => {
    const row = await visibleProposal(scope.tx, actor, id, true);
    checkVersion(expectedVersion, row.version);
    if (row.proposer_id !== actor.personId) {
      throw new DomainError('auth.forbidden', { vi: 'Chỉ người đề xuất được sửa kế hoạch.', en: 'Only the proposer may edit the plan.' });
    }
    if (row.state !== 'draft') {
      throw new DomainError('proposal.not_a_draft', {
        vi: 'Kế hoạch đã nộp được niêm phong; chỉ sửa khi còn là dự thảo hoặc được trả lại.',
        en: 'A submitted plan is sealed; it can be edited only as a draft or after being returned.',
      });
    }
    const definition = await loadDefinition(scope.tx, row.procedure_id, row.procedure_version);
    const { organisationId: _org, ...proposer } = await proposerProfile(scope.tx, row.proposer_id);
    void _org;
    const implementers = input.implementerIds && { implementerIds: await implementerList(scope.tx, row.proposer_id, input.implementerIds) };
    await recordCaseEvent(
      scope,
      row,
      definition,
      await loadCalendar(scope.tx),
      'updateDraft',
      'draft',
      { plan: input.plan, proposer, ...implementers },
      actor.personId,
    );
  });
  return getProposal(services, actor, id);
}
