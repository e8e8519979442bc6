import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { systemActor } from '../../src/app/command.ts';
import { endLeadershipTerm } from '../../src/app/organisations/end-leadership-term.ts';
import { updateOrganisation } from '../../src/app/organisations/update-organisation.ts';
import { organisationInput } from '../../src/app/organisations/organisation-input.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildApp } from '../../src/http/app.ts';
import { makeCheckpoint } from '../../src/ledger/checkpoints.ts';
import { verifyLedger, type Divergence, type VerifyReport } from '../../src/ledger/verify.ts';
import { describeOnEngines } from '../support/engines.ts';
import { appoint, buildAccount, buildOrganisation, buildPerson, PASSWORD } from '../support/factories.ts';
import { logIn } from '../support/client.ts';

/**
 * Tampering the way a malicious operator would: with the database password, the append-only
 * triggers (and foreign keys) are switched off for his session (`session_replication_role =
 * replica`). The triggers stop accidents; `verifyLedger` is what catches him — each test
 * changes one byte, checks the reported location, and changes it back.
 */
async function asOperator(db: Kysely<DB>, statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    await statement.execute(tx);
  });
}

/** XOR the low bit of one character (ASCII at that position) of a text column: a one-byte flip. */
const flipText = (column: string, position = 2) =>
  sql.raw(`${column} = overlay(${column} placing chr(ascii(substr(${column}, ${position}, 1)) # 1) from ${position} for 1)`);
const flipByte = (column: string, position = 0) =>
  sql.raw(`${column} = set_byte(${column}, ${position}, get_byte(${column}, ${position}) # 1)`);

function first(report: VerifyReport): Divergence {
  assert.equal(report.ok, false, 'the tampering must be detected');
  return report.divergences[0]!;
}

function assertLocation(
  d: Divergence,
  expected: { code?: string; table: string; column?: string; eventIndex?: number; row?: Record<string, unknown> },
) {
  const where = JSON.stringify(d);
  if (expected.code) assert.equal(d.code, expected.code, where);
  assert.equal(d.table, expected.table, where);
  if (expected.column) assert.ok(d.column?.split('|').includes(expected.column), `column ${expected.column} expected in ${where}`);
  if (expected.eventIndex !== undefined) assert.equal(d.eventIndex, expected.eventIndex, where);
  if (expected.row) assert.deepEqual(d.row, expected.row, where);
}

