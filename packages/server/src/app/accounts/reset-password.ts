import { decide, type Actor } from '@khien/core/authorization';
import { hashPassword } from '../../auth/password.ts';
import { runCommand } from '../command.ts';
import { forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type AccountPasswordSet } from '../events.ts';
import type { Services } from '../services.ts';
import { accountPath, getAccountRow, toAccountView, type AccountView } from './account-view.ts';

/**
 * An administrator or personnel officer sets a temporary password: the user must change it
 * at the next login, and every open session of the account ends now.
 */
export async function resetPassword(services: Services, actor: Actor, id: string, temporaryPassword: string): Promise<AccountView> {
  const passwordHash = await hashPassword(temporaryPassword);
  return runCommand(services, actor, async ({ tx, record }) => {
    const row = await getAccountRow(tx, id);
    const decision = decide(actor, 'manage', {
      kind: 'account',
      path: accountPath(row),
      accountId: id,
      targetIsAdmin: row.roles.includes('system_admin'),
    });
    if (decision === 'hidden') throw notFound('account', id);
    if (decision === 'deny') throw forbidden();
    await tx.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    await tx.deleteFrom('sessions').where('account_id', '=', id).execute();
    const payload: AccountPasswordSet = { id, mustChange: true };
    await record({ type: EVENT_TYPES.accountPasswordSet, aggregateId: id, payload: { ...payload } });
    return toAccountView(await getAccountRow(tx, id));
  });
}
