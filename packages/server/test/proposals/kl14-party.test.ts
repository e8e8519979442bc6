import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildApp } from '../../src/http/app.ts';
import type { Client } from '../support/client.ts';
import { describeOnEngines } from '../support/engines.ts';
import { appoint, buildAccount, buildOrganisation, buildPerson } from '../support/factories.ts';
import { act, plan, TestClock, tokenClient } from './world.ts';

const clock = new TestClock('2026-03-02T09:00:00+07:00');

/**
 * A Party body (organisation kind `party_committee`): the provincial Party committee "Tỉnh ủy"
 * and its propaganda board "Ban Tuyên giáo", whose head and deputies form the collective. Its
 * cadres are recorded with the ND73 category `not_eligible` (Decree 73 does not cover Party
 * bodies): the KL14 profile takes them as Party-body leaders.
 */
async function partyWorld(services: Parameters<typeof buildApp>[0]) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const app = await buildApp(services);
  const tu = await buildOrganisation(services, { code: `TU-${tag}`, name: 'Tỉnh ủy Hòa Sơn', abbreviation: 'TU', kind: 'party_committee' });
  const ban = await buildOrganisation(services, {
    code: `BTG-${tag}`,
    name: 'Ban Tuyên giáo Tỉnh ủy',
    abbreviation: 'BTGTU',
    kind: 'party_committee',
    parentId: tu.id,
    superiorAgencyId: tu.id,
  });
  const ids: Record<string, string> = { tu: tu.id, ban: ban.id };
  const people: Array<[string, string, Record<string, unknown>]> = [
    ['secretary', tu.id, { fullName: 'Bí Thư Tỉnh Ủy' }],
    ['head', ban.id, { fullName: 'Trưởng Ban Tuyên Giáo' }],
    ['d1', ban.id, { fullName: 'Phó Trưởng Ban Một' }],
    ['d2', ban.id, { fullName: 'Phó Trưởng Ban Hai' }],
    ['proposer', ban.id, { fullName: 'Phó Trưởng Ban Đề Xuất' }],
    ['staff', ban.id, { fullName: 'Chuyên Viên Ban', isLeadershipPost: false }],
  ];
  for (const [key, org, overrides] of people) {
    ids[key] = (await buildPerson(services, org, { nd73Category: 'not_eligible', ...overrides, email: `${key}.${tag}@khien.test` })).id;
  }
  await appoint(services, tu.id, ids['secretary']!, 'head');
  await appoint(services, ban.id, ids['head']!, 'head');
  await appoint(services, ban.id, ids['d1']!, 'deputy');
  await appoint(services, ban.id, ids['d2']!, 'deputy');
  await appoint(services, ban.id, ids['proposer']!, 'deputy');
  const as: Record<string, Client> = {};
  for (const [key] of people) {
    await buildAccount(services, { username: `${key}.${tag}`, personId: ids[key]! });
    as[key] = await tokenClient(app, `${key}.${tag}`);
  }
  return { app, ids, as };
}

