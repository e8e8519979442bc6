import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { envelopeInForce } from '@khien/core/procedure';
import type { ScopeChanges } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer } from './case-helpers.ts';
import { implementationRecord } from './conformance.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { adjustScopeInput } from './scope-input.ts';
import { fireTransition, refuse } from './transition.ts';

/**
 * A written decision adjusting the envelope, effective from a date. Only an adjustment in
 * force when a deviation began covers it (core scope-conformance), so the date matters.
 */
export async function adjustScope(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof adjustScopeInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'adjustScope', expectedVersion, async (ctx) => {
    const { envelope, record } = await implementationRecord(ctx.scope.tx, id);
    if (!envelope) throw refuse('scope.not_approved', 'Chưa phê duyệt phạm vi thực hiện.', 'The scope has not been approved.');
    const current = envelopeInForce(envelope, record.adjustDecisions, '9999-12-31');
    const stamp = ctx.newId().slice(0, 8);
    const { addObjectives, addSafeguards, ...rest } = input.changes;
    const changes: ScopeChanges = {
      ...rest,
      ...(addObjectives ? { addObjectives: addObjectives.map((o, i) => ({ id: `O-${stamp}-${i + 1}`, text: o.text })) } : {}),
      ...(addSafeguards ? { addSafeguards: addSafeguards.map((s, i) => ({ id: `S-${stamp}-${i + 1}`, text: s.text })) } : {}),
    };
    const unknownKpis = Object.keys(changes.kpiTargets ?? {}).filter((k) => !current.kpis.some((kpi) => kpi.id === k));
    if (unknownKpis.length > 0) {
      throw refuse(
        'scope.unknown_kpi',
        `Chỉ tiêu không có trong phạm vi: ${unknownKpis.join(', ')}.`,
        `Unknown KPI: ${unknownKpis.join(', ')}.`,
      );
    }
    const pilotEndDate = changes.pilotEndDate ?? current.pilotEndDate;
    return {
      payload: {
        decision: decisionPayload(ctx, 'adjust', input.reasons, {
          changes,
          effectiveDate: input.effectiveDate,
          documentNumber: input.documentNumber,
        }),
        pilotEndDate,
      },
      notices: [
        noticeToProposer(
          ctx,
          'decision.adjusted',
          `phạm vi được điều chỉnh từ ngày ${input.effectiveDate}: ${input.reasons}`,
          ctx.snapshot.parties.implementerIds,
        ),
      ],
    };
  });
}
