import { sql } from 'kysely';
import { z } from 'zod';
import { foldForSearch } from '@khien/core';
import { decide, visibleScopes, type Actor } from '@khien/core/authorization';
import { escapeLike } from '../../db/like.ts';
import { notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { pageQuery } from '../validation.ts';
import { accountPath, accountView, accountsWithPath, getAccountRow, toAccountView, type AccountView } from './account-view.ts';

export const accountPage = z.object({
  items: z.array(accountView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type AccountPage = z.infer<typeof accountPage>;

export async function listAccounts(services: Services, actor: Actor, query: z.infer<typeof pageQuery>): Promise<AccountPage> {
  let base = accountsWithPath(services.database.db);
  const scopes = visibleScopes(actor, 'account');
  if (scopes !== 'all') {
    base = base.where((eb) =>
      eb.or([eb('accounts.id', '=', actor.accountId), ...scopes.map((s) => sql<boolean>`coalesce(own.path, scope.path) <@ ${s}::ltree`)]),
    );
  }
  if (query.q) {
    const pattern = `%${escapeLike(foldForSearch(query.q))}%`;
    base = base.where((eb) =>
      eb.or([eb('accounts.username', 'like', pattern), eb(sql`lower(unaccent(accounts.display_name))`, 'like', pattern)]),
    );
  }
  const [rows, count] = await Promise.all([
    base.orderBy('accounts.username').limit(query.limit).offset(query.offset).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toAccountView), total: Number(count.n), limit: query.limit, offset: query.offset };
}

export async function getAccount(services: Services, actor: Actor, id: string): Promise<AccountView> {
  const row = await getAccountRow(services.database.db, id);
  if (decide(actor, 'read', { kind: 'account', path: accountPath(row), accountId: id }) !== 'allow') throw notFound('account', id);
  return toAccountView(row);
}
