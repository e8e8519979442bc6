/**
 * Loading a case and deciding who may see it. A case the actor may not see answers exactly
 * like a case that does not exist (404): the existence of a proposal is itself information.
 */
import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '@khien/core/errors';
import { isWithinPath, type Actor } from '@khien/core';
import type { CaseActor, CaseSnapshot } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';
import type { ProposalsTable } from '../../db/proposal-tables.ts';
import { loadDefinition } from './definitions.ts';
import { headTermsOf, superiorAgenciesOf, type HeadTerm } from './parties.ts';

export type ProposalRow = Selectable<ProposalsTable>;

export function proposalNotFound(id: string): DomainError {
  return new DomainError(
    'proposal.not_found',
    { vi: 'Đề xuất không tồn tại hoặc bạn không có quyền xem.', en: 'Proposal not found, or you may not see it.' },
    { id },
  );
}

export async function loadProposalRow(db: Kysely<DB>, id: string, forUpdate = false): Promise<ProposalRow | undefined> {
  let query = db.selectFrom('proposals').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function snapshotOf(row: ProposalRow): CaseSnapshot {
  return row.snapshot as CaseSnapshot;
}

function scopedRoleApplies(actor: Actor, row: ProposalRow): boolean {
  return actor.scopePath !== null && isWithinPath(row.employing_agency_path, actor.scopePath);
}

/** The actor as the engine sees it: system roles count only where they apply to this case. */
export function caseActorOf(actor: Actor, row: ProposalRow): CaseActor {
  const roles = actor.roles.filter((role) => role === 'system_admin' || scopedRoleApplies(actor, row));
  return { personId: actor.personId ?? `account:${actor.accountId}`, roles };
}

export async function canSeeCase(db: Kysely<DB>, actor: Actor, row: ProposalRow): Promise<boolean> {
  if (actor.roles.includes('system_admin')) return true;
  if (actor.personId !== null && row.proposer_id === actor.personId) return true;
  // A draft is the proposer's working paper until it is submitted.
  if (row.state === 'draft' && row.submitted_at === null) return false;
  if ((actor.roles.includes('org_officer') || actor.roles.includes('inspector')) && scopedRoleApplies(actor, row)) return true;
  const leads = actor.positions.filter((p) => p.role !== 'member').map((p) => p.organisationId);
  if (leads.includes(row.employing_agency_id) || (row.deciding_agency_id !== null && leads.includes(row.deciding_agency_id))) {
    return true;
  }
  if (actor.personId === null) return false;
  const participant = await db
    .selectFrom('proposal_participants')
    .select('person_id')
    .where('proposal_id', '=', row.id)
    .where('person_id', '=', actor.personId)
    .executeTakeFirst();
  return participant !== undefined;
}

/**
 * Load a case the actor may see, or throw 404. The head relations in the returned row follow
 * the agencies' current heads (`withCurrentHeads`), so a command, the detail and the inbox all
 * judge "who may act" on the post as it is held today.
 */
export async function visibleProposal(db: Kysely<DB>, actor: Actor, id: string, forUpdate = false): Promise<ProposalRow> {
  const row = await loadProposalRow(db, id, forUpdate);
  if (!row || !(await canSeeCase(db, actor, row))) throw proposalNotFound(id);
  return (await withCurrentHeads(db, actor, [row]))[0]!;
}

function isHeadToday(actor: Actor, organisationId: string): boolean {
  return actor.positions.some((p) => p.organisationId === organisationId && p.role === 'head');
}

/**
 * Who holds an agency's head post for this request. The actor's own positions were read for
 * today (loadActor, on the request's clock), so they settle the actor's own standing exactly:
 * a head in office today holds the post, a former head does not. For everybody else (the
 * holders of steps armed by this command, the name shown as deciding head) the register's
 * latest appointment stands in; head terms never overlap, so that is the incumbent unless the
 * post is vacant (then the last holder is named, but cannot act) or a successor was entered
 * ahead of their start date (named early, but cannot act before it).
 */
function headFor(actor: Actor, organisationId: string | null, terms: readonly HeadTerm[]): string | null {
  if (organisationId === null) return null;
  if (actor.personId !== null && isHeadToday(actor, organisationId)) return actor.personId;
  const latest = terms.find((t) => t.organisationId === organisationId && t.personId !== actor.personId);
  return latest?.personId ?? null;
}

/**
 * ND73 Art. 7(4) names the *head* of the employing (or superior) agency, not a person: when a
 * leadership term ends and another head takes office mid-case, the steps not yet taken move to
 * the new head. The parties recorded at submission stay in the ledger and in
 * `proposals.snapshot` (evidence of who held what when); this only re-reads the two head
 * relations — and `deciding_head_id` — from `leadership_terms` for the case as the actor sees it
 * now. Terminal cases keep their recorded heads (nothing is left to take; the record shows who
 * decided). A proposer never becomes the deciding head of their own case this way (Art. 7(4)):
 * if they took the post, the relation stays empty until the case is escalated or the post changes.
 */
export async function withCurrentHeads(db: Kysely<DB>, actor: Actor, rows: ProposalRow[]): Promise<ProposalRow[]> {
  const live: ProposalRow[] = [];
  for (const row of rows) {
    if (row.submitted_at === null) continue;
    const definition = await loadDefinition(db, row.procedure_id, row.procedure_version);
    if (!definition.states.find((s) => s.id === row.state)?.terminal) live.push(row);
  }
  if (live.length === 0) return rows;
  const superiors = await superiorAgenciesOf(
    db,
    live.map((r) => r.employing_agency_id),
  );
  const superiorOf = (row: ProposalRow) =>
    row.routing === 'superior' ? row.deciding_agency_id : (superiors.get(row.employing_agency_id) ?? null);
  const terms = await headTermsOf(db, [
    ...live.map((r) => r.employing_agency_id),
    ...live.map(superiorOf).filter((id): id is string => id !== null),
  ]);
  const refreshed = new Map<string, ProposalRow>();
  for (const row of live) {
    const snapshot = snapshotOf(row);
    const deciding = (relation: 'employing' | 'superior', personId: string | null) =>
      personId !== null && personId === row.proposer_id && row.routing === relation ? null : personId;
    const employingHeadId = deciding('employing', headFor(actor, row.employing_agency_id, terms));
    const superiorHeadId = deciding('superior', headFor(actor, superiorOf(row), terms));
    if (employingHeadId === snapshot.parties.employingHeadId && superiorHeadId === snapshot.parties.superiorHeadId) continue;
    const parties = { ...snapshot.parties, employingHeadId, superiorHeadId };
    refreshed.set(row.id, {
      ...row,
      snapshot: { ...snapshot, parties },
      deciding_head_id: row.routing === 'employing' ? employingHeadId : superiorHeadId,
    });
  }
  return rows.map((row) => refreshed.get(row.id) ?? row);
}
