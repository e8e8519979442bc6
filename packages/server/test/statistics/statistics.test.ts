/**
 * Issue 6 item 4: the §8 counters are maintained incrementally by the projectors, in the same
 * transaction as the events. Here random sequences of real commands (through the HTTP API and
 * the job runner) are generated with fast-check, and after each sequence the counters must equal
 * a brute-force recount of the ledger, agency by agency and day by day; the API's roll-up of a
 * subtree must equal the sum over the agencies below it.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { createJobRunner } from '../../src/jobs/runner.ts';
import { describeOnEngines } from '../support/engines.ts';
import { appoint, buildAccount, buildOrganisation, buildPerson } from '../support/factories.ts';
import { act, buildWorld, plan, TestClock, tokenClient, type World } from '../proposals/world.ts';
import type { Client } from '../support/client.ts';
import type { Services } from '../../src/app/services.ts';

const clock = new TestClock('2026-01-05T09:00:00+07:00');

interface Unit {
  agencyId: string;
  proposer: Client;
  head: Client;
  deputies: Client[];
  party: Client;
}

/** A second agency with its own collective, below the department: roll-ups must include it. */
async function addCentre(services: Services, w: World): Promise<Unit> {
  const tag = Math.random().toString(36).slice(2, 8);
  const centre = await buildOrganisation(services, {
    code: `TT-${tag}`,
    name: 'Trung tâm Ứng dụng tiến bộ khoa học',
    abbreviation: 'TTUD',
    parentId: w.ids['dept'],
    partyCommitteeId: w.ids['cb'],
  });
  const people: Record<string, string> = {};
  for (const key of ['head', 'd1', 'proposer']) {
    const p = await buildPerson(services, centre.id, { fullName: `Lãnh Đạo Trung Tâm ${key}`, email: `${key}.${tag}@khien.test` });
    people[key] = p.id;
    await appoint(services, centre.id, p.id, key === 'head' ? 'head' : 'deputy');
    await buildAccount(services, { username: `tt-${key}.${tag}`, personId: p.id });
  }
  return {
    agencyId: centre.id,
    proposer: await tokenClient(w.app, `tt-proposer.${tag}`),
    head: await tokenClient(w.app, `tt-head.${tag}`),
    deputies: [await tokenClient(w.app, `tt-d1.${tag}`)],
    party: w.as['party']!,
  };
}

/** How far one case goes, and the choices on the way. */
const caseArbitrary = fc.record({
  unit: fc.constantFrom(0, 1),
  startDay: fc.integer({ min: 1, max: 25 }),
  returnFirst: fc.boolean(),
  votes: fc.array(fc.constantFrom('for', 'against', 'abstain'), { minLength: 3, maxLength: 3 }),
  afterFail: fc.constantFrom('override', 'reject'),
  depth: fc.constantFrom('submitted', 'decided', 'implementing', 'evaluated', 'protected', 'closed'),
  interruption: fc.constantFrom('none', 'suspend', 'suspendResume', 'terminate'),
  evaluation: fc.constantFrom('completed', 'partly', 'not', 'damage'),
  findingNo: fc.boolean(),
  abuse: fc.boolean(),
  overdue: fc.boolean(),
});
type CaseScript = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function day(offset: number, base: Date): string {
  return new Date(base.getTime() + offset * 86_400_000).toISOString();
}