describeOnEngines('khien verify: recompute the log, replay the projections, find the first divergence', (ctx) => {
  let app: FastifyInstance;
  let orgId: string;
  let personId: string;
  let termId: string;
  let checkpointSize: number;
  const target = 5; // the ledger entry the log tamper tests flip

  before(async () => {
    const { services } = ctx();
    const parent = await buildOrganisation(services, { code: 'V-PARENT', name: 'So Tai chinh' });
    const child = await buildOrganisation(services, { code: 'V-CHILD', name: 'Phong Ke hoach', parentId: parent.id });
    const other = await buildOrganisation(services, { code: 'V-OTHER', name: 'So Noi vu' });
    orgId = child.id;
    const person = await buildPerson(services, child.id, { fullName: 'Tran Van Mot', nd73Category: 'administrative_leader' });
    personId = person.id;
    await appoint(services, child.id, person.id, 'head');
    termId = (
      await services.database.db.selectFrom('leadership_terms').select('id').where('person_id', '=', person.id).executeTakeFirstOrThrow()
    ).id;
    await buildAccount(services, { username: 'verify.admin', roles: ['system_admin'] });
    await buildAccount(services, { username: 'verify.inspector', roles: ['inspector'] });
    await makeCheckpoint(services.database.db, await services.logKey(), services.now());
    // Moving the child under another parent rewrites its ltree path in the projector.
    const current = await services.database.db.selectFrom('organisations').selectAll().where('id', '=', child.id).executeTakeFirstOrThrow();
    await updateOrganisation(
      services,
      systemActor(),
      child.id,
      organisationInput.parse({ code: current.code, name: 'Phong Ke hoach va Dau tu', kind: current.kind, parentId: other.id }),
    );
    await endLeadershipTerm(services, systemActor(), child.id, termId, { endsOn: '2026-01-31', basis: null });
    await buildPerson(services, parent.id, { fullName: 'Le Thi Hai', nd73Category: 'managerial_public_employee' });
    checkpointSize = (await makeCheckpoint(services.database.db, await services.logKey(), services.now()))!.size;
    app = await buildApp(services);
  });

  test('an untouched ledger verifies: every leaf, node, checkpoint, and every projected table', async () => {
    const progress: string[] = [];
    const report = await verifyLedger(ctx().services, { onProgress: (p) => progress.push(p.phase) });
    assert.deepEqual(report.divergences, []);
    assert.equal(report.ok, true);
    assert.equal(report.treeSize, checkpointSize);
    assert.equal(report.replayedEvents, checkpointSize);
    assert.equal(report.checkpoints, 2);
    for (const table of ['organisations', 'people', 'leadership_terms', 'accounts']) {
      assert.ok(
        report.tables.find((t) => t.table === table && t.rows > 0),
        `${table} compared`,
      );
    }
    assert.ok(
      !report.tables.some((t) => t.table === 'sessions' || t.table === 'ledger_entries'),
      'operational and ledger tables are not compared',
    );
    for (const phase of ['log', 'checkpoints', 'replay', 'compare']) assert.ok(progress.includes(phase), `progress reported for ${phase}`);
    const schemas = await sql<{ n: number }>`select count(*)::int as n from pg_namespace where nspname like 'khien_verify_%'`.execute(
      ctx().services.database.db,
    );
    assert.equal(Number(schemas.rows[0]!.n), 0, 'the scratch schema is gone');
  });

  const logTampers: Array<{
    name: string;
    table: string;
    column: string;
    change: () => ReturnType<typeof sql>;
    undo?: () => ReturnType<typeof sql>;
    code?: string;
    eventIndex?: number;
    row?: Record<string, unknown>;
  }> = [
    {
      name: 'ledger_entries.type',
      table: 'ledger_entries',
      column: 'type',
      change: () => sql`update ledger_entries set ${flipText('type')} where idx = ${target}`,
      code: 'ledger.envelope_altered',
      eventIndex: target,
    },
    {
      name: 'ledger_entries.aggregate_id',
      table: 'ledger_entries',
      column: 'aggregate_id',
      change: () => sql`update ledger_entries set ${flipText('aggregate_id')} where idx = ${target}`,
      eventIndex: target,
    },
    {
      name: 'ledger_entries.actor',
      table: 'ledger_entries',
      column: 'actor',
      change: () => sql`update ledger_entries set ${flipText('actor')} where idx = ${target}`,
      eventIndex: target,
    },
    {
      name: 'ledger_entries.time',
      table: 'ledger_entries',
      column: 'time',
      change: () => sql`update ledger_entries set ${flipText('time', 4)} where idx = ${target}`,
      eventIndex: target,
    },
    {
      name: 'ledger_entries.time (into an invalid instant)',
      table: 'ledger_entries',
      column: 'time',
      change: () => sql`update ledger_entries set ${flipText('time', 11)} where idx = ${target}`,
      eventIndex: target,
    },
    {
      name: 'ledger_entries.procedure_version',
      table: 'ledger_entries',
      column: 'procedure_version',
      change: () => sql`update ledger_entries set procedure_version = 'nd73@1' where idx = ${target}`,
      undo: () => sql`update ledger_entries set procedure_version = null where idx = ${target}`,
      eventIndex: target,
    },
    {
      name: 'ledger_entries.commitment',
      table: 'ledger_entries',
      column: 'commitment',
      change: () => sql`update ledger_entries set ${flipByte('commitment', 7)} where idx = ${target}`,
      code: 'ledger.envelope_altered',
      eventIndex: target,
    },
    {
      name: 'ledger_entries.leaf_hash',
      table: 'ledger_entries',
      column: 'leaf_hash',
      change: () => sql`update ledger_entries set ${flipByte('leaf_hash', 31)} where idx = ${target}`,
      code: 'ledger.leaf_mismatch',
      eventIndex: target,
    },
    {
      name: 'ledger_entries.idx',
      table: 'ledger_entries',
      column: 'idx',
      change: () => sql`update ledger_entries set idx = idx # 1024 where idx = ${target}`,
      undo: () => sql`update ledger_entries set idx = idx # 1024 where idx = ${target + 1024}`,
      code: 'ledger.index_gap',
      eventIndex: target,
    },
    {
      name: 'ledger_payloads.payload',
      table: 'ledger_payloads',
      column: 'payload',
      change: () => sql`update ledger_payloads set ${flipText('payload', 20)} where idx = ${target}`,
      code: 'ledger.commitment_mismatch',
      eventIndex: target,
      row: { idx: target },
    },
    {
      name: 'ledger_payloads.salt',
      table: 'ledger_payloads',
      column: 'salt',
      change: () => sql`update ledger_payloads set ${flipByte('salt', 3)} where idx = ${target}`,
      code: 'ledger.commitment_mismatch',
      eventIndex: target,
    },
    {
      name: 'ledger_nodes.hash (a leaf)',
      table: 'ledger_nodes',
      column: 'hash',
      change: () => sql`update ledger_nodes set ${flipByte('hash')} where level = 0 and idx = ${target}`,
      code: 'ledger.node_mismatch',
      row: { level: 0, idx: target },
    },
    {
      name: 'ledger_nodes.hash (an inner node)',
      table: 'ledger_nodes',
      column: 'hash',
      change: () => sql`update ledger_nodes set ${flipByte('hash', 9)} where level = 2 and idx = 1`,
      code: 'ledger.node_mismatch',
      row: { level: 2, idx: 1 },
    },
    {
      name: 'ledger_checkpoints.note (the signed body)',
      table: 'ledger_checkpoints',
      column: 'note',
      change: () => sql`update ledger_checkpoints set ${flipText('note', 3)} where size = (select max(size) from ledger_checkpoints)`,
      code: 'ledger.checkpoint_signature',
    },
    {
      name: 'ledger_checkpoints.note (the signature)',
      table: 'ledger_checkpoints',
      column: 'note',
      change: () =>
        sql`update ledger_checkpoints set note = overlay(note placing chr(ascii(substr(note, length(note) - 5, 1)) # 1) from length(note) - 5 for 1) where size = (select min(size) from ledger_checkpoints)`,
      code: 'ledger.checkpoint_signature',
    },
    {
      name: 'ledger_checkpoints.root',
      table: 'ledger_checkpoints',
      column: 'root',
      change: () => sql`update ledger_checkpoints set ${flipByte('root', 5)} where size = (select max(size) from ledger_checkpoints)`,
      code: 'ledger.checkpoint_root_mismatch',
    },
  ];

  for (const t of logTampers) {
    test(`one flipped byte in ${t.name} is reported at ${t.table}.${t.column}`, async () => {
      const { services } = ctx();
      const { db } = services.database;
      await asOperator(db, t.change());
      try {
        const report = await verifyLedger(services);
        assertLocation(first(report), t);
      } finally {
        await asOperator(db, (t.undo ?? t.change)());
      }
      assert.equal((await verifyLedger(services)).ok, true, 'restoring the byte restores a green verification');
    });
  }

  const projectionTampers: Array<{
    name: string;
    table: string;
    column: string;
    change: () => ReturnType<typeof sql>;
    undo: () => ReturnType<typeof sql>;
    row: () => Record<string, unknown>;
  }> = [
    {
      name: 'organisations.name',
      table: 'organisations',
      column: 'name',
      change: () => sql`update organisations set ${flipText('name', 1)} where id = ${orgId}`,
      undo: () => sql`update organisations set ${flipText('name', 1)} where id = ${orgId}`,
      row: () => ({ id: orgId }),
    },
    {
      name: 'organisations.path',
      table: 'organisations',
      column: 'path',
      change: () => sql`update organisations set path = subpath(path, nlevel(path) - 1) where id = ${orgId}`,
      undo: () =>
        sql`update organisations o set path = p.path || subpath(o.path, 0) from organisations p where o.id = ${orgId} and p.id = o.parent_id`,
      row: () => ({ id: orgId }),
    },
    {
      name: 'people.nd73_category',
      table: 'people',
      column: 'nd73_category',
      change: () => sql`update people set nd73_category = 'not_eligible' where id = ${personId}`,
      undo: () => sql`update people set nd73_category = 'administrative_leader' where id = ${personId}`,
      row: () => ({ id: personId }),
    },
    {
      name: 'leadership_terms.ends_on',
      table: 'leadership_terms',
      column: 'ends_on',
      change: () => sql`update leadership_terms set ends_on = ends_on + 1 where id = ${termId}`,
      undo: () => sql`update leadership_terms set ends_on = ends_on - 1 where id = ${termId}`,
      row: () => ({ id: termId }),
    },
    {
      name: 'accounts.roles',
      table: 'accounts',
      column: 'roles',
      change: () => sql`update accounts set roles = array['system_admin'] where username = 'verify.inspector'`,
      undo: () => sql`update accounts set roles = array['inspector'] where username = 'verify.inspector'`,
      row: () => ({}),
    },
  ];

  for (const t of projectionTampers) {
    test(`a changed ${t.name} in a live table differs from the replay: reported with table, row and column`, async () => {
      const { services } = ctx();
      const { db } = services.database;
      await asOperator(db, t.change());
      try {
        const d = first(await verifyLedger(services));
        assertLocation(d, {
          code: 'projection.value_mismatch',
          table: t.table,
          column: t.column,
          ...(Object.keys(t.row()).length ? { row: t.row() } : {}),
        });
        assert.ok(d.eventIndex !== null, 'the last event about the row is named');
        assert.notDeepEqual(d.live, d.replayed);
      } finally {
        await asOperator(db, t.undo());
      }
      assert.equal((await verifyLedger(services)).ok, true);
    });
  }

  test('a deleted projection row and a row no event produced are both reported', async () => {
    const { services } = ctx();
    const { db } = services.database;
    const saved = await sql<{ row: unknown }>`select to_jsonb(t) as row from leadership_terms t where id = ${termId}`.execute(db);
    const json = JSON.stringify(saved.rows[0]!.row);
    await asOperator(db, sql`delete from leadership_terms where id = ${termId}`);
    try {
      assertLocation(first(await verifyLedger(services)), {
        code: 'projection.row_missing',
        table: 'leadership_terms',
        row: { id: termId },
      });
    } finally {
      await asOperator(db, sql`insert into leadership_terms select * from jsonb_populate_record(null::leadership_terms, ${json}::jsonb)`);
    }
    assert.equal((await verifyLedger(services)).ok, true);

    const forged = '00000000-0000-4000-8000-00000000f0f0';
    await asOperator(
      db,
      sql`insert into organisations (id, code, name, kind, path, search_key, sort_key, created_at, updated_at)
          values (${forged}, 'FORGED', 'Don vi ma', 'other', ${forged.replaceAll('-', '')}::ltree, 'x', 'x', now(), now())`,
    );
    try {
      assertLocation(first(await verifyLedger(services)), {
        code: 'projection.row_unexplained',
        table: 'organisations',
        row: { id: forged },
      });
    } finally {
      await asOperator(db, sql`delete from organisations where id = ${forged}`);
    }
  });

  test('API: POST /ledger/verify is for administrators and inspectors and returns the report', async () => {
    const admin = await logIn(app, 'verify.admin', PASSWORD);
    const response = await admin.post('/ledger/verify');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().ok, true);
    const { services } = ctx();
    const org = await buildOrganisation(services);
    const plain = await buildAccount(services, { scopeOrganisationId: org.id });
    const user = await logIn(app, plain.username, PASSWORD);
    assert.equal((await user.post('/ledger/verify')).statusCode, 403);
  });
});
