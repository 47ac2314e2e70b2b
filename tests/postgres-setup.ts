/**
 * Global setup of the `postgres` test project: one PGlite database, migrated and seeded,
 * saved as an image that every test database of the run starts from (tests/helpers.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed, writeSeed } from '../seed/loader.js';
import { openPostgres } from '../src/db/postgres/connection.js';
import { migratePostgres } from '../src/db/postgres/migrate.js';

export default function setup() {
  const connection = openPostgres({ kind: 'pglite' });
  migratePostgres(connection);
  writeSeed(connection, loadSeed());
  const file = join(tmpdir(), `parley-pglite-${process.pid}.img`);
  writeFileSync(file, connection.bridge.dump());
  connection.close();
  process.env.PARLEY_PGLITE_IMAGE = file;
  return () => rmSync(file, { force: true });
}
