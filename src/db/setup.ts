import { readFileSync } from 'node:fs';
import { type Connection, openDatabase } from './client.js';

export interface PreparedDatabase {
  connection: Connection;
  /** Whether this start loaded the knowledge base (true only on a fresh database). */
  seeded: boolean;
}

const JOURNAL = new URL('../../migrations/meta/_journal.json', import.meta.url);

/**
 * Whether the database lacks a committed migration, decided as drizzle's migrator
 * decides it: a migration is applied when it is newer than the newest one recorded.
 */
export function hasPendingMigrations(connection: Connection): boolean {
  const journal = JSON.parse(readFileSync(JOURNAL, 'utf8')) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  const recorded = connection.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (recorded === undefined) return true;
  const applied = connection.sqlite.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get() as number | string | null;
  return applied === null || Number(applied) < newest;
}

/**
 * Merges the search index into one segment, as migration 0019 did: what a bulk load
 * (the seed, an import, a generated benchmark base) does when it finishes, so each
 * search term is one lookup instead of one per segment the load left behind.
 */
export function compactSearchIndex(connection: Connection): void {
  connection.sqlite.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
}

/** True when the knowledge base has never been loaded into this database. */
export function isEmpty(connection: Connection): boolean {
  return connection.sqlite.prepare('SELECT 1 FROM sources LIMIT 1').get() === undefined;
}

/**
 * Opens the database, applies pending migrations and, when it holds no knowledge
 * base yet, loads the curated seed in one transaction. Later starts only migrate.
 * The migrator and the seed loader (and drizzle with them) are imported only when
 * there is something for them to do: an ordinary start is quicker without them.
 */
export async function prepareDatabase(path: string, seedDir?: string, options: { busyTimeoutMs?: number } = {}): Promise<PreparedDatabase> {
  const connection = openDatabase(path, options);
  try {
    if (hasPendingMigrations(connection)) (await import('./migrate.js')).migrateDatabase(connection.sqlite);
    if (!isEmpty(connection)) return { connection, seeded: false };
    const { loadSeed, writeSeed } = await import('../../seed/loader.js');
    writeSeed(connection, loadSeed(seedDir));
    compactSearchIndex(connection);
    return { connection, seeded: true };
  } catch (error) {
    connection.close();
    throw error;
  }
}
