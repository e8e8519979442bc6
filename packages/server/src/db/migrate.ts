import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { DomainError } from '@khien/core/errors';
import type { DB } from './schema.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
// Arbitrary constant: every Khiên instance sharing one PostgreSQL serialises migrations on it.
const MIGRATION_LOCK_KEY = 7_316_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationStatus {
  applied: Array<{ version: number; name: string }>;
  pending: Array<{ version: number; name: string }>;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

async function ensureTable(db: Kysely<DB>): Promise<void> {
  await sql`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`.execute(db);
}

/**
 * Compare what the database has applied with the files we ship. An applied migration whose
 * file changed, or one we do not know, means this code does not match this database: refuse
 * rather than guess (forward-only: a fix is a new migration).
 */
export async function migrationStatus(db: Kysely<DB>, migrations = loadMigrations()): Promise<MigrationStatus> {
  await ensureTable(db);
  const rows = await db.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
  const known = new Map(migrations.map((m) => [m.version, m]));
  for (const row of rows) {
    const file = known.get(row.version);
    if (!file) {
      throw new DomainError('database.unknown_migration', {
        vi: `Cơ sở dữ liệu đã áp dụng migration ${row.name} mà phiên bản Khiên này không có. Hãy dùng phiên bản mới hơn.`,
        en: `The database has migration ${row.name} applied, which this Khiên version does not ship. Use a newer version.`,
      });
    }
    if (file.checksum !== row.checksum) {
      throw new DomainError(
        'database.migration_checksum_mismatch',
        {
          vi: `Tệp migration ${row.name} đã bị sửa sau khi áp dụng (checksum khác). Migration chỉ được thêm mới, không được sửa.`,
          en: `Migration ${row.name} was edited after it was applied (checksum differs). Migrations are forward-only: add a new one.`,
        },
        { version: row.version },
      );
    }
  }
  const applied = new Set(rows.map((r) => r.version));
  return {
    applied: rows.map((r) => ({ version: r.version, name: r.name })),
    pending: migrations.filter((m) => !applied.has(m.version)).map((m) => ({ version: m.version, name: m.name })),
  };
}

/** Apply every pending migration, each in its own transaction, under an advisory lock. */
export async function migrate(db: Kysely<DB>, migrations = loadMigrations()): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      const status = await migrationStatus(conn, migrations);
      const done: string[] = [];
      for (const pending of status.pending) {
        const migration = migrations.find((m) => m.version === pending.version)!;
        await conn.transaction().execute(async (tx) => {
          await sql.raw(migration.sql).execute(tx);
          await tx
            .insertInto('schema_migrations')
            .values({ version: migration.version, name: migration.name, checksum: migration.checksum, applied_at: new Date() })
            .execute();
        });
        done.push(migration.name);
      }
      return done;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}