async function runCase(services: Services, units: Unit[], c: CaseScript): Promise<void> {
  const u = units[c.unit]!;
  const start = new Date(clock.current.getTime() + c.startDay * 86_400_000);
  clock.set(day(0, start));
  const draft = await u.proposer.post('/proposals', { plan: plan({ title: `Thí điểm số ${Math.random().toString(36).slice(2, 7)}` }) });
  assert.equal(draft.statusCode, 201, draft.body);
  const id = draft.json().id as string;
  await act(u.proposer, id, 'submit');
  if (c.overdue) {
    // Nobody convenes the collective: after the limit the job runner records the overdue step.
    clock.set(day(20, start));
    const runner = createJobRunner(services, { mailer: null });
    await runner.runDue();
    await runner.stop();
  }
  if (c.returnFirst) {
    await act(u.head, id, 'return-for-revision', { reasons: 'Bổ sung.' });
    await act(u.proposer, id, 'submit');
  }
  if (c.depth === 'submitted') return;
  await act(u.head, id, 'request-party-opinion');
  await act(u.party, id, 'record-party-opinion', { opinion: 'Đồng ý.' });
  const meetingDate = clock.now().toISOString().slice(0, 10);
  await act(u.head, id, 'schedule-meeting', { meetingDate });
  const voters = [u.head, ...u.deputies];
  for (let i = 0; i < voters.length; i++) await act(voters[i]!, id, 'record-vote', { choice: c.votes[i] });
  const detail = await act(u.head, id, 'close-meeting');
  const passed = detail.meetings.at(-1).tally.passed as boolean;
  if (passed) await act(u.head, id, 'decide-approval');
  else if (c.afterFail === 'override') {
    await act(u.head, id, 'decide-override', { reasons: 'Cấp bách.', personalResponsibilityAcknowledged: true });
  } else {
    await act(u.head, id, 'decide-rejection', { reasons: 'Chưa đủ cơ sở.' });
    return;
  }
  if (c.depth === 'decided') return;
  await act(u.head, id, 'approve-scope', {
    objectives: [{ text: 'Rút ngắn thời gian' }],
    areas: ['xa-a'],
    pilotEndDate: day(365, clock.now()).slice(0, 10),
    budgetCeiling: 100_000_000,
    safeguards: [],
    kpis: [{ name: 'Thời gian', baseline: 20, target: 10, unit: 'ngày' }],
  });
  if (c.interruption === 'suspend' || c.interruption === 'suspendResume') {
    await act(u.head, id, 'suspend', { reasons: 'Chờ kinh phí.' });
    if (c.interruption === 'suspend') return;
    await act(u.head, id, 'resume', { reasons: 'Đã có kinh phí.' });
  }
  if (c.interruption === 'terminate') await act(u.head, id, 'terminate', { reasons: 'Rủi ro.' });
  if (c.depth === 'implementing') return;
  clock.set(day(3, clock.now()));
  await act(u.proposer, id, 'report-completion', {
    actualEndDate: clock.now().toISOString().slice(0, 10),
    results: 'Kết quả.',
    kpiActuals: [{ kpiId: 'K1', value: c.evaluation === 'completed' ? 9 : 15 }],
  });
  await act(u.head, id, 'request-party-opinion-on-results');
  await act(u.party, id, 'record-party-opinion-on-results', { opinion: 'Đồng ý.' });
  await act(u.head, id, 'schedule-evaluation', { meetingDate: clock.now().toISOString().slice(0, 10) });
  for (const v of voters) await act(v, id, 'record-evaluation-vote', { choice: 'for' });
  const findings = { followedApprovedLine: !c.findingNo, pureMotive: true, commonInterest: true };
  const evaluation = {
    completed: { outcome: 'completed', extent: 'full', causes: [] },
    partly: { outcome: 'notCompletedNoDamage', extent: 'partly', findings, causes: [] },
    not: { outcome: 'notCompletedNoDamage', extent: 'not', findings, causes: [] },
    damage: {
      outcome: 'notCompletedWithDamage',
      extent: 'not',
      findings,
      causes: [{ kind: 'objective', description: 'Thiên tai.', attributedTo: 'Khách quan' }],
    },
  }[c.evaluation];
  await act(u.head, id, 'record-evaluation', evaluation);
  if (c.depth === 'evaluated') return;
  await act(u.head, id, 'determine-protection', { confirmed: true, abuse: c.abuse, ...(c.abuse ? { abuseDescription: 'Trục lợi.' } : {}) });
  if (c.evaluation === 'completed') {
    await act(u.head, id, 'record-encouragement', {
      kind: 'commendation',
      beneficiaryKind: 'individual',
      beneficiaryPersonId: draft.json().proposer.id,
    });
  }
  if (c.depth === 'closed') {
    await act(u.head, id, 'notify-result');
    await act(u.head, id, 'close');
  }
}

type Counts = Record<string, number>;

/**
 * The brute-force recount: every proposal event of the ledger, read back in order, counted with
 * its own (deliberately separate) reading of §8 — no code shared with the projector.
 */
