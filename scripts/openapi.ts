/**
 * Write the OpenAPI 3.1 document generated from the routes' zod schemas to
 * docs/api/openapi.json (committed). `--check` fails when the committed file has drifted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createServices } from '../packages/server/src/app/services.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { buildApp } from '../packages/server/src/http/app.ts';

export async function generateOpenApi(): Promise<string> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    const services = createServices(database, loadConfig({ KHIEN_LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
    const app = await buildApp(services);
    await app.ready();
    const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
    await app.close();
    return text;
  } finally {
    await database.close();
  }
}

const file = path.resolve(import.meta.dirname, '../docs/api/openapi.json');
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const text = await generateOpenApi();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // missing file counts as drift
    }
    if (committed !== text) {
      console.error('docs/api/openapi.json is out of date: run `npm run openapi` and commit the result.');
      process.exit(1);
    }
    console.log('docs/api/openapi.json is up to date');
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
