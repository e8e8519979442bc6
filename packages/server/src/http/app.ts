import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import multipart from '@fastify/multipart';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Services } from '../app/services.ts';
import { authPlugin } from './auth-plugin.ts';
import { errorHandler, problem, sendProblem } from './problem.ts';
import { accountRoutes } from './routes/accounts.ts';
import { authRoutes } from './routes/auth.ts';
import { importRoutes } from './routes/imports.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { peopleRoutes } from './routes/people.ts';

export const API_PREFIX = '/api/v1';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Build the HTTP application over the use cases. Tests call this and drive it with
 * `app.inject()`; `khien serve` adds `listen`. Nothing here decides a rule: handlers parse,
 * call one use case, and shape the answer.
 */
export async function buildApp(services: Services): Promise<FastifyInstance> {
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
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(request, 'route.not_found', {
        vi: `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`,
        en: `No route ${request.method} ${request.url.split('?')[0]}.`,
      }),
    ),
  );
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
    },
    { prefix: API_PREFIX },
  );
  return app;
}