async function recount(services: Services): Promise<Map<string, Counts>> {
  const rows = await services.database.db
    .selectFrom('ledger_entries')
    .innerJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
    .select(['ledger_entries.type', 'ledger_entries.time', 'ledger_payloads.payload'])
    .where('ledger_entries.type', 'like', 'proposal.%')
    .orderBy('ledger_entries.idx')
    .execute();
  const agencyOf = new Map<string, string>();
  const received = new Set<string>();
  const out = new Map<string, Counts>();
  const bump = (agency: string, time: string, key: string, n = 1) => {
    const d = new Date(Date.parse(time) + 7 * 3_600_000).toISOString().slice(0, 10);
    const k = `${agency}|${d}`;
    const c = out.get(k) ?? {};
    c[key] = (c[key] ?? 0) + n;
    out.set(k, c);
  };
  const awaiting = ['submitted', 'meetingScheduled'];
  const running = ['approved', 'implementing', 'suspended'];
  for (const r of rows) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a ledger payload read back as JSON
    const p = JSON.parse(r.payload!) as Record<string, any>;
    if (r.type === 'proposal.draft_created') agencyOf.set(p.proposalId, p.employingAgencyId);
    const agency = agencyOf.get(p.proposalId)!;
    const b = (key: string, n = 1) => bump(agency, r.time, key, n);
    const was = (list: string[], s: string) => (list.includes(s) ? 1 : 0);
    if (p.fromState !== p.toState) {
      b('awaiting_decision_delta', was(awaiting, p.toState) - was(awaiting, p.fromState));
      b('in_progress_delta', was(running, p.toState) - was(running, p.fromState));
    }
    const simple: Record<string, string> = {
      'proposal.approved': 'approved_by_vote',
      'proposal.approved_by_override': 'approved_by_override',
      'proposal.rejected': 'rejected',
      'proposal.returned_for_revision': 'returned_for_revision',
      'proposal.suspended': 'suspended',
      'proposal.terminated': 'terminated',
      'proposal.completion_reported': 'completion_reported',
      'proposal.encouragement_recorded': 'encouragements',
      'proposal.deadline_overdue': 'overdue_steps',
    };
    if (simple[r.type]) b(simple[r.type]!);
    if (r.type === 'proposal.submitted' && !received.has(p.proposalId)) {
      received.add(p.proposalId);
      b('received');
    }
    if (r.type === 'proposal.evaluated') {
      b({ full: 'completed', partly: 'partly_completed', not: 'not_completed' }[p.extent as string]!);
      if (p.outcome === 'notCompletedWithDamage') b('with_damage');
    }
    if (r.type === 'proposal.protection_determined') {
      b(
        {
          noLiability: 'protection_no_liability',
          liabilityExcluded: 'protection_liability_excluded',
          considerExclusionExemptionMitigation: 'protection_relief_considered',
          notProtected: 'protection_not_protected',
        }[p.protection.protection as string]!,
      );
      if (p.protection.abuse) b('abuse');
    }
  }
  for (const [k, c] of out) {
    for (const key of Object.keys(c)) if (c[key] === 0) delete c[key];
    if (Object.keys(c).length === 0) out.delete(k);
  }
  return out;
}

async function stored(services: Services): Promise<Map<string, Counts>> {
  const rows = await services.database.db.selectFrom('proposal_statistics').selectAll().execute();
  const out = new Map<string, Counts>();
  for (const { organisation_id, day: d, ...counts } of rows) {
    const c = Object.fromEntries(
      Object.entries(counts)
        .filter(([, v]) => Number(v) !== 0)
        .map(([k, v]) => [k, Number(v)]),
    );
    if (Object.keys(c).length > 0) out.set(`${organisation_id}|${String(d).slice(0, 10)}`, c);
  }
  return out;
}

function sumFor(counts: Map<string, Counts>, agencies: string[], key: string): number {
  let n = 0;
  for (const [k, c] of counts) if (agencies.includes(k.split('|')[0]!)) n += c[key] ?? 0;
  return n;
}

