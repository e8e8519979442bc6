import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { deriveProtection } from '@khien/core/procedure';
import type { Cause, EvaluationFindings, EvaluationOutcome } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { optionalParagraphs, requiredParagraphs } from '../validation.ts';
import { noticeToProposer } from './case-helpers.ts';
import { conformanceReport } from './conformance.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { fireTransition, refuse } from './transition.ts';

const protections = ['noLiability', 'liabilityExcluded', 'considerExclusionExemptionMitigation', 'notProtected'] as const;

export const determineProtectionInput = z.strictObject({
  /** true: the competent person confirms the Art. 11 result derived by the rule. */
  confirmed: z.boolean(),
  /** A reasoned departure from the derived result (required when not confirmed). */
  departure: z
    .strictObject({ protection: z.enum(protections), reasons: requiredParagraphs(5_000) })
    .nullable()
    .default(null),
  /** Abuse of the policy established (Art. 6): takes the case out of ND73 protection. */
  abuse: z.boolean().default(false),
  abuseDescription: optionalParagraphs(5_000),
  /** The written form of the result: a Quyết định (default) or a Thông báo (Decree 30 types). */
  documentForm: z.enum(['decision', 'notice']).optional(),
});

/**
 * ND73 Art. 11: the protection that follows from the evaluated outcome, the three findings and
 * the scope-conformance report, derived by core's pure rule with every reason and citation.
 * The competent person confirms it or records a reasoned departure; both are sealed.
 */
export async function determineProtection(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof determineProtectionInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'determineProtection', expectedVersion, async (ctx) => {
    const evaluation = await ctx.scope.tx
      .selectFrom('proposal_evaluations')
      .selectAll()
      .where('proposal_id', '=', id)
      .executeTakeFirstOrThrow();
    const causes = await ctx.scope.tx.selectFrom('proposal_causes').selectAll().where('proposal_id', '=', id).orderBy('position').execute();
    const conformance = await conformanceReport(ctx.scope.tx, id, ctx.today);
    const derived = deriveProtection({
      outcome: evaluation.outcome as EvaluationOutcome,
      findings: (evaluation.findings as EvaluationFindings | null) ?? null,
      withinApprovedScope: conformance?.withinApprovedScope ?? true,
      abuse: input.abuse,
      causes: causes.map((c): Cause => ({ kind: c.kind as Cause['kind'], description: c.description, attributedTo: c.attributed_to })),
    });
    if (!input.confirmed && input.departure === null) {
      throw refuse(
        'protection.departure_reasons_required',
        'Không xác nhận kết quả theo Điều 11 thì phải ghi rõ biện pháp khác và lý do.',
        'Not confirming the Art. 11 result requires the other outcome and the reasons.',
        'ND73/2023 Art. 11',
      );
    }
    if (!input.confirmed && input.departure?.protection === derived.protection) {
      throw refuse(
        'protection.departure_same_as_derived',
        'Biện pháp "khác" trùng với kết quả theo Điều 11.',
        'The departure equals the derived result.',
        'ND73/2023 Art. 11',
      );
    }
    const protection = input.confirmed ? derived.protection : input.departure!.protection;
    return {
      payload: {
        protection: {
          derived: derived.protection,
          derivedReasons: derived.reasons,
          confirmed: input.confirmed,
          protection,
          departureReasons: input.confirmed ? null : input.departure!.reasons,
          abuse: input.abuse,
          abuseDescription: input.abuseDescription,
          conformance,
          decree172: derived.decree172,
          documentForm: input.documentForm ?? 'decision',
        },
      },
      notices: [noticeToProposer(ctx, 'protection.determined', `đã xác định biện pháp bảo vệ theo Điều 11: ${protection}.`)],
    };
  });
}
