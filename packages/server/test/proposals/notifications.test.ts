/**
 * My notifications: paged newest first with the total, marked read one by one (the first read
 * time is kept) or all at once in one call; nobody reads or marks another person's notices.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEngines } from '../support/engines.ts';
import { act, buildWorld, plan, TestClock, type World } from './world.ts';

const clock = new TestClock('2026-03-02T09:00:00+07:00');

interface Notice {
  id: string;
  kind: string;
  readAt: string | null;
}
interface NoticePage {
  items: Notice[];
  total: number;
  unread: number;
}

describeOnEngines(
  'notifications: paging, mark read, mark all read',
  (ctx) => {
    let w: World;
    before(async () => {
      w = await buildWorld(ctx().services);
      // Each submission tells the head (proposal.received); asking the Party committee tells its member.
      for (let i = 0; i < 5; i++) {
        clock.set(`2026-03-02T09:0${i}:00+07:00`);
        const id = (await w.as['proposer']!.post('/proposals', { plan: plan({ title: `Đề xuất số ${i}` }) })).json().id as string;
        await act(w.as['proposer']!, id, 'submit');
        if (i === 0) await act(w.as['head']!, id, 'request-party-opinion');
      }
    });
    const mine = async (query: string): Promise<NoticePage> => {
      const response = await w.as['head']!.get(`/notifications${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };

    test('pages follow each other without overlap, newest first, with the total', async () => {
      const all = await mine('?limit=200');
      assert.ok(all.total >= 5);
      assert.equal(all.items.length, all.total);
      const first = await mine('?limit=2&offset=0');
      const second = await mine('?limit=2&offset=2');
      assert.equal(first.total, all.total);
      assert.deepEqual(
        [...first.items, ...second.items].map((n) => n.id),
        all.items.slice(0, 4).map((n) => n.id),
      );
      assert.ok(all.items.some((n) => n.kind === 'proposal.received'));
      const bad = await w.as['head']!.get('/notifications?offset=-1');
      assert.equal(bad.statusCode, 400, bad.body);
    });

    test('marking one read keeps its first read time; another person cannot mark it', async () => {
      const [one] = (await mine('?unread=true&limit=1')).items;
      assert.ok(one);
      const other = await w.as['d1']!.post(`/notifications/${one.id}/read`);
      assert.equal(other.statusCode, 404, other.body);
      assert.equal(other.json().code, 'notification.not_found');
      clock.set('2026-03-03T09:00:00+07:00');
      assert.equal((await w.as['head']!.post(`/notifications/${one.id}/read`)).statusCode, 204);
      const readAt = (await mine('?limit=200')).items.find((n) => n.id === one.id)!.readAt;
      assert.ok(readAt);
      clock.set('2026-03-04T09:00:00+07:00');
      assert.equal((await w.as['head']!.post(`/notifications/${one.id}/read`)).statusCode, 204, 'marking again is harmless');
      assert.equal((await mine('?limit=200')).items.find((n) => n.id === one.id)!.readAt, readAt);
    });

    test('mark all read: one call marks every unread notice of mine and no one else’s', async () => {
      const othersBefore = (await w.as['party']!.get('/notifications')).json() as NoticePage;
      assert.ok(othersBefore.unread > 0, 'the Party committee member has unread notices');
      const before = await mine('');
      assert.ok(before.unread > 0);
      const marked = await w.as['head']!.post('/notifications/read-all');
      assert.equal(marked.statusCode, 200, marked.body);
      assert.equal(marked.json().marked, before.unread);
      const after = await mine('?unread=true');
      assert.equal(after.unread, 0);
      assert.equal(after.total, 0);
      assert.deepEqual(after.items, []);
      assert.equal((await w.as['head']!.post('/notifications/read-all')).json().marked, 0, 'nothing left to mark');
      const othersAfter = (await w.as['party']!.get('/notifications')).json() as NoticePage;
      assert.equal(othersAfter.unread, othersBefore.unread, 'another person’s notices are untouched');
    });
  },
  { services: { now: clock.now } },
);
