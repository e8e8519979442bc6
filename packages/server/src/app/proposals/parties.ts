/**
 * Who holds which post on a date, read from dated leadership terms: the heads that receive a
 * plan (Art. 7(4)), the collective that votes (Art. 8(1)), the same-level Party committee
 * (Art. 4(3)) and the personnel officers of the proposer's agency.
 */
import { sql, type Kysely } from 'kysely';
import { DomainError } from '@khien/core/errors';
import { leadershipCollectiveOn, type CollectiveMember, type LeadershipPosition } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';

export interface AgencyRow {
  id: string;
  name: string;
  path: string;
  kind: string;
  superior_agency_id: string | null;
  party_committee_id: string | null;
}

export async function agencyRow(db: Kysely<DB>, id: string): Promise<AgencyRow | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'path', 'kind', 'superior_agency_id', 'party_committee_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

async function termsOn(db: Kysely<DB>, organisationId: string, date: string, roles: string[]) {
  return db
    .selectFrom('leadership_terms')
    .select(['person_id', 'role', 'starts_on', 'ends_on'])
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', roles)
    .where('starts_on', '<=', date)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', date)]))
    .orderBy('person_id')
    .execute();
}

export async function headOn(db: Kysely<DB>, organisationId: string | null, date: string): Promise<string | null> {
  if (!organisationId) return null;
  const heads = await termsOn(db, organisationId, date, ['head']);
  return heads[0]?.person_id ?? null;
}

/** Head + deputies in office on the meeting date (core's `leadershipCollectiveOn`). */
export async function collectiveOn(db: Kysely<DB>, organisationId: string, date: string): Promise<CollectiveMember[]> {
  const terms = await termsOn(db, organisationId, date, ['head', 'deputy']);
  const positions: LeadershipPosition[] = terms.map((t) => ({
    personId: t.person_id,
    role: t.role as 'head' | 'deputy',
    from: t.starts_on,
    until: t.ends_on,
  }));
  return leadershipCollectiveOn(positions, date);
}

/** Members (and head) of the agency's same-level Party committee in office on the date. */
export async function partyCommitteeOn(db: Kysely<DB>, agency: AgencyRow | undefined, date: string): Promise<string[]> {
  if (!agency?.party_committee_id) return [];
  const terms = await termsOn(db, agency.party_committee_id, date, ['member', 'head', 'deputy']);
  return [...new Set(terms.map((t) => t.person_id))];
}

/** People with the org_officer role whose scope covers the agency: the personnel office. */
export async function personnelOfficersFor(db: Kysely<DB>, agencyPath: string): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts')
    .innerJoin('organisations as scope', 'scope.id', 'accounts.scope_organisation_id')
    .select('accounts.person_id')
    .where(sql<boolean>`'org_officer' = any(accounts.roles)`)
    .where('accounts.disabled', '=', false)
    .where('accounts.person_id', 'is not', null)
    .where(sql<boolean>`${agencyPath}::ltree <@ scope.path`)
    .orderBy('accounts.person_id')
    .execute();
  return [...new Set(rows.map((r) => r.person_id as string))];
}

/** One head term of an agency, as the leadership register records it. */
export interface HeadTerm {
  organisationId: string;
  personId: string;
  startsOn: string;
  endsOn: string | null;
}

/**
 * Every head term of the given agencies, most recent appointment first. An agency has one
 * head at a time (appointLeader refuses overlapping head terms), so the first term of an
 * agency is its latest appointment.
 */
export async function headTermsOf(db: Kysely<DB>, organisationIds: readonly string[]): Promise<HeadTerm[]> {
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('leadership_terms')
    .select(['organisation_id', 'person_id', 'starts_on', 'ends_on'])
    .where('organisation_id', 'in', ids)
    .where('role', '=', 'head')
    .orderBy('organisation_id')
    .orderBy('starts_on', 'desc')
    .execute();
  return rows.map((r) => ({ organisationId: r.organisation_id, personId: r.person_id, startsOn: r.starts_on, endsOn: r.ends_on }));
}

/** The superior agency (`superior_agency_id`) of each given agency. */
export async function superiorAgenciesOf(db: Kysely<DB>, organisationIds: readonly string[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'superior_agency_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.superior_agency_id]));
}

/**
 * The people who carry a proposal out: the proposer first, then the others chosen, each once.
 * Every one must exist (an unknown id is refused, nothing recorded).
 */
export async function implementerList(db: Kysely<DB>, proposerId: string, others: readonly string[]): Promise<string[]> {
  const ids = [...new Set([proposerId, ...others])];
  const found = await db.selectFrom('people').select('id').where('id', 'in', ids).execute();
  if (found.length !== ids.length) {
    throw new DomainError('person.not_found', { vi: 'Người thực hiện không tồn tại.', en: 'An implementer does not exist.' });
  }
  return ids;
}
