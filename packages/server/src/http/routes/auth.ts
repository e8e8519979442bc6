import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEADERSHIP_ROLES } from '@khien/core/organisation';
import { SYSTEM_ROLES } from '@khien/core/authorization';
import { newPassword } from '../../app/accounts/account-input.ts';
import { accountView, getAccountRow, toAccountView } from '../../app/accounts/account-view.ts';
import { apiTokenView, issueApiToken, issueApiTokenInput, listApiTokens, revokeApiToken } from '../../app/accounts/api-tokens.ts';
import { changePassword } from '../../app/accounts/change-password.ts';
import { logIn, logInInput, logOut } from '../../app/auth/log-in.ts';
import type { Services } from '../../app/services.ts';
import { actorOf, SESSION_COOKIE } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Đăng nhập (authentication)'];

const sessionView = z.object({
  account: accountView,
  roles: z.array(z.enum(SYSTEM_ROLES)),
  positions: z.array(z.object({ organisationId: z.uuid(), role: z.enum(LEADERSHIP_ROLES) })),
  csrfToken: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

export const authRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: services.config.cookieSecure,
  };

  r.post('/auth/login', {
    config: {
      public: true,
      // Per client address, on top of the per-account lockout in the use case.
      rateLimit: { max: 30, timeWindow: '1 minute' },
    },
    schema: {
      tags,
      summary: 'Đăng nhập (log in; sets an HttpOnly session cookie and returns the CSRF token)',
      security: [],
      body: logInInput,
      response: responses({ 200: sessionView }),
    },
    handler: async (request, reply) => {
      const result = await logIn(services, request.body);
      reply.setCookie(SESSION_COOKIE, result.sessionToken, { ...cookieOptions, expires: result.expiresAt });
      const account = toAccountView(await getAccountRow(services.database.db, result.accountId));
      return {
        account,
        roles: account.roles,
        positions: [],
        csrfToken: result.csrfToken,
        expiresAt: result.expiresAt.toISOString(),
      };
    },
  });

  r.post('/auth/logout', {
    schema: { tags, summary: 'Đăng xuất (log out)', response: responses({ 204: z.null() }) },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logOut(services, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  });

  r.get('/auth/session', {
    schema: {
      tags,
      summary: 'Phiên làm việc hiện tại (who am I; the CSRF token for this session)',
      response: responses({ 200: sessionView }),
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const account = toAccountView(await getAccountRow(services.database.db, actor.accountId));
      return {
        account,
        roles: [...actor.roles],
        positions: actor.positions.map((p) => ({ organisationId: p.organisationId, role: p.role })),
        csrfToken: request.auth?.csrfToken ?? null,
        expiresAt: request.auth?.expiresAt?.toISOString() ?? null,
      };
    },
  });

  r.post('/auth/password', {
    schema: {
      tags,
      summary: 'Đổi mật khẩu (change my password; other sessions end)',
      body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword }),
      response: responses({ 204: z.null() }),
    },
    handler: async (request, reply) => {
      await changePassword(services, actorOf(request), request.body, request.cookies[SESSION_COOKIE]);
      return reply.code(204).send(null);
    },
  });

  r.get('/auth/tokens', {
    schema: { tags, summary: 'Mã truy cập API của tôi (my API tokens)', response: responses({ 200: z.array(apiTokenView) }) },
    handler: (request) => listApiTokens(services, actorOf(request)),
  });

  r.post('/auth/tokens', {
    schema: {
      tags,
      summary: 'Tạo mã truy cập API (issue an API token; the secret is shown once)',
      body: issueApiTokenInput,
      response: responses({ 201: z.object({ token: z.string(), apiToken: apiTokenView }) }),
    },
    handler: async (request, reply) => reply.code(201).send(await issueApiToken(services, actorOf(request), request.body)),
  });

  r.delete('/auth/tokens/:id', {
    schema: {
      tags,
      summary: 'Thu hồi mã truy cập API (revoke an API token)',
      params: z.strictObject({ id: z.uuid() }),
      response: responses({ 200: apiTokenView }),
    },
    handler: (request) => revokeApiToken(services, actorOf(request), request.params.id),
  });
};
