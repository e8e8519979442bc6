import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { describeOnEngines } from '../support/engines.ts';
import { appoint, buildAccount, buildOrganisation, buildPerson, PASSWORD } from '../support/factories.ts';
import { anonymous, logIn, type Client } from '../support/client.ts';

describeOnEngines('people and accounts API', (ctx) => {
  let app: FastifyInstance;
  let admin: Client;
  let officer: Client;
  let head: Client;
  let inspector: Client;
  let staff: Client;
  let province: { id: string };
  let department: { id: string };
  let commune: { id: string };
  let communePerson: { id: string };
  let deptPerson: { id: string; version: number };

  before(async () => {
    const { services } = ctx();
    app = await buildApp(services);
    province = await buildOrganisation(services, { code: 'P-UBND', name: 'UBND tỉnh', kind: 'provincial_peoples_committee' });
    department = await buildOrganisation(services, { code: 'P-SYT', name: 'Sở Y tế', parentId: province.id });
    commune = await buildOrganisation(services, {
      code: 'P-XA',
      name: 'UBND xã',
      kind: 'commune_peoples_committee',
      parentId: province.id,
    });
    deptPerson = await buildPerson(services, department.id, { fullName: 'Đoàn Thị Ánh', code: 'NV-1' });
    communePerson = await buildPerson(services, commune.id, { fullName: 'Âu Văn Bảo', code: 'NV-2' });
    const headPerson = await buildPerson(services, department.id, { fullName: 'Giám đốc Sở' });
    await appoint(services, department.id, headPerson.id, 'head');
    const officerPerson = await buildPerson(services, department.id);
    await buildAccount(services, { username: 'admin.p', roles: ['system_admin'] });
    await buildAccount(services, {
      username: 'officer.p',
      personId: officerPerson.id,
      roles: ['org_officer'],
      scopeOrganisationId: department.id,
    });
    await buildAccount(services, { username: 'head.p', personId: headPerson.id });
    await buildAccount(services, { username: 'inspector.p', roles: ['inspector'], scopeOrganisationId: province.id });
    await buildAccount(services, { username: 'staff.p', personId: communePerson.id });
    admin = await logIn(app, 'admin.p', PASSWORD);
    officer = await logIn(app, 'officer.p', PASSWORD);
    head = await logIn(app, 'head.p', PASSWORD);
    inspector = await logIn(app, 'inspector.p', PASSWORD);
    staff = await logIn(app, 'staff.p', PASSWORD);
  });

  test('people: an officer registers a person in scope; ND73 Art. 2 category is required and checked', async () => {
    const ok = await officer.post('/people', {
      code: 'NV-3',
      fullName: '  Nguyễn   Thị Hương ',
      positionTitle: 'Trưởng phòng',
      isLeadershipPost: true,
      nd73Category: 'administrative_leader',
      organisationId: department.id,
      email: 'Huong@Example.gov.vn',
      phone: '0912 345 678',
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().fullName, 'Nguyễn Thị Hương');
    assert.equal(ok.json().email, 'huong@example.gov.vn');
    assert.equal(ok.json().phone, '+84912345678');
    const bad = await officer.post('/people', {
      code: 'NV-4',
      fullName: 'X',
      isLeadershipPost: true,
      nd73Category: 'everyone',
      organisationId: department.id,
    });
    assert.equal(bad.statusCode, 400);
  });

  test('people: an officer gets 403 outside scope for an organisation it can see', async () => {
    const response = await officer.post('/people', {
      code: 'NV-5',
      fullName: 'Ngoài phạm vi',
      isLeadershipPost: false,
      nd73Category: 'not_eligible',
      organisationId: commune.id,
    });
    assert.equal(response.statusCode, 403);
  });

  test('people: hidden people answer 404 (not 403) to those who may not see them', async () => {
    assert.equal((await officer.get(`/people/${communePerson.id}`)).statusCode, 404);
    assert.equal((await head.get(`/people/${communePerson.id}`)).statusCode, 404);
    assert.equal((await staff.get(`/people/${deptPerson.id}`)).statusCode, 404);
    assert.equal((await inspector.get(`/people/${communePerson.id}`)).statusCode, 200);
    assert.equal((await staff.get(`/people/${communePerson.id}`)).statusCode, 200, 'everyone sees their own record');
    assert.equal((await anonymous(app).get(`/people/${communePerson.id}`)).statusCode, 401);
  });

  test('people: lists show only what the actor may see, searchable without diacritics', async () => {
    const headList = (await head.get('/people?limit=500')).json();
    assert.ok(headList.items.every((p: { organisationId: string }) => p.organisationId === department.id));
    const staffList = (await staff.get('/people')).json();
    assert.deepEqual(
      staffList.items.map((p: { id: string }) => p.id),
      [communePerson.id],
    );
    const search = (await admin.get('/people?q=doan%20thi%20anh')).json();
    assert.equal(search.items[0]?.id, deptPerson.id);
    const all = (await admin.get(`/people?under=${province.id}&limit=500`)).json();
    assert.ok(all.total >= 5);
  });

  test('people: update with If-Match; stale version is 409; inspector cannot update (403)', async () => {
    const current = (await officer.get(`/people/${deptPerson.id}`)).json();
    const body = {
      code: current.code,
      fullName: current.fullName,
      positionTitle: 'Phó Trưởng phòng',
      isLeadershipPost: true,
      nd73Category: 'administrative_leader',
      organisationId: department.id,
    };
    assert.equal((await inspector.put(`/people/${deptPerson.id}`, body)).statusCode, 403);
    const ok = await officer.put(`/people/${deptPerson.id}`, body, { 'if-match': `"${current.version}"` });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().positionTitle, 'Phó Trưởng phòng');
    const stale = await officer.put(`/people/${deptPerson.id}`, body, { 'if-match': `"${current.version}"` });
    assert.equal(stale.statusCode, 409);
    const malformed = await officer.put(`/people/${deptPerson.id}`, body, { 'if-match': 'abc' });
    assert.equal(malformed.statusCode, 400);
  });

  test('accounts: an officer creates an account for a person in scope; not an admin account', async () => {
    const { services } = ctx();
    const p = await buildPerson(services, department.id);
    const ok = await officer.post('/accounts', { username: 'moi.taikhoan', password: 'Tam-thoi-2026', personId: p.id });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().mustChangePassword, true);
    const adminRole = await officer.post('/accounts', { username: 'gia.admin', password: 'Tam-thoi-2026', roles: ['system_admin'] });
    assert.equal(adminRole.statusCode, 403);
    const dup = await officer.post('/accounts', { username: 'MOI.TAIKHOAN', password: 'Tam-thoi-2026' });
    assert.ok([403, 409].includes(dup.statusCode));
    const weak = await admin.post('/accounts', { username: 'yeu.matkhau', password: '1234567890' });
    assert.equal(weak.statusCode, 400);
  });

  test('accounts: reset password ends sessions and forces a change; lists are scoped', async () => {
    const { services } = ctx();
    const p = await buildPerson(services, department.id);
    const account = await buildAccount(services, { personId: p.id, username: 'bi.datlai' });
    const user = await logIn(app, 'bi.datlai', PASSWORD);
    const reset = await officer.post(`/accounts/${account.id}/reset-password`, { temporaryPassword: 'Mat-khau-tam-99' });
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().mustChangePassword, true);
    assert.equal((await user.get('/auth/session')).statusCode, 401, 'old sessions end');
    await logIn(app, 'bi.datlai', 'Mat-khau-tam-99');
    const officerList = (await officer.get('/accounts?limit=500')).json().items.map((a: { username: string }) => a.username);
    assert.ok(officerList.includes('bi.datlai'));
    assert.ok(!officerList.includes('staff.p'), 'accounts outside scope are not listed');
    assert.equal((await staff.get('/accounts')).json().total, 1, 'a plain user sees only their own account');
    const staffAccount = (await staff.get('/auth/session')).json().account;
    assert.equal((await officer.get(`/accounts/${staffAccount.id}`)).statusCode, 404);
  });

  test('accounts: disabling an account ends its sessions and blocks login', async () => {
    const { services } = ctx();
    const account = await buildAccount(services, { username: 'se.bikhoa', scopeOrganisationId: department.id, roles: ['inspector'] });
    const user = await logIn(app, 'se.bikhoa', PASSWORD);
    const response = await admin.put(`/accounts/${account.id}`, {
      roles: ['inspector'],
      scopeOrganisationId: department.id,
      disabled: true,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal((await user.get('/auth/session')).statusCode, 401);
    const login = await anonymous(app).post('/auth/login', { username: 'se.bikhoa', password: PASSWORD });
    assert.equal(login.statusCode, 403);
    assert.equal(login.json().code, 'auth.account_disabled');
  });

  test('accounts: nobody edits their own roles except an admin, who cannot demote themself', async () => {
    const me = (await admin.get('/auth/session')).json().account;
    const demote = await admin.put(`/accounts/${me.id}`, { roles: [], disabled: false });
    assert.equal(demote.statusCode, 422);
    assert.equal(demote.json().code, 'account.cannot_demote_self');
    const self = (await staff.get('/auth/session')).json().account;
    assert.equal((await staff.put(`/accounts/${self.id}`, { roles: ['system_admin'], disabled: false })).statusCode, 403);
  });
});
