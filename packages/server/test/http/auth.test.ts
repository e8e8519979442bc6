import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { describeOnEngines } from '../support/engines.ts';
import { buildAccount, buildOrganisation, buildPerson, PASSWORD } from '../support/factories.ts';
import { anonymous, logIn } from '../support/client.ts';
import { SESSION_COOKIE } from '../../src/http/auth-plugin.ts';

describeOnEngines('authentication and sessions', (ctx) => {
  let app: FastifyInstance;
  let username: string;
  before(async () => {
    const { services } = ctx();
    app = await buildApp(services);
    const org = await buildOrganisation(services);
    const person = await buildPerson(services, org.id);
    username = (await buildAccount(services, { personId: person.id })).username;
  });

  test('health and readiness answer without login', async () => {
    assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
    const ready = await app.inject({ url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().engine, ctx().engine);
  });

  test('login sets an HttpOnly session cookie and returns a CSRF token', async () => {
    const response = await anonymous(app).post('/auth/login', { username, password: PASSWORD });
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    assert.ok(cookie?.value);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.ok(response.json().csrfToken.length > 20);
    assert.ok(response.headers['x-request-id']);
  });

  test('a wrong password is a 401 problem in Vietnamese and English', async () => {
    const response = await anonymous(app).post('/auth/login', { username, password: 'sai-mat-khau-123' });
    assert.equal(response.statusCode, 401);
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
    const body = response.json();
    assert.equal(body.code, 'auth.invalid_credentials');
    assert.match(body.messages.vi, /Tên đăng nhập hoặc mật khẩu không đúng/);
    assert.match(body.messages.en, /Wrong username or password/);
  });

  test('an unknown user gets the same answer as a wrong password', async () => {
    const response = await anonymous(app).post('/auth/login', { username: 'khong.ton.tai', password: 'whatever-123' });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'auth.invalid_credentials');
  });

  test('requests without a session are 401; with a session they see who they are', async () => {
    assert.equal((await anonymous(app).get('/auth/session')).statusCode, 401);
    const client = await logIn(app, username, PASSWORD);
    const me = await client.get('/auth/session');
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().account.username, username);
  });

  test('a cookie-authenticated mutation without the CSRF token is refused and changes nothing', async () => {
    const client = await logIn(app, username, PASSWORD);
    const response = await client.request('POST', '/auth/tokens', { body: { name: 'x' }, csrf: false });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'auth.csrf_failed');
    assert.deepEqual((await client.get('/auth/tokens')).json(), []);
  });

  test('logout ends the session', async () => {
    const client = await logIn(app, username, PASSWORD);
    assert.equal((await client.post('/auth/logout')).statusCode, 204);
    assert.equal((await client.get('/auth/session')).statusCode, 401);
  });

  test('password change: wrong current password refused; new one works, old one does not', async () => {
    const { services } = ctx();
    const org = await buildOrganisation(services);
    const person = await buildPerson(services, org.id);
    const account = await buildAccount(services, { personId: person.id });
    const client = await logIn(app, account.username, PASSWORD);
    const wrong = await client.post('/auth/password', { currentPassword: 'not-it-123', newPassword: 'Mot-mat-khau-moi-2026' });
    assert.equal(wrong.statusCode, 422);
    assert.equal(wrong.json().code, 'auth.wrong_password');
    const weak = await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: '123' });
    assert.equal(weak.statusCode, 400);
    const ok = await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'Mot-mat-khau-moi-2026' });
    assert.equal(ok.statusCode, 204);
    assert.equal((await anonymous(app).post('/auth/login', { username: account.username, password: PASSWORD })).statusCode, 401);
    await logIn(app, account.username, 'Mot-mat-khau-moi-2026');
  });

  test('API tokens: issued once, used as bearer without CSRF, refused after revocation', async () => {
    const client = await logIn(app, username, PASSWORD);
    const issued = await client.post('/auth/tokens', { name: 'Hệ thống báo cáo tỉnh' });
    assert.equal(issued.statusCode, 201);
    const { token, apiToken } = issued.json();
    const bearer = { authorization: `Bearer ${token}` };
    const viaToken = await app.inject({ url: '/api/v1/auth/session', headers: bearer });
    assert.equal(viaToken.statusCode, 200);
    assert.equal((await client.delete(`/auth/tokens/${apiToken.id}`)).statusCode, 200);
    const revoked = await app.inject({ url: '/api/v1/auth/session', headers: bearer });
    assert.equal(revoked.statusCode, 401);
    assert.equal(revoked.json().code, 'auth.invalid_token');
  });

  test('malformed JSON, unknown fields and wrong types are 400 problems', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().code, 'request.malformed_json');
    const unknown = await anonymous(app).post('/auth/login', { username, password: PASSWORD, admin: true });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'request.invalid');
    const wrongType = await anonymous(app).post('/auth/login', { username: 42, password: PASSWORD });
    assert.equal(wrongType.statusCode, 400);
  });

  test('an oversize body is a 413 problem', async () => {
    const response = await anonymous(app).post('/auth/login', { username, password: 'x'.repeat(2_000_000) });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().code, 'request.too_large');
  });

  test('an unknown route is a 404 problem', async () => {
    const response = await anonymous(app).get('/khong-co');
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'route.not_found');
  });
});

describeOnEngines(
  'login lockout and session expiry',
  (ctx) => {
    let app: FastifyInstance;
    let username: string;
    before(async () => {
      app = await buildApp(ctx().services);
      username = (await buildAccount(ctx().services)).username;
    });

    test('after 3 wrong passwords the account is locked (423) even for the right password', async () => {
      for (let i = 0; i < 3; i++) {
        assert.equal((await anonymous(app).post('/auth/login', { username, password: `wrong-pass-${i}` })).statusCode, 401);
      }
      const locked = await anonymous(app).post('/auth/login', { username, password: PASSWORD });
      assert.equal(locked.statusCode, 423);
      assert.equal(locked.json().code, 'auth.account_locked');
    });
  },
  { config: { KHIEN_LOGIN_MAX_FAILURES: '3', KHIEN_LOGIN_LOCK_MINUTES: '30' } },
);

describeOnEngines('expired sessions', (ctx) => {
  test('a session past its expiry is refused with auth.session_expired', async () => {
    const { services } = ctx();
    const app = await buildApp(services);
    const account = await buildAccount(services);
    const client = await logIn(app, account.username, PASSWORD);
    await services.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const response = await client.get('/auth/session');
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'auth.session_expired');
  });
});
