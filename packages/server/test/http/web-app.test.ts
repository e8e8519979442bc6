import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { describeOnEngines } from '../support/engines.ts';

/** A stand-in for packages/web/dist: the server's behaviour does not depend on the real build. */
function fakeWebBuild(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'khien-web-dist-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Khiên</title><div id="root"></div>');
  writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  return root;
}

describeOnEngines('serving the web app', (ctx) => {
  let app: FastifyInstance;
  let apiOnly: FastifyInstance;
  let webRoot: string;
  before(async () => {
    webRoot = fakeWebBuild();
    app = await buildApp(ctx().services, { webRoot });
    apiOnly = await buildApp(ctx().services, { webRoot: null });
  });
  after(() => rmSync(webRoot, { recursive: true, force: true }));

  test('client-side routes get index.html, never cached, with a content security policy', async () => {
    for (const url of ['/', '/inbox', '/admin/people?q=an', '/verify']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(response.body, /<div id="root">/);
      assert.equal(response.headers['cache-control'], 'no-cache');
      assert.match(String(response.headers['content-security-policy']), /script-src 'self'/);
    }
  });

  test('hashed assets are cached for good; a missing asset is a 404, not the page', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    const missing = await app.inject({ url: '/assets/khong-co.js' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'route.not_found');
  });

  test('the API and the probes keep their own answers', async () => {
    const unknown = await app.inject({ url: '/api/v1/khong-co' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'route.not_found');
    assert.equal((await app.inject({ url: '/api/v1/auth/session' })).statusCode, 401);
    assert.deepEqual((await app.inject({ url: '/healthz' })).json(), { status: 'ok' });
    assert.equal((await app.inject({ method: 'POST', url: '/inbox' })).statusCode, 404);
  });

  test('without a web build the server answers the API only', async () => {
    const response = await apiOnly.inject({ url: '/inbox' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'route.not_found');
  });
});
