import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { base64ToBytes, envelopeLeafHash, verifyInclusion, type LedgerEnvelope } from '@khien/core/ledger';
import { buildApp } from '../../src/http/app.ts';
import { verifyLedger } from '../../src/ledger/verify.ts';
import { describeOnEngines } from '../support/engines.ts';
import { buildAccount, buildOrganisation, buildPerson, PASSWORD } from '../support/factories.ts';
import { logIn, type Client } from '../support/client.ts';

describeOnEngines('redaction by lawful order: payload erased, log still verifies, every view says redacted', (ctx) => {
  let app: FastifyInstance;
  let admin: Client;
  let inspector: Client;
  let personId: string;
  let target: number;

  before(async () => {
    const { services } = ctx();
    const org = await buildOrganisation(services, { code: 'R-ORG' });
    const person = await buildPerson(services, org.id, { fullName: 'Phạm Thị Riêng Tư', email: 'rieng.tu@example.vn' });
    personId = person.id;
    await buildAccount(services, { username: 'redact.admin', roles: ['system_admin'] });
    await buildAccount(services, { username: 'redact.inspector', roles: ['inspector'] });
    const row = await services.database.db
      .selectFrom('ledger_entries')
      .select('idx')
      .where('type', '=', 'person.registered')
      .where('aggregate_id', '=', personId)
      .executeTakeFirstOrThrow();
    target = Number(row.idx);
    app = await buildApp(services);
    admin = await logIn(app, 'redact.admin', PASSWORD);
    inspector = await logIn(app, 'redact.inspector', PASSWORD);
  });

  test('only a system administrator may redact, and only with a stated lawful basis', async () => {
    const refused = await inspector.post(`/ledger/entries/${target}/redaction`, { reason: 'Tôi muốn' });
    assert.equal(refused.statusCode, 403);
    assert.equal((await admin.post(`/ledger/entries/${target}/redaction`, { reason: '   ' })).statusCode, 400);
    assert.equal((await admin.post('/ledger/entries/999999/redaction', { reason: 'QĐ 1' })).statusCode, 404);
    assert.equal((await inspector.get(`/ledger/entries/${target}`)).json().redacted, false);
  });

  test('redacting records the reason as its own event and erases the payload; a second redaction is refused', async () => {
    const reason = 'Quyết định số 15/QĐ-UBND ngày 02/03/2026 của Chủ tịch UBND tỉnh';
    const response = await admin.post(`/ledger/entries/${target}/redaction`, { reason });
    assert.equal(response.statusCode, 200, response.body);
    const { redactionIndex } = response.json();
    const entry = (await inspector.get(`/ledger/entries/${target}`)).json();
    assert.equal(entry.redacted, true);
    assert.equal(entry.payload, null);
    assert.equal(entry.salt, null, 'the salt is never shown without the payload');
    assert.equal(entry.redaction.reason, reason);
    assert.equal(entry.redaction.redactionIndex, redactionIndex);
    const event = (await inspector.get(`/ledger/entries/${redactionIndex}`)).json();
    assert.equal(event.type, 'ledger.payload_redacted');
    assert.deepEqual(event.payload, { index: target, reason });
    assert.equal(event.aggregateId, personId, 'the redaction belongs to the same case');
    const listed = (await inspector.get(`/ledger/entries?from=${target}&limit=1`)).json().entries[0];
    assert.equal(listed.redacted, true);
    const again = await admin.post(`/ledger/entries/${target}/redaction`, { reason });
    assert.equal(again.json().code, 'ledger.already_redacted');
    const ofRedaction = await admin.post(`/ledger/entries/${redactionIndex}/redaction`, { reason });
    assert.equal(ofRedaction.json().code, 'ledger.redaction_not_redactable');
  });

  test('the redacted event keeps its leaf: its inclusion proof still verifies against a new signed checkpoint', async () => {
    const checkpoint = (await admin.post('/ledger/checkpoint')).json();
    const entry = (await inspector.get(`/ledger/entries/${target}`)).json();
    const envelope: LedgerEnvelope = {
      index: entry.index,
      type: entry.type,
      aggregateId: entry.aggregateId,
      actor: entry.actor,
      time: entry.time,
      procedureVersion: entry.procedureVersion,
      commitment: entry.commitment,
    };
    const proof = (await inspector.get(`/ledger/proof/inclusion?index=${target}&size=${checkpoint.size}`)).json().proof.map(base64ToBytes);
    assert.ok(await verifyInclusion(await envelopeLeafHash(envelope), target, checkpoint.size, proof, base64ToBytes(checkpoint.rootHash)));
  });

  test('verification stays green; rows that only the erased payload explains are listed as unverifiable (redacted)', async () => {
    const report = await verifyLedger(ctx().services);
    assert.deepEqual(report.divergences, []);
    assert.equal(report.ok, true);
    assert.deepEqual(report.redactedEvents, [target]);
    const people = report.unverifiable.find((u) => u.table === 'people');
    assert.ok(people, JSON.stringify(report.unverifiable));
    assert.deepEqual(people.row, { id: personId });
    assert.deepEqual(people.redactedEvents, [target]);
  });

  test('an operator who erases a payload without a redaction event is caught', async () => {
    const { db } = ctx().services.database;
    const victim = Number(
      (
        await db
          .selectFrom('ledger_entries')
          .select('idx')
          .where('type', '=', 'organisation.registered')
          .orderBy('idx')
          .executeTakeFirstOrThrow()
      ).idx,
    );
    const saved = (await db.selectFrom('ledger_payloads').select('payload').where('idx', '=', victim).executeTakeFirstOrThrow()).payload;
    await db.transaction().execute(async (tx) => {
      await sql`set local session_replication_role = replica`.execute(tx);
      await sql`update ledger_payloads set payload = null, redacted_at = now(), redaction_idx = ${target} where idx = ${victim}`.execute(
        tx,
      );
    });
    try {
      const report = await verifyLedger(ctx().services);
      assert.equal(report.ok, false);
      const d = report.divergences[0]!;
      assert.equal(d.code, 'ledger.unrecorded_redaction');
      assert.equal(d.eventIndex, victim);
      assert.equal(d.table, 'ledger_payloads');
      assert.equal(d.column, 'payload');
    } finally {
      await db.transaction().execute(async (tx) => {
        await sql`set local session_replication_role = replica`.execute(tx);
        await sql`update ledger_payloads set payload = ${saved}, redacted_at = null, redaction_idx = null where idx = ${victim}`.execute(
          tx,
        );
      });
    }
    assert.equal((await verifyLedger(ctx().services)).ok, true);
  });
});
