/**
 * The Connection (db/client.ts) on PostgreSQL: statements prepared through the dialect
 * seam (translate.ts) and answered synchronously through a Bridge (bridge.ts).
 *
 * Transactions keep SQLite's guarantees. A write transaction takes one lock for the whole
 * database (an advisory lock), so writers — in this process or any other — take turns as
 * they do on SQLite, and each sees what the one before committed. A read of several
 * statements (`snapshot`) is one REPEATABLE READ transaction: one state of the database.
 */
import type { Connection, Statement } from '../client.js';
import { Bridge, type BridgeStatement, type BridgeTarget, PostgresError } from './bridge.js';
import { castOf, translate, tsqueryOf } from './translate.js';
import { indexWords } from './words.js';

/** The advisory lock every write transaction holds (any number: it only has to be the same everywhere). */
export const WRITE_LOCK = 0x70617231;

type Row = Record<string, unknown>;

export interface PostgresConnection extends Connection {
  backend: 'postgres';
  bridge: Bridge;
  /** Runs one statement, after the BEGIN of a snapshot whose first statement it is. */
  send(statement: BridgeStatement): ReturnType<Bridge['query']>;
  /** Runs SQL text as it is (several statements, no parameters): migrations. */
  exec(text: string): void;
  /** A statement as PostgreSQL takes it (translate.ts), for a client of its own (db/postgres/readings.ts): its text, its values, and whether to plan it for them each time. */
  bind(text: string, params: readonly unknown[]): ReturnType<PgStatement['bind']>;
}

/** A statement with the interface of better-sqlite3's that the code uses: all, get, run, iterate, pluck, raw. */
class PgStatement {
  private readonly translations = new Map<string, { text: string; names: string[]; matches: Set<number> }>();
  private plucking = false;
  private arrays = false;

  constructor(
    private readonly connection: PostgresConnection,
    readonly source: string,
  ) {}

  /** The statement's text for these values, and the values in its parameters' order. */
  bind(params: readonly unknown[]): { text: string; values: unknown[]; planEach: boolean } {
    const named = params.length === 1 && params[0] !== null && typeof params[0] === 'object' && !(params[0] instanceof Uint8Array);
    const object = named ? (params[0] as Record<string, unknown>) : undefined;
    const signature = named ? `@${Object.entries(object!).map(([k, v]) => `${k}${castOf(v)}`).join()}` : params.map(castOf).join();
    let entry = this.translations.get(signature);
    if (entry === undefined) {
      const names: string[] = [];
      const matches = new Set<number>();
      const text = named ? translate(this.source, (n) => castOf(object![names[n - 1]!]), names, matches) : translate(this.source, (n) => castOf(params[n - 1]), [], matches);
      entry = { text, names, matches };
      this.translations.set(signature, entry);
    }
    const values = (named ? entry.names.map((n) => object![n]) : [...params]).map((v, i) => (entry.matches.has(i + 1) ? tsqueryOf(String(v)) : v));
    // A full-text match is planned for its words each time: a plan made once for any words scans
    // the index's table newest first for them all, which for a rare word is the whole table.
    return { text: entry.text, values: values.map((v) => (typeof v === 'bigint' ? v.toString() : v === undefined ? null : v)), planEach: entry.matches.size > 0 };
  }

  private query(params: unknown[]) {
    const { text, values, planEach } = this.bind(params);
    return this.connection.send({ text, params: values, prepare: !planEach });
  }

  private shape(rows: Row[], columns: string[]): unknown[] {
    if (this.plucking) return rows.map((r) => r[columns[0]!]);
    if (this.arrays) return rows.map((r) => columns.map((c) => r[c]));
    return rows;
  }

  all(...params: unknown[]): unknown[] {
    const { rows, columns } = this.query(params);
    return this.shape(rows, columns);
  }

  get(...params: unknown[]): unknown {
    const { rows, columns } = this.query(params);
    return rows.length === 0 ? undefined : this.shape(rows.slice(0, 1), columns)[0];
  }

  run(...params: unknown[]): { changes: number; lastInsertRowid: number } {
    // A write outside a transaction is one of its own, so that the words of any text it changes are indexed as it commits (words.ts).
    if (!this.connection.inTransaction && /^\s*(INSERT|UPDATE|DELETE|WITH)\b/i.test(this.source)) return this.connection.transaction(() => this.run(...params));
    const { rowCount } = this.query(params);
    return { changes: rowCount, lastInsertRowid: 0 };
  }

  *iterate(...params: unknown[]): IterableIterator<unknown> {
    yield* this.all(...params);
  }

  pluck(on = true): this {
    this.plucking = on;
    return this;
  }

