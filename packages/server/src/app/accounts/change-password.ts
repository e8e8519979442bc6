import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { hashSecret } from '../../auth/tokens.ts';
import { runCommand } from '../command.ts';
import { EVENT_TYPES, type AccountPasswordSet } from '../events.ts';
import type { Services } from '../services.ts';

/** The user changes their own password; other sessions end, the current one stays. */
export async function changePassword(
  services: Services,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  currentSessionToken?: string,
): Promise<void> {
  const account = await services.database.db
    .selectFrom('accounts')
    .select(['password_hash'])
    .where('id', '=', actor.accountId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.currentPassword, account.password_hash))) {
    throw new DomainError('auth.wrong_password', { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('auth.password_unchanged', {
      vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
      en: 'The new password must differ from the current one.',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await runCommand(services, actor, async ({ tx, record }) => {
    await tx.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', actor.accountId).execute();
    let others = tx.deleteFrom('sessions').where('account_id', '=', actor.accountId);
    if (currentSessionToken) others = others.where('token_hash', '<>', hashSecret(currentSessionToken));
    await others.execute();
    const payload: AccountPasswordSet = { id: actor.accountId, mustChange: false };
    await record({ type: EVENT_TYPES.accountPasswordSet, aggregateId: actor.accountId, payload: { ...payload } });
  });
}
