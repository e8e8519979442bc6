/**
 * Reading the §8 counters: sums of the per-agency, per-day rows of `proposal_statistics` over a
 * subtree of the organisation tree (ltree `<@`, at query time) and a range of days. Flow
 * counters are summed inside the range; the two stocks (awaiting a decision, being implemented)
 * are the sum of their deltas up to the range's last day.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import '../../db/statistics-tables.ts';
import { STATISTICS_COLUMNS, type StatisticsColumn } from '../../projections/statistics.ts';

/** The figures of one agency (or subtree) and period, as the API and the reports show them. */
export const figuresView = z
  .object({
    received: z.number().int(),
    approvedByVote: z.number().int(),
    approvedByOverride: z.number().int(),
    rejected: z.number().int(),
    returnedForRevision: z.number().int(),
    suspended: z.number().int(),
    terminated: z.number().int(),
    completionReported: z.number().int(),
    completed: z.number().int(),
    partlyCompleted: z.number().int(),
    notCompleted: z.number().int(),
    withDamage: z.number().int(),
    protectionNoLiability: z.number().int(),
    protectionLiabilityExcluded: z.number().int(),
    protectionReliefConsidered: z.number().int(),
    protectionNotProtected: z.number().int(),
    abuse: z.number().int(),
    encouragements: z.number().int(),
    overdueSteps: z.number().int(),
    /** Stocks at the end of the period. */
    awaitingDecision: z.number().int(),
    inProgress: z.number().int(),
  })
  .meta({ id: 'StatisticsFigures' });
export type Figures = z.infer<typeof figuresView>;
export type FigureKey = keyof Figures;

type FlowColumn = Exclude<StatisticsColumn, 'awaiting_decision_delta' | 'in_progress_delta'>;
export const FLOW_COLUMNS = STATISTICS_COLUMNS.filter((c): c is FlowColumn => !c.endsWith('_delta'));

const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

/** Vietnamese labels of the figures, in reading order (CSV/XLSX headers, reports). */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  received: 'Tiếp nhận',
  approvedByVote: 'Phê duyệt theo biểu quyết',
  approvedByOverride: 'Người đứng đầu quyết định phê duyệt',
  rejected: 'Không phê duyệt',
  returnedForRevision: 'Trả lại để hoàn thiện',
  awaitingDecision: 'Đang chờ quyết định (cuối kỳ)',
  inProgress: 'Đang thực hiện (cuối kỳ)',
  suspended: 'Tạm dừng',
  terminated: 'Chấm dứt',
  completionReported: 'Đã báo cáo kết quả',
  completed: 'Hoàn thành',
  partlyCompleted: 'Hoàn thành một phần',
  notCompleted: 'Không hoàn thành',
  withDamage: 'Có thiệt hại',
  protectionNoLiability: 'Không bị xem xét trách nhiệm',
  protectionLiabilityExcluded: 'Được loại trừ trách nhiệm',
  protectionReliefConsidered: 'Xem xét loại trừ, miễn, giảm nhẹ trách nhiệm',
  protectionNotProtected: 'Không được bảo vệ theo ND73',
  abuse: 'Lợi dụng chính sách',
  encouragements: 'Khuyến khích, khen thưởng',
  overdueSteps: 'Bước quá hạn',
};
export const FIGURE_KEYS = Object.keys(FIGURE_LABELS) as FigureKey[];

export function zeroFigures(): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as Figures;
}

export function addFigures(a: Figures, b: Figures): Figures {
  // Stocks are not additive over time, but they are over agencies; callers add agencies only.
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, a[k] + b[k]])) as Figures;
}

/** Select list: flows summed within [from, to], stock deltas summed up to `to`. */
function sums(from: string): RawBuilder<unknown>[] {
  return [
    ...FLOW_COLUMNS.map(
      (c) => sql`coalesce(sum(case when s.day >= ${from}::date then ${sql.ref(`s.${c}`)} else 0 end), 0)::int as ${sql.ref(c)}`,
    ),
    sql`coalesce(sum(s.awaiting_decision_delta), 0)::int as awaiting_decision_delta`,
    sql`coalesce(sum(s.in_progress_delta), 0)::int as in_progress_delta`,
  ];
}

function toFigures(row: Record<string, unknown>): Figures {
  const f = zeroFigures();
  for (const c of FLOW_COLUMNS) (f as Record<string, number>)[camel(c)] = Number(row[c] ?? 0);
  f.awaitingDecision = Number(row['awaiting_decision_delta'] ?? 0);
  f.inProgress = Number(row['in_progress_delta'] ?? 0);
  return f;
}

/** Figures of a subtree (null = the whole tree) for [from, to]. */
export async function subtreeFigures(db: Kysely<DB>, rootPath: string | null, from: string, to: string): Promise<Figures> {
  const result = await sql<Record<string, unknown>>`
    select ${sql.join(sums(from))}
    from proposal_statistics s
    join organisations o on o.id = s.organisation_id
    where s.day <= ${to}::date ${rootPath === null ? sql`` : sql`and o.path <@ ${rootPath}::ltree`}`.execute(db);
  return toFigures(result.rows[0] ?? {});
}

export interface OrganisationFigures {
  organisation: { id: string; code: string; name: string };
  /** true: the root agency's own cases (not its subordinates'). */
  own: boolean;
  figures: Figures;
}

/**
 * The root's own figures and one line per direct child (each child with its whole subtree),
 * children in Vietnamese order. Children without any case appear with zeros.
 */
export async function breakdownFigures(
  db: Kysely<DB>,
  root: { id: string; code: string; name: string; path: string },
  from: string,
  to: string,
): Promise<OrganisationFigures[]> {
  const own = await sql<Record<string, unknown>>`
    select ${sql.join(sums(from))}
    from proposal_statistics s
    where s.organisation_id = ${root.id} and s.day <= ${to}::date`.execute(db);
  const children = await sql<Record<string, unknown> & { id: string; code: string; name: string }>`
    select c.id, c.code, c.name, ${sql.join(sums(from))}
    from organisations c
    left join organisations o on o.path <@ c.path
    left join proposal_statistics s on s.organisation_id = o.id and s.day <= ${to}::date
    where c.parent_id = ${root.id}
    group by c.id, c.code, c.name, c.sort_key
    order by c.sort_key collate "C", c.id`.execute(db);
  return [
    { organisation: { id: root.id, code: root.code, name: root.name }, own: true, figures: toFigures(own.rows[0] ?? {}) },
    ...children.rows.map((r) => ({ organisation: { id: r.id, code: r.code, name: r.name }, own: false, figures: toFigures(r) })),
  ];
}

/** Figures of a subtree per calendar day with activity (for period series built in JS). */
export async function dailyFigures(
  db: Kysely<DB>,
  rootPath: string | null,
  from: string,
  to: string,
): Promise<Array<{ day: string; figures: Figures }>> {
  const result = await sql<Record<string, unknown> & { day: string | Date }>`
    select to_char(s.day, 'YYYY-MM-DD') as day, ${sql.join(
      STATISTICS_COLUMNS.map((c) => sql`coalesce(sum(${sql.ref(`s.${c}`)}), 0)::int as ${sql.ref(c)}`),
    )}
    from proposal_statistics s
    join organisations o on o.id = s.organisation_id
    where s.day >= ${from}::date and s.day <= ${to}::date ${rootPath === null ? sql`` : sql`and o.path <@ ${rootPath}::ltree`}
    group by s.day
    order by s.day`.execute(db);
  return result.rows.map((r) => ({ day: String(r.day), figures: toFigures(r) }));
}
