/**
 * The personnel office's register of ND73 Art. 10 encouragements (commendation, reward, priority
 * in personnel decisions, salary step 12 months early, rank promotion) across the cases an
 * actor may see: filtered by kind, beneficiary unit, person and recording date, paginated on
 * the server and sorted with the Vietnamese collation (the `sort_key` columns).
 */
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import { foldForSearch } from '@khien/core';
import type { Actor } from '@khien/core/authorization';
import { encouragementKinds } from '@khien/core/procedure';
import '../../db/proposal-tables.ts';
import { escapeLike } from '../../db/like.ts';
import { iso } from '../proposals/proposal-view.ts';
import { visibleTo } from '../proposals/list-proposals.ts';
import type { Services } from '../services.ts';
import { isoDate, pageQuery, uuid } from '../validation.ts';

export const ENCOURAGEMENT_KINDS = ['commendation', 'reward', 'personnelPriority', 'earlySalaryStep', 'rankPromotion'] as const;
export type EncouragementKindName = (typeof ENCOURAGEMENT_KINDS)[number];
export const PERSONNEL_PURPOSES = ['rating', 'appointment', 'reappointment', 'planning', 'transfer', 'rotation'] as const;

export const listEncouragementsQuery = pageQuery.extend({
  kind: z.enum(ENCOURAGEMENT_KINDS).optional(),
  /** Beneficiaries working in this organisation's subtree (an organisation beneficiary: the organisation itself). */
  under: uuid.optional(),
  /** One beneficiary person. */
  personId: uuid.optional(),
  /** Recorded on or after / on or before this day (Vietnam time). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['recorded', 'beneficiary', 'proposal']).default('recorded'),
  order: z.enum(['asc', 'desc']).optional(),
});
export type ListEncouragementsQuery = z.infer<typeof listEncouragementsQuery>;

const label = z.object({ vi: z.string(), en: z.string() });
const ref = z.object({ id: z.string(), name: z.string() });

export const encouragementView = z
  .object({
    id: z.string(),
    kind: z.enum(ENCOURAGEMENT_KINDS),
    kindLabel: label,
    beneficiaryKind: z.enum(['individual', 'organisation']),
    /** The person or organisation encouraged. */
    beneficiary: ref,
    /** Where the beneficiary works (for an organisation: the organisation itself). */
    unit: ref.nullable(),
    proposalId: z.string(),
    proposalCode: z.string(),
    proposalTitle: z.string(),
    employingAgency: ref,
    personnelPurposes: z.array(z.enum(PERSONNEL_PURPOSES)),
    earlySalaryStepMonths: z.number().int().nullable(),
    /** The decision it was granted by, as recorded. */
    decision: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'Encouragement' });
export type EncouragementView = z.infer<typeof encouragementView>;

export const encouragementPage = z
  .object({
    items: z.array(encouragementView),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    /** Counts by kind under the same filters except `kind` (every kind listed, zeros included). */
    byKind: z.array(z.object({ kind: z.enum(ENCOURAGEMENT_KINDS), label, count: z.number().int() })),
  })
  .meta({ id: 'EncouragementPage' });
export type EncouragementPage = z.infer<typeof encouragementPage>;

const KIND_LABELS = new Map(encouragementKinds.map((k) => [k.kind as string, k.label]));
export function kindLabel(kind: string): { vi: string; en: string } {
  return KIND_LABELS.get(kind) ?? { vi: kind, en: kind };
}

