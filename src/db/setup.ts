import { isEmpty, loadSeed, writeSeed } from '../../seed/loader.js';
import { type Connection, openDatabase } from './client.js';
import { migrateDatabase } from './migrate.js';

export interface PreparedDatabase {
  connection: Connection;
  /** Whether this start loaded the knowledge base (true only on a fresh database). */
  seeded: boolean;
}

/**
 * Opens the database, applies pending migrations and, when it holds no knowledge
 * base yet, loads the curated seed in one transaction. Later starts only migrate.
 */
export function prepareDatabase(path: string, seedDir?: string, options: { busyTimeoutMs?: number } = {}): PreparedDatabase {
  const connection = openDatabase(path, options);
  try {
    migrateDatabase(connection.db);
    if (!isEmpty(connection)) return { connection, seeded: false };
    writeSeed(connection, loadSeed(seedDir));
    return { connection, seeded: true };
  } catch (error) {
    connection.close();
    throw error;
  }
}
