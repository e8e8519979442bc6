import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { runCommand, systemActor } from '../../src/app/command.ts';
import { issueDocument, issueDocumentInCommand, type IssueDocumentInput } from '../../src/app/documents/issue-document.ts';
import { buildProposalDecision } from '../../src/documents/index.ts';
import { buildApp } from '../../src/http/app.ts';
import { logIn, type Client } from '../support/client.ts';
import { describeOnEngines } from '../support/engines.ts';
import { appoint, buildAccount, buildOrganisation, buildPerson, PASSWORD } from '../support/factories.ts';
import { pdfText } from './pdf-tools.ts';
import { PROPOSER, SAMPLES } from './sample-data.ts';

// The clock the services read: 05 Mar 2026 in Hà Nội unless a test moves it.
let clock = new Date('2026-03-05T02:00:00Z');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function multipart(fileName: string, bytes: Uint8Array, contentType: string) {
  const boundary = `----khien${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      'utf8',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeOnEngines(
  'documents: numbering, rendering, ledger evidence, signed originals',
  (ctx) => {
    let app: FastifyInstance;
    let admin: Client;
    let head: Client;
    let stranger: Client;
    let proposer: Client;
    let department: { id: string };
    let proposerId: string;
    const proposalId = '8d6e7c8a-0b4e-4c39-9d55-0c2f0d6f6a01';

    const decision = (overrides: Partial<IssueDocumentInput> = {}): IssueDocumentInput =>
      ({
        organisationId: department.id,
        template: 'proposal_decision',
        subject: { type: 'proposal', id: proposalId },
        data: { ...SAMPLES.proposal_decision, concernedPersonIds: [proposerId] },
        ...overrides,
      }) as IssueDocumentInput;

    before(async () => {
      const { services } = ctx();
      app = await buildApp(services);
      const province = await buildOrganisation(services, {
        code: 'HS-UBND',
        name: 'Ủy ban nhân dân tỉnh Hòa Sơn',
        shortName: 'UBND tỉnh Hòa Sơn',
        abbreviation: 'UBND',
        kind: 'provincial_peoples_committee',
      });
      department = await buildOrganisation(services, {
        code: 'HS-SNV',
        name: 'Sở Nội vụ tỉnh Hòa Sơn',
        shortName: 'Sở Nội vụ',
        abbreviation: 'SNV',
        parentId: province.id,
      });
      const other = await buildOrganisation(services, {
        code: 'HS-STC',
        name: 'Sở Tài chính tỉnh Hòa Sơn',
        abbreviation: 'STC',
        parentId: province.id,
      });
      await buildAccount(services, { username: 'admin.docs', roles: ['system_admin'] });
      const headPerson = await buildPerson(services, department.id, { fullName: 'Đặng Văn Mỹ' });
      await appoint(services, department.id, headPerson.id, 'head');
      await buildAccount(services, { username: 'head.docs', personId: headPerson.id });
      const proposerPerson = await buildPerson(services, department.id, { fullName: PROPOSER });
      proposerId = proposerPerson.id;
      await buildAccount(services, { username: 'proposer.docs', personId: proposerId });
      const strangerPerson = await buildPerson(services, other.id, { fullName: 'Võ Thị Lạ' });
      await appoint(services, other.id, strangerPerson.id, 'head');
      await buildAccount(services, { username: 'stranger.docs', personId: strangerPerson.id });
      admin = await logIn(app, 'admin.docs', PASSWORD);
      head = await logIn(app, 'head.docs', PASSWORD);
      proposer = await logIn(app, 'proposer.docs', PASSWORD);
      stranger = await logIn(app, 'stranger.docs', PASSWORD);
    });

    test('issue: numbered 01 in its series, DOCX and PDF stored, both SHA-256 sealed in the ledger event', async () => {
      const response = await head.post('/documents', decision());
      assert.equal(response.statusCode, 201, response.body);
      const doc = response.json();
      assert.equal(doc.numberLine, 'Số: 01/QĐ-SNV');
      assert.equal(doc.issuedOn, '2026-03-05');
      assert.deepEqual(doc.subject, { type: 'proposal', id: proposalId });
      assert.deepEqual(
        doc.files.map((f: { format: string }) => f.format),
        ['docx', 'pdf'],
      );
      const row = await ctx()
        .services.database.db.selectFrom('ledger_entries')
        .innerJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
        .select(['ledger_entries.type', 'ledger_payloads.payload'])
        .where('ledger_entries.idx', '=', doc.ledgerIndex)
        .executeTakeFirstOrThrow();
      assert.equal(row.type, 'document.issued');
      const payload = JSON.parse(row.payload!);
      for (const file of doc.files) {
        const download = await head.get(file.downloadUrl);
        assert.equal(download.statusCode, 200);
        assert.equal(download.headers['content-type'], file.contentType);
        const bytes = download.rawPayload;
        assert.equal(sha256(bytes), file.sha256, 'the served bytes are the hashed bytes');
        assert.ok(
          payload.files.some((f: { sha256: string; format: string }) => f.sha256 === file.sha256 && f.format === file.format),
          'the hash is in the ledger payload',
        );
        assert.equal(download.headers['repr-digest'], `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
        const disposition = String(download.headers['content-disposition']);
        assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent(`Quyết định 01-QĐ-SNV.${file.format}`)}`), disposition);
        assert.ok(disposition.includes(`filename="Quyet dinh 01-QD-SNV.${file.format}"`), disposition);
      }
      const pdf = (await head.get(doc.files[1].downloadUrl)).rawPayload;
      const text = pdfText(pdf).normalize('NFC');
      assert.ok(text.includes('Số: 01/QĐ-SNV') && text.includes('Hòa Sơn, ngày 05 tháng 3 năm 2026'));
    });

    test('numbering: per type (QĐ and BB are separate series) and gap-free in order', async () => {
      const second = (await head.post('/documents', decision())).json();
      assert.equal(second.symbol, '02/QĐ-SNV');
      const minutes = await head.post('/documents', {
        organisationId: department.id,
        template: 'meeting_minutes',
        subject: { type: 'proposal', id: proposalId },
        data: SAMPLES.meeting_minutes,
      });
      assert.equal(minutes.statusCode, 201, minutes.body);
      assert.equal(minutes.json().symbol, '01/BB-SNV');
    });

    test('numbering: concurrent issues get unique, consecutive numbers (no gaps, no duplicates)', async () => {
      const { services } = ctx();
      const before = (await services.database.db.selectFrom('documents').select('number').where('type_code', '=', 'QĐ').execute()).map(
        (r) => r.number,
      );
      const start = Math.max(...before) + 1;
      const issued = await Promise.all(Array.from({ length: 12 }, () => issueDocument(services, systemActor(), decision())));
      const numbers = issued.map((d) => d.number).sort((a, b) => a - b);
      assert.deepEqual(
        numbers,
        Array.from({ length: 12 }, (_, i) => start + i),
      );
      const all = (
        await services.database.db
          .selectFrom('documents')
          .select('number')
          .where('type_code', '=', 'QĐ')
          .where('year', '=', 2026)
          .orderBy('number')
          .execute()
      ).map((r) => r.number);
      assert.deepEqual(
        all,
        all.map((_, i) => i + 1),
        'the whole series is 1..n',
      );
    });

    test('numbering: a rolled-back issue gives its number back', async () => {
      const { services } = ctx();
      const last = await services.database.db
        .selectFrom('document_counters')
        .select('last')
        .where('organisation_id', '=', department.id)
        .where('type_code', '=', 'QĐ')
        .where('year', '=', 2026)
        .executeTakeFirstOrThrow();
      await assert.rejects(
        runCommand(services, systemActor(), async (scope) => {
          const issued = await issueDocumentInCommand(services, scope, {
            organisationId: department.id,
            template: 'proposal_decision',
            draft: buildProposalDecision(SAMPLES.proposal_decision),
          });
          assert.equal(issued.symbol, `${last.last + 1}/QĐ-SNV`);
          throw new Error('a later step of the command fails');
        }),
        /a later step/,
      );
      const next = await issueDocument(services, systemActor(), decision());
      assert.equal(next.number, last.last + 1);
    });

    test('numbering: the series restarts at 01 on 1 January (Vietnam time)', async () => {
      const { services } = ctx();
      try {
        clock = new Date('2026-12-31T16:59:00Z'); // 23:59 on 31 Dec in Hà Nội
        const lastOfYear = await issueDocument(services, systemActor(), decision());
        assert.equal(lastOfYear.year, 2026);
        assert.ok(lastOfYear.number > 1);
        clock = new Date('2026-12-31T17:00:00Z'); // 00:00 on 1 Jan 2027 in Hà Nội
        const first = await issueDocument(services, systemActor(), decision());
        assert.equal(first.symbol, '01/QĐ-SNV');
        assert.equal(first.year, 2027);
        assert.equal(first.issuedOn, '2027-01-01');
        const blob = await services.database.db
          .selectFrom('document_blobs')
          .select('bytes')
          .where('sha256', '=', first.files[1]!.sha256)
          .executeTakeFirstOrThrow();
        assert.ok(pdfText(blob.bytes).normalize('NFC').includes('Hòa Sơn, ngày 01 tháng 01 năm 2027'));
        const second = await issueDocument(services, systemActor(), decision());
        assert.equal(second.symbol, '02/QĐ-SNV');
      } finally {
        // Back to March 2026 (the sessions of this suite were opened then).
        clock = new Date('2026-03-05T02:00:00Z');
      }
    });

    test('signed originals: upload a signed PDF, then a scan; the case shows which file is the signed original', async () => {
      const doc = (await head.post('/documents', decision())).json();
      const signedPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64), Buffer.from('\n%%EOF\n')]);
      const first = multipart('Quyết định đã ký.pdf', signedPdf, 'application/pdf');
      const uploaded = await head.request(
        'POST',
        `/documents/${doc.id}/signed-copies?note=${encodeURIComponent('Ký số bằng token')}`,
        first,
      );
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const afterFirst = uploaded.json();
      const signed = afterFirst.files.find((f: { role: string }) => f.role === 'signed_copy');
      assert.equal(signed.sha256, sha256(signedPdf));
      assert.equal(signed.contentType, 'application/pdf');
      assert.equal(signed.fileName, 'Quyết định đã ký.pdf');
      assert.equal(afterFirst.signedOriginalFileId, signed.id);
      const event = await ctx()
        .services.database.db.selectFrom('ledger_payloads')
        .select('payload')
        .where('idx', '=', signed.ledgerIndex)
        .executeTakeFirstOrThrow();
      assert.equal(JSON.parse(event.payload!).file.sha256, sha256(signedPdf), 'the upload’s hash is sealed in the ledger');

      // A scan kept for the record, not the original: the flag stays where it was.
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(32)]);
      const extra = await head.request(
        'POST',
        `/documents/${doc.id}/signed-copies?signedOriginal=false`,
        multipart('scan.png', png, 'image/png'),
      );
      assert.equal(extra.statusCode, 201, extra.body);
      assert.equal(extra.json().signedOriginalFileId, signed.id);

      // A newer signed original takes the flag; the earlier file stays on the record.
      const rescan = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(32)]);
      const third = await head.request('POST', `/documents/${doc.id}/signed-copies`, multipart('ban-ky.jpg', rescan, 'image/jpeg'));
      const latest = third.json();
      const jpeg = latest.files.find((f: { sha256: string }) => f.sha256 === sha256(rescan));
      assert.equal(latest.signedOriginalFileId, jpeg.id);
      assert.equal(latest.files.filter((f: { isSignedOriginal: boolean }) => f.isSignedOriginal).length, 1);
      assert.equal(latest.files.length, 5);

      const list = await head.get(`/documents?subjectType=proposal&subjectId=${proposalId}&limit=100`);
      const inList = list.json().items.find((d: { id: string }) => d.id === doc.id);
      assert.equal(inList.signedOriginalFileId, jpeg.id);
      const download = await head.get(jpeg.downloadUrl);
      assert.equal(download.headers['content-type'], 'image/jpeg');
      assert.equal(sha256(download.rawPayload), sha256(rescan));
    });

    test('signed copies: anything but a PDF or an image is refused (415) and nothing is recorded', async () => {
      const doc = (await head.post('/documents', decision())).json();
      const response = await head.request(
        'POST',
        `/documents/${doc.id}/signed-copies`,
        multipart('x.pdf', Buffer.from('not a pdf'), 'application/pdf'),
      );
      assert.equal(response.statusCode, 415);
      assert.equal(response.json().code, 'request.unsupported_media_type');
      assert.equal((await head.get(`/documents/${doc.id}`)).json().files.length, 2);
    });

    test('access: a stranger sees nothing (404) and may not issue (403); the proposer reads what concerns them', async () => {
      const doc = (await head.post('/documents', decision())).json();
      assert.equal((await stranger.get(`/documents/${doc.id}`)).statusCode, 404);
      assert.equal((await stranger.get(doc.files[0].downloadUrl)).statusCode, 404);
      assert.equal((await stranger.get('/documents?limit=500')).json().total, 0);
      assert.equal((await stranger.post('/documents', decision())).statusCode, 403);
      assert.equal((await proposer.get(`/documents/${doc.id}`)).statusCode, 200);
      assert.equal((await proposer.post('/documents', decision())).statusCode, 403);
      const upload = await proposer.request(
        'POST',
        `/documents/${doc.id}/signed-copies`,
        multipart('a.pdf', Buffer.from('%PDF-1.4\n'), 'application/pdf'),
      );
      assert.equal(upload.statusCode, 403);
    });

    test('bad input is a 400 naming the field, and consumes no number', async () => {
      const { services } = ctx();
      const counter = () =>
        services.database.db
          .selectFrom('document_counters')
          .select('last')
          .where('organisation_id', '=', department.id)
          .where('type_code', '=', 'QĐ')
          .where('year', '=', 2026)
          .executeTakeFirstOrThrow();
      const before = await counter();
      const response = await head.post('/documents', {
        ...decision(),
        data: { ...SAMPLES.proposal_decision, variant: 'bogus', executors: [] },
      });
      assert.equal(response.statusCode, 400);
      assert.ok(response.json().errors.some((e: { path: string }) => e.path.includes('variant')));
      assert.equal((await head.post('/documents', { ...decision(), template: 'unknown' })).statusCode, 400);
      assert.deepEqual(await counter(), before);
    });

    test('an agency without an abbreviation cannot number documents: a clear 422', async () => {
      const { services } = ctx();
      const unnamed = await buildOrganisation(services, { code: 'HS-NOABBR', name: 'Ban Thử nghiệm', parentId: department.id });
      const response = await admin.post('/documents', decision({ organisationId: unnamed.id }));
      assert.equal(response.statusCode, 422);
      assert.equal(response.json().code, 'document.agency_abbreviation_missing');
    });

    test('tampered storage: bytes that no longer match the sealed hash are withheld', async () => {
      const { services } = ctx();
      const doc = (await head.post('/documents', decision())).json();
      const pdf = doc.files[1];
      await sql`update document_blobs set bytes = ${Buffer.from('%PDF-1.7 forged')} where sha256 = ${pdf.sha256}`.execute(
        services.database.db,
      );
      const response = await head.get(pdf.downloadUrl);
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().code, 'document.integrity_conflict');
    });
  },
  { services: { now: () => clock } },
);
