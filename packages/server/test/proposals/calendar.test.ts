import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import type { Client } from '../support/client.ts';
import { describeOnEngines } from '../support/engines.ts';
import { buildAccount } from '../support/factories.ts';
import { tokenClient } from './world.ts';

describeOnEngines('working-day calendar through the API', (ctx) => {
  let app: FastifyInstance;
  let admin: Client;
  let user: Client;

  before(async () => {
    app = await buildApp(ctx().services);
    await buildAccount(ctx().services, { username: 'cal.admin', roles: ['system_admin'] });
    await buildAccount(ctx().services, { username: 'cal.user' });
    admin = await tokenClient(app, 'cal.admin');
    user = await tokenClient(app, 'cal.user');
  });

  test('calendar.md: a plan received on Thu 12 Feb 2026 has its 07-working-day limit end on Mon 2 Mar 2026', async () => {
    const response = await user.get('/calendar/deadline?from=2026-02-12T15:20:00%2B07:00&workingDays=7');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.lastDay, '2026-03-02');
    assert.deepEqual(body.countedDays, ['2026-02-13', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-03-02']);
    assert.equal(body.endsAt, '2026-03-02T16:59:59.999Z', 'the end of the last day in Vietnam');
  });

  test('the shipped 2026 schedule: Tết off Mon 16 – Fri 20 Feb', async () => {
    const year = (await user.get('/calendar/2026')).json();
    assert.equal(year.source, 'official');
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      assert.ok(
        year.daysOff.some((d: { date: string }) => d.date === date),
        date,
      );
    }
  });

  test("an administrator's override moves new deadlines; others are refused; stale If-Match is 409; invalid data 422", async () => {
    const body = {
      extraDaysOff: [
        { date: '2026-02-27', name: { vi: 'Nghỉ theo quyết định của tỉnh', en: 'Provincial day off' }, legalBasis: 'QĐ 5/QĐ-UBND' },
      ],
      makeUpWorkdays: [],
    };
    assert.equal((await user.put('/calendar/2026/overrides', body)).statusCode, 403);
    const set = await admin.put('/calendar/2026/overrides', body, { 'if-match': '"0"' });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().overridden, true);
    assert.equal(set.headers.etag, '"1"');
    const moved = (await user.get('/calendar/deadline?from=2026-02-12&workingDays=7')).json();
    assert.equal(moved.lastDay, '2026-03-03');
    assert.equal((await admin.put('/calendar/2026/overrides', body, { 'if-match': '"0"' })).statusCode, 409);
    const weekday = await admin.put('/calendar/2026/overrides', {
      extraDaysOff: [],
      makeUpWorkdays: [{ date: '2026-03-04', name: { vi: 'Làm bù', en: 'Make-up day' }, legalBasis: 'QĐ 6' }],
    });
    assert.equal(weekday.statusCode, 422, 'a make-up working day must be a Saturday or Sunday');
    assert.equal((await user.get('/calendar/deadline?from=2026-02-12&workingDays=7')).json().lastDay, '2026-03-03', 'nothing changed');
    assert.equal((await user.get('/calendar/deadline?from=2026-02-12&workingDays=7&calendarDays=3')).statusCode, 400);
  });
});