describeOnEngines(
  'statistics: incremental counters equal a brute-force recount after random command sequences',
  (ctx) => {
    let w: World;
    let units: Unit[];
    before(async () => {
      // The clock is shared by both engines' suites: each starts from the same day.
      clock.set('2026-01-05T09:00:00+07:00');
      w = await buildWorld(ctx().services);
      const dept: Unit = {
        agencyId: w.ids['dept']!,
        proposer: w.as['proposer']!,
        head: w.as['head']!,
        deputies: [w.as['d1']!, w.as['d2']!],
        party: w.as['party']!,
      };
      units = [dept, await addCentre(ctx().services, w)];
    });

    test('random sequences of real commands: counters per agency and day = recount of the ledger', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(caseArbitrary, { minLength: 1, maxLength: 3 }), async (cases) => {
          for (const c of cases) await runCase(ctx().services, units, c);
          assert.deepEqual(Object.fromEntries(await stored(ctx().services)), Object.fromEntries(await recount(ctx().services)));
        }),
        { numRuns: 6, seed: 20260622, endOnFailure: true },
      );
    });

    test('roll-up: a subtree sums its agencies; the breakdown lists each child with its subtree; stocks run on', async () => {
      const counts = await recount(ctx().services);
      const [dept, centre] = [units[0]!.agencyId, units[1]!.agencyId];
      const response = await w.as['admin']!.get(`/statistics?organisationId=${w.ids['province']}&period=quarter&from=2026&to=2035`);
      assert.equal(response.statusCode, 200, response.body);
      const view = response.json();
      assert.equal(view.totals.received, sumFor(counts, [dept, centre], 'received'));
      assert.equal(view.totals.approvedByOverride, sumFor(counts, [dept, centre], 'approved_by_override'));
      assert.equal(view.totals.inProgress, sumFor(counts, [dept, centre], 'in_progress_delta'));
      const byId = new Map(view.breakdown.map((b: { organisation: { id: string } }) => [b.organisation.id, b]));
      const deptLine = byId.get(dept) as { figures: Record<string, number> };
      assert.equal(
        deptLine.figures['received'],
        sumFor(counts, [dept, centre], 'received'),
        'the department line includes the centre below it',
      );
      assert.equal((byId.get(w.ids['other']!) as { figures: Record<string, number> }).figures['received'], 0);
      assert.equal(
        view.periods.reduce((s: number, p: { figures: { received: number } }) => s + p.figures.received, 0),
        view.totals.received,
        'the periods partition the range',
      );
      assert.equal(view.periods.at(-1).figures.inProgress, view.totals.inProgress, 'the last period ends with the stock at `to`');
      const deptView = (await w.as['head']!.get(`/statistics?organisationId=${dept}&period=year&from=2026-01-01&to=2035-12-31`)).json();
      assert.equal(deptView.breakdown[0].own, true);
      assert.equal(deptView.breakdown[0].figures.received, sumFor(counts, [dept], 'received'));
      assert.equal(deptView.breakdown[1].figures.received, sumFor(counts, [centre], 'received'));
      const outsider = await w.as['outsider']!.get(`/statistics?organisationId=${dept}`);
      assert.equal(outsider.statusCode, 403, 'a person outside the scope may not read the unsuppressed figures');
      const bad = await w.as['admin']!.get(`/statistics?organisationId=${dept}&from=2026-13&to=2026`);
      assert.equal(bad.statusCode, 422, bad.body);
    });

    test('open data: no login, no personal data, small outcome cells suppressed', async () => {
      const anonymous = await w.app.inject({
        method: 'GET',
        url: `/api/v1/open-data/statistics?organisationId=${w.ids['province']}&period=year&from=2026&to=2035`,
      });
      assert.equal(anonymous.statusCode, 200, anonymous.body);
      const body = anonymous.json();
      const text = JSON.stringify(body);
      for (const name of ['Phó Giám Đốc Đề Xuất', 'Lãnh Đạo Trung Tâm']) assert.ok(!text.includes(name), 'no person is named');
      for (const line of [body.totals, ...body.breakdown.map((b: { figures: unknown }) => b.figures)]) {
        const evaluated = (line.completed ?? 0) + (line.partlyCompleted ?? 0) + (line.notCompleted ?? 0);
        if (line.suppressed.includes('completed')) assert.equal(line.completed, null);
        else assert.ok(evaluated === 0 || evaluated >= 3, 'a small outcome cell is never published');
      }
    });
  },
  { services: { now: clock.now } },
);
