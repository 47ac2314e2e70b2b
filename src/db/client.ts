import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** A prepared statement: rows (`all`, `get`, `iterate`), a change (`run`), one column (`pluck`), arrays (`raw`). */
export type Statement = Database.Statement;

/**
 * An open database: what the rest of the code talks to. The repositories and the write
 * service prepare their SQL through it, on either database; a SqliteConnection also holds
 * the SQLite handle itself (`sqlite`), for this folder (migrations, backups, the stream's
 * second connection) and the tests. Drizzle
 * is used only where the schema file drives the work (migrations), and is loaded only then.
 */
export interface Connection {
  /** Which database answers: the SQLite file (or memory), or PostgreSQL (db/postgres/). */
  readonly backend: 'sqlite' | 'postgres';
  /** Where the database is: its file, or memory (which another connection cannot open). */
  location: { path: string; memory: boolean };
  /** A statement for `text` (callers cache what they prepare often). */
  prepare(text: string): Statement;
  /** Runs `work` in one transaction (synchronous, as SQLite's are): all of it, or none of it; inside one already, a part of it. */
  transaction<T>(work: () => T): T;
  /** Whether a transaction is open on this connection. */
  readonly inTransaction: boolean;
  /**
   * Runs `work`, which only reads, on one state of the database: a read transaction (SQLite's
   * deferred one; PostgreSQL's REPEATABLE READ, whose every statement sees the snapshot of the
   * first). Inside a transaction already, in that one.
   */
  snapshot<T>(work: () => T): T;
  /** Inside a transaction, checks references when it commits rather than row by row (a batch may refer forward). */
  deferForeignKeys(): void;
  /** Moves what the write-ahead log holds into the database file and empties the log (at shutdown). */
  checkpoint(): void;
  /**
   * The rows of a query, a batch at a time, read on a connection of their own: one
   * snapshot of the database, however long the reading takes, while writes go on through
   * this one (an open cursor on it would refuse them: "connection is busy"). The event
   * loop is free between batches; a reader that stops early (`break`, `return()`) closes
   * the connection at once. An in-memory database cannot be opened twice: its rows are
   * read whole on this connection, then handed out in batches.
   */
  stream<Row>(query: { text: string; params: readonly unknown[] }, batchSize?: number): AsyncGenerator<Row[], void, undefined>;
  /**
   * A read-only connection of its own holding one snapshot of the database (one read
   * transaction) until it is closed: for a reader that runs many queries over a long time
   * (an export of everything) while writes go on. An in-memory database cannot be opened
   * twice: its reader is this connection, and closing it does nothing.
   */
  openReader(): Connection;
  close(): void;
}

/** A connection to a SQLite file (or memory), with the handle itself: for this folder (migrations, backups, the stream's second connection) and the tests. */
export interface SqliteConnection extends Connection {
  readonly backend: 'sqlite';
  sqlite: Database.Database;
}

/** The SQLite handle of a connection, for what only SQLite does (a backup, its migrator); on PostgreSQL an error. */
export function sqliteOf(connection: Connection): Database.Database {
  if (connection.backend !== 'sqlite') throw new Error('This database is PostgreSQL: there is no SQLite handle.');
  return (connection as SqliteConnection).sqlite;
}

/** Rows a stream reads before it lets the event loop run. */
export const STREAM_BATCH = 500;

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* batchesOf<Row>(rows: Iterable<Row>, size: number): AsyncGenerator<Row[], void, undefined> {
  let batch: Row[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length < size) continue;
    yield batch;
    batch = [];
    await nextTick();
  }
  if (batch.length > 0) yield batch;
}

/** The Connection around an open better-sqlite3 handle. */
export function connectionOf(sqlite: Database.Database): SqliteConnection {
  const begin = sqlite.prepare('BEGIN');
  const commit = sqlite.prepare('COMMIT');
  return {
    backend: 'sqlite',
    sqlite,
    location: { path: sqlite.name, memory: sqlite.memory || sqlite.name === '' || sqlite.name === ':memory:' },
    prepare: (text) => sqlite.prepare(text),
    // BEGIN IMMEDIATE: a write takes the write lock before it reads, so a writer in another process is waited for
    // (busy timeout) instead of refusing at once, as a read turned write must when another wrote meanwhile.
    transaction: (work) => sqlite.transaction(work).immediate(),
    get inTransaction() {
      return sqlite.inTransaction;
    },
    snapshot: (work) => {
      if (sqlite.inTransaction) return work();
      begin.run();
      try {
        return work();
      } finally {
        commit.run();
      }
    },
    deferForeignKeys: () => {
      sqlite.pragma('defer_foreign_keys = ON');
    },
    checkpoint: () => {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    },
    async *stream<Row>(query: { text: string; params: readonly unknown[] }, batchSize = STREAM_BATCH) {
      if (sqlite.memory) {
        yield* batchesOf(sqlite.prepare(query.text).all(...query.params) as Row[], batchSize);
        return;
      }
      const reader = new Database(sqlite.name, { readonly: true, fileMustExist: true });
      try {
        reader.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        // One read transaction: every batch sees the database as it was when the reading began.
        reader.exec('BEGIN');
        yield* batchesOf(reader.prepare(query.text).iterate(...query.params) as Iterable<Row>, batchSize);
      } finally {
        reader.close();
      }
    },
    openReader() {
      if (sqlite.memory) return { ...connectionOf(sqlite), close: () => {} };
      const reader = new Database(sqlite.name, { readonly: true, fileMustExist: true });
      reader.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      reader.exec('BEGIN');
      // The transaction begins with the first read: take the snapshot now.
      reader.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
      return connectionOf(reader);
    },
    close: () => sqlite.close(),
  };
}

/**
 * What a database refusal means for the caller, whatever the database: no room left
 * (nothing was written), or another writer holding the lock past the busy timeout
 * (nothing was written; retry shortly). Anything else is not the caller's to act on.
 */
export type DatabaseRefusal = 'full' | 'busy';

/**
 * The refusal an error from the database stands for, if it is one (the databases' own codes
 * are read here only): SQLite's result codes, and PostgreSQL's SQLSTATE — a full disk, or
 * what passes if retried (a lost or refused connection, a serialization failure or deadlock,
 * a lock or statement timeout, a server shutting down).
 */
export function refusalOf(error: unknown): DatabaseRefusal | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL') return 'full';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
    return undefined;
  }
  if ((error as Error).name !== 'PostgresError') return undefined;
  if (code === '53100') return 'full';
  if (/^(08|40)/.test(code) || ['53300', '55P03', '57014', '57P01', '57P02', '57P03'].includes(code)) return 'busy';
  return undefined;
}

export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the database with the pragmas every connection needs: WAL so readers never
 * wait for the writer, synchronous=FULL so an acknowledged commit survives a power
 * cut (a new WAL connection would otherwise get NORMAL), foreign keys enforced, and
 * a busy timeout instead of an immediate SQLITE_BUSY.
 */
export function openDatabase(path: string, { busyTimeoutMs = BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {}): SqliteConnection {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  if (!inMemory) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return connectionOf(sqlite);
}

/**
 * A second, read-only connection to a database file another connection keeps open
 * (and migrated): what a view thread reads with. WAL lets it read while the main
 * connection writes, each read seeing one committed state.
 */
export function openReadConnection(path: string, { busyTimeoutMs = BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {}): SqliteConnection {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return connectionOf(sqlite);
}
