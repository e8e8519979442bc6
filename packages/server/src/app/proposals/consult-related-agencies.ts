import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { parseLocalDate } from '@khien/core/calendar';
import { parameterValue } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { isoDate, uuid } from '../validation.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { agencyRow, headOn } from './parties.ts';
import { fireTransition, refuse } from './transition.ts';

export const consultRelatedAgenciesInput = z.strictObject({
  agencies: z
    .array(z.strictObject({ agencyId: uuid, dueOn: isoDate.optional() }))
    .min(1)
    .max(50),
});

/**
 * ND73 Art. 8(2) [U]: a wide-scope, complex or multi-sector proposal is put to related agencies
 * before the vote; each request has a due date (by default the profile's limit in working days).
 */
export async function consultRelatedAgencies(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof consultRelatedAgenciesInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'consultRelatedAgencies', expectedVersion, async (ctx) => {
    const limit = parameterValue(ctx.definition, 'relatedAgencyOpinionWorkingDays');
    const defaultDue = typeof limit === 'number' ? ctx.calendar.addWorkingDays(parseLocalDate(ctx.today), limit) : null;
    const consultations = [];
    for (const request of input.agencies) {
      if (request.agencyId === ctx.row.deciding_agency_id || ctx.snapshot.consultations.some((c) => c.agencyId === request.agencyId)) {
        throw refuse(
          'consultation.duplicate_agency',
          'Cơ quan này đã được lấy ý kiến hoặc là cơ quan xem xét.',
          'This agency is already consulted or is the deciding agency.',
        );
      }
      const agency = await agencyRow(ctx.scope.tx, request.agencyId);
      if (!agency) throw refuse('organisation.not_found', 'Cơ quan không tồn tại.', 'Organisation not found.');
      const head = await headOn(ctx.scope.tx, agency.id, ctx.today);
      consultations.push({
        opinionId: ctx.newId(),
        agencyId: agency.id,
        contactIds: head ? [head] : [],
        dueOn: request.dueOn ?? defaultDue,
      });
    }
    return {
      payload: { consultations },
      notices: consultations.map((c) => ({
        personIds: c.contactIds,
        proposalId: ctx.row.id,
        kind: 'consultation.requested',
        subject: `[Khiên] Lấy ý kiến về đề xuất ${ctx.row.code}`,
        body: `Đề nghị cho ý kiến về đề xuất "${ctx.row.title}" (${ctx.row.code})${c.dueOn ? ` trước ngày ${c.dueOn}` : ''}.`,
      })),
    };
  });
}
