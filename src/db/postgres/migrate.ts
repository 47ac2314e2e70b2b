/**
 * Applies migrations/postgres as drizzle's PostgreSQL migrator does — the same journal,
 * the same record of what was applied (`drizzle.__drizzle_migrations`: the file's SHA-256
 * and the journal's time) — through the synchronous connection, each migration in its
 * own transaction, holding the write lock. A database that a newer Parley migrated is left alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type PostgresConnection, WRITE_LOCK } from './connection.js';
import { indexWords } from './words.js';

export const POSTGRES_MIGRATIONS = new URL('../../../migrations/postgres/', import.meta.url);

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

const journal = (): Journal => JSON.parse(readFileSync(new URL('meta/_journal.json', POSTGRES_MIGRATIONS), 'utf8')) as Journal;

function newestApplied(connection: PostgresConnection): number | null {
  connection.exec('CREATE SCHEMA IF NOT EXISTS drizzle; CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)');
  const applied = connection.prepare('SELECT max(created_at) AS newest FROM drizzle.__drizzle_migrations').pluck().get() as number | null;
  return applied === null ? null : Number(applied);
}

/** Whether a committed migration is newer than the newest this database applied. */
export function hasPendingPostgresMigrations(connection: PostgresConnection): boolean {
  const newest = newestApplied(connection);
  return journal().entries.some((e) => newest === null || e.when > newest);
}

export function migratePostgres(connection: PostgresConnection): void {
  const newest = newestApplied(connection);
  for (const entry of journal().entries) {
    if (newest !== null && entry.when <= newest) continue;
    const text = readFileSync(new URL(`${entry.tag}.sql`, POSTGRES_MIGRATIONS), 'utf8');
    const hash = createHash('sha256').update(text).digest('hex');
    // Writers wait (the write lock), and the words of any text the migration wrote (or unindexed: 0003) are written before
    // it commits, so that a server still running the version before never finds the search index half empty.
    connection.exec(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
    try {
      for (const statement of text.split('--> statement-breakpoint')) if (statement.trim()) connection.exec(statement);
      const query = (sql: string, params: unknown[]) => connection.bridge.query([{ text: sql, params }]).rows;
      if (query("SELECT to_regclass('search_index') IS NOT NULL AS ready", [])[0]!.ready) indexWords(query);
      connection.exec(`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('${hash}', ${Number(entry.when)}); COMMIT`);
    } catch (error) {
      connection.exec('ROLLBACK');
      throw error;
    }
  }
  // An empty write transaction: it indexes the words of any text the migrations wrote (db/postgres/words.ts).
  connection.transaction(() => {});
}
