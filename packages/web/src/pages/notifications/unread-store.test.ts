import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { badgeText, createUnreadStore } from './unread-store.ts';

describe('unread notifications count (header bell)', () => {
  it('tells its listeners when the count changes, not when it stays the same', () => {
    const store = createUnreadStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    assert.equal(store.get(), null);
    store.set(3);
    store.set(3);
    store.set(2);
    assert.equal(store.get(), 2);
    assert.equal(calls, 2);
    stop();
    store.set(0);
    assert.equal(calls, 2, 'unsubscribed');
  });

  it('asks the server at most once per gap unless forced; a failure keeps the last count', async () => {
    let clock = 0;
    let asked = 0;
    const store = createUnreadStore({ now: () => clock, minGapMs: 5_000 });
    const load = async () => {
      asked++;
      return 7;
    };
    await store.refresh(load);
    await store.refresh(load);
    assert.equal(asked, 1, 'a navigation right after a poll does not ask again');
    clock = 6_000;
    await store.refresh(load);
    assert.equal(asked, 2);
    await store.refresh(load, { force: true });
    assert.equal(asked, 3);
    clock = 20_000;
    await store.refresh(() => Promise.reject(new Error('offline')));
    assert.equal(store.get(), 7);
  });

  it('concurrent refreshes share one request', async () => {
    let asked = 0;
    let release: (n: number) => void = () => undefined;
    const store = createUnreadStore({ now: () => 0, minGapMs: 0 });
    const load = () => {
      asked++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const a = store.refresh(load);
    const b = store.refresh(load);
    release(4);
    await Promise.all([a, b]);
    assert.equal(asked, 1);
    assert.equal(store.get(), 4);
  });

  it('the badge shows the count, 99+ above 99, and nothing for none', () => {
    assert.equal(badgeText(null), null);
    assert.equal(badgeText(0), null);
    assert.equal(badgeText(5), '5');
    assert.equal(badgeText(99), '99');
    assert.equal(badgeText(100), '99+');
  });
});
