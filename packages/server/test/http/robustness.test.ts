import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { describeOnEngines } from '../support/engines.ts';
import { buildAccount, PASSWORD } from '../support/factories.ts';
import { logIn, type Client } from '../support/client.ts';

/**
 * "No 500 for anything a user can type": every mutating route of the OpenAPI document gets
 * arbitrary JSON bodies, odd path parameters and odd query strings from an administrator's
 * session (the role that passes the most checks). Any 5xx fails the test.
 */
describeOnEngines('robustness: arbitrary input never causes a 5xx', (ctx) => {
  let app: FastifyInstance;
  let admin: Client;
  let routes: Array<{ method: string; path: string }>;

  before(async () => {
    const { services } = ctx();
    app = await buildApp(services);
    await app.ready();
    await buildAccount(services, { username: 'admin.fuzz', roles: ['system_admin'] });
    admin = await logIn(app, 'admin.fuzz', PASSWORD);
    const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
        // Logging out would end the session the rest of the run uses.
        .filter(() => path !== '/api/v1/auth/logout')
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
    assert.ok(routes.length > 10);
  });

  const pathValue = fc.oneof(fc.uuid(), fc.constantFrom('0', '-1', 'x', '%00', 'đề-xuất', '9'.repeat(40)));
  const queryValue = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('', 'true', '-5', '1e309', 'null'));

  test('arbitrary JSON bodies, path parameters and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 10_000 }),
        pathValue,
        fc.dictionary(
          fc.constantFrom('q', 'limit', 'offset', 'index', 'size', 'from', 'to', 'parentId', 'under', 'kind', 'dryRun'),
          queryValue,
          { maxKeys: 3 },
        ),
        fc.jsonValue({ maxDepth: 3 }),
        async (pick, param, query, body) => {
          const route = routes[pick % routes.length]!;
          const url = route.path.replace(/\{[^}]+\}/g, encodeURIComponent(param)) + '?' + new URLSearchParams(query).toString();
          const response = await admin.request(
            route.method as 'GET',
            url,
            route.method === 'GET' || route.method === 'DELETE' ? {} : { body: body as object },
          );
          assert.ok(response.statusCode < 500, `${route.method} ${url} ${JSON.stringify(body)} → ${response.statusCode} ${response.body}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the API explorer and the OpenAPI document are served', async () => {
    const page = await app.inject({ url: '/api/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    const json = await app.inject({ url: '/api/docs/json' });
    assert.equal(json.json().openapi, '3.1.0');
  });
});
