import { sql } from 'kysely';
import { z } from 'zod';
import { foldForSearch } from '@khien/core';
import { visibleScopes, type Actor } from '@khien/core/authorization';
import { ND73_CATEGORIES } from '@khien/core/organisation';
import { escapeLike } from '../../db/like.ts';
import type { Services } from '../services.ts';
import { pageQuery, uuid } from '../validation.ts';
import { peopleWithOrganisation, personView, toPersonView } from './person-view.ts';

export const listPeopleQuery = pageQuery.extend({
  organisationId: uuid.optional(),
  /** Everyone in this organisation's subtree. */
  under: uuid.optional(),
  nd73Category: z.enum(ND73_CATEGORIES).optional(),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuery>;

export const personPage = z.object({
  items: z.array(personView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type PersonPage = z.infer<typeof personPage>;

/** People the actor may see, filtered and paginated on the server, in Vietnamese order. */
export async function listPeople(services: Services, actor: Actor, query: ListPeopleQuery): Promise<PersonPage> {
  let base = peopleWithOrganisation(services.database.db);
  const scopes = visibleScopes(actor, 'person');
  if (scopes !== 'all') {
    const own = actor.personId;
    base = base.where((eb) =>
      eb.or([
        ...(scopes.length ? [sql<boolean>`organisations.path <@ array[${sql.join(scopes.map((s) => sql`${s}::ltree`))}]`] : []),
        ...(own ? [eb('people.id', '=', own)] : []),
        sql<boolean>`false`,
      ]),
    );
  }
  if (query.organisationId) base = base.where('people.organisation_id', '=', query.organisationId);
  if (query.under) {
    const underId = query.under;
    base = base.where(sql<boolean>`organisations.path <@ (select path from organisations o where o.id = ${underId})`);
  }
  if (query.nd73Category) base = base.where('people.nd73_category', '=', query.nd73Category);
  if (query.q) base = base.where('people.search_key', 'like', `%${escapeLike(foldForSearch(query.q))}%`);
  const [rows, count] = await Promise.all([
    base
      .orderBy(sql`people.sort_key collate "C"`)
      .orderBy('people.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toPersonView), total: Number(count.n), limit: query.limit, offset: query.offset };
}
