/**
 * The job queue's write side: enqueue inside the caller's transaction (an outbox — a job
 * exists exactly when the command that caused it committed). A dedupe key makes enqueueing
 * idempotent: the same reminder slot is never queued twice.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  dedupeKey?: string;
  maxAttempts?: number;
}

export async function enqueueJob(db: Kysely<DB>, job: NewJob, now: Date): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      id: randomUUID(),
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey ?? null,
      run_at: job.runAt,
      max_attempts: job.maxAttempts ?? 5,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export const JOB_KINDS = {
  deadlineReminder: 'deadline.reminder',
  deadlineOverdue: 'deadline.overdue',
  sendEmail: 'email.send',
} as const;
