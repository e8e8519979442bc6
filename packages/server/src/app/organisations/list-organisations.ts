import { sql } from 'kysely';
import { z } from 'zod';
import { foldForSearch } from '@khien/core';
import type { Actor } from '@khien/core/authorization';
import { ORGANISATION_KINDS } from '@khien/core/organisation';
import { escapeLike } from '../../db/like.ts';
import { pageQuery, uuid } from '../validation.ts';
import type { Services } from '../services.ts';
import { organisationView, toOrganisationView } from './organisation-view.ts';

export const listOrganisationsQuery = pageQuery.extend({
  parentId: uuid.optional(),
  /** Everything in this organisation's subtree (the organisation included). */
  under: uuid.optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  roots: z.enum(['true', 'false']).optional(),
});
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuery>;

export const organisationPage = z.object({
  items: z.array(organisationView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type OrganisationPage = z.infer<typeof organisationPage>;

/** The organisation tree is visible to every account (see core authorization). */
export async function listOrganisations(services: Services, _actor: Actor, query: ListOrganisationsQuery): Promise<OrganisationPage> {
  let base = services.database.db.selectFrom('organisations');
  if (query.parentId) base = base.where('parent_id', '=', query.parentId);
  if (query.roots === 'true') base = base.where('parent_id', 'is', null);
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.under) {
    const underId = query.under;
    base = base.where(sql<boolean>`path <@ (select path from organisations o where o.id = ${underId})`);
  }
  if (query.q) base = base.where('search_key', 'like', `%${escapeLike(foldForSearch(query.q))}%`);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(sql`sort_key collate "C"`)
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toOrganisationView), total: Number(count.n), limit: query.limit, offset: query.offset };
}
