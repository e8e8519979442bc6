import { openDatabase } from '@khien/server/db/database';
import { migrate, migrationStatus } from '@khien/server/db/migrate';
import { sql } from 'kysely';
const d = await openDatabase({ kind: 'pglite', dataDir: '/tmp/khien-spike' });
console.log(await migrate(d.db));
console.log(await migrationStatus(d.db));
// transaction rollback spike
try {
  await d.db.transaction().execute(async (tx) => {
    await sql`create table if not exists spike(x int)`.execute(tx);
    await sql`insert into spike values (1)`.execute(tx);
    throw new Error('boom');
  });
} catch (e) { console.log('rolled back', (e as Error).message); }
console.log(await sql`select to_regclass('spike') as t`.execute(d.db));
// concurrent queries while a transaction is open
const p1 = d.db.transaction().execute(async (tx) => { await sql`select pg_sleep(0.2)`.execute(tx); return (await sql`select 1 as a`.execute(tx)).rows; });
const p2 = sql`select 2 as b`.execute(d.db);
console.log(await Promise.all([p1, p2.then(r=>r.rows)]));
console.log((await sql`select 'a.b'::ltree <@ 'a'::ltree as x, unaccent('Đề xuất Việt') as u, similarity('de xuat','de xuat moi') as s, 12::int8 as n, date '2026-02-12' as d`.execute(d.db)).rows);
try { await openDatabase({ kind: 'pglite', dataDir: '/tmp/khien-spike' }); } catch (e) { console.log('second open:', (e as Error).message); }
await d.close();
