import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { API_TOKEN_PREFIX, hashSecret } from '../../auth/tokens.ts';
import type { Services } from '../services.ts';
import { loadActor } from './load-actor.ts';

export interface Authenticated {
  actor: Actor;
  via: 'session' | 'token';
  /** For cookie sessions: the CSRF token mutations must echo in X-CSRF-Token. */
  csrfToken: string | null;
  expiresAt: Date | null;
}

const unauthenticated = (code: string, vi: string, en: string) => new DomainError(code, { vi, en });

export const notLoggedIn = () => unauthenticated('auth.required', 'Bạn cần đăng nhập để tiếp tục.', 'You need to log in to continue.');

/** Resolve a session cookie or a bearer API token to the actor it stands for. */
export async function authenticate(
  services: Services,
  credentials: { sessionToken?: string | undefined; bearer?: string | undefined },
): Promise<Authenticated> {
  const { db } = services.database;
  const now = services.now();
  if (credentials.bearer) {
    if (!credentials.bearer.startsWith(API_TOKEN_PREFIX))
      throw unauthenticated('auth.invalid_token', 'Mã truy cập API không hợp lệ.', 'Invalid API token.');
    const token = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashSecret(credentials.bearer)).executeTakeFirst();
    if (!token || token.revoked_at || (token.expires_at && new Date(token.expires_at) <= now)) {
      throw unauthenticated(
        'auth.invalid_token',
        'Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
        'The API token is invalid, expired or revoked.',
      );
    }
    const actor = await loadActor(db, token.account_id, now);
    if (!actor) throw unauthenticated('auth.account_disabled', 'Tài khoản đã bị vô hiệu hóa.', 'This account is disabled.');
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', token.id).execute();
    return { actor, via: 'token', csrfToken: null, expiresAt: token.expires_at ? new Date(token.expires_at) : null };
  }
  if (!credentials.sessionToken) throw notLoggedIn();
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hashSecret(credentials.sessionToken))
    .executeTakeFirst();
  if (!session) throw notLoggedIn();
  if (new Date(session.expires_at) <= now) {
    await db.deleteFrom('sessions').where('token_hash', '=', session.token_hash).execute();
    throw unauthenticated(
      'auth.session_expired',
      'Phiên làm việc đã hết hạn. Hãy đăng nhập lại.',
      'Your session has expired. Please log in again.',
    );
  }
  const actor = await loadActor(db, session.account_id, now);
  if (!actor) throw notLoggedIn();
  // Touch at most once a minute: a read-heavy page should not write on every request.
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', session.token_hash).execute();
  }
  return { actor, via: 'session', csrfToken: session.csrf_token, expiresAt: new Date(session.expires_at) };
}
