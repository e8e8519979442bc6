import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { ScopeEnvelope } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { approveScopeInput } from './scope-input.ts';
import { fireTransition, refuse } from './transition.ts';

/**
 * The approved scope envelope: objectives, areas, pilot end date, budget ceiling, safeguards and
 * KPIs (baseline, target, unit). Protection under Art. 11 is later judged against exactly this.
 * Items get stable ids (O1…, S1…, K1…) that progress reports and adjust decisions refer to.
 */
export async function approveScope(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof approveScopeInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'approveScope', expectedVersion, async (ctx) => {
    if (input.pilotEndDate <= ctx.today) {
      throw refuse('scope.pilot_end_in_past', 'Thời hạn thí điểm phải sau ngày hôm nay.', 'The pilot end date must be after today.');
    }
    const implementerIds = [...new Set([...(input.implementerIds ?? ctx.snapshot.parties.implementerIds)])];
    const found = await ctx.scope.tx
      .selectFrom('people')
      .select('id')
      .where('id', 'in', implementerIds.length ? implementerIds : ['00000000-0000-0000-0000-000000000000'])
      .execute();
    if (implementerIds.length === 0 || found.length !== implementerIds.length) {
      throw refuse('scope.implementers_invalid', 'Danh sách người thực hiện không hợp lệ.', 'The list of implementers is invalid.');
    }
    const envelope: ScopeEnvelope = {
      objectives: input.objectives.map((o, i) => ({ id: `O${i + 1}`, text: o.text })),
      areas: input.areas,
      pilotEndDate: input.pilotEndDate,
      budgetCeiling: input.budgetCeiling,
      safeguards: input.safeguards.map((s, i) => ({ id: `S${i + 1}`, text: s.text })),
      kpis: input.kpis.map((k, i) => ({ id: `K${i + 1}`, ...k })),
    };
    return {
      payload: {
        decision: decisionPayload(ctx, 'scope', null, { documentNumber: input.documentNumber }),
        envelope,
        implementerIds,
      },
      notices: [
        noticeToProposer(
          ctx,
          'decision.scope',
          `phạm vi thực hiện đã được phê duyệt, thời hạn thí điểm đến ${input.pilotEndDate}.`,
          implementerIds,
        ),
      ],
    };
  });
}
