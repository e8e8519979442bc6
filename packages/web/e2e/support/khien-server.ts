/**
 * A real Khiên server for the browser tests: PGlite in memory, migrated, the demo province
 * loaded, the built web app served, listening on 127.0.0.1 on a free port.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { signerKeyText } from '@khien/core/ledger';
import { createServices, type Services } from '../../../server/src/app/services.ts';
import { loadConfig } from '../../../server/src/config.ts';
import { openDatabase } from '../../../server/src/db/database.ts';
import { migrate } from '../../../server/src/db/migrate.ts';
import { buildApp } from '../../../server/src/http/app.ts';
import { seedDemo } from '../../../server/src/seed/seed-demo.ts';
import { DEMO_PASSWORD } from '../../../server/src/seed/demo-data.ts';

export { DEMO_PASSWORD };

export interface KhienServer {
  url: string;
  services: Services;
  app: FastifyInstance;
  stop(): Promise<void>;
}

export async function startKhienServer(webRoot: string): Promise<KhienServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'khien-e2e-'));
  const database = await openDatabase({ kind: 'pglite-memory' });
  await migrate(database.db);
  const ledgerKey = await signerKeyText('e2e.khien.local/log', randomBytes(32));
  const config = loadConfig({ KHIEN_DATA_DIR: dataDir, KHIEN_LOG_LEVEL: 'silent', KHIEN_LEDGER_KEY: ledgerKey });
  const services = createServices(database, config, pino({ level: 'silent' }));
  await seedDemo(services);
  const app = await buildApp(services, { webRoot });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    services,
    app,
    stop: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An API client in Node with a logged-in session (cookie + CSRF token), for setting up data. */
export async function apiSession(baseUrl: string, username: string, password = DEMO_PASSWORD) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}/api/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
  };
}
