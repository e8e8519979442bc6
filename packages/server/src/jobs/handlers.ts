/**
 * What each job does. Every handler is idempotent: it re-reads the state it acts on and does
 * nothing when the work is no longer due (the step was completed, the timer re-armed, the
 * notice already recorded), and it marks its job done in the same transaction as its effect.
 * E-mail is the exception that cannot share a transaction: it is sent, then marked — so after a
 * crash in between a message may go out twice, never zero times.
 */
import type { Kysely, Selectable } from 'kysely';
import { systemActor, runCommand } from '../app/command.ts';
import type { Services } from '../app/services.ts';
import { loadCalendar } from '../app/calendar/load-calendar.ts';
import { loadProposalRow } from '../app/proposals/case-access.ts';
import { loadDefinition } from '../app/proposals/definitions.ts';
import { sendNotice } from '../app/proposals/notify.ts';
import { recordCaseEvent } from '../app/proposals/transition.ts';
import type { DB } from '../db/schema.ts';
import type { JobsTable } from '../db/proposal-tables.ts';
import type { Mailer } from './mailer.ts';
import { JOB_KINDS } from './queue.ts';

export type JobRow = Selectable<JobsTable>;
export type Complete = (db: Kysely<DB>) => Promise<void>;
export type JobHandler = (services: Services, job: JobRow, complete: Complete, mailer: Mailer | null) => Promise<void>;

interface DeadlineJob {
  proposalId: string;
  timerId: string;
  armedIdx: number;
}

function label(value: unknown): string {
  return (value as { vi: string }).vi;
}

const reminder: JobHandler = async (services, job, complete) => {
  const p = job.payload as DeadlineJob;
  await services.database.db.transaction().execute(async (tx) => {
    const d = await tx
      .selectFrom('proposal_deadlines')
      .innerJoin('proposals', 'proposals.id', 'proposal_deadlines.proposal_id')
      .select([
        'proposal_deadlines.status',
        'proposal_deadlines.armed_idx',
        'proposal_deadlines.label',
        'proposal_deadlines.due_on',
        'proposal_deadlines.citation',
        'proposal_deadlines.holder_ids',
        'proposals.code',
        'proposals.title',
      ])
      .where('proposal_deadlines.proposal_id', '=', p.proposalId)
      .where('proposal_deadlines.timer_id', '=', p.timerId)
      .executeTakeFirst();
    if (d && d.status === 'open' && d.armed_idx === p.armedIdx) {
      await sendNotice(
        tx,
        {
          personIds: d.holder_ids as string[],
          proposalId: p.proposalId,
          kind: 'deadline.reminder',
          subject: `[Khiên] Nhắc hạn ${d.due_on}: ${label(d.label)} — ${d.code}`,
          body: `Việc "${label(d.label)}" của đề xuất "${d.title}" (${d.code}) đến hạn ngày ${d.due_on} (${d.citation}).`,
        },
        services.now(),
      );
    }
    await complete(tx);
  });
};

/**
 * An overdue step is recorded in the ledger as attributed to its holder (evidence for Art. 6:
 * evading responsibility), the holder is told, and so is the head one level up. A related
 * agency that did not answer in time is recorded as lapsed so the vote is no longer held up.
 */
const overdue: JobHandler = async (services, job, complete) => {
  const p = job.payload as DeadlineJob;
  await runCommand(services, systemActor('jobs:timers'), async (scope) => {
    const row = await loadProposalRow(scope.tx, p.proposalId, true);
    const d = await scope.tx
      .selectFrom('proposal_deadlines')
      .selectAll()
      .where('proposal_id', '=', p.proposalId)
      .where('timer_id', '=', p.timerId)
      .executeTakeFirst();
    if (row && d && d.status === 'open' && d.armed_idx === p.armedIdx && d.overdue_at === null) {
      const definition = await loadDefinition(scope.tx, row.procedure_id, row.procedure_version);
      const lapsed =
        p.timerId === 'relatedAgencyOpinion'
          ? (
              await scope.tx
                .selectFrom('proposal_opinions')
                .select('agency_id')
                .where('proposal_id', '=', row.id)
                .where('kind', '=', 'agency')
                .where('status', '=', 'requested')
                .execute()
            ).map((o) => o.agency_id as string)
          : [];
      const holderIds = d.holder_ids as string[];
      const escalateIds = d.escalate_ids as string[];
      await recordCaseEvent(
        scope,
        row,
        definition,
        await loadCalendar(scope.tx),
        'deadlineOverdue',
        row.state,
        {
          timerId: d.timer_id,
          armedIdx: d.armed_idx,
          citation: d.citation,
          dueOn: d.due_on,
          dueAt: new Date(d.due_at).toISOString(),
          holderRelation: d.holder_relation,
          holderIds,
          escalateIds,
          lapsedAgencyIds: lapsed,
        },
        null,
      );
      const what = `"${label(d.label)}" của đề xuất "${row.title}" (${row.code}), hạn ${d.due_on} (${d.citation})`;
      await sendNotice(
        scope.tx,
        {
          personIds: holderIds,
          proposalId: row.id,
          kind: 'deadline.overdue',
          subject: `[Khiên] Quá hạn: ${label(d.label)} — ${row.code}`,
          body: `Việc ${what} đã quá hạn và được ghi nhận.`,
        },
        scope.now,
      );
      await sendNotice(
        scope.tx,
        {
          personIds: escalateIds,
          proposalId: row.id,
          kind: 'deadline.escalated',
          subject: `[Khiên] Báo cáo quá hạn: ${label(d.label)} — ${row.code}`,
          body: `Việc ${what} đã quá hạn; người chịu trách nhiệm: ${d.holder_relation ?? ''}. Báo cáo để đồng chí chỉ đạo.`,
        },
        scope.now,
      );
    }
    await complete(scope.tx);
  });
};

const email: JobHandler = async (services, job, complete, mailer) => {
  const p = job.payload as { notificationId: string; to: string; subject: string; text: string };
  if (mailer === null) {
    // No SMTP configured: the in-app notification stands; the mail is not pretended sent.
    // The worker warned once at start (start-worker.ts); one warning per mail would bury the log.
    services.logger.debug({ job: job.id }, 'e-mail skipped: no SMTP server configured');
    await complete(services.database.db);
    return;
  }
  await mailer.send({ to: p.to, subject: p.subject, text: p.text });
  await services.database.db.transaction().execute(async (tx) => {
    await tx.updateTable('notifications').set({ emailed_at: services.now() }).where('id', '=', p.notificationId).execute();
    await complete(tx);
  });
};

export const jobHandlers: Record<string, JobHandler> = {
  [JOB_KINDS.deadlineReminder]: reminder,
  [JOB_KINDS.deadlineOverdue]: overdue,
  [JOB_KINDS.sendEmail]: email,
};
