/**
 * `npm run bench` — every benchmark of issue 3, on PGlite (in memory) and a throw-away
 * PostgreSQL (the test server: fsync and synchronous_commit off). Results are ratios within one
 * run on one machine; each result is a JSON line on stdout and all of them go to
 * bench/results/latest.json. No thresholds: targets are reported next to the figures.
 *
 *   npm run bench                      # default sizes: proofs at 1 M and 10 M leaves (10 M on PostgreSQL only)
 *   npm run bench -- --quick           # small sizes, for a smoke run
 *   npm run bench -- --sizes=1000000   # proof tree sizes (PostgreSQL); PGlite gets those ≤ --pglite-max
 *   npm run bench -- --engines=pglite  # one engine
 *   npm run bench -- --only=append     # some of: bundle, append, proofs
 *   npm run bench -- --out=x.json      # results file in bench/results/ (default latest.json)
 *   npm run bench -- --no-durable      # skip the append benchmark on a durable PostgreSQL
 *
 * The append benchmark also runs on a second PostgreSQL with its default durability (fsync and
 * synchronous_commit on, as in production): there every commit — the raw insert's and the
 * command's alike — waits for its WAL flush, which the test server's settings leave out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import type { Engine } from '../packages/server/src/db/database.ts';
import { startPostgres } from '../packages/server/test/support/postgres-server.ts';
import { benchAppend } from './append.bench.ts';
import { benchBundle } from './bundle.bench.ts';
import { benchProofs } from './proofs.bench.ts';
import type { BenchResult } from './bench-support.ts';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'];
  }),
);
const quick = args.has('quick');
const engines = (args.get('engines') ?? 'pglite,postgres').split(',') as Engine[];
const sizes = (args.get('sizes') ?? (quick ? '10000,100000' : '1000000,10000000')).split(',').map(Number);
// PGlite keeps its whole database in WebAssembly memory: 10 M leaves (≈20 M node rows) do not
// fit in reasonable time or memory there, so it measures up to this size.
const pgliteMax = Number(args.get('pglite-max') ?? 1_000_000);
const appendOps = Number(args.get('append-ops') ?? (quick ? 300 : 2000));
const proofSamples = Number(args.get('samples') ?? (quick ? 300 : 2000));
const bundleEvents = Number(args.get('bundle-events') ?? (quick ? 300 : 2000));

const only = new Set((args.get('only') ?? 'bundle,append,proofs').split(','));

const results: BenchResult[] = [];
const emit = (result: BenchResult) => {
  results.push(result);
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

const started = performance.now();
const postgres = engines.includes('postgres') ? await startPostgres() : undefined;
try {
  if (only.has('bundle')) await benchBundle(emit, bundleEvents);
  if (only.has('append')) {
    for (const engine of engines) {
      await benchAppend(engine, postgres?.url, emit, appendOps, engine === 'pglite' ? 'in memory' : 'test server: fsync off');
    }
    if (postgres && !args.has('no-durable')) {
      const durable = await startPostgres({ durable: true });
      try {
        await benchAppend('postgres', durable.url, emit, appendOps, 'PostgreSQL defaults: fsync on, synchronous_commit on');
      } finally {
        durable.stop();
      }
    }
  }
  for (const engine of only.has('proofs') ? engines : []) {
    const engineSizes = engine === 'pglite' ? sizes.filter((s) => s <= pgliteMax) : sizes;
    if (engine === 'pglite' && engineSizes.length < sizes.length) {
      emit({
        bench: 'inclusion_proof',
        engine,
        skipped: sizes.filter((s) => s > pgliteMax),
        reason: `PGlite measured up to ${pgliteMax} leaves (in-memory WebAssembly database)`,
      });
    }
    if (engineSizes.length) await benchProofs(engine, postgres?.url, emit, engineSizes, proofSamples);
  }
} finally {
  postgres?.stop();
}
const summary = {
  startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
  seconds: Math.round((performance.now() - started) / 1000),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, platform: process.platform },
  postgresSettings:
    'test server: fsync=off, synchronous_commit=off, full_page_writes=off; the append benchmark also runs on a server with PostgreSQL defaults (durability on)',
  results,
};
const dir = path.join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
const out = args.get('out') ?? 'latest.json';
writeFileSync(path.resolve(dir, out), `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(
  `${JSON.stringify({ bench: 'done', seconds: summary.seconds, file: path.relative(process.cwd(), path.resolve(dir, out)) })}\n`,
);