  raw(on = true): this {
    this.arrays = on;
    return this;
  }
}

export function openPostgres(target: BridgeTarget): PostgresConnection {
  const bridge = new Bridge(target);
  let depth = 0;
  const location = target.kind === 'server' ? { path: target.url, memory: false } : { path: target.dataDir ?? 'memory://', memory: target.dataDir === undefined };
  /** A snapshot's BEGIN, not yet sent: it goes with the snapshot's first statement, one round trip fewer. */
  let pendingBegin: string | undefined;
  const send = (statement: BridgeStatement) => {
    const begin = pendingBegin;
    pendingBegin = undefined;
    return bridge.query(begin === undefined ? [statement] : [{ text: begin, params: [] }, statement]);
  };
  const run = (text: string) => send({ text, params: [] });

  /** Runs a statement whose failure means the connection is gone (a rollback, a read's commit): the server ends the transaction itself. */
  const runQuietly = (text: string) => {
    try {
      run(text);
    } catch {
      // The connection is gone: the server ends the transaction itself.
    }
  };

  /** `work` in a transaction begun by `begin`, or in a savepoint inside one already open; before it commits, the words of the text it wrote are indexed. */
  function within<T>(begin: string, work: () => T): T {
    const savepoint = `s${depth}`;
    try {
      run(depth === 0 ? begin : `SAVEPOINT ${savepoint}`);
    } catch (error) {
      // The transaction began but its lock was not had (lock_timeout): it ends here, not with the next statement.
      if (depth === 0) runQuietly('ROLLBACK');
      throw error;
    }
    depth++;
    try {
      const result = work();
      if (result instanceof Promise) throw new TypeError('Transaction function cannot return a promise');
      if (depth === 1) indexWords((text, params) => bridge.query([{ text, params }]).rows);
      depth--;
      run(depth === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
      return result;
    } catch (error) {
      depth--;
      runQuietly(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`);
      throw error;
    }
  }

  const bound = new Map<string, PgStatement>();
  const connection: PostgresConnection = {
    backend: 'postgres',
    bridge,
    send,
    location,
    prepare: (text) => new PgStatement(connection, text) as unknown as Statement,
    bind: (text, params) => {
      let statement = bound.get(text);
      if (statement === undefined) bound.set(text, (statement = new PgStatement(connection, text)));
      return statement.bind(params);
    },
    exec: (text) => {
      run(text);
    },
    transaction: (work) => within(`BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, work),
    get inTransaction() {
      return depth > 0;
    },
    snapshot: (work) => {
      if (depth > 0) return work();
      pendingBegin = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
      depth++;
      try {
        return work();
      } finally {
        depth--;
        // A snapshot that ran no statement began nothing; one that did ends without waiting for
        // the server (a read-only COMMIT: the next statement on this connection follows it).
        if (pendingBegin !== undefined) pendingBegin = undefined;
        else bridge.send([{ text: 'COMMIT', params: [] }]);
      }
    },
    deferForeignKeys: () => {
      run('SET CONSTRAINTS ALL DEFERRED');
    },
    // PostgreSQL keeps its own log and checkpoints: nothing to do at shutdown.
    checkpoint: () => {},
    async *stream<R>(query: { text: string; params: readonly unknown[] }, batchSize = 500) {
      // PGlite in memory has one connection: the rows are read whole on it, then handed out in batches.
      if (location.memory) {
        const rows = connection.prepare(query.text).all(...query.params) as R[];
        for (let i = 0; i < rows.length; i += batchSize) {
          yield rows.slice(i, i + batchSize);
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        return;
      }
      // A connection of its own, one snapshot, and a cursor read a batch at a time: the rows are never all in memory.
      const reader = openPostgres(target);
      try {
        reader.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const statement = reader.prepare(query.text) as unknown as PgStatement;
        const { text, values } = statement.bind(query.params);
        reader.bridge.query([{ text: `DECLARE rows NO SCROLL CURSOR FOR ${text}`, params: values, prepare: false }]);
        for (;;) {
          const { rows } = reader.bridge.query([{ text: `FETCH ${Math.max(1, Math.floor(batchSize))} FROM rows`, params: [] }]);
          if (rows.length > 0) yield rows as R[];
          if (rows.length < batchSize) return;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } finally {
        reader.close();
      }
    },
    openReader: () => {
      // PGlite in memory has one connection: its reader is this one, and closing it does nothing.
      if (location.memory) return Object.assign(Object.create(connection) as PostgresConnection, { close: () => {} });
      const reader = openPostgres(target);
      reader.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT 1');
      return reader;
    },
    close: () => bridge.close(),
  };
  return connection;
}

export { PostgresError };
