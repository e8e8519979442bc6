import { z } from 'zod';
import { isoDate, optionalParagraphs, optionalText, requiredParagraphs, requiredText, uuid } from '../validation.ts';

const item = z.strictObject({ text: requiredText(2_000) });
const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const amount = z.number().finite();

export const kpiInput = z.strictObject({
  name: requiredText(300),
  baseline: amount,
  target: amount,
  unit: requiredText(50),
});

export const approveScopeInput = z.strictObject({
  objectives: z.array(item).min(1).max(100),
  /** Areas or units where the pilot may run (organisation ids or place names). */
  areas: z.array(requiredText(200)).min(1).max(200),
  pilotEndDate: isoDate,
  /** Whole VND. */
  budgetCeiling: money,
  safeguards: z.array(item).max(100).default([]),
  kpis: z.array(kpiInput).max(100).default([]),
  implementerIds: z.array(uuid).max(100).optional(),
  documentNumber: optionalText(100),
});

export const resourcesInput = z.strictObject({
  resources: z
    .array(
      z.strictObject({
        kind: z.enum(['equipment', 'facilities', 'people', 'funds']),
        description: requiredText(2_000),
        quantity: z.number().finite().min(0).nullable().default(null),
        amount: money.nullable().default(null),
      }),
    )
    .min(1)
    .max(100),
  documentNumber: optionalText(100),
});

const spending = z.array(z.strictObject({ date: isoDate, amount: money, description: optionalText(500) })).max(1_000);
const kpiActuals = z.array(z.strictObject({ kpiId: requiredText(50), value: amount })).max(100);

export const progressReportInput = z.strictObject({
  periodEnd: isoDate,
  kpiActuals: kpiActuals.default([]),
  spending: spending.default([]),
  areas: z
    .array(z.strictObject({ areaId: requiredText(200), since: isoDate }))
    .max(200)
    .default([]),
  objectives: z
    .array(z.strictObject({ objectiveId: requiredText(50), since: isoDate }))
    .max(200)
    .default([]),
  narrative: optionalParagraphs(10_000),
  attachmentIds: z.array(uuid).max(50).default([]),
});

export const incidentInput = z.strictObject({
  occurredOn: isoDate,
  severity: z.enum(['low', 'medium', 'high']),
  description: requiredParagraphs(5_000),
  safeguardId: optionalText(50),
  damage: z.boolean().default(false),
});

export const inspectionInput = z.strictObject({ inspectedOn: isoDate, findings: requiredParagraphs(10_000) });

export const adjustScopeInput = z.strictObject({
  changes: z
    .strictObject({
      pilotEndDate: isoDate.optional(),
      budgetCeiling: money.optional(),
      addAreas: z.array(requiredText(200)).max(100).optional(),
      removeAreas: z.array(requiredText(200)).max(100).optional(),
      addObjectives: z.array(item).max(100).optional(),
      removeObjectives: z.array(requiredText(50)).max(100).optional(),
      addSafeguards: z.array(item).max(100).optional(),
      removeSafeguards: z.array(requiredText(50)).max(100).optional(),
      kpiTargets: z.record(z.string().max(50), amount).optional(),
    })
    .refine((c) => Object.keys(c).length > 0, { error: 'at least one change' }),
  effectiveDate: isoDate,
  reasons: requiredParagraphs(5_000),
  documentNumber: optionalText(100),
});

export const completionInput = z.strictObject({
  actualEndDate: isoDate,
  results: requiredParagraphs(20_000),
  kpiActuals: kpiActuals.default([]),
  spending: spending.default([]),
  deviations: optionalParagraphs(10_000),
});
