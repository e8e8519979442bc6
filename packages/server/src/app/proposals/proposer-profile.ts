import type { Kysely } from 'kysely';
import { DomainError } from '@khien/core/errors';
import type { ProposerCategory, ProposerProfile } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';

/**
 * The proposer as the case's profile sees them, read from the person record at the time of
 * asking. ND73 Art. 2 categories are recorded on the person; a cadre of a Party body is outside
 * Decree 73 altogether, so whatever ND73 category was recorded, a person employed by a Party
 * body (organisation kind `party_committee`, the same test that binds the case to the KL14
 * profile in `definitionInForce`) is a `party_body_leader` — the one category that profile
 * accepts. The leadership-post requirement still applies on both sides.
 */
export async function proposerProfile(db: Kysely<DB>, personId: string): Promise<ProposerProfile & { organisationId: string }> {
  const person = await db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select(['people.id', 'people.nd73_category', 'people.is_leadership_post', 'people.organisation_id', 'organisations.kind'])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!person) throw personRequired();
  return {
    personId: person.id,
    category: person.kind === 'party_committee' ? 'party_body_leader' : (person.nd73_category as ProposerCategory),
    holdsLeadershipPost: person.is_leadership_post,
    organisationId: person.organisation_id,
  };
}

export function personRequired(): DomainError {
  return new DomainError('proposal.person_required', {
    vi: 'Tài khoản chưa gắn với hồ sơ cán bộ nên không thể đứng tên đề xuất.',
    en: 'This account is not linked to a person, so it cannot file a proposal.',
  });
}
