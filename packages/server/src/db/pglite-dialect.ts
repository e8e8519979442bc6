import type { PGlite } from '@electric-sql/pglite';
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
} from 'kysely';

/**
 * Kysely driver for embedded PGlite. PGlite is one connection in-process, so the driver hands
 * out that single connection behind a mutex: a transaction holds it from BEGIN to COMMIT and
 * no other query can slip into the middle of it (which is what would happen if we let
 * concurrent Kysely calls share the handle). SQL compilation is Kysely's own PostgreSQL
 * compiler, so both engines run the very same SQL text.
 */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pglite);
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  /** BEGIN noted by the driver, sent with the next statement (see `beginTransaction`). */
  pendingBegin = false;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const begin = this.pendingBegin;
    this.pendingBegin = false;
    // Like node-postgres, a query without parameters goes through the simple-query protocol,
    // which accepts several statements (migration files); with parameters, the extended one.
    // A pending BEGIN rides along in the same simple query: one call into the engine.
    let result;
    if (compiledQuery.parameters.length === 0) {
      const results = await this.#pglite.exec(begin ? `begin;\n${compiledQuery.sql}` : compiledQuery.sql);
      result = results.at(-1) ?? { rows: [], affectedRows: 0, fields: [] };
    } else {
      if (begin) await this.#pglite.exec('begin');
      result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    }
    const affected = result.affectedRows;
    return {
      rows: result.rows as R[],
      ...(affected !== undefined ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on PGlite; page with LIMIT/OFFSET instead.');
  }
}

class PGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #connection: PGliteConnection;
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    this.#release = release;
    return this.#connection;
  }

  // BEGIN costs no call of its own: the transaction's first statement carries it (in the same
  // simple query when it has no parameters — the ledger append does not). A transaction in
  // which nothing ran sends neither BEGIN nor COMMIT/ROLLBACK.
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as PGliteConnection).pendingBegin = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#end(connection as PGliteConnection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#end(connection as PGliteConnection, 'rollback');
  }

  async #end(connection: PGliteConnection, statement: 'commit' | 'rollback'): Promise<void> {
    if (connection.pendingBegin) {
      connection.pendingBegin = false;
      return;
    }
    await connection.executeQuery(CompiledQuery.raw(statement));
  }

  async releaseConnection(): Promise<void> {
    this.#connection.pendingBegin = false;
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    // The owner of the PGlite instance closes it (database.ts), after the data-dir lock logic.
  }
}
