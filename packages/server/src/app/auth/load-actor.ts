import type { Kysely } from 'kysely';
import type { Actor, SystemRole } from '@khien/core/authorization';
import type { LeadershipRole } from '@khien/core/organisation';
import type { DB } from '../../db/schema.ts';

/** Today's date in Vietnam (UTC+7, no DST), for "in office on that date" checks. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Build the actor an account acts as right now: its system roles with their scope, its
 * person's organisation, and the leadership positions held today (head, deputy, Party
 * committee member), which imply rights of their own.
 */
export async function loadActor(db: Kysely<DB>, accountId: string, now: Date): Promise<Actor | undefined> {
  const account = await db
    .selectFrom('accounts')
    .leftJoin('organisations as scope', 'scope.id', 'accounts.scope_organisation_id')
    .leftJoin('people', 'people.id', 'accounts.person_id')
    .leftJoin('organisations as own', 'own.id', 'people.organisation_id')
    .select([
      'accounts.id',
      'accounts.person_id',
      'accounts.roles',
      'accounts.disabled',
      'scope.path as scope_path',
      'own.path as own_path',
    ])
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!account || account.disabled) return undefined;
  const today = vietnamDate(now);
  const positions = account.person_id
    ? await db
        .selectFrom('leadership_terms')
        .innerJoin('organisations', 'organisations.id', 'leadership_terms.organisation_id')
        .select(['leadership_terms.organisation_id', 'organisations.path', 'leadership_terms.role'])
        .where('leadership_terms.person_id', '=', account.person_id)
        .where('leadership_terms.starts_on', '<=', today)
        .where((eb) => eb.or([eb('leadership_terms.ends_on', 'is', null), eb('leadership_terms.ends_on', '>=', today)]))
        .execute()
    : [];
  return {
    accountId: account.id,
    personId: account.person_id,
    roles: account.roles as SystemRole[],
    scopePath: account.scope_path ?? null,
    organisationPath: account.own_path ?? null,
    positions: positions.map((p) => ({ organisationId: p.organisation_id, organisationPath: p.path, role: p.role as LeadershipRole })),
  };
}
