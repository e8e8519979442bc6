import type { Kysely } from 'kysely';
import { DomainError } from '@khien/core/errors';
import type { ProposerCategory, ProposerProfile } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';

/** The proposer as ND73 Art. 2 sees them, read from the person record at the time of asking. */
export async function proposerProfile(db: Kysely<DB>, personId: string): Promise<ProposerProfile & { organisationId: string }> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'nd73_category', 'is_leadership_post', 'organisation_id'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw personRequired();
  return {
    personId: person.id,
    category: person.nd73_category as ProposerCategory,
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
