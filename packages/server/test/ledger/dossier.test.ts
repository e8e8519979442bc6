import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { base64ToBytes, cosignCheckpoint, signerKeyText } from '@khien/core/ledger';
import { systemActor } from '../../src/app/command.ts';
import { checkpointNow } from '../../src/app/ledger/ledger-queries.ts';
import { submitCosignature } from '../../src/app/ledger/submit-cosignature.ts';
import { trustWitness } from '../../src/app/ledger/trust-witness.ts';
import { loadWitnessKey } from '../../src/ledger/witness-key.ts';
import { anonymous } from '../support/client.ts';
import { buildOrganisation } from '../support/factories.ts';
import { describeOnEngines } from '../support/engines.ts';
import { SAMPLES } from '../documents/sample-data.ts';
import { act, buildWorld, plan, TestClock, type World } from '../proposals/world.ts';
import type { Dossier } from '../../src/ledger/dossier-format.ts';
import { verifyDossierFile } from '../../src/ledger/dossier-verify.ts';
import { readZip, writeZip } from '../../src/ledger/dossier-zip.ts';

const cli = path.resolve(import.meta.dirname, '../../src/cli/main.ts');
const clock = new TestClock('2026-02-12T09:00:00+07:00');
const ATTACHMENT = 'Biên bản khảo sát hiện trạng (bản quét) — xã Tân Lập';

/** The archive's entries, with some replaced: what a forger rewriting the ZIP would produce. */
function rezip(zip: Uint8Array, replace: Record<string, (bytes: Uint8Array) => Uint8Array>): Buffer {
  const entries = [...readZip(zip)].map(([name, data]) => {
    if (data instanceof Error) throw data;
    return { name, data: replace[name] ? replace[name](data) : data };
  });
  return writeZip(entries);
}

const jsonOf = (zip: Uint8Array) => JSON.parse(Buffer.from(readZip(zip).get('dossier.json') as Uint8Array).toString('utf8')) as Dossier;
const withJson = (zip: Uint8Array, edit: (d: Dossier & Record<string, unknown>) => void) =>
  rezip(zip, {
    'dossier.json': (bytes) => {
      const d = JSON.parse(Buffer.from(bytes).toString('utf8'));
      edit(d);
      return Buffer.from(JSON.stringify(d, null, 2));
    },
  });

function runCli(...args: string[]) {
  // No database, no configuration: the verifier must work with the file alone.
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), KHIEN_DATA_DIR: path.join(tmpdir(), 'khien-no-such-dir') },
  });
}

