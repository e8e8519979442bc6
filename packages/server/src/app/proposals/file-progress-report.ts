import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { ScopeEnvelope } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { progressReportInput } from './scope-input.ts';
import { fireTransition, refuse, type TransitionContext } from './transition.ts';

export async function envelopeOf(ctx: TransitionContext): Promise<ScopeEnvelope> {
  const scope = await ctx.scope.tx
    .selectFrom('proposal_scopes')
    .select('envelope')
    .where('proposal_id', '=', ctx.row.id)
    .executeTakeFirst();
  if (!scope) throw refuse('scope.not_approved', 'Chưa phê duyệt phạm vi thực hiện.', 'The scope has not been approved.');
  return scope.envelope as ScopeEnvelope;
}

export function checkKpiIds(envelope: ScopeEnvelope, actuals: ReadonlyArray<{ kpiId: string }>): void {
  const known = new Set(envelope.kpis.map((k) => k.id));
  const unknown = actuals.filter((a) => !known.has(a.kpiId)).map((a) => a.kpiId);
  if (unknown.length > 0) {
    throw refuse(
      'scope.unknown_kpi',
      `Chỉ tiêu không có trong phạm vi được duyệt: ${unknown.join(', ')}.`,
      `Not a KPI of the approved scope: ${unknown.join(', ')}.`,
      undefined,
      { unknown },
    );
  }
}

/** A periodic progress report [U, KL14]: KPI actuals, spending, where and on what work ran, evidence. */
export async function fileProgressReport(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof progressReportInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'fileProgressReport', expectedVersion, async (ctx) => {
    checkKpiIds(await envelopeOf(ctx), input.kpiActuals);
    if (input.attachmentIds.length > 0) {
      const found = await ctx.scope.tx
        .selectFrom('proposal_attachments')
        .select('id')
        .where('proposal_id', '=', id)
        .where('id', 'in', input.attachmentIds)
        .execute();
      if (found.length !== new Set(input.attachmentIds).size) {
        throw refuse(
          'attachment.not_found',
          'Tài liệu minh chứng không thuộc hồ sơ này.',
          'An evidence file does not belong to this case.',
        );
      }
    }
    return { payload: { report: { id: ctx.newId(), ...input } } };
  });
}
