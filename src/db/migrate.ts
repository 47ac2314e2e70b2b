import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Applies every committed migration the database has not seen yet. */
export function migrateDatabase(sqlite: Database.Database): void {
  migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_FOLDER });
}
