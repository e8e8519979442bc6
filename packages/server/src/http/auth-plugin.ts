import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { authenticate, notLoggedIn, type Authenticated } from '../app/auth/authenticate.ts';
import type { Services } from '../app/services.ts';

export const SESSION_COOKIE = 'khien_session';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without logging in (login itself). */
    public?: boolean;
  }
}

/**
 * Authenticate every API request (cookie session or bearer token) before its handler, and
 * require the session's CSRF token in `X-CSRF-Token` on cookie-authenticated mutations: a
 * cross-site form can send our cookie but cannot read the token. Bearer clients are not
 * exposed to CSRF (browsers never attach the header on their own).
 */
export const authPlugin = fp(async (app, { services }: { services: Services }) => {
  app.decorateRequest('auth', null);
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (request.routeOptions.config.public) return;
    const header = request.headers.authorization;
    const bearer = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
    const sessionToken = request.cookies[SESSION_COOKIE];
    request.auth = await authenticate(services, { sessionToken, bearer });
    if (request.auth.via === 'session' && MUTATING.has(request.method)) {
      if (request.headers['x-csrf-token'] !== request.auth.csrfToken) {
        throw new DomainError('auth.csrf_failed', {
          vi: 'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token). Hãy tải lại trang rồi thử lại.',
          en: 'Missing or wrong anti-forgery token (X-CSRF-Token). Reload the page and try again.',
        });
      }
    }
  });
});

export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw notLoggedIn();
  return request.auth.actor;
}

/** If-Match: "3" (or W/"3") → 3; absent → undefined. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(String(header).trim());
  if (!match) {
    throw new DomainError('request.bad_if_match', {
      vi: 'Tiêu đề If-Match phải có dạng "số phiên bản", ví dụ "3".',
      en: 'If-Match must be a quoted version number, e.g. "3".',
    });
  }
  return Number(match[1]);
}

export function setVersionTag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}
