import { z } from 'zod';
import type { Services } from '../services.ts';
import { GRANULARITIES } from './periods.ts';
import { computeStatistics, organisationOf, rangeOf, type StatisticsView } from './get-statistics.ts';
import { FIGURE_KEYS, type FigureKey, type Figures } from './statistics-figures.ts';

/**
 * Open data (issue 6 item 6): the aggregate §8 figures for anyone, without logging in. They hold
 * no personal data, but a small unit's outcome counts could single a cadre out ("1 not
 * protected" in a unit with one evaluated case), so outcome and protection counts below
 * SMALL_CELL are suppressed (null) per line, together with the counts that would let them be
 * recomputed (e.g. "completed" when the evaluated total is small). Flows of intake, approval and
 * implementation are published as they are.
 */
export const SMALL_CELL = 3;

const OUTCOME_GROUP: FigureKey[] = ['completed', 'partlyCompleted', 'notCompleted', 'withDamage'];
const PROTECTION_GROUP: FigureKey[] = [
  'protectionNoLiability',
  'protectionLiabilityExcluded',
  'protectionReliefConsidered',
  'protectionNotProtected',
  'abuse',
];

export const openStatisticsQuery = z.strictObject({
  organisationId: z.uuid().optional(),
  period: z.enum(GRANULARITIES).default('year'),
  from: z.string().trim().max(10).optional(),
  to: z.string().trim().max(10).optional(),
});

const openFigures = z
  .object(Object.fromEntries(FIGURE_KEYS.map((k) => [k, z.number().int().nullable()])) as Record<FigureKey, z.ZodNullable<z.ZodNumber>>)
  .extend({ suppressed: z.array(z.string()) })
  .meta({ id: 'OpenStatisticsFigures' });
type OpenFigures = z.infer<typeof openFigures>;

const orgRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
export const openStatisticsView = z
  .object({
    licence: z.string(),
    note: z.string(),
    generatedAt: z.string(),
    organisation: orgRef.nullable(),
    granularity: z.enum(GRANULARITIES),
    from: z.string(),
    to: z.string(),
    totals: openFigures,
    periods: z.array(z.object({ key: z.string(), label: z.string(), from: z.string(), to: z.string(), figures: openFigures })),
    breakdown: z.array(z.object({ organisation: orgRef, own: z.boolean(), figures: openFigures })),
  })
  .meta({ id: 'OpenStatistics' });
export type OpenStatisticsView = z.infer<typeof openStatisticsView>;

export function suppressSmallCells(f: Figures): OpenFigures {
  const out: OpenFigures = { ...f, suppressed: [] };
  // The evaluated total is the sum of the three extents; "with damage" is a subset of them.
  const groups: Array<[FigureKey[], number]> = [
    [OUTCOME_GROUP, f.completed + f.partlyCompleted + f.notCompleted],
    [
      PROTECTION_GROUP,
      f.protectionNoLiability + f.protectionLiabilityExcluded + f.protectionReliefConsidered + f.protectionNotProtected + f.abuse,
    ],
  ];
  for (const [keys, total] of groups) {
    if (total > 0 && total < SMALL_CELL) {
      for (const k of keys) out[k] = null;
      out.suppressed.push(...keys);
    }
  }
  return out;
}

export async function openStatistics(services: Services, query: z.infer<typeof openStatisticsQuery>): Promise<OpenStatisticsView> {
  const db = services.database.db;
  const org = query.organisationId ? await organisationOf(db, query.organisationId) : null;
  const view: StatisticsView = await computeStatistics(db, org, rangeOf(query, services.now()));
  return {
    licence: 'CC BY 4.0',
    note: `Số liệu tổng hợp theo Nghị định 73/2023/NĐ-CP, không chứa dữ liệu cá nhân; các ô kết quả, bảo vệ có tổng dưới ${SMALL_CELL} được ẩn (null). Aggregate figures, no personal data; outcome and protection cells with a total below ${SMALL_CELL} are suppressed (null).`,
    generatedAt: services.now().toISOString(),
    organisation: view.organisation,
    granularity: view.granularity,
    from: view.from,
    to: view.to,
    totals: suppressSmallCells(view.totals),
    periods: view.periods.map((p) => ({ ...p, figures: suppressSmallCells(p.figures) })),
    breakdown: view.breakdown.map((b) => ({ ...b, figures: suppressSmallCells(b.figures) })),
  };
}
