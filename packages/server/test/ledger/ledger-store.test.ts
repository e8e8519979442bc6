import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import {
  base64ToBytes,
  envelopeLeafHash,
  ReferenceMerkleTree,
  openCheckpoint,
  verifyConsistency,
  verifyInclusion,
  verifyPayloadCommitment,
  type LedgerEnvelope,
} from '@khien/core/ledger';
import { runCommand, systemActor } from '../../src/app/command.ts';
import { buildApp } from '../../src/http/app.ts';
import { describeOnEngines } from '../support/engines.ts';
import { buildAccount, buildOrganisation, PASSWORD } from '../support/factories.ts';
import { logIn, type Client } from '../support/client.ts';

describeOnEngines('ledger store: append, tree, proofs, checkpoints', (ctx) => {
  let app: FastifyInstance;
  let admin: Client;

  before(async () => {
    const { services } = ctx();
    app = await buildApp(services);
    await buildAccount(services, { username: 'admin.ledger', roles: ['system_admin'] });
    for (let i = 0; i < 20; i++) await buildOrganisation(services, { code: `L-${i}`, name: `Đơn vị ${i}` });
    admin = await logIn(app, 'admin.ledger', PASSWORD);
  });

  async function storedEnvelopes(): Promise<LedgerEnvelope[]> {
    const rows = await ctx().services.database.db.selectFrom('ledger_entries').selectAll().orderBy('idx').execute();
    return rows.map((r) => ({
      index: Number(r.idx),
      type: r.type,
      aggregateId: r.aggregate_id,
      actor: r.actor,
      time: r.time,
      procedureVersion: r.procedure_version,
      commitment: Buffer.from(r.commitment).toString('hex'),
    }));
  }

  test('every leaf is the RFC 9162 hash of its canonical envelope; every payload opens its commitment', async () => {
    const { db } = ctx().services.database;
    const envelopes = await storedEnvelopes();
    const rows = await db
      .selectFrom('ledger_entries')
      .innerJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
      .selectAll()
      .orderBy('ledger_entries.idx')
      .execute();
    assert.ok(envelopes.length >= 22);
    for (const [i, envelope] of envelopes.entries()) {
      assert.equal(envelope.index, i, 'indices are gap-free from 0');
      assert.deepEqual(Buffer.from(rows[i]!.leaf_hash), Buffer.from(await envelopeLeafHash(envelope)));
      assert.ok(await verifyPayloadCommitment(envelope.commitment, new Uint8Array(rows[i]!.salt), JSON.parse(rows[i]!.payload!)));
    }
  });

  test('the signed checkpoint covers the root of all leaves and opens with the published verifier key', async () => {
    const made = await admin.post('/ledger/checkpoint');
    assert.equal(made.statusCode, 200, made.body);
    const view = made.json();
    const envelopes = await storedEnvelopes();
    assert.equal(view.size, envelopes.length);
    const leaves = await Promise.all(envelopes.map((e) => envelopeLeafHash(e)));
    const expectedRoot = await new ReferenceMerkleTree(leaves).root(leaves.length);
    assert.deepEqual(base64ToBytes(view.rootHash), expectedRoot);
    const opened = await openCheckpoint(view.note, [view.verifierKey]);
    assert.equal(opened.checkpoint.size, envelopes.length);
    assert.deepEqual(opened.checkpoint.rootHash, expectedRoot);
    const latest = await admin.get('/ledger/checkpoint');
    assert.equal(latest.json().note, view.note);
  });

  test('inclusion and consistency proofs from the API verify against recomputed roots', async () => {
    const envelopes = await storedEnvelopes();
    const leaves = await Promise.all(envelopes.map((e) => envelopeLeafHash(e)));
    const size = leaves.length;
    const reference = new ReferenceMerkleTree(leaves);
    const root = await reference.root(size);
    for (const index of [0, 1, 7, size - 1]) {
      const response = await admin.get(`/ledger/proof/inclusion?index=${index}&size=${size}`);
      assert.equal(response.statusCode, 200);
      const proof = response.json().proof.map(base64ToBytes);
      assert.ok(await verifyInclusion(leaves[index]!, index, size, proof, root));
      assert.equal(await verifyInclusion(leaves[index]!, index === 0 ? 1 : 0, size, proof, root), false);
    }
    for (const from of [1, 5, 16, size - 1]) {
      const response = await admin.get(`/ledger/proof/consistency?from=${from}&to=${size}`);
      const proof = response.json().proof.map(base64ToBytes);
      assert.ok(await verifyConsistency(from, size, proof, await reference.root(from), root));
    }
    const beyond = await admin.get(`/ledger/proof/inclusion?index=0&size=${size + 10}`);
    assert.equal(beyond.statusCode, 422);
    assert.equal(beyond.json().code, 'ledger.out_of_range');
    assert.equal((await admin.get('/ledger/proof/inclusion?index=-1&size=2')).statusCode, 400);
  });

  test('entries list envelopes without payloads, for administrators and inspectors only', async () => {
    const page = (await admin.get('/ledger/entries?from=0&limit=5')).json();
    assert.equal(page.entries.length, 5);
    assert.equal(page.entries[0].index, 0);
    assert.equal('payload' in page.entries[0], false);
    const { services } = ctx();
    const org = await buildOrganisation(services);
    const plain = await buildAccount(services, { username: 'plain.ledger', scopeOrganisationId: org.id });
    const user = await logIn(app, plain.username, PASSWORD);
    assert.equal((await user.get('/ledger/entries')).statusCode, 403);
    assert.equal((await user.get('/ledger/checkpoint')).statusCode, 200, 'anyone logged in may fetch the checkpoint');
  });

  test('a rolled-back command leaves neither ledger entries nor projections behind', async () => {
    const { services } = ctx();
    const { db } = services.database;
    const before = (await storedEnvelopes()).length;
    await assert.rejects(
      runCommand(services, systemActor(), async ({ record }) => {
        await record({
          type: 'organisation.registered',
          aggregateId: '00000000-0000-4000-8000-0000000000aa',
          payload: {
            id: '00000000-0000-4000-8000-0000000000aa',
            code: 'ROLLBACK',
            name: 'Sẽ bị hủy',
            shortName: null,
            abbreviation: null,
            kind: 'other',
            parentId: null,
            superiorAgencyId: null,
            partyCommitteeId: null,
            address: null,
            email: null,
            phone: null,
          },
        });
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal((await storedEnvelopes()).length, before);
    assert.equal(await db.selectFrom('organisations').select('id').where('code', '=', 'ROLLBACK').executeTakeFirst(), undefined);
  });

  test('database triggers refuse UPDATE, DELETE and TRUNCATE of ledger tables', async () => {
    const { db } = ctx().services.database;
    await assert.rejects(sql`update ledger_entries set type = 'x' where idx = 0`.execute(db), /append-only/);
    await assert.rejects(sql`delete from ledger_nodes where level = 0 and idx = 0`.execute(db), /append-only/);
    await assert.rejects(sql`truncate ledger_entries cascade`.execute(db), /append-only/);
    await assert.rejects(sql`update ledger_checkpoints set note = 'x'`.execute(db), /append-only/);
    await assert.rejects(sql`update ledger_payloads set payload = '{}' where idx = 0`.execute(db), /redacted/);
    await assert.rejects(sql`delete from ledger_payloads where idx = 0`.execute(db), /redacted/);
  });
});
