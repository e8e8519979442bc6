import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { decoyHash, verifyPassword } from '../../auth/password.ts';
import { hashSecret, newSecret } from '../../auth/tokens.ts';
import type { Services } from '../services.ts';
import { username } from '../accounts/account-input.ts';

export const logInInput = z.strictObject({ username, password: z.string().min(1).max(200) });
export type LogInInput = z.infer<typeof logInInput>;

export interface LogInResult {
  sessionToken: string;
  csrfToken: string;
  accountId: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

const invalidCredentials = () =>
  new DomainError('auth.invalid_credentials', {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  });

/**
 * Local login. After `loginMaxFailures` wrong passwords in a row the account is locked for
 * `loginLockMinutes` (the answer says until when); the counter resets on success. Unknown
 * users cost the same scrypt time and get the same answer as a wrong password.
 */
export async function logIn(services: Services, input: LogInInput): Promise<LogInResult> {
  const { db } = services.database;
  const now = services.now();
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'password_hash', 'disabled', 'failed_logins', 'locked_until', 'must_change_password'])
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (!account) {
    await verifyPassword(input.password, await decoyHash());
    throw invalidCredentials();
  }
  if (account.locked_until && new Date(account.locked_until) > now) {
    const until = new Date(account.locked_until);
    throw new DomainError(
      'auth.account_locked',
      {
        vi: `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${until.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} hoặc liên hệ quản trị viên.`,
        en: `The account is temporarily locked after repeated wrong passwords. Try again after ${until.toISOString()} or contact an administrator.`,
      },
      { lockedUntil: until.toISOString() },
    );
  }
  const ok = await verifyPassword(input.password, account.password_hash);
  if (!ok) {
    const failures = account.failed_logins + 1;
    const lock = failures >= services.config.loginMaxFailures;
    await db
      .updateTable('accounts')
      .set({
        failed_logins: lock ? 0 : failures,
        locked_until: lock ? new Date(now.getTime() + services.config.loginLockMinutes * 60_000) : null,
      })
      .where('id', '=', account.id)
      .execute();
    throw invalidCredentials();
  }
  if (account.disabled) {
    throw new DomainError('auth.account_disabled', {
      vi: 'Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.',
      en: 'This account is disabled. Contact an administrator.',
    });
  }
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + services.config.sessionHours * 3_600_000);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('accounts').set({ failed_logins: 0, locked_until: null }).where('id', '=', account.id).execute();
    await tx
      .insertInto('sessions')
      .values({
        token_hash: hashSecret(sessionToken),
        account_id: account.id,
        csrf_token: csrfToken,
        created_at: now,
        expires_at: expiresAt,
        last_seen_at: now,
      })
      .execute();
    // Expired sessions are swept here rather than by a separate job.
    await tx.deleteFrom('sessions').where('expires_at', '<', now).execute();
  });
  return { sessionToken, csrfToken, accountId: account.id, expiresAt, mustChangePassword: account.must_change_password };
}

export async function logOut(services: Services, sessionToken: string): Promise<void> {
  await services.database.db.deleteFrom('sessions').where('token_hash', '=', hashSecret(sessionToken)).execute();
}
