import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { systemActor } from '../../src/app/command.ts';
import { endLeadershipTerm } from '../../src/app/organisations/end-leadership-term.ts';
import { appointLeader } from '../../src/app/organisations/appoint-leader.ts';
import { buildAccount, buildPerson } from '../support/factories.ts';
import type { Client } from '../support/client.ts';
import { describeOnEngines } from '../support/engines.ts';
import { act, buildWorld, plan, TestClock, tokenClient, type World } from './world.ts';

const clock = new TestClock('2026-03-02T09:00:00+07:00');

describeOnEngines(
  'ND73 Art. 7(4): the head relation follows the agency’s current head when the head changes mid-case',
  (ctx) => {
    let w: World;
    let newHead: Client;
    let newHeadId: string;
    let caseId: string;

    before(async () => {
      const { services } = ctx();
      w = await buildWorld(services);
      clock.set('2026-03-02T09:00:00+07:00');
      const draft = await w.as['proposer']!.post('/proposals', { plan: plan() });
      assert.equal(draft.statusCode, 201, draft.body);
      caseId = draft.json().id;
      await act(w.as['proposer']!, caseId, 'submit');

      // Head A's term ends on 3 March; head B takes office on 4 March.
      const term = await services.database.db
        .selectFrom('leadership_terms')
        .select('id')
        .where('organisation_id', '=', w.ids['dept']!)
        .where('person_id', '=', w.ids['head']!)
        .where('role', '=', 'head')
        .executeTakeFirstOrThrow();
      await endLeadershipTerm(services, systemActor(), w.ids['dept']!, term.id, { endsOn: '2026-03-03', basis: 'Nghỉ hưu' });
      const b = await buildPerson(services, w.ids['dept']!, {
        fullName: 'Giám Đốc Mới',
        email: `newhead.${caseId.slice(0, 8)}@khien.test`,
      });
      newHeadId = b.id;
      await appointLeader(services, systemActor(), w.ids['dept']!, { personId: b.id, role: 'head', startsOn: '2026-03-04', basis: null });
      const username = `newhead.${caseId.slice(0, 8)}`;
      await buildAccount(services, { username, personId: b.id });
      newHead = await tokenClient(w.app, username);
      clock.set('2026-03-05T09:00:00+07:00');
    });

    test('the new head B may take the steps not yet taken; the former head A may not', async () => {
      const asB = await newHead.get(`/proposals/${caseId}`);
      assert.equal(asB.statusCode, 200, asB.body);
      assert.equal(asB.json().decidingHead.id, newHeadId, 'the deciding head shown is the head in office');
      const requestB = asB.json().allowedActions.find((a: { action: string }) => a.action === 'requestPartyOpinion');
      assert.equal(requestB.allowed, true);

      const asA = await w.as['head']!.get(`/proposals/${caseId}`);
      assert.equal(asA.statusCode, 200, 'A stays a participant of the case and may still read it');
      const requestA = asA.json().allowedActions.find((a: { action: string }) => a.action === 'requestPartyOpinion');
      assert.equal(requestA.allowed, false);
      assert.equal(requestA.reasons[0].code, 'procedure.actor_not_authorised');
      const refused = await w.as['head']!.post(`/proposals/${caseId}/request-party-opinion`, {});
      assert.equal(refused.statusCode, 403, refused.body);

      const requested = await act(newHead, caseId, 'request-party-opinion');
      const armedAtSubmission = requested.deadlines.find((d: { timerId: string }) => d.timerId === 'approvalDecision');
      assert.deepEqual(
        armedAtSubmission.holders.map((p: { id: string }) => p.id),
        [w.ids['head']],
        'a step armed before the change stays attributed to the head who held it then',
      );
      await act(w.as['party']!, caseId, 'record-party-opinion', { opinion: 'Chi bộ thống nhất.' });
      const meeting = await act(newHead, caseId, 'schedule-meeting', { meetingDate: '2026-03-06' });
      const members = meeting.meetings[0].members.map((m: { personId: string; role: string }) => `${m.role}:${m.personId}`).sort();
      assert.ok(members.includes(`head:${newHeadId}`), 'the collective on the meeting date is chaired by B');
      assert.ok(!members.some((m: string) => m.endsWith(w.ids['head']!)), 'A is no longer in the collective');
      await act(newHead, caseId, 'record-vote', { choice: 'for' });
      await act(w.as['d1']!, caseId, 'record-vote', { choice: 'for' });
      await act(w.as['d2']!, caseId, 'record-vote', { choice: 'for' });

      const decideA = await w.as['head']!.post(`/proposals/${caseId}/decide-approval`, {});
      assert.equal(decideA.statusCode, 403, 'A cannot decide after the term ended');
      const approved = await act(newHead, caseId, 'decide-approval');
      assert.equal(approved.state, 'approved');
      assert.equal(approved.decisions.find((d: { kind: string }) => d.kind === 'approval').decidedBy, newHeadId);
      const scoped = await act(newHead, caseId, 'approve-scope', {
        objectives: [{ text: 'Rút ngắn thời gian xử lý' }],
        areas: ['xa-tan-lap'],
        pilotEndDate: '2026-06-30',
        budgetCeiling: 100_000_000,
        safeguards: [{ text: 'Không thu thêm phí' }],
        kpis: [{ name: 'Thời gian xử lý', baseline: 20, target: 10, unit: 'ngày' }],
      });
      const progress = scoped.deadlines.find(
        (d: { timerId: string; status: string }) => d.timerId === 'progressReport' && d.status === 'open',
      );
      assert.deepEqual(
        progress.escalateTo.map((p: { id: string }) => p.id),
        [newHeadId],
        'a step armed after the change escalates to the head in office',
      );
    });

    test('the ledger keeps who held the post at submission; the inbox follows the post', async () => {
      const { services } = ctx();
      const submitted = await services.database.db
        .selectFrom('ledger_entries')
        .innerJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
        .select('ledger_payloads.payload')
        .where('ledger_entries.aggregate_id', '=', caseId)
        .where('ledger_entries.type', '=', 'proposal.submitted')
        .executeTakeFirstOrThrow();
      const payload = JSON.parse(submitted.payload!) as { parties: { employingHeadId: string }; decidingHeadId: string };
      assert.equal(payload.parties.employingHeadId, w.ids['head'], 'the submission event still names A');
      assert.equal(payload.decidingHeadId, w.ids['head']);

      const inboxB = (await newHead.get('/me/inbox')).json();
      assert.ok(
        inboxB.items.some((i: { id: string }) => i.id === caseId),
        'the case waits for B',
      );
      const inboxA = (await w.as['head']!.get('/me/inbox')).json();
      assert.ok(!inboxA.items.some((i: { id: string }) => i.id === caseId), 'and no longer for A');
    });
  },
  { services: { now: clock.now } },
);
