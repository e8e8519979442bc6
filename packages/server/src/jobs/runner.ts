/**
 * The job runner inside the server: claims due jobs with FOR UPDATE SKIP LOCKED (several
 * server instances on one PostgreSQL never take the same job; PGlite has one connection and
 * the same SQL works), runs their handlers, and retries failures with back-off. A claim is a
 * lease: if this process dies mid-job, another claims the job once the lease expires — the
 * queue survives restarts without any state outside the table.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Services } from '../app/services.ts';
import type { DB } from '../db/schema.ts';
import { jobHandlers, type JobRow } from './handlers.ts';
import type { Mailer } from './mailer.ts';

export interface JobRunnerOptions {
  mailer: Mailer | null;
  workerId?: string;
  leaseSeconds?: number;
  batchSize?: number;
  pollSeconds?: number;
}

export interface JobRunner {
  readonly workerId: string;
  /** Claim up to `batchSize` due jobs (exposed for tests of crash recovery). */
  claim(): Promise<JobRow[]>;
  run(job: JobRow): Promise<void>;
  /** Run every due job, including jobs the handlers enqueue for now; returns how many ran. */
  runDue(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export function createJobRunner(services: Services, options: JobRunnerOptions): JobRunner {
  const workerId = options.workerId ?? `worker-${randomUUID().slice(0, 8)}`;
  const leaseMs = (options.leaseSeconds ?? 300) * 1000;
  const batch = options.batchSize ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function claim(): Promise<JobRow[]> {
    const now = services.now();
    const until = new Date(now.getTime() + leaseMs);
    const result = await sql<JobRow>`
      update jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId}, locked_until = ${until}
      where id in (
        select id from jobs
        where (status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})
        order by run_at, id
        limit ${batch}
        for update skip locked)
      returning *`.execute(services.database.db);
    return [...result.rows].sort((a, b) => new Date(a.run_at).getTime() - new Date(b.run_at).getTime() || a.id.localeCompare(b.id));
  }

  async function finish(db: Kysely<DB>, job: JobRow): Promise<void> {
    await db
      .updateTable('jobs')
      .set({ status: 'done', finished_at: services.now(), locked_until: null, last_error: null })
      .where('id', '=', job.id)
      .where('locked_by', '=', workerId)
      .execute();
  }

  async function run(job: JobRow): Promise<void> {
    const handler = jobHandlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(services, job, (db) => finish(db, job), options.mailer);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = job.attempts >= job.max_attempts;
      services.logger.warn(
        { job: job.id, kind: job.kind, attempts: job.attempts, err: message },
        failed ? 'job failed for good' : 'job failed; will retry',
      );
      await services.database.db
        .updateTable('jobs')
        .set({
          status: failed ? 'failed' : 'pending',
          last_error: message.slice(0, 2000),
          locked_until: null,
          run_at: new Date(services.now().getTime() + 30_000 * job.attempts * job.attempts),
          ...(failed ? { finished_at: services.now() } : {}),
        })
        .where('id', '=', job.id)
        .execute();
    }
  }

  async function runDue(): Promise<number> {
    let count = 0;
    for (let round = 0; round < 100; round++) {
      const jobs = await claim();
      if (jobs.length === 0) break;
      for (const job of jobs) await run(job);
      count += jobs.length;
    }
    return count;
  }

  return {
    workerId,
    claim,
    run,
    runDue: () => (running ??= runDue().finally(() => (running = undefined))),
    start() {
      if (timer) return;
      const tick = () => {
        void (running ??= runDue().finally(() => (running = undefined))).catch((error: unknown) =>
          services.logger.error({ err: error }, 'job runner tick failed'),
        );
      };
      timer = setInterval(tick, (options.pollSeconds ?? 5) * 1000);
      timer.unref();
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
      options.mailer?.close();
    },
  };
}
