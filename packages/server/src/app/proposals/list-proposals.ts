import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { z } from 'zod';
import { foldForSearch } from '@khien/core';
import type { Actor } from '@khien/core/authorization';
import type { DB } from '../../db/schema.ts';
import { escapeLike } from '../../db/like.ts';
import type { Services } from '../services.ts';
import { pageQuery, uuid } from '../validation.ts';
import type { ProposalRow } from './case-access.ts';
import { loadDefinition } from './definitions.ts';
import { deadlinesOf, organisationNames, personNames, toSummary } from './get-proposal.ts';
import type { ProposalPage, ProposalSummary } from './proposal-view.ts';

export const listProposalsQuery = pageQuery.extend({
  state: z.string().max(40).optional(),
  agencyId: uuid.optional(),
  proposerId: uuid.optional(),
  approvalKind: z.enum(['vote', 'override']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(['updated', 'created', 'title', 'code']).default('updated'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ListProposalsQuery = z.infer<typeof listProposalsQuery>;

/** The cases an actor may see, as one SQL condition (the same rule as `canSeeCase`). */
export function visibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'proposals'>) => {
    if (actor.roles.includes('system_admin')) return eb.val(true);
    const me = actor.personId;
    const leads = actor.positions.filter((p) => p.role !== 'member').map((p) => p.organisationId);
    const submitted = [];
    if ((actor.roles.includes('org_officer') || actor.roles.includes('inspector')) && actor.scopePath) {
      submitted.push(sql<boolean>`proposals.employing_agency_path <@ ${actor.scopePath}::ltree`);
    }
    if (leads.length > 0) {
      submitted.push(eb('proposals.employing_agency_id', 'in', leads), eb('proposals.deciding_agency_id', 'in', leads));
    }
    if (me) {
      submitted.push(
        eb.exists(
          eb
            .selectFrom('proposal_participants as pp')
            .select('pp.person_id')
            .whereRef('pp.proposal_id', '=', 'proposals.id')
            .where('pp.person_id', '=', me),
        ),
      );
    }
    const notDraft = eb.or([eb('proposals.state', '<>', 'draft'), eb('proposals.submitted_at', 'is not', null)]);
    return eb.or([
      ...(me ? [eb('proposals.proposer_id', '=', me)] : []),
      ...(submitted.length > 0 ? [eb.and([notDraft, eb.or(submitted)])] : []),
      eb.val(false),
    ]);
  };
}

export async function summaries(db: Kysely<DB>, rows: ProposalRow[], now: Date): Promise<ProposalSummary[]> {
  const [people, orgs, deadlines] = await Promise.all([
    personNames(
      db,
      rows.map((r) => r.proposer_id),
    ),
    organisationNames(
      db,
      rows.flatMap((r) => [r.employing_agency_id, r.deciding_agency_id]),
    ),
    deadlinesOf(
      db,
      rows.map((r) => r.id),
      now,
    ),
  ]);
  const result: ProposalSummary[] = [];
  for (const row of rows) {
    const definition = await loadDefinition(db, row.procedure_id, row.procedure_version);
    const next = deadlines.find((d) => d.row.proposal_id === row.id && d.row.status === 'open');
    result.push(
      toSummary(row, definition, people, orgs, next ? { timerId: next.row.timer_id, dueOn: next.row.due_on, overdue: next.overdue } : null),
    );
  }
  return result;
}

/** Cases the actor may see, filtered, sorted and paginated. */
export async function listProposals(services: Services, actor: Actor, query: ListProposalsQuery): Promise<ProposalPage> {
  const db = services.database.db;
  const now = services.now();
  let base = db.selectFrom('proposals').where(visibleTo(actor));
  if (query.state) base = base.where('proposals.state', '=', query.state);
  if (query.agencyId) {
    const agencyId = query.agencyId;
    base = base.where((eb) =>
      eb.or([eb('proposals.employing_agency_id', '=', agencyId), eb('proposals.deciding_agency_id', '=', agencyId)]),
    );
  }
  if (query.proposerId) base = base.where('proposals.proposer_id', '=', query.proposerId);
  if (query.approvalKind) base = base.where('proposals.approval_kind', '=', query.approvalKind);
  if (query.q) base = base.where('proposals.search_key', 'like', `%${escapeLike(foldForSearch(query.q))}%`);
  if (query.overdue) {
    const overdue = (eb: ExpressionBuilder<DB, 'proposals'>) =>
      eb.exists(
        eb
          .selectFrom('proposal_deadlines as d')
          .select('d.timer_id')
          .whereRef('d.proposal_id', '=', 'proposals.id')
          .where('d.status', '=', 'open')
          .where('d.due_at', '<', now),
      );
    base = base.where((eb) => (query.overdue === 'true' ? overdue(eb) : eb.not(overdue(eb))));
  }
  const column = {
    updated: 'proposals.updated_at',
    created: 'proposals.created_at',
    title: sql`proposals.sort_key collate "C"`,
    code: 'proposals.code',
  }[query.sort] as 'proposals.updated_at';
  const [rows, count] = await Promise.all([
    base.selectAll('proposals').orderBy(column, query.order).orderBy('proposals.id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await summaries(db, rows, now), total: Number(count.n), limit: query.limit, offset: query.offset };
}
