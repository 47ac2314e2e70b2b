/**
 * Global setup of the `postgres` test project. Through PGlite: one database, migrated and
 * seeded, saved as an image that every test database of the run starts from. On a server
 * (TEST_DATABASE_URL, `npm run test:postgres`): two template databases, migrated and seeded,
 * and migrated only, that each test database is copied from (tests/helpers.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed, writeSeed } from '../seed/loader.js';
import { openPostgres } from '../src/db/postgres/connection.js';
import { migratePostgres } from '../src/db/postgres/migrate.js';
import { SERVER_TEMPLATES, serverDatabaseUrl } from './helpers.js';

function serverTemplates(url: string) {
  const admin = openPostgres({ kind: 'server', url });
  try {
    for (const [kind, name] of Object.entries(SERVER_TEMPLATES)) {
      admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      admin.exec(`CREATE DATABASE ${name}`);
      const connection = openPostgres({ kind: 'server', url: serverDatabaseUrl(name) });
      migratePostgres(connection);
      if (kind === 'seeded') writeSeed(connection, loadSeed());
      connection.close();
    }
  } finally {
    admin.close();
  }
}

export default function setup() {
  if (process.env.TEST_DATABASE_URL) return serverTemplates(process.env.TEST_DATABASE_URL);
  const connection = openPostgres({ kind: 'pglite' });
  migratePostgres(connection);
  writeSeed(connection, loadSeed());
  const file = join(tmpdir(), `parley-pglite-${process.pid}.img`);
  writeFileSync(file, connection.bridge.dump());
  connection.close();
  process.env.PARLEY_PGLITE_IMAGE = file;
  return () => rmSync(file, { force: true });
}
