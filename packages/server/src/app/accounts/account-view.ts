import { z } from 'zod';
import type { Kysely } from 'kysely';
import { SYSTEM_ROLES } from '@khien/core/authorization';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

export const accountView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  personId: z.uuid().nullable(),
  roles: z.array(z.enum(SYSTEM_ROLES)),
  scopeOrganisationId: z.uuid().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountView>;

/** Accounts with the tree path that locates them (their person's organisation, else their scope). */
export function accountsWithPath(db: Kysely<DB>) {
  return db
    .selectFrom('accounts')
    .leftJoin('people', 'people.id', 'accounts.person_id')
    .leftJoin('organisations as own', 'own.id', 'people.organisation_id')
    .leftJoin('organisations as scope', 'scope.id', 'accounts.scope_organisation_id')
    .select([
      'accounts.id',
      'accounts.username',
      'accounts.display_name',
      'accounts.person_id',
      'accounts.roles',
      'accounts.scope_organisation_id',
      'accounts.disabled',
      'accounts.must_change_password',
      'accounts.locked_until',
      'accounts.version',
      'accounts.created_at',
      'own.path as own_path',
      'scope.path as scope_path',
    ]);
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountsWithPath>['executeTakeFirstOrThrow']>>;

export function accountPath(row: AccountRow): string | null {
  return row.own_path ?? row.scope_path ?? null;
}

export function toAccountView(row: AccountRow): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    personId: row.person_id,
    roles: row.roles as AccountView['roles'],
    scopeOrganisationId: row.scope_organisation_id,
    disabled: row.disabled,
    mustChangePassword: row.must_change_password,
    lockedUntil: row.locked_until ? new Date(row.locked_until).toISOString() : null,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function getAccountRow(db: Kysely<DB>, id: string): Promise<AccountRow> {
  const row = await accountsWithPath(db).where('accounts.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('account', id);
  return row;
}