describeOnEngines(
  'KL14 Party-side profile end to end through the API (a Party body binds its cases to kl14-party)',
  (ctx) => {
    let w: Awaited<ReturnType<typeof partyWorld>>;
    before(async () => {
      w = await partyWorld(ctx().services);
    });

    async function approved(title: string) {
      clock.set('2026-03-02T09:00:00+07:00');
      const draft = await w.as['proposer']!.post('/proposals', { plan: plan({ title }) });
      assert.equal(draft.statusCode, 201, draft.body);
      assert.equal(draft.json().procedure, 'kl14-party@1', 'a Party body’s draft is bound to the KL14 profile');
      const id = draft.json().id as string;
      const submitted = await act(w.as['proposer']!, id, 'submit');
      assert.equal(submitted.state, 'submitted');
      assert.equal(submitted.procedure, 'kl14-party@1');
      const asHead = (await w.as['head']!.get(`/proposals/${id}`)).json();
      assert.ok(
        !asHead.allowedActions.some((a: { action: string }) => a.action === 'requestPartyOpinion'),
        'KL14: no separate same-level Party committee consultation inside a Party body',
      );
      assert.equal(
        asHead.allowedActions.find((a: { action: string }) => a.action === 'scheduleMeeting').citation,
        'KL14-KL/TW (22/9/2021)',
      );
      const meeting = await act(w.as['head']!, id, 'schedule-meeting', { meetingDate: '2026-03-03' });
      assert.equal(meeting.meetings[0].members.length, 4, 'head + 3 deputies in office (the proposer is recused when voting)');
      for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, id, 'record-vote', { choice: 'for' });
      const decided = await act(w.as['head']!, id, 'decide-approval');
      assert.equal(decided.state, 'approved', 'approved by the collective vote alone (no Party-opinion guard)');
      return act(w.as['head']!, id, 'approve-scope', {
        objectives: [{ text: 'Số hóa tài liệu tuyên truyền' }],
        areas: ['xa-tan-lap'],
        pilotEndDate: '2026-05-29',
        budgetCeiling: 50_000_000,
        safeguards: [{ text: 'Bảo mật tài liệu' }],
        kpis: [{ name: 'Tài liệu số hóa', baseline: 0, target: 100, unit: 'bộ' }],
      });
    }

    test('KL14 [U]: approval path — a Party-body leader’s proposal approved by the collective vote', async () => {
      const impl = await approved('Số hóa tài liệu tuyên truyền');
      assert.equal(impl.state, 'implementing');
      assert.equal(impl.approvalKind, 'vote');
      assert.ok(
        impl.timeline.every(
          (e: { procedureVersion: string | null }) => e.procedureVersion === null || e.procedureVersion === 'kl14-party@1',
        ),
      );
    });

    test('KL14 [U]: evaluation path — damage, all findings yes → exclusion/exemption/mitigation considered', async () => {
      const impl = await approved('Tuyên truyền trên nền tảng số');
      const id = impl.id as string;
      clock.set('2026-06-01T09:00:00+07:00');
      await act(w.as['proposer']!, id, 'report-completion', {
        actualEndDate: '2026-05-29',
        results: 'Đạt một phần; sự cố máy chủ làm mất dữ liệu.',
        kpiActuals: [{ kpiId: 'K1', value: 40 }],
        spending: [{ date: '2026-04-01', amount: 30_000_000 }],
      });
      const reported = (await w.as['head']!.get(`/proposals/${id}`)).json();
      assert.ok(!reported.allowedActions.some((a: { action: string }) => a.action === 'requestPartyOpinionOnResults'));
      await act(w.as['head']!, id, 'schedule-evaluation', { meetingDate: '2026-06-02' });
      for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, id, 'record-evaluation-vote', { choice: 'for' });
      const evaluated = await act(w.as['head']!, id, 'record-evaluation', {
        outcome: 'notCompletedWithDamage',
        extent: 'partly',
        findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
        causes: [{ kind: 'objective', description: 'Sự cố máy chủ của nhà cung cấp.', attributedTo: 'Nhà cung cấp' }],
      });
      assert.equal(evaluated.state, 'evaluated');
      const protectedCase = await act(w.as['head']!, id, 'determine-protection', { confirmed: true });
      assert.equal(protectedCase.protection, 'considerExclusionExemptionMitigation');
      assert.equal(protectedCase.protectionDetermination.decree172.objectiveCauseRecorded, true);
      assert.equal(protectedCase.procedure, 'kl14-party@1');
    });

    test('KL14 [U]: a Party-body cadre without a leadership post is refused with the KL14 citation', async () => {
      const draft = await w.as['staff']!.post('/proposals', { plan: plan({ title: 'Đề xuất của chuyên viên' }) });
      assert.equal(draft.statusCode, 201, draft.body);
      const refused = await w.as['staff']!.post(`/proposals/${draft.json().id}/submit`, {});
      assert.equal(refused.statusCode, 422, refused.body);
      const submit = (await w.as['staff']!.get(`/proposals/${draft.json().id}`))
        .json()
        .allowedActions.find((a: { action: string }) => a.action === 'submit');
      assert.ok(
        submit.reasons.some(
          (r: { code: string; citation: string }) =>
            r.code === 'proposal.proposer_without_management_post' && r.citation === 'KL14-KL/TW (22/9/2021)',
        ),
      );
    });
  },
  { services: { now: clock.now } },
);