/** Midnight at the start of a Vietnamese calendar day (UTC+7, no daylight saving). */
function vietnamMidnight(day: string, plusDays = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00+07:00`) + plusDays * 86_400_000);
}

function base(services: Services) {
  return services.database.db
    .selectFrom('proposal_encouragements as e')
    .innerJoin('proposals', 'proposals.id', 'e.proposal_id')
    .innerJoin('organisations as ea', 'ea.id', 'proposals.employing_agency_id')
    .leftJoin('people as bp', 'bp.id', 'e.beneficiary_person_id')
    .leftJoin('organisations as bpo', 'bpo.id', 'bp.organisation_id')
    .leftJoin('organisations as bo', 'bo.id', 'e.beneficiary_organisation_id');
}
type Base = ReturnType<typeof base>;
type Sources = Base extends SelectQueryBuilder<infer D, infer T, infer _O> ? ExpressionBuilder<D, T> : never;

function filtered(services: Services, actor: Actor, query: ListEncouragementsQuery, withKind: boolean): Base {
  // The records of the cases the actor may see: exactly the proposals list's visibility rule.
  const visible = visibleTo(actor) as unknown as (eb: Sources) => ReturnType<ReturnType<typeof visibleTo>>;
  let q = base(services).where(visible);
  if (withKind && query.kind) q = q.where('e.kind', '=', query.kind);
  if (query.personId) q = q.where('e.beneficiary_person_id', '=', query.personId);
  if (query.under) {
    const underId = query.under;
    q = q.where(sql<boolean>`coalesce(bpo.path, bo.path) <@ (select path from organisations o where o.id = ${underId})`);
  }
  if (query.from) q = q.where('e.recorded_at', '>=', vietnamMidnight(query.from));
  if (query.to) q = q.where('e.recorded_at', '<', vietnamMidnight(query.to, 1));
  if (query.q) {
    const like = `%${escapeLike(foldForSearch(query.q))}%`;
    q = q.where((eb) =>
      eb.or([eb('bp.search_key', 'like', like), eb('bo.search_key', 'like', like), eb('proposals.search_key', 'like', like)]),
    );
  }
  return q;
}

/** Encouragements on the cases the actor may see, filtered, sorted and paginated. */
export async function listEncouragements(services: Services, actor: Actor, query: ListEncouragementsQuery): Promise<EncouragementPage> {
  const rowsQuery = filtered(services, actor, query, true);
  const order = query.order ?? (query.sort === 'recorded' ? 'desc' : 'asc');
  const sortColumn = {
    recorded: sql`e.recorded_at`,
    beneficiary: sql`coalesce(bp.sort_key, bo.sort_key) collate "C"`,
    proposal: sql`proposals.sort_key collate "C"`,
  }[query.sort];
  const direction = order === 'asc' ? sql`asc` : sql`desc`;
  const [rows, count, kinds] = await Promise.all([
    rowsQuery
      .select([
        'e.id',
        'e.kind',
        'e.beneficiary_kind',
        'e.beneficiary_person_id',
        'e.beneficiary_organisation_id',
        'e.personnel_purposes',
        'e.early_salary_step_months',
        'e.decision',
        'e.recorded_at',
        'proposals.id as proposal_id',
        'proposals.code as proposal_code',
        'proposals.title as proposal_title',
        'ea.id as agency_id',
        'ea.name as agency_name',
        'bp.full_name as person_name',
        'bpo.id as person_unit_id',
        'bpo.name as person_unit_name',
        'bo.name as organisation_name',
      ])
      .orderBy(sql`${sortColumn} ${direction}`)
      .orderBy('e.recorded_at', 'desc')
      .orderBy('e.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    rowsQuery.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    filtered(services, actor, query, false)
      .select(['e.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('e.kind')
      .execute(),
  ]);
  const counts = new Map(kinds.map((k) => [k.kind, Number(k.n)]));
  return {
    items: rows.map((r) => {
      const individual = r.beneficiary_kind === 'individual';
      const beneficiaryId = (individual ? r.beneficiary_person_id : r.beneficiary_organisation_id) ?? '';
      const beneficiaryName = (individual ? r.person_name : r.organisation_name) ?? '';
      return {
        id: r.id,
        kind: r.kind as EncouragementKindName,
        kindLabel: kindLabel(r.kind),
        beneficiaryKind: individual ? ('individual' as const) : ('organisation' as const),
        beneficiary: { id: beneficiaryId, name: beneficiaryName },
        unit: individual
          ? r.person_unit_id
            ? { id: r.person_unit_id, name: r.person_unit_name ?? '' }
            : null
          : { id: beneficiaryId, name: beneficiaryName },
        proposalId: r.proposal_id,
        proposalCode: r.proposal_code,
        proposalTitle: r.proposal_title,
        employingAgency: { id: r.agency_id, name: r.agency_name },
        personnelPurposes: (r.personnel_purposes ?? []) as Array<(typeof PERSONNEL_PURPOSES)[number]>,
        earlySalaryStepMonths: r.early_salary_step_months,
        decision: r.decision,
        recordedAt: iso(r.recorded_at)!,
      };
    }),
    total: Number(count.n),
    limit: query.limit,
    offset: query.offset,
    byKind: ENCOURAGEMENT_KINDS.map((kind) => ({ kind, label: kindLabel(kind), count: counts.get(kind) ?? 0 })),
  };
}
