import { z } from 'zod';
import { isWithinPath } from '@khien/core/organisation';
import type { Actor } from '@khien/core/authorization';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { vietnamDay } from '../../projections/statistics.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { GRANULARITIES, boundOf, badPeriod, periodsBetween, type Granularity } from './periods.ts';
import {
  addFigures,
  breakdownFigures,
  dailyFigures,
  figuresView,
  subtreeFigures,
  zeroFigures,
  type Figures,
} from './statistics-figures.ts';

const bound = z.string().trim().max(10);

export const statisticsQuery = z.strictObject({
  /** The agency whose subtree is counted; default: the caller's scope (everything for an administrator). */
  organisationId: z.uuid().optional(),
  /** Granularity of the series. */
  period: z.enum(GRANULARITIES).default('month'),
  /** First and last day: a date (2026-03-15) or a period key (2026, 2026-H1, 2026-Q2, 2026-03). */
  from: bound.optional(),
  to: bound.optional(),
});
export type StatisticsQuery = z.infer<typeof statisticsQuery>;

const orgRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const statisticsView = z
  .object({
    organisation: orgRef.nullable(),
    granularity: z.enum(GRANULARITIES),
    from: z.string(),
    to: z.string(),
    /** Flows within [from, to]; stocks at `to`. The whole subtree. */
    totals: figuresView,
    periods: z.array(z.object({ key: z.string(), label: z.string(), from: z.string(), to: z.string(), figures: figuresView })),
    /** The agency's own cases, then each direct subordinate with its subtree. */
    breakdown: z.array(z.object({ organisation: orgRef, own: z.boolean(), figures: figuresView })),
  })
  .meta({ id: 'Statistics' });
export type StatisticsView = z.infer<typeof statisticsView>;

/** Statistics are for administrators, and for officers, inspectors and leaders within their scope. */
export function canReadStatistics(actor: Actor, path: string | null): boolean {
  if (actor.roles.includes('system_admin')) return true;
  if (path === null) return false;
  if (
    (actor.roles.includes('org_officer') || actor.roles.includes('inspector')) &&
    actor.scopePath &&
    isWithinPath(path, actor.scopePath)
  ) {
    return true;
  }
  return actor.positions.some((p) => p.role !== 'member' && isWithinPath(path, p.organisationPath));
}

export interface Range {
  granularity: Granularity;
  from: string;
  to: string;
}

export function rangeOf(query: { period: Granularity; from?: string | undefined; to?: string | undefined }, now: Date): Range {
  const today = vietnamDay(now);
  const to = query.to ? boundOf(query.to, 'to') : today;
  const from = query.from ? boundOf(query.from, 'from') : `${to.slice(0, 4)}-01-01`;
  if (from > to) throw badPeriod(`${query.from ?? from}..${query.to ?? to}`);
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 50) throw badPeriod(`${from}..${to}`);
  return { granularity: query.period, from, to };
}

export async function organisationOf(db: Kysely<DB>, id: string) {
  const org = await db.selectFrom('organisations').select(['id', 'code', 'name', 'path']).where('id', '=', id).executeTakeFirst();
  if (!org) throw notFound('organisation', id);
  return org;
}

/** The statistics of a subtree: totals, a series by period, and the breakdown by subordinate. */
export async function computeStatistics(
  db: Kysely<DB>,
  org: { id: string; code: string; name: string; path: string } | null,
  range: Range,
): Promise<StatisticsView> {
  const path = org?.path ?? null;
  const dayBefore = new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const [totals, opening, days, breakdown] = await Promise.all([
    subtreeFigures(db, path, range.from, range.to),
    subtreeFigures(db, path, range.from, dayBefore),
    dailyFigures(db, path, range.from, range.to),
    org ? breakdownFigures(db, org, range.from, range.to) : Promise.resolve([]),
  ]);
  // Stocks run on from the opening balance; flows are summed per period.
  let awaiting = opening.awaitingDecision;
  let inProgress = opening.inProgress;
  let i = 0;
  const periods = periodsBetween(range.granularity, range.from, range.to).map((p) => {
    let figures: Figures = zeroFigures();
    for (; i < days.length && days[i]!.day <= p.to; i++) figures = addFigures(figures, days[i]!.figures);
    awaiting += figures.awaitingDecision;
    inProgress += figures.inProgress;
    return { key: p.key, label: p.label, from: p.from, to: p.to, figures: { ...figures, awaitingDecision: awaiting, inProgress } };
  });
  return {
    organisation: org ? { id: org.id, code: org.code, name: org.name } : null,
    granularity: range.granularity,
    from: range.from,
    to: range.to,
    totals,
    periods,
    breakdown,
  };
}

export async function getStatistics(services: Services, actor: Actor, query: StatisticsQuery): Promise<StatisticsView> {
  const db = services.database.db;
  let org: Awaited<ReturnType<typeof organisationOf>> | null = null;
  if (query.organisationId) {
    org = await organisationOf(db, query.organisationId);
  } else if (!actor.roles.includes('system_admin')) {
    // Default to the caller's own scope: the officer's scope, else the agency they lead.
    const scope = actor.scopePath ?? actor.positions.find((p) => p.role !== 'member')?.organisationPath ?? null;
    if (scope === null) throw forbidden();
    const row = await db.selectFrom('organisations').select(['id', 'code', 'name', 'path']).where('path', '=', scope).executeTakeFirst();
    if (!row) throw forbidden();
    org = row;
  }
  if (!canReadStatistics(actor, org?.path ?? null)) throw forbidden();
  return computeStatistics(db, org, rangeOf(query, services.now()));
}
