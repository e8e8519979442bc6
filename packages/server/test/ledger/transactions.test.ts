import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'kysely';
import { runCommand, systemActor } from '../../src/app/command.ts';
import { EVENT_TYPES, type OrganisationState } from '../../src/app/events.ts';
import { treeSize } from '../../src/ledger/node-store.ts';
import { describeOnEngines } from '../support/engines.ts';

/**
 * The drivers send a transaction's BEGIN together with its first statement (src/db/
 * postgres-driver.ts, src/db/pglite-dialect.ts). Whatever that first statement is — the ledger
 * append without bind parameters, a parameterised read, a statement that fails, none at all —
 * the ledger entry and the projection still commit or roll back together, and the connection
 * is clean for the next command.
 */
function organisation(code: string): OrganisationState {
  return {
    id: randomUUID(),
    code,
    name: `Đơn vị ${code}`,
    shortName: null,
    abbreviation: null,
    kind: 'provincial_department',
    parentId: null,
    superiorAgencyId: null,
    partyCommitteeId: null,
    address: null,
    email: null,
    phone: null,
  };
}

describeOnEngines('ledger and projections in one transaction, BEGIN sent with the first statement', (ctx) => {
  const register = (s: OrganisationState) =>
    runCommand(ctx().services, systemActor(), ({ record }) =>
      record({ type: EVENT_TYPES.organisationRegistered, aggregateId: s.id, payload: { ...s } }),
    );
  const rows = (code: string) => ctx().services.database.db.selectFrom('organisations').select('id').where('code', '=', code).execute();

  test('the append as first statement: committed together; a failing projector removes the entry too', async () => {
    const { db } = ctx().services.database;
    const first = organisation(`TX-${randomUUID().slice(0, 8)}`);
    const before = await treeSize(db);
    const recorded = await register(first);
    assert.equal(recorded.index, before);
    assert.equal(await treeSize(db), before + 1);
    assert.equal((await rows(first.code)).length, 1);

    // Same code again: the append succeeds, the projector's insert violates the unique code.
    await assert.rejects(register({ ...organisation(first.code) }), /unique|duplicate/i);
    assert.equal(await treeSize(db), before + 1, 'the appended entry was rolled back with the failed insert');
    assert.equal((await rows(first.code)).length, 1);

    // The connection is usable and the next index is the very one the rolled-back entry had.
    const next = await register(organisation(`TX-${randomUUID().slice(0, 8)}`));
    assert.equal(next.index, before + 1);
  });

  test('a parameterised read first, then the append: one transaction; an error after both rolls both back', async () => {
    const { services } = ctx();
    const { db } = services.database;
    const s = organisation(`TX-${randomUUID().slice(0, 8)}`);
    const before = await treeSize(db);
    await assert.rejects(
      runCommand(services, systemActor(), async ({ tx, record }) => {
        const existing = await tx.selectFrom('organisations').select('id').where('code', '=', s.code).execute();
        assert.equal(existing.length, 0);
        await record({ type: EVENT_TYPES.organisationRegistered, aggregateId: s.id, payload: { ...s } });
        throw new Error('refused after recording');
      }),
      /refused after recording/,
    );
    assert.equal(await treeSize(db), before);
    assert.equal((await rows(s.code)).length, 0);
  });

  test('a command that fails before any statement, or runs none, leaves nothing and breaks nothing', async () => {
    const { services } = ctx();
    const { db } = services.database;
    const before = await treeSize(db);
    await assert.rejects(
      runCommand(services, systemActor(), async () => {
        throw new Error('invalid input');
      }),
      /invalid input/,
    );
    assert.equal(await runCommand(services, systemActor(), async () => 'nothing to do'), 'nothing to do');
    // A statement that fails as the very first one (carrying BEGIN) rolls back cleanly too.
    await assert.rejects(
      runCommand(services, systemActor(), async ({ tx }) => {
        await sql`select no_such_column from ledger_entries`.execute(tx);
      }),
      /no_such_column/,
    );
    assert.equal(await treeSize(db), before);
    await register(organisation(`TX-${randomUUID().slice(0, 8)}`));
    assert.equal(await treeSize(db), before + 1);
  });

  test('the isolation level asked for applies from the first statement, with or without parameters', async () => {
    const { db } = ctx().services.database;
    const simple = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((tx) => sql<{ level: string }>`select current_setting('transaction_isolation') as level`.execute(tx));
    const withParameter = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((tx) => sql<{ level: string }>`select current_setting(${'transaction_isolation'}) as level`.execute(tx));
    if (ctx().engine === 'postgres') {
      assert.equal(simple.rows[0]?.level, 'repeatable read');
      assert.equal(withParameter.rows[0]?.level, 'repeatable read');
    } else {
      // PGlite is one connection, one transaction at a time: the dialect has always used plain BEGIN.
      assert.ok(simple.rows[0]?.level);
      assert.ok(withParameter.rows[0]?.level);
    }
  });
});
