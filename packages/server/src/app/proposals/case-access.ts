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

/** Load a case the actor may see, or throw 404. */
export async function visibleProposal(db: Kysely<DB>, actor: Actor, id: string, forUpdate = false): Promise<ProposalRow> {
  const row = await loadProposalRow(db, id, forUpdate);
  if (!row || !(await canSeeCase(db, actor, row))) throw proposalNotFound(id);
  return row;
}
