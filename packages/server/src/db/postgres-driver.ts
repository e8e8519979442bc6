import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type pg from 'pg';

/**
 * Kysely's PostgreSQL dialect, except that BEGIN does not cost a round trip of its own: it
 * travels with the transaction's first statement. Kysely's own driver sends BEGIN and waits
 * for the answer before the first statement leaves; a command (`runCommand`) is then BEGIN,
 * statements, COMMIT — one more round trip than it needs. Here `beginTransaction` only notes
 * the BEGIN; the first statement carries it:
 *
 *  - a statement without bind parameters goes as one simple-protocol message
 *    `BEGIN; <statement>` (the ledger append is such a statement, see ledger/append.ts);
 *  - a statement with parameters is sent right behind `BEGIN` as before (two round trips).
 *
 * Semantics do not change: BEGIN runs first, on the same connection, before anything else of
 * the transaction; if the statement fails the transaction is aborted and Kysely rolls it back.
 * A transaction in which no statement ran sends neither BEGIN nor COMMIT/ROLLBACK.
 * Everything else is Kysely's PostgresDriver (same pool, same SQL compiler); streaming
 * (`.stream()`, which needs pg-cursor) is not configured here, as it was not before.
 */
export class KhienPostgresDialect implements Dialect {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new KhienPostgresDriver(this.#pool);
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

function beginStatement(settings: TransactionSettings): string {
  if (!settings.isolationLevel && !settings.accessMode) return 'begin';
  let text = 'start transaction';
  if (settings.isolationLevel) text += ` isolation level ${settings.isolationLevel}`;
  if (settings.accessMode) text += ` ${settings.accessMode}`;
  return text;
}

class KhienPostgresConnection implements DatabaseConnection {
  readonly client: pg.PoolClient;
  /** The BEGIN (or START TRANSACTION …) the next statement must carry. */
  pendingBegin: string | undefined;

  constructor(client: pg.PoolClient) {
    this.client = client;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const begin = this.pendingBegin;
    this.pendingBegin = undefined;
    const parameters = [...compiledQuery.parameters];
    let result: pg.QueryResult | pg.QueryResult[];
    if (begin !== undefined && parameters.length === 0) {
      result = await this.client.query(`${begin};\n${compiledQuery.sql}`);
    } else {
      if (begin !== undefined) await this.client.query(begin);
      result = await this.client.query(compiledQuery.sql, parameters);
    }
    // Several statements in one simple query (BEGIN carried along, or a migration file) give
    // one result each: the caller's is the last.
    const last = Array.isArray(result) ? result.at(-1) : result;
    const command = last?.command;
    return {
      ...(command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
        ? { numAffectedRows: BigInt(last?.rowCount ?? 0) }
        : {}),
      rows: (last?.rows ?? []) as R[],
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not configured (no pg-cursor); page with LIMIT/OFFSET instead.');
  }
}

class KhienPostgresDriver implements Driver {
  #pool: pg.Pool | undefined;
  readonly #connections = new WeakMap<pg.PoolClient, KhienPostgresConnection>();

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const pool = this.#pool;
    if (!pool) throw new Error('driver has already been destroyed');
    const client = await pool.connect();
    let connection = this.#connections.get(client);
    if (!connection) {
      connection = new KhienPostgresConnection(client);
      this.#connections.set(client, connection);
    }
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    (connection as KhienPostgresConnection).pendingBegin = beginStatement(settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#end(connection as KhienPostgresConnection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#end(connection as KhienPostgresConnection, 'rollback');
  }

  async #end(connection: KhienPostgresConnection, statement: 'commit' | 'rollback'): Promise<void> {
    if (connection.pendingBegin !== undefined) {
      // Nothing ran in this transaction: it never began on the server.
      connection.pendingBegin = undefined;
      return;
    }
    await connection.executeQuery(CompiledQuery.raw(statement));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdentifier(name)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as KhienPostgresConnection;
    // A connection goes back to the pool only outside a transaction; a BEGIN that was never
    // sent must not leak into the next user's first statement.
    c.pendingBegin = undefined;
    c.client.release();
  }

  async destroy(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.end();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
