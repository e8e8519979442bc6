import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { allowedActions, isTransitionEnabled } from '@khien/core/procedure';
import type { CaseRelation, ProcedureDefinition } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';
import type { Services } from '../services.ts';
import { caseActorOf, snapshotOf, withCurrentHeads } from './case-access.ts';
import { loadDefinition } from './definitions.ts';
import { summaries, visibleTo } from './list-proposals.ts';
import { proposalSummary } from './proposal-view.ts';

export const inboxQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const inboxView = z.object({
  items: z.array(
    proposalSummary.extend({ actions: z.array(z.object({ action: z.string(), label: z.object({ vi: z.string(), en: z.string() }) })) }),
  ),
  /** Cases at a step of mine in all; `items` is the page `offset … offset + limit`. */
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type InboxView = z.infer<typeof inboxView>;

type Scope = ExpressionBuilder<DB, 'proposals'>;

/** Relations held through `proposal_participants` (the projector keeps them from the snapshot). */
const PARTICIPANT_RELATIONS = new Set<CaseRelation>([
  'implementer',
  'partyCommittee',
  'relatedAgency',
  'personnelOfficer',
  'collectiveMember',
]);

/** For one definition: in which states each relation (with its routing condition) or role can act. */
interface ActingStates {
  definition: ProcedureDefinition;
  relations: Array<{ relation: CaseRelation; routing: 'employing' | 'superior' | null; states: string[] }>;
  roles: Array<{ role: string; states: string[] }>;
}

/**
 * Read off the procedure definition (procedure as data) which relation may fire some enabled
 * transition from which state. Guards other than the routing conditions are left to the engine,
 * so this is a superset of "the engine allows it", exact on relation, routing and state.
 */
function actingStates(definition: ProcedureDefinition): ActingStates {
  const relations = new Map<string, { relation: CaseRelation; routing: 'employing' | 'superior' | null; states: Set<string> }>();
  const roles = new Map<string, Set<string>>();
  for (const transition of definition.transitions) {
    if (!isTransitionEnabled(definition, transition)) continue;
    for (const spec of transition.actors) {
      if (spec.relation !== undefined) {
        const routing = spec.when === 'routedToEmployingAgency' ? 'employing' : spec.when === 'routedToSuperiorAgency' ? 'superior' : null;
        const key = `${spec.relation}:${routing}`;
        const entry = relations.get(key) ?? { relation: spec.relation, routing, states: new Set<string>() };
        for (const state of transition.from) entry.states.add(state);
        relations.set(key, entry);
      } else if (spec.role !== undefined) {
        const states = roles.get(spec.role) ?? new Set<string>();
        for (const state of transition.from) states.add(state);
        roles.set(spec.role, states);
      }
    }
  }
  return {
    definition,
    relations: [...relations.values()].map((r) => ({ ...r, states: [...r.states] })),
    roles: [...roles.entries()].map(([role, states]) => ({ role, states: [...states] })),
  };
}

/**
 * One SQL condition: the case is in a state where this actor stands in a relation (or holds a
 * system role) that the case's bound procedure lets act. Head relations follow the posts the
 * actor holds today (as `withCurrentHeads` does), not the heads recorded at submission.
 */
function waitsFor(actor: Actor, definitions: ActingStates[]) {
  const me = actor.personId;
  const headOf = actor.positions.filter((p) => p.role === 'head').map((p) => p.organisationId);
  return (eb: Scope): Expression<SqlBool> => {
    const perDefinition = definitions.map(({ definition, relations, roles }) => {
      const alternatives: Array<Expression<SqlBool>> = [];
      for (const { relation, routing, states } of relations) {
        if (states.length === 0) continue;
        const conditions: Array<Expression<SqlBool>> = [eb('proposals.state', 'in', states)];
        if (routing) conditions.push(eb('proposals.routing', '=', routing));
        if (relation === 'proposer') {
          if (!me) continue;
          conditions.push(eb('proposals.proposer_id', '=', me));
        } else if (relation === 'employingHead') {
          if (headOf.length === 0) continue;
          conditions.push(eb('proposals.employing_agency_id', 'in', headOf));
          // ND73 Art. 7(4): a head never decides their own proposal (withCurrentHeads agrees).
          if (me && routing !== 'superior') conditions.push(eb('proposals.proposer_id', '<>', me));
        } else if (relation === 'superiorHead') {
          if (headOf.length === 0) continue;
          conditions.push(
            eb.or([
              eb.and([eb('proposals.routing', '=', 'superior'), eb('proposals.deciding_agency_id', 'in', headOf)]),
              eb.and([
                eb('proposals.routing', '=', 'employing'),
                eb.exists(
                  eb
                    .selectFrom('organisations as employing')
                    .select('employing.id')
                    .whereRef('employing.id', '=', 'proposals.employing_agency_id')
                    .where('employing.superior_agency_id', 'in', headOf),
                ),
              ]),
            ]),
          );
          if (me && routing !== 'employing') conditions.push(eb('proposals.proposer_id', '<>', me));
        } else if (PARTICIPANT_RELATIONS.has(relation)) {
          if (!me) continue;
          conditions.push(
            eb.exists(
              eb
                .selectFrom('proposal_participants as pp')
                .select('pp.person_id')
                .whereRef('pp.proposal_id', '=', 'proposals.id')
                .where('pp.person_id', '=', me)
                .where('pp.relation', '=', relation),
            ),
          );
        } else {
          continue;
        }
        alternatives.push(eb.and(conditions));
      }
      for (const { role, states } of roles) {
        if (!(actor.roles as readonly string[]).includes(role) || states.length === 0) continue;
        const conditions: Array<Expression<SqlBool>> = [eb('proposals.state', 'in', states)];
        // Scoped roles count only inside their scope (caseActorOf).
        if (role !== 'system_admin') {
          if (!actor.scopePath) continue;
          conditions.push(sql<SqlBool>`proposals.employing_agency_path <@ ${actor.scopePath}::ltree`);
        }
        alternatives.push(eb.and(conditions));
      }
      return eb.and([
        eb('proposals.procedure_id', '=', definition.id),
        eb('proposals.procedure_version', '=', definition.version),
        eb.or(alternatives.length > 0 ? alternatives : [eb.val(false)]),
      ]);
    });
    return eb.or(perDefinition.length > 0 ? perDefinition : [eb.val(false)]);
  };
}

/**
 * What waits for me: the cases at a step of mine, as one SQL query (paginated, counted), the
 * ones with a due date first (soonest first), then the most recently moved. Which relation may
 * act in which state is read off each bound procedure definition; the engine then answers for
 * the page only which actions it allows me now (vote, decide, report, give an opinion…), so the
 * inbox never disagrees with the buttons on the case page. A case stays listed while the step
 * is mine even when a guard holds me up right now (e.g. the head's decision awaits the votes,
 * or I have voted and the meeting is still open): its `actions` are then empty.
 */
export async function myInbox(services: Services, actor: Actor, query: InboxQuery = { limit: 50, offset: 0 }): Promise<InboxView> {
  const db = services.database.db;
  const bound = await db.selectFrom('proposals').select(['procedure_id', 'procedure_version']).distinct().execute();
  const definitions = await Promise.all(bound.map((b) => loadDefinition(db, b.procedure_id, b.procedure_version)));
  const base = db
    .selectFrom('proposals')
    .where(visibleTo(actor))
    .where(waitsFor(actor, definitions.map(actingStates)));
  const nextDue = sql<Date | null>`(select min(d.due_at) from proposal_deadlines d where d.proposal_id = proposals.id and d.status = 'open')`;
  const [page, count] = await Promise.all([
    base
      .selectAll('proposals')
      .orderBy(sql`${nextDue} asc nulls last`)
      .orderBy('proposals.updated_at', 'desc')
      .orderBy('proposals.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const rows = await withCurrentHeads(db, actor, page);
  const actions = await Promise.all(
    rows.map(async (row) => {
      const definition = await loadDefinition(db, row.procedure_id, row.procedure_version);
      return allowedActions(definition, snapshotOf(row), caseActorOf(actor, row))
        .filter((a) => a.allowed)
        .map((a) => ({ action: a.action, label: a.label }));
    }),
  );
  const list = await summaries(db, rows, services.now());
  return {
    items: list.map((summary, i) => ({ ...summary, actions: actions[i]! })),
    total: Number(count.n),
    limit: query.limit,
    offset: query.offset,
  };
}
