/**
 * Input schemas shared by the proposal use cases. Every text is NFC-normalised and trimmed.
 * A draft may be incomplete (empty texts are kept as ""), because the intake rules answer
 * with the article behind each missing item when the proposer submits; shape errors (wrong
 * types, unknown fields, oversize) are 400s.
 */
import { z } from 'zod';
import { cleanParagraphs, cleanText } from '@khien/core';
import { isoDate, optionalParagraphs, optionalText, requiredParagraphs, requiredText, uuid } from '../validation.ts';

export const draftText = (max: number) => z.string().transform(cleanText).pipe(z.string().max(max));

// Plan sections and justifications keep their paragraphs: the issued "Kế hoạch" prints them so.
const long = () => z.string().transform(cleanParagraphs).pipe(z.string().max(10_000));

export const planInput = z.strictObject({
  title: requiredText(300),
  pilotsLegalNormativeDocument: z.boolean(),
  contents: z.strictObject({
    necessity: long(),
    purpose: long(),
    requirements: long(),
    bottleneck: long(),
    legalGap: long(),
    tasksAndSolutions: long(),
    scope: long(),
    implementers: long(),
    duration: long(),
    resources: long(),
    feasibility: long(),
    positiveImpacts: long(),
    negativeImpacts: long(),
    expectedEffectiveness: long(),
  }),
  conditions: z.strictObject({
    removesUnregulatedBottleneck: long(),
    commonInterestAndPracticalValue: long(),
    urgentNeedWithoutHarm: long(),
    promotesDecentralisationReformOrIt: long(),
  }),
  declarations: z.strictObject({
    withinCompetence: z.boolean(),
    noContravention: z.boolean(),
    noPersonalOrGroupBenefit: z.boolean(),
    relatedParties: z
      .array(z.strictObject({ name: requiredText(200), relation: requiredText(200) }))
      .max(100)
      .nullable(),
  }),
});
export type PlanInput = z.infer<typeof planInput>;

/** A written decision: its reasons and, optionally, the document number it was issued under. */
export const reasonsInput = z.strictObject({
  reasons: requiredParagraphs(5_000),
  documentNumber: optionalText(100),
});

export const optionalReasonsInput = z.strictObject({
  reasons: optionalParagraphs(5_000),
  documentNumber: optionalText(100),
});

export const emptyInput = z.strictObject({ documentNumber: optionalText(100) });

export const meetingInput = z.strictObject({ meetingDate: isoDate });

export const voteInput = z.strictObject({
  choice: z.enum(['for', 'against', 'abstain']),
  reason: optionalParagraphs(2_000),
});

export const opinionInput = z.strictObject({
  opinion: requiredParagraphs(10_000),
  documentNumber: optionalText(100),
});

export const idList = z.array(uuid).max(200);