describeOnEngines(
  'protection dossier (hồ sơ bảo vệ): export, offline verification, tampering, redaction, access',
  (ctx) => {
    let w: World;
    let id: string;
    let zip: Buffer;
    const dir = mkdtempSync(path.join(tmpdir(), 'khien-dossier-'));

    before(async () => {
      w = await buildWorld(ctx().services);
      clock.set('2026-02-12T09:00:00+07:00');
      const draft = await w.as['proposer']!.post('/proposals', { plan: plan() });
      assert.equal(draft.statusCode, 201, draft.body);
      id = draft.json().id;
      const boundary = '----khien-dossier';
      const upload = await w.as['proposer']!.request('POST', `/proposals/${id}/attachments`, {
        body:
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Biên bản khảo sát.txt"\r\n` +
          `Content-Type: text/plain\r\n\r\n${ATTACHMENT}\r\n--${boundary}--\r\n`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      assert.equal(upload.statusCode, 201, upload.body);
      await act(w.as['proposer']!, id, 'submit');
      await act(w.as['head']!, id, 'request-party-opinion');
      await act(w.as['party']!, id, 'record-party-opinion', { opinion: 'Chi bộ thống nhất chủ trương.' });
      await act(w.as['head']!, id, 'schedule-meeting', { meetingDate: '2026-02-13' });
      for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, id, 'record-vote', { choice: 'for' });
      await act(w.as['head']!, id, 'decide-approval');
      // The approval decision as an official document (DOCX + PDF) issued for this case.
      const issued = await w.as['head']!.post('/documents', {
        organisationId: w.ids['dept'],
        template: 'proposal_decision',
        subject: { type: 'proposal', id },
        data: { ...SAMPLES.proposal_decision, concernedPersonIds: [w.ids['proposer']] },
      });
      assert.equal(issued.statusCode, 201, issued.body);
      const download = await w.as['proposer']!.get(`/proposals/${id}/dossier`);
      assert.equal(download.statusCode, 200, download.body);
      zip = Buffer.from(download.rawPayload);
    });

    test('the proposer downloads a ZIP with every event of the case, its files and one signed checkpoint', async () => {
      const { db } = ctx().services.database;
      const dossier = jsonOf(zip);
      assert.equal(dossier.format, 'khien-dossier/1');
      assert.equal(dossier.proposal.id, id);
      const docs = await db.selectFrom('documents').select('id').where('subject_id', '=', id).execute();
      const expected = await db
        .selectFrom('ledger_entries')
        .select('idx')
        .where('aggregate_id', 'in', [id, ...docs.map((d) => d.id)])
        .orderBy('idx')
        .execute();
      assert.deepEqual(
        dossier.events.map((e) => (e.envelope as { index: number }).index),
        expected.map((r) => Number(r.idx)),
      );
      const types = dossier.events.map((e) => (e.envelope as { type: string }).type);
      for (const t of [
        'proposal.draft_created',
        'proposal.attachment_added',
        'proposal.submitted',
        'proposal.approved',
        'document.issued',
      ]) {
        assert.ok(types.includes(t), `${t} in ${types.join(', ')}`);
      }
      // The uploaded attachment, and the DOCX + PDF of every document issued for the case (the
      // lifecycle issues some on its own; the test issued the decision).
      assert.equal(dossier.documents.filter((d) => d.kind === 'attachment').length, 1);
      const generated = dossier.documents.filter((d) => d.kind === 'generated');
      assert.ok(generated.length >= 2 && generated.length % 2 === 0, `${generated.length} generated files`);
      const indices = new Set(dossier.events.map((e) => (e.envelope as { index: number }).index));
      for (const doc of dossier.documents) assert.ok(indices.has(doc.ledgerIndex), `${doc.name} sealed by an event of the dossier`);
      const files = readZip(zip);
      for (const doc of dossier.documents) {
        const bytes = files.get(doc.name) as Uint8Array;
        assert.equal(createHash('sha256').update(bytes).digest('hex'), doc.sha256);
        assert.ok(doc.name.startsWith('documents/'));
      }
      assert.ok(files.has('README.vi-en.md'));
      const readme = Buffer.from(files.get('README.vi-en.md') as Uint8Array).toString('utf8');
      assert.ok(readme.includes('khien dossier verify') && readme.includes('Cách kiểm tra') && readme.includes('How to verify'));
      assert.ok(dossier.verifierKeys[0]!.startsWith('test.khien.local/log+'));
      assert.match(dossier.checkpointNote, /^test\.khien\.local\/log\n\d+\n/);
    });

    test('the Content-Disposition keeps the Vietnamese file name (RFC 5987)', async () => {
      const response = await w.as['head']!.get(`/proposals/${id}/dossier`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/zip');
      assert.ok(String(response.headers['content-disposition']).includes(`filename*=UTF-8''${encodeURIComponent('Hồ sơ bảo vệ')}`));
    });

    test('`khien dossier verify` (no database) is green, event by event, and exits 0', () => {
      const file = path.join(dir, 'ho-so.zip');
      writeFileSync(file, zip);
      const result = runCli('dossier', 'verify', file);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      const events = jsonOf(zip).events;
      for (const e of events) {
        assert.match(result.stdout, new RegExp(`XANH / GREEN sự kiện / event #${(e.envelope as { index: number }).index} `));
      }
      assert.ok(result.stdout.includes('HỢP LỆ / VERIFIED'));
    });

    test('one flipped byte in a payload turns exactly that event red; the CLI exits 5 naming it', async () => {
      const k = jsonOf(zip).events.findIndex((e) => (e.envelope as { type: string }).type === 'proposal.party_opinion_recorded');
      const forged = withJson(zip, (d) => {
        const payload = d.events[k]!.payload as Record<string, unknown>;
        payload['opinion'] = String(payload['opinion']).replace('thống nhất', 'thống nhát');
      });
      const report = await verifyDossierFile(forged);
      assert.equal(report.ok, false);
      assert.deepEqual(
        report.events.map((e, i) => e.ok || i),
        report.events.map((_, i) => i !== k || i),
      );
      assert.deepEqual(
        report.events[k]!.reasons.map((r) => r.code),
        ['ledger.commitment_mismatch'],
      );
      const file = path.join(dir, 'forged-payload.zip');
      writeFileSync(file, forged);
      const result = runCli('dossier', 'verify', file);
      assert.equal(result.status, 5, result.stdout + result.stderr);
      const index = report.events[k]!.index;
      assert.match(result.stdout, new RegExp(`ĐỎ / RED\\s+sự kiện / event #${index} proposal.party_opinion_recorded`));
      assert.ok(result.stdout.includes('ledger.commitment_mismatch'));
    });

    test('one flipped byte in a document fails that file against its manifest hash and its sealing event', async () => {
      const dossier = jsonOf(zip);
      const attachment = dossier.documents.find((d) => d.kind === 'attachment')!;
      const forged = rezip(zip, {
        [attachment.name]: (bytes) => {
          const copy = Uint8Array.from(bytes);
          copy[0]! ^= 1;
          return copy;
        },
      });
      const report = await verifyDossierFile(forged);
      assert.equal(report.ok, false);
      assert.ok(
        report.events.every((e) => e.ok),
        'the events themselves are untouched',
      );
      const bad = report.documents.filter((d) => !d.ok);
      assert.deepEqual(
        bad.map((d) => [d.name, d.status, d.ledgerIndex]),
        [[attachment.name, 'mismatch', attachment.ledgerIndex]],
      );
      // A forger who also rewrites the manifest hash is caught by the ledger payload.
      const both = withJson(forged, (d) => {
        const doc = d.documents.find((x) => x.name === attachment.name) as { sha256: string };
        doc.sha256 = createHash('sha256')
          .update(readZip(forged).get(attachment.name) as Uint8Array)
          .digest('hex');
      });
      const sealed = await verifyDossierFile(both);
      assert.deepEqual(
        sealed.documents.filter((d) => !d.ok).map((d) => [d.status, d.ledgerIndex]),
        [['not_sealed', attachment.ledgerIndex]],
      );
      // A raw byte flip inside the ZIP (no re-zipping) shows as a damaged file, not a crash.
      const raw = Buffer.from(zip);
      // The first occurrence of the name is in the entry's local header; its data follows.
      const name = Buffer.from(attachment.name, 'utf8');
      const at = raw.indexOf(name);
      assert.equal(raw.readUInt32LE(at - 30), 0x04034b50, 'local header');
      raw[at + name.length]! ^= 1;
      assert.equal((await verifyDossierFile(raw)).documents.find((d) => d.name === attachment.name)!.status, 'damaged');
    });

    test('one flipped byte in an inclusion proof turns exactly that event red', async () => {
      const k = 2;
      const forged = withJson(zip, (d) => {
        const proof = d.events[k]!.inclusionProof as string[];
        const h = proof[0]!;
        (proof as string[])[0] = (h[0] === '0' ? '1' : '0') + h.slice(1);
      });
      const report = await verifyDossierFile(forged);
      assert.deepEqual(
        report.events.map((e) => e.ok),
        report.events.map((_, i) => i !== k),
      );
      assert.deepEqual(
        report.events[k]!.reasons.map((r) => r.code),
        ['ledger.bad_inclusion_proof'],
      );
    });

    test('one flipped byte in the checkpoint turns every event red', async () => {
      const forged = withJson(zip, (d) => {
        const lines = d.checkpointNote.split('\n');
        const root = lines[2]!;
        lines[2] = (root[0] === 'A' ? 'B' : 'A') + root.slice(1);
        (d as { checkpointNote: string }).checkpointNote = lines.join('\n');
      });
      const report = await verifyDossierFile(forged);
      assert.equal(report.ok, false);
      assert.equal(report.bundle.checkpoint, null);
      assert.ok(report.events.every((e) => !e.ok && e.reasons.some((r) => r.code === 'ledger.checkpoint_unverified')));
      const file = path.join(dir, 'forged-checkpoint.zip');
      writeFileSync(file, forged);
      assert.equal(runCli('dossier', 'verify', file).status, 5);
    });

    test('a redacted payload keeps the dossier green; the event is marked with its lawful basis', async () => {
      const { db } = ctx().services.database;
      const target = await db
        .selectFrom('ledger_entries')
        .select('idx')
        .where('aggregate_id', '=', id)
        .where('type', '=', 'proposal.party_opinion_recorded')
        .executeTakeFirstOrThrow();
      const reason = 'Quyết định số 21/QĐ-UBND ngày 15/02/2026 của Chủ tịch UBND tỉnh';
      const redacted = await w.as['admin']!.post(`/ledger/entries/${target.idx}/redaction`, { reason });
      assert.equal(redacted.statusCode, 200, redacted.body);
      const response = await w.as['inspector']!.get(`/proposals/${id}/dossier`);
      assert.equal(response.statusCode, 200, response.body);
      const fresh = Buffer.from(response.rawPayload);
      const dossier = jsonOf(fresh);
      const event = dossier.events.find((e) => (e.envelope as { index: number }).index === Number(target.idx))!;
      assert.equal(event.payload, null);
      assert.equal(event.salt, null);
      assert.equal(event.redaction?.reason, reason);
      assert.ok(dossier.events.some((e) => (e.envelope as { type: string }).type === 'ledger.payload_redacted'));
      const report = await verifyDossierFile(fresh);
      assert.equal(report.ok, true, JSON.stringify(report.events.filter((e) => !e.ok)));
      const verdict = report.events.find((e) => e.index === Number(target.idx))!;
      assert.equal(verdict.redacted, true);
      assert.equal(verdict.redactionReason, reason);
      const file = path.join(dir, 'redacted.zip');
      writeFileSync(file, fresh);
      const result = runCli('dossier', 'verify', file);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.ok(result.stdout.includes(`[đã xóa nội dung / redacted: ${reason}]`));
    });

    test('who may download: proposer, deciding head, inspector and admin; others 404, anonymous 401', async () => {
      for (const who of ['proposer', 'head', 'inspector', 'admin', 'officer']) {
        assert.equal((await w.as[who]!.get(`/proposals/${id}/dossier`)).statusCode, 200, who);
      }
      // A voting member and the Party committee see the case, but not its whole evidence file.
      for (const who of ['d1', 'party', 'outsider', 'staff']) {
        assert.equal((await w.as[who]!.get(`/proposals/${id}/dossier`)).statusCode, 404, who);
      }
      assert.equal((await anonymous(w.app).get(`/proposals/${id}/dossier`)).statusCode, 401);
      assert.equal((await w.as['admin']!.get('/proposals/00000000-0000-4000-8000-000000000000/dossier')).statusCode, 404);
      assert.equal((await w.as['admin']!.get('/proposals/not-a-uuid/dossier')).statusCode, 400);
    });

    test('a checkpoint a witness cosigned is preferred: its cosignature line and the witness key travel in the dossier', async () => {
      const { services } = ctx();
      const witness = await loadWitnessKey(services.config, await signerKeyText('hoason.test/witness', randomBytes(32), 'cosignature/v1'));
      await trustWitness(services, systemActor(), { label: 'UBND tỉnh Hòa Sơn', verifierKey: witness.verifierKey });
      const served = await checkpointNow(services, systemActor());
      const checkpoint = { origin: served.origin, size: served.size, rootHash: base64ToBytes(served.rootHash), extensions: [] };
      const { line } = await cosignCheckpoint(checkpoint, await witness.cosigner(Math.floor(clock.now().getTime() / 1000)));
      await submitCosignature(services, { size: served.size, cosignature: line });
      // A later, uncosigned checkpoint that also covers the case.
      await buildOrganisation(services, { code: `W-${Date.now().toString(36)}` });
      assert.ok((await checkpointNow(services, systemActor())).size > served.size);
      const fresh = Buffer.from((await w.as['proposer']!.get(`/proposals/${id}/dossier`)).rawPayload);
      const dossier = jsonOf(fresh);
      assert.ok(dossier.checkpointNote.endsWith(`${line.trimEnd()}\n`), dossier.checkpointNote);
      assert.match(dossier.checkpointNote, new RegExp(`^[^\\n]+\\n${served.size}\\n`));
      assert.ok(dossier.verifierKeys.includes(witness.verifierKey));
      const report = await verifyDossierFile(fresh);
      assert.equal(report.ok, true);
      assert.deepEqual(
        report.bundle.checkpoint?.cosignatures.map((c) => c.witness.split('+')[0]),
        ['hoason.test/witness'],
      );
      const file = path.join(dir, 'cosigned.zip');
      writeFileSync(file, fresh);
      const result = runCli('dossier', 'verify', file);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.ok(result.stdout.includes('đồng ký / cosigned by hoason.test/witness+'));
    });
  },
  { services: { now: clock.now } },
);
