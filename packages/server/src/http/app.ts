import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Services } from '../app/services.ts';
import { authPlugin } from './auth-plugin.ts';
import { errorHandler, problem, sendProblem } from './problem.ts';
import { accountRoutes } from './routes/accounts.ts';
import { authRoutes } from './routes/auth.ts';
import { documentRoutes } from './routes/documents.ts';
import { exportRoutes } from './routes/exports.ts';
import { statisticsRoutes } from './routes/statistics.ts';
import { evidenceRoutes } from './routes/evidence.ts';
import { dossierRoutes } from './routes/dossier.ts';
import { importRoutes } from './routes/imports.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { peopleRoutes } from './routes/people.ts';
import { proposalRoutes } from './routes/proposals.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { notificationRoutes } from './routes/notifications.ts';

export const API_PREFIX = '/api/v1';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** The built web app (`npm run build -w @khien/web`); served when present. */
export const DEFAULT_WEB_ROOT = path.resolve(import.meta.dirname, '../../../web/dist');

/**
 * The web app's pages may load scripts and styles only from this server (Ant Design injects
 * <style> elements, hence 'unsafe-inline' for styles only) and may be framed by nobody.
 */
const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface BuildAppOptions {
  /** Directory of the built web app; `null` serves the API only. Default: packages/web/dist when it exists. */
  webRoot?: string | null;
}

/** Paths the single-page app answers with index.html: everything but the API and probes. */
function isAppRoute(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return (
    !pathname.startsWith('/api/') && pathname !== '/api' && !['/healthz', '/readyz'].includes(pathname) && !pathname.startsWith('/assets/')
  );
}

/**
 * Build the HTTP application over the use cases. Tests call this and drive it with
 * `app.inject()`; `khien serve` adds `listen`. Nothing here decides a rule: handlers parse,
 * call one use case, and shape the answer.
 */
export async function buildApp(services: Services, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const webRootCandidate = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const webRoot = webRootCandidate && existsSync(path.join(webRootCandidate, 'index.html')) ? webRootCandidate : null;
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: services.config.bodyLimitBytes,
    // A client's own request id is kept (to join logs across systems) when it is sane.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/inbox, /admin/people …) are the web app's: send its page.
    if (webRoot && (request.method === 'GET' || request.method === 'HEAD') && isAppRoute(request.url)) {
      return reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', WEB_CSP)
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    }
    return sendProblem(
      reply,
      problem(request, 'route.not_found', {
        vi: `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`,
        en: `No route ${request.method} ${request.url.split('?')[0]}.`,
      }),
    );
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: services.config.uploadLimitBytes, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Khiên API',
        version: '1',
        description:
          'API của Khiên — cơ chế khuyến khích và bảo vệ cán bộ năng động, sáng tạo (Kết luận 14-KL/TW, Nghị định 73/2023/NĐ-CP). ' +
          'Errors are application/problem+json with a stable `code` and Vietnamese + English messages.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'khien_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token (khien_…)' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: false,
      wildcard: true,
      schemaHide: true,
      // Hashed file names under /assets never change; everything else is revalidated.
      setHeaders: (reply, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('cache-control', 'public, max-age=31536000, immutable');
        else reply.header('cache-control', 'no-cache');
        if (filePath.endsWith('.html')) reply.header('content-security-policy', WEB_CSP);
      },
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', WEB_CSP)
        .type('text/html; charset=utf-8')
        .sendFile('index.html'),
    );
  }

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await sql`select 1`.execute(services.database.db);
      return { status: 'ready', engine: services.database.engine };
    } catch (error) {
      request.log.error({ err: error }, 'database not ready');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  await app.register(
    async (api) => {
      await api.register(authPlugin, { services });
      await api.register(authRoutes, { services });
      await api.register(organisationRoutes, { services });
      await api.register(peopleRoutes, { services });
      await api.register(accountRoutes, { services });
      await api.register(importRoutes, { services });
      await api.register(ledgerRoutes, { services });
      await api.register(proposalRoutes, { services });
      await api.register(calendarRoutes, { services });
      await api.register(notificationRoutes, { services });
      await api.register(documentRoutes, { services });
      await api.register(statisticsRoutes, { services });
      await api.register(exportRoutes, { services });
      await api.register(evidenceRoutes, { services });
      await api.register(dossierRoutes, { services });
    },
    { prefix: API_PREFIX },
  );
  return app;
}
