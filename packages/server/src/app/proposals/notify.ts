/**
 * In-app notifications and their e-mail copies. Written in the command's transaction; the
 * e-mail is an outbox job sent by the job runner after commit, so a rolled-back command
 * never mails anyone and a crash after commit still mails them.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { enqueueJob, JOB_KINDS } from '../../jobs/queue.ts';

/** Every kind of notice the system sends; the web app labels each in the reader's language. */
export const NOTICE_KINDS = [
  'proposal.received',
  'party_opinion.requested',
  'consultation.requested',
  'meeting.scheduled',
  'decision.approved',
  'decision.rejected',
  'decision.returned',
  'decision.escalated',
  'decision.override',
  'decision.scope',
  'decision.adjusted',
  'decision.suspend',
  'decision.resume',
  'decision.terminate',
  'completion.reported',
  'evaluation.recorded',
  'evaluation.notified',
  'protection.determined',
  'encouragement.recorded',
  'incident.recorded',
  'deadline.reminder',
  'deadline.overdue',
  'deadline.escalated',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface Notice {
  personIds: readonly string[];
  proposalId: string | null;
  kind: NoticeKind;
  subject: string;
  body: string;
}

export async function sendNotice(db: Kysely<DB>, notice: Notice, now: Date): Promise<void> {
  const ids = [...new Set(notice.personIds)].filter((id) => !id.startsWith('account:'));
  if (ids.length === 0) return;
  const people = await db.selectFrom('people').select(['id', 'email', 'full_name']).where('id', 'in', ids).execute();
  for (const person of people) {
    const id = randomUUID();
    await db
      .insertInto('notifications')
      .values({
        id,
        person_id: person.id,
        proposal_id: notice.proposalId,
        kind: notice.kind,
        subject: notice.subject,
        body: notice.body,
        created_at: now,
        read_at: null,
        emailed_at: null,
      })
      .execute();
    if (person.email) {
      await enqueueJob(
        db,
        {
          kind: JOB_KINDS.sendEmail,
          payload: { notificationId: id, to: person.email, name: person.full_name, subject: notice.subject, text: notice.body },
          runAt: now,
          dedupeKey: `email:${id}`,
        },
        now,
      );
    }
  }
}
