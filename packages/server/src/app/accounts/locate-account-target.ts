import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

/**
 * Where in the tree an account (to be) sits: its person's organisation, or, for an account
 * without a person, the organisation its roles are scoped to. Both must exist.
 */
export async function locateAccountTarget(
  db: Kysely<DB>,
  personId: string | null,
  scopeOrganisationId: string | null,
): Promise<{ path: string | null; personName: string | null }> {
  let path: string | null = null;
  let personName: string | null = null;
  if (scopeOrganisationId) {
    const scope = await db.selectFrom('organisations').select('path').where('id', '=', scopeOrganisationId).executeTakeFirst();
    if (!scope) throw notFound('organisation', scopeOrganisationId);
    path = scope.path;
  }
  if (personId) {
    const person = await db
      .selectFrom('people')
      .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
      .select(['people.full_name', 'organisations.path'])
      .where('people.id', '=', personId)
      .executeTakeFirst();
    if (!person) throw notFound('person', personId);
    personName = person.full_name;
    // An officer may only hand out a scope inside their own: check the wider of the two.
    path = path && !person.path.startsWith(path) ? path : person.path;
  }
  return { path, personName };
}
