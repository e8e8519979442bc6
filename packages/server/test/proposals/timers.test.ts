import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { smtpMailer } from '../../src/jobs/mailer.ts';
import { createJobRunner, type JobRunner } from '../../src/jobs/runner.ts';
import { describeOnEngines } from '../support/engines.ts';
import { act, buildWorld, plan, TestClock, type World } from './world.ts';

interface Mail {
  to: string[];
  subject: string;
}

/** Decode RFC 2047 encoded words (nodemailer encodes Vietnamese subjects). */
function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function subjectOf(raw: string): string {
  const match = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw);
  return decodeHeader((match?.[1] ?? '').replace(/\r?\n[ \t]/g, ' '));
}

const clock = new TestClock('2026-02-12T09:00:00+07:00');
const mails: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    stream.on('end', () => {
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: subjectOf(raw) });
      callback();
    });
  },
});
let smtpUrl = '';
before(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describeOnEngines(
  'deadlines: reminders, overdue notices and escalation by e-mail; the job queue survives a restart',
  (ctx) => {
    let w: World;
    let runner: JobRunner;

    before(async () => {
      clock.set('2026-02-12T09:00:00+07:00');
      w = await buildWorld(ctx().services);
      runner = createJobRunner(ctx().services, {
        mailer: smtpMailer(smtpUrl, 'Khiên <khien@test.local>'),
        workerId: 'A',
        leaseSeconds: 60,
      });
    });
    after(() => runner.stop());

    async function submitted(): Promise<string> {
      const d = await w.as['proposer']!.post('/proposals', { plan: plan() });
      const id = d.json().id as string;
      await act(w.as['proposer']!, id, 'submit');
      return id;
    }

    test('ND73 Art. 8(1): reminder before the due date, then overdue to the holder and escalation to the superior head — in-app and by e-mail', async () => {
      mails.length = 0;
      clock.set('2026-02-12T09:00:00+07:00');
      const id = await submitted();
      await runner.runDue();
      assert.equal(mails.length, 1, 'the head is told the plan arrived');
      assert.match(mails[0]!.subject, /Tiếp nhận đề xuất/);

      clock.set('2026-02-26T07:59:00+07:00');
      await runner.runDue();
      assert.equal(mails.length, 1, 'no reminder before its time');
      clock.set('2026-02-26T08:30:00+07:00');
      await runner.runDue();
      assert.equal(mails.length, 2);
      assert.match(mails[1]!.subject, /Nhắc hạn 2026-03-02/);
      assert.ok(mails[1]!.to[0]!.startsWith('head.'));
      await runner.runDue();
      assert.equal(mails.length, 2, 'running again sends nothing twice');

      clock.set('2026-03-02T23:00:00+07:00');
      await runner.runDue();
      assert.equal(mails.length, 2, 'the limit ends at the end of its last day');
      clock.set('2026-03-03T09:00:00+07:00');
      await runner.runDue();
      const late = mails.slice(2);
      assert.equal(late.length, 2);
      assert.ok(
        late.some((m) => m.to[0]!.startsWith('head.') && /Quá hạn/.test(m.subject)),
        'the holder is told',
      );
      assert.ok(
        late.some((m) => m.to[0]!.startsWith('chair.') && /Báo cáo quá hạn/.test(m.subject)),
        'the superior head is told',
      );

      const detail = (await w.as['head']!.get(`/proposals/${id}`)).json();
      const overdue = detail.timeline.find((e: { type: string }) => e.type === 'proposal.deadline_overdue');
      assert.ok(overdue, 'the overdue step is evidence in the ledger (Art. 6)');
      assert.equal(overdue.procedureVersion, 'nd73-2023@1');
      assert.equal(detail.currentStep.timerId, 'approvalDecision');
      assert.equal(detail.currentStep.overdue, true);
      assert.ok(detail.currentStep.overdueRecordedAt);
      assert.deepEqual(
        detail.currentStep.holders.map((h: { id: string }) => h.id),
        [w.ids['head']],
        'still attributed to its holder',
      );
      const chair = (await w.as['chair']!.get('/me/deadlines')).json();
      assert.ok(chair.items.some((i: { proposalId: string; as: string }) => i.proposalId === id && i.as === 'escalation'));
      const inApp = (await w.as['chair']!.get('/notifications?unread=true')).json();
      assert.ok(
        inApp.items.some(
          (n: { kind: string; proposalId: string; emailedAt: string | null }) =>
            n.kind === 'deadline.escalated' && n.proposalId === id && n.emailedAt,
        ),
      );
      await runner.runDue();
      assert.equal(mails.length, 4, 'an overdue step is recorded and reported once');
    });

    test('a step completed in time is never reported overdue', async () => {
      mails.length = 0;
      clock.set('2026-03-03T09:00:00+07:00');
      const id = await submitted();
      await act(w.as['head']!, id, 'return-for-revision', { reasons: 'Bổ sung.' });
      clock.set('2026-04-01T09:00:00+07:00');
      await runner.runDue();
      const detail = (await w.as['proposer']!.get(`/proposals/${id}`)).json();
      assert.ok(!detail.timeline.some((e: { type: string }) => e.type === 'proposal.deadline_overdue'));
      assert.ok(!mails.some((m) => /Quá hạn|Nhắc hạn/.test(m.subject)));
    });

    test('restart: jobs claimed by a worker that died are claimed again when the lease expires, and run once', async () => {
      mails.length = 0;
      clock.set('2026-04-01T09:00:00+07:00');
      await submitted();
      const claimed = await runner.claim();
      assert.equal(claimed.length, 1, 'worker A takes the e-mail job… and dies');
      const restarted = createJobRunner(ctx().services, {
        mailer: smtpMailer(smtpUrl, 'Khiên <khien@test.local>'),
        workerId: 'B',
        leaseSeconds: 60,
      });
      assert.equal(await restarted.runDue(), 0, 'the lease still holds');
      clock.set('2026-04-01T09:02:00+07:00');
      assert.equal(await restarted.runDue(), 1);
      assert.equal(mails.length, 1);
      const job = await ctx()
        .services.database.db.selectFrom('jobs')
        .select(['status', 'attempts', 'locked_by'])
        .where('id', '=', claimed[0]!.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(job, { status: 'done', attempts: 2, locked_by: 'B' });
      await restarted.runDue();
      assert.equal(mails.length, 1);
      await restarted.stop();
    });
  },
  { services: { now: clock.now } },
);
