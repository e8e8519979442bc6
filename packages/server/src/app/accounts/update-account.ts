import { decide, type Actor } from '@khien/core/authorization';
import { DomainError } from '@khien/core/errors';
import { runCommand } from '../command.ts';
import { checkVersion, forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type AccountState } from '../events.ts';
import type { Services } from '../services.ts';
import type { UpdateAccountInput } from './account-input.ts';
import { accountPath, getAccountRow, toAccountView, type AccountView } from './account-view.ts';
import { locateAccountTarget } from './locate-account-target.ts';

/** Change an account's roles, scope, display name or disabled flag. */
export async function updateAccount(
  services: Services,
  actor: Actor,
  id: string,
  input: UpdateAccountInput,
  expectedVersion?: number,
): Promise<AccountView> {
  return runCommand(services, actor, async ({ tx, record }) => {
    const row = await getAccountRow(tx, id);
    const wasAdmin = row.roles.includes('system_admin');
    const decision = decide(actor, 'manage', {
      kind: 'account',
      path: accountPath(row),
      accountId: id,
      targetIsAdmin: wasAdmin || input.roles.includes('system_admin'),
    });
    if (decision === 'hidden') throw notFound('account', id);
    // Nobody edits their own roles: a second person must grant them.
    if (decision === 'deny' || (id === actor.accountId && !actor.roles.includes('system_admin'))) throw forbidden();
    if (id === actor.accountId && (input.disabled || !input.roles.includes('system_admin'))) {
      throw new DomainError('account.cannot_demote_self', {
        vi: 'Quản trị viên không thể tự khóa hoặc tự bỏ quyền quản trị của mình.',
        en: 'An administrator cannot disable or demote their own account.',
      });
    }
    checkVersion(expectedVersion, row.version);
    const target = await locateAccountTarget(tx, row.person_id, input.scopeOrganisationId);
    if (decide(actor, 'manage', { kind: 'account', path: target.path, targetIsAdmin: input.roles.includes('system_admin') }) !== 'allow') {
      throw forbidden();
    }
    const state: AccountState = {
      id,
      username: row.username,
      personId: row.person_id,
      displayName: input.displayName ?? row.display_name,
      roles: input.roles,
      scopeOrganisationId: input.scopeOrganisationId,
      disabled: input.disabled,
    };
    await record({ type: EVENT_TYPES.accountUpdated, aggregateId: id, payload: { ...state } });
    if (input.disabled) await tx.deleteFrom('sessions').where('account_id', '=', id).execute();
    return toAccountView(await getAccountRow(tx, id));
  });
}
