import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { describeOnEngines } from '../support/engines.ts';
import { buildAccount, buildOrganisation, buildPerson, PASSWORD } from '../support/factories.ts';
import { anonymous, logIn, type Client } from '../support/client.ts';

describeOnEngines('organisations API', (ctx) => {
  let app: FastifyInstance;
  let admin: Client;
  let officer: Client;
  let staff: Client;
  let province: { id: string };
  let department: { id: string };
  let commune: { id: string };
  let committee: { id: string };

  before(async () => {
    const { services } = ctx();
    app = await buildApp(services);
    province = await buildOrganisation(services, {
      code: 'T-UBND',
      name: 'Ủy ban nhân dân tỉnh Thử',
      kind: 'provincial_peoples_committee',
    });
    committee = await buildOrganisation(services, { code: 'T-TU', name: 'Tỉnh ủy Thử', kind: 'party_committee' });
    department = await buildOrganisation(services, { code: 'T-SNV', name: 'Sở Nội vụ', parentId: province.id });
    commune = await buildOrganisation(services, {
      code: 'T-XA',
      name: 'Ủy ban nhân dân xã Đông Hòa',
      kind: 'commune_peoples_committee',
      parentId: province.id,
    });
    await buildAccount(services, { username: 'admin.test', roles: ['system_admin'] });
    const officerPerson = await buildPerson(services, department.id);
    await buildAccount(services, {
      username: 'officer.test',
      personId: officerPerson.id,
      roles: ['org_officer'],
      scopeOrganisationId: department.id,
    });
    const staffPerson = await buildPerson(services, commune.id, { isLeadershipPost: false, nd73Category: 'not_eligible' });
    await buildAccount(services, { username: 'staff.test', personId: staffPerson.id });
    admin = await logIn(app, 'admin.test', PASSWORD);
    officer = await logIn(app, 'officer.test', PASSWORD);
    staff = await logIn(app, 'staff.test', PASSWORD);
  });

  test('create: an admin registers an organisation with its Party committee; NFC applied', async () => {
    const response = await admin.post('/organisations', {
      code: 'T-SKHCN',
      name: 'Sở Khoa học và Công nghệ'.normalize('NFD'),
      abbreviation: 'SKHCN',
      kind: 'provincial_department',
      parentId: province.id,
      partyCommitteeId: committee.id,
    });
    assert.equal(response.statusCode, 201, response.body);
    const body = response.json();
    assert.equal(body.name, 'Sở Khoa học và Công nghệ');
    assert.equal(body.superiorAgencyId, province.id, 'the superior employing agency defaults to the parent');
    assert.equal(body.depth, 2);
    assert.equal(response.headers.etag, '"1"');
  });

  test('create: validation failures are 400 with the field named, and change nothing', async () => {
    const before = (await admin.get('/organisations?limit=500')).json().total;
    const response = await admin.post('/organisations', { code: 'bad code!', name: '', kind: 'district' });
    assert.equal(response.statusCode, 400);
    const body = response.json();
    assert.equal(body.code, 'request.invalid');
    assert.ok(body.errors.some((e: { path: string }) => e.path.includes('code')));
    assert.ok(
      body.errors.some((e: { path: string }) => e.path.includes('kind')),
      'no district level exists after 1 Jul 2025',
    );
    assert.equal((await admin.get('/organisations?limit=500')).json().total, before);
  });

  test('create: a duplicate code is a 409; a non-committee as Party committee is a 422', async () => {
    const dup = await admin.post('/organisations', { code: 'T-SNV', name: 'Trùng mã', kind: 'other' });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'organisation.already_exists');
    const wrong = await admin.post('/organisations', { code: 'T-X1', name: 'Sai cấp ủy', kind: 'other', partyCommitteeId: department.id });
    assert.equal(wrong.statusCode, 422);
    assert.equal(wrong.json().code, 'organisation.not_a_party_committee');
  });

  test('create: an officer may add units only under their scope (403 elsewhere); anonymous is 401', async () => {
    assert.equal(
      (await officer.post('/organisations', { code: 'T-SNV-P1', name: 'Phòng Tổ chức', kind: 'other', parentId: department.id }))
        .statusCode,
      201,
    );
    const outside = await officer.post('/organisations', {
      code: 'T-XA-P1',
      name: 'Phòng ngoài phạm vi',
      kind: 'other',
      parentId: commune.id,
    });
    assert.equal(outside.statusCode, 403);
    assert.equal(outside.json().code, 'auth.forbidden');
    assert.equal((await anonymous(app).post('/organisations', { code: 'T-Y', name: 'Y', kind: 'other' })).statusCode, 401);
  });

  test('list: search ignores diacritics ("so noi vu" finds "Sở Nội vụ") and sorts in Vietnamese order', async () => {
    const found = (await staff.get('/organisations?q=so%20noi%20vu')).json();
    assert.ok(found.items.some((o: { code: string }) => o.code === 'T-SNV'));
    const children = (await staff.get(`/organisations?parentId=${province.id}&limit=100`))
      .json()
      .items.map((o: { name: string }) => o.name);
    const sorted = [...children].sort(new Intl.Collator('vi').compare);
    assert.deepEqual(children, sorted);
  });

  test('list: pagination and subtree filter', async () => {
    const page = (await staff.get(`/organisations?under=${province.id}&limit=2&offset=0`)).json();
    assert.equal(page.items.length, 2);
    assert.ok(page.total >= 4);
    const bad = await staff.get('/organisations?limit=100000');
    assert.equal(bad.statusCode, 400);
  });

  test('get: unknown id is 404; malformed id is 400', async () => {
    assert.equal((await staff.get('/organisations/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    assert.equal((await staff.get('/organisations/not-a-uuid')).statusCode, 400);
  });

  test('update: If-Match guards against lost updates (409 on a stale version)', async () => {
    const current = await admin.get(`/organisations/${commune.id}`);
    const etag = String(current.headers.etag);
    const body = { code: 'T-XA', name: 'Ủy ban nhân dân xã Đông Hòa (mới)', kind: 'commune_peoples_committee', parentId: province.id };
    const ok = await admin.put(`/organisations/${commune.id}`, body, { 'if-match': etag });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().version, 2);
    const stale = await admin.put(`/organisations/${commune.id}`, body, { 'if-match': etag });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'request.version_conflict');
  });

  test('update: moving an organisation below its own unit is refused (cycle)', async () => {
    const unit = (
      await admin.post('/organisations', { code: 'T-SNV-U', name: 'Đơn vị con', kind: 'other', parentId: department.id })
    ).json();
    const cycle = await admin.put(`/organisations/${department.id}`, {
      code: 'T-SNV',
      name: 'Sở Nội vụ',
      kind: 'provincial_department',
      parentId: unit.id,
    });
    assert.equal(cycle.statusCode, 422);
    assert.equal(cycle.json().code, 'organisation.cycle');
  });

  test('update: moving a subtree moves the paths of its units too', async () => {
    const a = (await admin.post('/organisations', { code: 'T-MOVE-A', name: 'Đơn vị A', kind: 'other', parentId: department.id })).json();
    const b = (await admin.post('/organisations', { code: 'T-MOVE-B', name: 'Đơn vị B', kind: 'other', parentId: a.id })).json();
    const moved = await admin.put(`/organisations/${a.id}`, { code: 'T-MOVE-A', name: 'Đơn vị A', kind: 'other', parentId: commune.id });
    assert.equal(moved.statusCode, 200, moved.body);
    const child = (await admin.get(`/organisations/${b.id}`)).json();
    assert.ok(child.path.startsWith(moved.json().path + '.'));
    const underCommune = (await admin.get(`/organisations?under=${commune.id}&limit=100`)).json().items.map((o: { id: string }) => o.id);
    assert.ok(underCommune.includes(b.id));
  });

  test('leadership: appoint head and deputy, one head at a time, end a term and keep the history', async () => {
    const { services } = ctx();
    const head = await buildPerson(services, commune.id, { fullName: 'Lê Văn Trưởng' });
    const deputy = await buildPerson(services, commune.id, { fullName: 'Trần Thị Phó' });
    const next = await buildPerson(services, commune.id, { fullName: 'Phạm Văn Kế' });
    const appointed = await admin.post(`/organisations/${commune.id}/leadership`, {
      personId: head.id,
      role: 'head',
      startsOn: '2025-07-01',
    });
    assert.equal(appointed.statusCode, 201, appointed.body);
    assert.equal(
      (await admin.post(`/organisations/${commune.id}/leadership`, { personId: deputy.id, role: 'deputy', startsOn: '2025-07-01' }))
        .statusCode,
      201,
    );
    const second = await admin.post(`/organisations/${commune.id}/leadership`, { personId: next.id, role: 'head', startsOn: '2026-01-01' });
    assert.equal(second.statusCode, 422);
    assert.equal(second.json().code, 'leadership.head_already_in_office');
    const term = appointed.json().leadership.find((t: { personId: string }) => t.personId === head.id);
    const ended = await admin.post(`/organisations/${commune.id}/leadership/${term.id}/end`, { endsOn: '2025-12-31', basis: 'Nghỉ hưu' });
    assert.equal(ended.statusCode, 200);
    assert.equal(
      (await admin.post(`/organisations/${commune.id}/leadership`, { personId: next.id, role: 'head', startsOn: '2026-01-01' })).statusCode,
      201,
    );
    const detail = (await staff.get(`/organisations/${commune.id}`)).json();
    const heads = detail.leadership.filter((t: { role: string }) => t.role === 'head');
    assert.equal(heads.length, 2, 'history kept');
    assert.equal(heads.filter((t: { current: boolean }) => t.current).length, 1);
    const badEnd = await admin.post(`/organisations/${commune.id}/leadership/${term.id}/end`, { endsOn: '2025-12-31' });
    assert.equal(badEnd.statusCode, 422);
  });

  test('leadership: a plain user cannot appoint (403)', async () => {
    const { services } = ctx();
    const p = await buildPerson(services, commune.id);
    const response = await staff.post(`/organisations/${commune.id}/leadership`, {
      personId: p.id,
      role: 'deputy',
      startsOn: '2025-07-01',
    });
    assert.equal(response.statusCode, 403);
  });
});
