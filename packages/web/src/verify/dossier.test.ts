import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  appendLeaves,
  bytesToHex,
  ed25519NoteSigner,
  envelopeLeafHash,
  inclusionProofFromNodes,
  nodeReaderFromNodes,
  payloadCommitment,
  sha256,
  signCheckpoint,
  verifierKeyFromSeed,
  type LedgerEnvelope,
} from '@khien/core/ledger';
import { writeZip } from '../../e2e/support/zip-writer.ts';
import { DossierError, openDossier, verifyDossier, type Dossier } from './dossier.ts';
import { readZip, ZipError } from './zip-reader.ts';

const ORIGIN = 'khien.example/ubnd-tinh-hoa-son';
const SEED = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 3) % 256);
const plan = new TextEncoder().encode('KẾ HOẠCH đề xuất: số hóa hồ sơ một cửa');
const utf8 = (text: string) => new TextEncoder().encode(text);

let dossier: Dossier;

/** A ledger of 9 events; the dossier holds case "de-xuat-1": events 1, 4 (redacted) and 7. */
before(async () => {
  const planHash = bytesToHex(await sha256(plan));
  const logged: { envelope: LedgerEnvelope; payload: unknown; salt: string }[] = [];
  for (let index = 0; index < 9; index++) {
    const salt = Uint8Array.from({ length: 32 }, (_, i) => (index * 17 + i) % 256);
    const payload = index === 7 ? { document: 'ke-hoach.txt', sha256: planHash } : { step: index, note: `Bước ${index}` };
    logged.push({
      envelope: {
        index,
        type: 'proposal.step',
        aggregateId: index % 3 === 1 ? 'de-xuat-1' : 'khac',
        actor: 'can-bo-1',
        time: new Date(Date.UTC(2026, 0, 5 + index, 2)).toISOString(),
        procedureVersion: 'nd73-2023@1',
        commitment: await payloadCommitment(salt, payload),
      },
      payload,
      salt: bytesToHex(salt),
    });
  }
  const leaves = await Promise.all(logged.map((l) => envelopeLeafHash(l.envelope)));
  const { nodes, root } = await appendLeaves(0, leaves, () => undefined);
  const reader = nodeReaderFromNodes(nodes);
  const note = await signCheckpoint(
    { origin: ORIGIN, size: leaves.length, rootHash: root, extensions: [] },
    await ed25519NoteSigner(ORIGIN, SEED),
  );
  const events = [];
  for (const l of logged.filter((x) => x.envelope.aggregateId === 'de-xuat-1')) {
    const redacted = l.envelope.index === 4;
    events.push({
      envelope: l.envelope,
      payload: redacted ? null : l.payload,
      salt: redacted ? null : l.salt,
      inclusionProof: (await inclusionProofFromNodes(l.envelope.index, leaves.length, reader)).map(bytesToHex),
    });
  }
  dossier = {
    format: 'khien-dossier/1',
    checkpointNote: note,
    verifierKeys: [await verifierKeyFromSeed(ORIGIN, SEED)],
    origin: ORIGIN,
    events,
    documents: [{ name: 'documents/ke-hoach.txt', sha256: planHash }],
  };
});

function zipOf(json: string, extra: { name: string; data: Uint8Array }[] = [{ name: 'documents/ke-hoach.txt', data: plan }]) {
  return writeZip([
    { name: 'dossier.json', data: utf8(json) },
    { name: 'README.txt', data: utf8('Hướng dẫn kiểm tra / how to verify'), store: true },
    ...extra,
  ]);
}

describe('protection dossier verification in the browser (issue 3 item 7)', () => {
  it('a genuine dossier ZIP is green: every event, the redacted one marked, and the document anchored', async () => {
    const report = await verifyDossier(await openDossier(zipOf(JSON.stringify(dossier))));
    assert.equal(report.ok, true);
    assert.deepEqual(
      report.bundle.events.map((e) => [e.index, e.ok, e.redacted]),
      [
        [1, true, false],
        [4, true, true],
        [7, true, false],
      ],
    );
    assert.deepEqual(report.documents, [
      { name: 'documents/ke-hoach.txt', sha256: dossier.documents[0]!.sha256, status: 'ok', anchored: true },
    ]);
    assert.deepEqual(report.unlisted, []);
  });

  it('one flipped byte in a payload turns exactly that event red', async () => {
    const json = JSON.stringify(dossier).replace('Bước 1', 'Bước 2');
    const report = await verifyDossier(await openDossier(zipOf(json)));
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.bundle.events.map((e) => e.ok),
      [false, true, true],
    );
    assert.deepEqual(
      report.bundle.events[0]!.reasons.map((r) => r.code),
      ['ledger.commitment_mismatch'],
    );
  });

  it('a changed document fails its hash; a missing one is reported; extra files are flagged', async () => {
    const altered = plan.slice();
    altered[0]! ^= 1;
    const changed = await verifyDossier(
      await openDossier(zipOf(JSON.stringify(dossier), [{ name: 'documents/ke-hoach.txt', data: altered }])),
    );
    assert.equal(changed.ok, false);
    assert.equal(changed.documents[0]!.status, 'mismatch');
    const missing = await verifyDossier(await openDossier(zipOf(JSON.stringify(dossier), [{ name: 'documents/khac.txt', data: plan }])));
    assert.equal(missing.documents[0]!.status, 'missing');
    assert.deepEqual(missing.unlisted, ['documents/khac.txt']);
  });

  it('a bare dossier.json verifies the events and says the documents were not included', async () => {
    const report = await verifyDossier(await openDossier(utf8(JSON.stringify(dossier))));
    assert.equal(report.ok, true);
    assert.equal(report.documents[0]!.status, 'not_included');
  });

  it('finds dossier.json inside one wrapping folder', async () => {
    const zip = writeZip([
      { name: 'ho-so-de-xuat-1/dossier.json', data: utf8(JSON.stringify(dossier)) },
      { name: 'ho-so-de-xuat-1/documents/ke-hoach.txt', data: plan },
    ]);
    assert.equal((await verifyDossier(await openDossier(zip))).ok, true);
  });

  it('refuses damaged or foreign files with a reason instead of a crash', async () => {
    const zip = zipOf(JSON.stringify(dossier));
    const damaged = zip.slice();
    damaged[30 + 'dossier.json'.length + 8]! ^= 0xff; // inside the deflated dossier.json: CRC-32 or inflate fails
    await assert.rejects(openDossier(damaged), (e: unknown) => e instanceof DossierError && e.key === 'verify.error.zip');
    await assert.rejects(
      openDossier(writeZip([{ name: 'other.txt', data: plan }])),
      (e: unknown) => e instanceof DossierError && e.key === 'verify.error.no_json',
    );
    await assert.rejects(openDossier(utf8('{"events": 3')), (e: unknown) => e instanceof DossierError && e.key === 'verify.error.json');
    await assert.rejects(
      openDossier(utf8('{"checkpointNote": "x"}')),
      (e: unknown) => e instanceof DossierError && e.key === 'verify.error.shape',
    );
    assert.throws(() => readZip(utf8('PK\u0003\u0004 but not really')), ZipError);
  });
});
