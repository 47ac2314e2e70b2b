import { readFileSync } from 'node:fs';
import { BUSY_TIMEOUT_MS, type Connection, type SqliteConnection, openDatabase, sqliteOf } from './client.js';
import { type PostgresConnection, openPostgres } from './postgres/connection.js';
import { hasPendingPostgresMigrations, migratePostgres } from './postgres/migrate.js';

export interface PreparedDatabase<C extends Connection = Connection> {
  connection: C;
  /** Whether this start loaded the knowledge base (true only on a fresh database). */
  seeded: boolean;
}

/** Where the knowledge base is: a SQLite file (or `:memory:`), or a PostgreSQL server (DATABASE_URL). */
export type DatabaseTarget = string | { postgresUrl: string };

const JOURNAL = new URL('../../migrations/meta/_journal.json', import.meta.url);

/** The advisory lock that servers starting at once on one PostgreSQL database take turns at, so one migrates and seeds. */
const SETUP_LOCK = 0x70617232;

/**
 * Whether the database lacks a committed migration, decided as drizzle's migrator
 * decides it: a migration is applied when it is newer than the newest one recorded.
 */
export function hasPendingMigrations(connection: Connection): boolean {
  if (connection.backend === 'postgres') return hasPendingPostgresMigrations(connection as PostgresConnection);
  const journal = JSON.parse(readFileSync(JOURNAL, 'utf8')) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  const recorded = connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (recorded === undefined) return true;
  const applied = connection.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get() as number | string | null;
  return applied === null || Number(applied) < newest;
}

/**
 * What a bulk load (the seed, an import, a generated benchmark base) does when it finishes.
 * SQLite: merges the search index into one segment, as migration 0019 did, so each search
 * term is one lookup instead of one per segment the load left behind. PostgreSQL: gathers
 * the planner's statistics of the tables the load filled.
 */
export function compactSearchIndex(connection: Connection): void {
  if (connection.backend === 'postgres') (connection as PostgresConnection).exec('ANALYZE');
  else connection.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
}

/** True when the knowledge base has never been loaded into this database. */
export function isEmpty(connection: Connection): boolean {
  return connection.prepare('SELECT 1 FROM sources LIMIT 1').get() === undefined;
}

/**
 * Opens the database, applies pending migrations and, when it holds no knowledge
 * base yet, loads the curated seed in one transaction (unless `seed` is false: an import).
 * Later starts only migrate.
 * The migrator and the seed loader (and drizzle with them) are imported only when
 * there is something for them to do: an ordinary start is quicker without them.
 * On PostgreSQL, servers starting at once take turns (an advisory lock): one migrates
 * and seeds, the others find it done.
 */
export async function prepareDatabase(path: string, seedDir?: string, options?: { busyTimeoutMs?: number; seed?: boolean }): Promise<PreparedDatabase<SqliteConnection>>;
export async function prepareDatabase(target: DatabaseTarget, seedDir?: string, options?: { busyTimeoutMs?: number; seed?: boolean }): Promise<PreparedDatabase>;
export async function prepareDatabase(target: DatabaseTarget, seedDir?: string, options: { busyTimeoutMs?: number; seed?: boolean } = {}): Promise<PreparedDatabase> {
  // A write that waits for another's lock past the busy timeout is refused (503, retry), as on SQLite.
  const postgres = typeof target === 'object' ? openPostgres({ kind: 'server', url: target.postgresUrl, lockTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS }) : undefined;
  const connection: Connection = postgres ?? openDatabase(target as string, options);
  try {
    // However long another server's migrations and seed take, this one waits for them.
    postgres?.exec(`SET lock_timeout = 0; SELECT pg_advisory_lock(${SETUP_LOCK}); SET lock_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    try {
      if (hasPendingMigrations(connection)) {
        if (postgres) migratePostgres(postgres);
        else (await import('./migrate.js')).migrateDatabase(sqliteOf(connection));
      }
      // PostgreSQL: an empty write transaction indexes the words of text another program wrote since (db/postgres/words.ts).
      if (postgres) postgres.transaction(() => {});
      if (options.seed === false || !isEmpty(connection)) return { connection, seeded: false };
      const { loadSeed, writeSeed } = await import('../../seed/loader.js');
      writeSeed(connection, loadSeed(seedDir));
      compactSearchIndex(connection);
      return { connection, seeded: true };
    } finally {
      postgres?.exec(`SELECT pg_advisory_unlock(${SETUP_LOCK})`);
    }
  } catch (error) {
    connection.close();
    throw error;
  }
}
