/**
 * Generate the web app's API types from the committed OpenAPI document:
 * docs/api/openapi.json → packages/web/src/api/schema.d.ts (committed, prettier-formatted).
 * `--check` fails when the committed file has drifted; `npm test` runs it, and
 * `npm run openapi` regenerates both files together.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = path.resolve(import.meta.dirname, '../../..');
const source = path.join(root, 'docs/api/openapi.json');
const target = path.join(root, 'packages/web/src/api/schema.d.ts');

export async function generateApiTypes(): Promise<string> {
  const document = JSON.parse(readFileSync(source, 'utf8')) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  const header =
    '/**\n * Generated from docs/api/openapi.json by packages/web/scripts/api-types.ts. Do not edit:\n * run `npm run openapi`.\n */\n';
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(header + astToString(ast), { ...options, filepath: target });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const text = await generateApiTypes();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // a missing file counts as drift
    }
    if (committed !== text) {
      console.error('packages/web/src/api/schema.d.ts is out of date: run `npm run openapi` and commit the result.');
      process.exit(1);
    }
    console.log('packages/web/src/api/schema.d.ts is up to date');
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}
