/**
 * `npm test`: every check and every test, on both database engines.
 *   1. static checks: typecheck (server and web), lint, format, layer boundaries, OpenAPI and web API types drift;
 *   2. starts a throw-away PostgreSQL server (tests also run on in-memory PGlite);
 *   3. runs every *.test.ts with node:test; its summary (# pass / # fail) closes the run.
 * Usage: npm test [-- --only-tests] [-- path/to/file.test.ts ...]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPostgres } from '../packages/server/test/support/postgres-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const onlyTests = args.includes('--only-tests');
const files = args.filter((a) => a.endsWith('.test.ts'));

function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) findTests(full, out);
    else if (entry.endsWith('.test.ts')) out.push(path.relative(root, full));
  }
  return out;
}

function step(name: string, command: string, commandArgs: string[]): void {
  const started = Date.now();
  process.stdout.write(`▶ ${name} … `);
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    process.stdout.write('FAILED\n');
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  }
  process.stdout.write(`ok (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

if (!onlyTests && files.length === 0) {
  const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
  step('typecheck (tsc --noEmit)', bin('tsc'), ['-p', '.']);
  step('typecheck web app (tsc -p packages/web)', bin('tsc'), ['-p', 'packages/web']);
  step('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);
  step('format (prettier --check)', bin('prettier'), ['--check', '--log-level=warn', '.']);
  step('layer boundaries (dependency-cruiser)', bin('depcruise'), ['--config', '.dependency-cruiser.cjs', 'packages']);
  step('OpenAPI document up to date', process.execPath, ['--import', 'tsx', 'scripts/openapi.ts', '--check']);
  step('procedure state diagrams up to date', process.execPath, ['--import', 'tsx', 'scripts/procedure-docs.ts', '--check']);
  step('web API types up to date', process.execPath, ['--import', 'tsx', 'packages/web/scripts/api-types.ts', '--check']);
}

const tests = files.length ? files : findTests(path.join(root, 'packages')).sort();
const postgres = await startPostgres();
console.log(`▶ PostgreSQL test server on 127.0.0.1:${postgres.port}; PGlite in memory`);
const stop = () => postgres.stop();
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

// Spec output for people; a TAP copy to count results for the closing line the CI reads.
const tapFile = path.join(tmpdir(), `khien-tests-${process.pid}.tap`);
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-timeout=600000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...tests,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, KHIEN_TEST_PG_URL: postgres.url, NODE_ENV: 'test' } },
);
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
stop();
const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
rmSync(tapFile, { force: true });
console.log(`${count('pass')} passed, ${count('fail') + count('cancelled')} failed, ${count('skipped') + count('todo')} skipped`);
process.exit(code);
