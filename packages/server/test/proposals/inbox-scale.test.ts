import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadActor } from '../../src/app/auth/load-actor.ts';
import { createDraft, createDraftInput } from '../../src/app/proposals/create-draft.ts';
import { myInbox } from '../../src/app/proposals/my-inbox.ts';
import { submitProposal } from '../../src/app/proposals/submit-proposal.ts';
import type { Actor } from '@khien/core/authorization';
import { describeOnEngines } from '../support/engines.ts';
import { buildWorld, plan, TestClock, type World } from './world.ts';

const clock = new TestClock('2026-03-02T09:00:00+07:00');
// Every case comes from the real use cases (ledger + projections), none from inserted rows.
const DRAFTS = { proposer: 330, d1: 250 } as const;
const SUBMITTED = 20;

describeOnEngines(
  'my inbox as one paginated SQL query over ~600 cases',
  (ctx) => {
    let w: World;
    const actors: Record<string, Actor> = {};
    const mine: Record<string, Set<string>> = { proposer: new Set(), d1: new Set(), head: new Set() };

    before(async () => {
      const { services } = ctx();
      w = await buildWorld(services);
      for (const key of ['proposer', 'd1', 'head', 'outsider']) {
        const account = await services.database.db
          .selectFrom('accounts')
          .select('id')
          .where('person_id', '=', w.ids[key]!)
          .executeTakeFirstOrThrow();
        actors[key] = (await loadActor(services.database.db, account.id, clock.now()))!;
      }
      for (const [who, count] of Object.entries(DRAFTS)) {
        for (let i = 0; i < count; i++) {
          const draft = await createDraft(
            services,
            actors[who]!,
            createDraftInput.parse({ plan: plan({ title: `Đề xuất ${who} số ${i}` }) }),
          );
          mine[who]!.add(draft.id);
        }
      }
      // A few submitted by d1: they now wait for the head (and no longer for d1).
      for (const id of [...mine['d1']!].slice(0, SUBMITTED)) {
        await submitProposal(services, actors['d1']!, id, undefined);
        mine['d1']!.delete(id);
        mine['head']!.add(id);
      }
    });

    async function allPages(who: string, limit: number) {
      const seen: string[] = [];
      let total: number;
      for (let offset = 0; ; offset += limit) {
        const page = await myInbox(ctx().services, actors[who]!, { limit, offset });
        total = page.total;
        assert.ok(page.items.length <= limit);
        assert.equal(page.limit, limit);
        assert.equal(page.offset, offset);
        seen.push(...page.items.map((i) => i.id));
        if (page.items.length < limit) break;
      }
      return { seen, total };
    }

    test('pages cover exactly my cases, each once, and nobody else’s', async () => {
      for (const who of ['proposer', 'd1'] as const) {
        const { seen, total } = await allPages(who, 47);
        assert.equal(total, mine[who]!.size, `${who}: total`);
        assert.equal(seen.length, total, `${who}: the pages add up to the total`);
        assert.equal(new Set(seen).size, seen.length, `${who}: no case on two pages`);
        assert.ok(
          seen.every((id) => mine[who]!.has(id)),
          `${who}: only my own cases`,
        );
      }
      const page = await myInbox(ctx().services, actors['proposer']!, { limit: 5, offset: 0 });
      assert.ok(
        page.items.every((i) => i.actions.some((a) => a.action === 'submit')),
        'the engine answers for the page: submit',
      );
    });

    test('the head sees the submitted cases (drafts stay private), soonest due first, with the engine’s actions', async () => {
      const page = await myInbox(ctx().services, actors['head']!, { limit: 50, offset: 0 });
      assert.equal(page.total, SUBMITTED);
      assert.deepEqual(new Set(page.items.map((i) => i.id)), mine['head']);
      assert.ok(page.items.every((i) => i.actions.some((a) => a.action === 'scheduleMeeting')));
      const due = page.items.map((i) => i.nextDue!.dueOn);
      assert.deepEqual(due, [...due].sort());
      const outsider = await myInbox(ctx().services, actors['outsider']!, { limit: 50, offset: 0 });
      assert.equal(outsider.total, 0);
    });

    test('HTTP: the response keeps its shape (items with actions) and adds total/limit/offset', async () => {
      const response = await w.as['proposer']!.get('/me/inbox');
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.total, DRAFTS.proposer);
      assert.equal(body.items.length, 50);
      assert.equal(body.limit, 50);
      assert.ok(body.items.every((i: { id: string; actions: unknown[] }) => mine['proposer']!.has(i.id) && Array.isArray(i.actions)));
    });
  },
  { services: { now: clock.now } },
);
