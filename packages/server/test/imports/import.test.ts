import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import iconv from 'iconv-lite';
import { systemActor } from '../../src/app/command.ts';
import { importPeople } from '../../src/app/imports/import-people.ts';
import { buildApp } from '../../src/http/app.ts';
import { encodeTcvn3 } from '../../src/import/legacy-test-encoders.ts';
import { describeOnEngines } from '../support/engines.ts';
import { buildAccount, buildOrganisation, PASSWORD } from '../support/factories.ts';
import { anonymous, logIn, type Client } from '../support/client.ts';
import { multipartFile } from '../support/multipart.ts';

const ORG_CSV = [
  'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Ký hiệu',
  'I-SNV,Sở Nội vụ tỉnh Thử,Sở/ban/ngành,I-UBND,SNV',
  'I-UBND,Ủy ban nhân dân tỉnh Thử,UBND tỉnh,,UBND',
  'I-XA,Ủy ban nhân dân xã Tân Hòa,UBND xã,I-UBND,UBND',
  'I-BAD,Đơn vị sai loại,Quận,I-UBND,',
  'I-NONAME,,Sở/ban/ngành,I-UBND,',
  'I-ORPHAN,Đơn vị mồ côi,Khác,KHONG-CO,',
].join('\n');

async function peopleXlsx(rows: Array<Record<string, string | boolean | null>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cán bộ');
  sheet.addRow([
    'Mã cán bộ',
    'Họ và tên',
    'Chức vụ',
    'Giữ chức vụ lãnh đạo, quản lý',
    'Đối tượng NĐ 73',
    'Mã đơn vị',
    'Vai trò lãnh đạo',
    'Giữ vai trò từ ngày',
    'Tên đăng nhập',
  ]);
  for (const r of rows) sheet.addRow([r.code, r.name, r.title, r.leader, r.category, r.org, r.role, r.from, r.username]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describeOnEngines('imports of organisations and people', (ctx) => {
  let app: FastifyInstance;
  let admin: Client;

  before(async () => {
    const { services } = ctx();
    app = await buildApp(services);
    await buildAccount(services, { username: 'admin.import', roles: ['system_admin'] });
    admin = await logIn(app, 'admin.import', PASSWORD);
  });

  async function upload(client: Client, kind: string, filename: string, bytes: Uint8Array, query = '') {
    const { payload, headers } = multipartFile(filename, bytes);
    return client.request('POST', `/imports/${kind}${query}`, { body: payload, headers });
  }

  test('organisations CSV: valid rows applied (parents may come later), bad rows reported with row numbers and reasons', async () => {
    const response = await upload(admin, 'organisations', 'co-quan.csv', Buffer.from(ORG_CSV, 'utf8'));
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json();
    assert.equal(report.created, 3);
    assert.deepEqual(
      report.rejected.map((r: { rowNumber: number; errors: Array<{ code: string }> }) => [r.rowNumber, r.errors[0]!.code]),
      [
        [5, 'import.invalid_kind'],
        [6, 'import.required'],
        [7, 'import.reference_not_found'],
      ],
    );
    assert.ok(report.ledgerIndex > 0);
    const snv = (await admin.get('/organisations?q=so%20noi%20vu%20tinh%20thu')).json().items[0];
    const ubnd = (await admin.get('/organisations?q=I-UBND')).json().items[0];
    assert.equal(snv.parentId, ubnd.id);
    assert.equal(snv.abbreviation, 'SNV');
  });

  test('re-importing the same file changes nothing; a changed name updates one organisation', async () => {
    const again = (await upload(admin, 'organisations', 'co-quan.csv', Buffer.from(ORG_CSV, 'utf8'))).json();
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 3]);
    const changed = ORG_CSV.replace('Ủy ban nhân dân xã Tân Hòa', 'Ủy ban nhân dân xã Tân Hòa Mới');
    const report = (await upload(admin, 'organisations', 'co-quan.csv', Buffer.from(changed, 'utf8'))).json();
    assert.deepEqual([report.created, report.updated, report.unchanged], [0, 1, 2]);
  });

  test('a dry run reports what would happen and changes nothing', async () => {
    const before = (await admin.get('/organisations?limit=1')).json().total;
    const csv = 'Mã đơn vị,Tên đơn vị,Loại\nI-DRY,Đơn vị chạy thử,Khác\n';
    const report = (await upload(admin, 'organisations', 'thu.csv', Buffer.from(csv), '?dryRun=true')).json();
    assert.equal(report.dryRun, true);
    assert.equal(report.created, 1);
    assert.equal(report.ledgerIndex, null);
    assert.equal((await admin.get('/organisations?limit=1')).json().total, before);
  });

  test('a TCVN3-encoded CSV from an old office is detected and converted to Unicode', async () => {
    // The whole file was typed with .VnTime fonts: every cell is TCVN3 bytes read as Latin-1.
    const body = [
      'I-TCVN1,Phòng Tổ chức cán bộ,Khác,I-UBND',
      'I-TCVN2,Phòng Hành chính tổng hợp,Khác,I-UBND',
      'I-TCVN3,Trung tâm Dịch vụ việc làm,Khác,I-UBND',
    ].map(encodeTcvn3);
    const csv = ['Ma don vi,Ten don vi,Loai,Ma don vi cap tren', ...body].join('\n');
    const report = (await upload(admin, 'organisations', 'tcvn3.csv', iconv.encode(csv, 'latin1'))).json();
    assert.equal(report.encoding?.text, 'tcvn3', JSON.stringify(report));
    assert.equal(report.created, 3);
    const org = (await admin.get('/organisations?q=I-TCVN1')).json().items[0];
    assert.equal(org.name, 'Phòng Tổ chức cán bộ');
  });

  test('people XLSX: creates people, appoints leaders, creates accounts that cannot log in until reset', async () => {
    const bytes = await peopleXlsx([
      {
        code: 'I-CB1',
        name: 'Nguyễn Thị Thu Hà',
        title: 'Giám đốc Sở',
        leader: 'x',
        category: 'Cán bộ, công chức lãnh đạo, quản lý',
        org: 'I-SNV',
        role: 'Người đứng đầu',
        from: '01/07/2025',
        username: 'ha.ntt',
      },
      {
        code: 'I-CB2',
        name: 'Trần Văn Phó',
        title: 'Phó Giám đốc',
        leader: 'x',
        category: 'Cán bộ, công chức lãnh đạo, quản lý',
        org: 'I-SNV',
        role: 'Cấp phó',
        from: '2025-07-01',
        username: null,
      },
      {
        code: 'I-CB3',
        name: 'Lê Văn Sai',
        title: 'Chuyên viên',
        leader: '',
        category: 'Không thuộc đối tượng',
        org: 'KHONG-CO',
        role: null,
        from: null,
        username: null,
      },
    ]);
    const report = (await upload(admin, 'people', 'can-bo.xlsx', bytes)).json();
    assert.equal(report.created, 2, JSON.stringify(report.rejected));
    assert.deepEqual(
      report.rejected.map((r: { rowNumber: number }) => r.rowNumber),
      [4],
    );
    const snv = (await admin.get('/organisations?q=I-SNV')).json().items[0];
    const detail = (await admin.get(`/organisations/${snv.id}`)).json();
    assert.deepEqual(detail.leadership.map((t: { personName: string; role: string }) => [t.personName, t.role]).sort(), [
      ['Nguyễn Thị Thu Hà', 'head'],
      ['Trần Văn Phó', 'deputy'],
    ]);
    const login = await anonymous(app).post('/auth/login', { username: 'ha.ntt', password: 'anything-at-all' });
    assert.equal(login.statusCode, 401);
    const again = (await upload(admin, 'people', 'can-bo.xlsx', bytes)).json();
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 2]);
  });

  test('imports need an officer or admin (403), a login (401) and a file (4xx); nothing changes', async () => {
    const { services } = ctx();
    const org = await buildOrganisation(services);
    const plain = await buildAccount(services, { username: 'plain.import', scopeOrganisationId: org.id, roles: ['inspector'] });
    const inspector = await logIn(app, plain.username, PASSWORD);
    assert.equal((await upload(inspector, 'organisations', 'co-quan.csv', Buffer.from(ORG_CSV))).statusCode, 403);
    assert.equal((await upload(anonymous(app), 'organisations', 'co-quan.csv', Buffer.from(ORG_CSV))).statusCode, 401);
    const noFile = await admin.post('/imports/organisations', {});
    assert.ok([400, 415, 422].includes(noFile.statusCode), noFile.body);
    const wrongType = await upload(admin, 'organisations', 'anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    assert.equal(wrongType.statusCode, 422);
    assert.equal(wrongType.json().code, 'import.unsupported_format');
  });

  test('an officer can import only into their own subtree', async () => {
    const { services } = ctx();
    const ubnd = (await admin.get('/organisations?q=I-UBND')).json().items[0];
    const snv = (await admin.get('/organisations?q=I-SNV')).json().items[0];
    await buildAccount(services, { username: 'officer.import', roles: ['org_officer'], scopeOrganisationId: snv.id });
    const officer = await logIn(app, 'officer.import', PASSWORD);
    const csv = `Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\nI-SNV-P1,Phòng Công chức,Khác,I-SNV\nI-OUT,Ngoài phạm vi,Khác,I-UBND\n`;
    const report = (await upload(officer, 'organisations', 'phong.csv', Buffer.from(csv))).json();
    assert.equal(report.created, 1);
    assert.deepEqual(
      report.rejected.map((r: { rowNumber: number; errors: Array<{ code: string }> }) => [r.rowNumber, r.errors[0]!.code]),
      [[3, 'auth.forbidden']],
    );
    assert.ok(ubnd);
  });

  test('a 10,000-person XLSX imports completely in one run', { timeout: 600_000 }, async () => {
    const { services } = ctx();
    const org = await buildOrganisation(services, { code: 'I-BIG', name: 'Sở quy mô lớn' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cán bộ');
    sheet.addRow(['Mã cán bộ', 'Họ và tên', 'Chức vụ', 'Giữ chức vụ lãnh đạo, quản lý', 'Đối tượng NĐ 73', 'Mã đơn vị']);
    const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
    const given = ['Hương', 'Việt', 'Đức', 'Thủy', 'Ưng', 'Ơn', 'Mỹ', 'Kỹ'];
    for (let i = 0; i < 10_000; i++) {
      sheet.addRow([
        `BIG-${String(i).padStart(5, '0')}`,
        `${family[i % 8]} Văn ${given[(i >> 3) % 8]}`,
        'Chuyên viên',
        '',
        'Không thuộc đối tượng',
        'I-BIG',
      ]);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'khien-import-'));
    try {
      const file = path.join(dir, 'muoi-nghin-can-bo.xlsx');
      await workbook.xlsx.writeFile(file);
      let lastApply = 0;
      const report = await importPeople(
        services,
        systemActor('test'),
        { path: file },
        { onProgress: (p) => p.phase === 'apply' && (lastApply = p.done) },
      );
      assert.equal(report.rowsRead, 10_000);
      assert.equal(report.created, 10_000);
      assert.equal(report.rejected.length, 0);
      assert.equal(lastApply, 10_000);
      const count = await services.database.db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organisation_id', '=', org.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('khien import CLI (embedded database in a temp data directory)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'khien-cli-import-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('khien import orgs: applies valid rows, prints rejected rows, exits 3 when some were rejected', () => {
    const file = path.join(dir, 'co-quan.csv');
    writeFileSync(file, ORG_CSV);
    const env = { ...process.env, KHIEN_DATA_DIR: path.join(dir, 'data'), KHIEN_LOG_LEVEL: 'warn' };
    const cli = path.resolve(import.meta.dirname, '../../src/cli/main.ts');
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'import', 'orgs', file], { env, encoding: 'utf8' });
    assert.equal(result.status, 3, result.stderr);
    assert.match(result.stdout, /created 3/);
    assert.match(result.stdout, /Dòng \/ row 5 \[import\.invalid_kind\]/);
    const again = spawnSync(process.execPath, ['--import', 'tsx', cli, 'import', 'orgs', file, '--dry-run'], { env, encoding: 'utf8' });
    assert.match(again.stdout, /unchanged 3/);
    assert.match(again.stdout, /dry run: nothing changed/);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', cli, 'import', 'orgs', path.join(dir, 'khong-co.csv')], {
      env,
      encoding: 'utf8',
    });
    assert.notEqual(missing.status, 0);
    const usage = spawnSync(process.execPath, ['--import', 'tsx', cli, 'import', 'cats', file], { env, encoding: 'utf8' });
    assert.equal(usage.status, 3);
  });
});
