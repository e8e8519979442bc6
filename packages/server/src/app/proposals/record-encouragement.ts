import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { checkEncouragement } from '@khien/core/procedure';
import type { EncouragementKind } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { optionalText, uuid } from '../validation.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { fireTransition, refuse } from './transition.ts';

export const recordEncouragementInput = z.strictObject({
  kind: z.enum(['commendation', 'reward', 'personnelPriority', 'earlySalaryStep', 'rankPromotion']),
  beneficiaryKind: z.enum(['individual', 'organisation']),
  beneficiaryPersonId: uuid.nullable().default(null),
  beneficiaryOrganisationId: uuid.nullable().default(null),
  personnelPurposes: z
    .array(z.enum(['rating', 'appointment', 'reappointment', 'planning', 'transfer', 'rotation']))
    .max(6)
    .default([]),
  earlySalaryStepMonths: z.number().int().min(1).max(36).nullable().default(null),
  /** The decision it was granted by, e.g. "Quyết định 45/QĐ-UBND ngày 10/01/2027". */
  decision: optionalText(500),
});

/**
 * ND73 Art. 10: encouragement for a completed proposal (commendation, reward, personnel
 * priority, salary step 12 months early, rank promotion), shown on the person's profile.
 */
export async function recordEncouragement(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof recordEncouragementInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordEncouragement', expectedVersion, async (ctx) => {
    const refusals = checkEncouragement(ctx.snapshot.evaluation?.outcome ?? null, {
      kind: input.kind as EncouragementKind,
      beneficiaryKind: input.beneficiaryKind,
      ...(input.earlySalaryStepMonths !== null ? { earlySalaryStepMonths: input.earlySalaryStepMonths } : {}),
      personnelPurposes: input.personnelPurposes,
    });
    const first = refusals[0];
    if (first) throw refuse(first.code, first.vi, first.en, first.citation, { reasons: refusals });
    const beneficiary = input.beneficiaryKind === 'individual' ? input.beneficiaryPersonId : input.beneficiaryOrganisationId;
    const table = input.beneficiaryKind === 'individual' ? 'people' : 'organisations';
    if (beneficiary === null || !(await ctx.scope.tx.selectFrom(table).select('id').where('id', '=', beneficiary).executeTakeFirst())) {
      throw refuse(
        'encouragement.beneficiary_missing',
        'Chưa chỉ rõ người hoặc tổ chức được khuyến khích.',
        'The beneficiary is missing or unknown.',
        'ND73/2023 Art. 10',
      );
    }
    return {
      payload: {
        encouragement: {
          id: ctx.newId(),
          kind: input.kind,
          beneficiaryKind: input.beneficiaryKind,
          beneficiaryPersonId: input.beneficiaryKind === 'individual' ? beneficiary : null,
          beneficiaryOrganisationId: input.beneficiaryKind === 'organisation' ? beneficiary : null,
          personnelPurposes: input.personnelPurposes,
          earlySalaryStepMonths: input.earlySalaryStepMonths,
          decision: input.decision,
        },
      },
      notices:
        input.beneficiaryKind === 'individual'
          ? [
              {
                personIds: [beneficiary, ...ctx.snapshot.parties.personnelOfficerIds],
                proposalId: id,
                kind: 'encouragement.recorded',
                subject: `[Khiên] Khuyến khích theo Điều 10: ${ctx.row.code}`,
                body: `Ghi nhận hình thức khuyến khích "${input.kind}" cho đề xuất "${ctx.row.title}".`,
              },
            ]
          : [],
    };
  });
}
