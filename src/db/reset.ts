/**
 * `npm run db:reset`: deletes the database file and rebuilds it from the migrations and the
 * seed. With DATABASE_URL, it drops every table of the PostgreSQL database (its `public`
 * schema and drizzle's record of migrations) and rebuilds them the same way.
 */
import { rmSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config.js';
import { openPostgres } from './postgres/connection.js';
import { prepareDatabase } from './setup.js';

try {
  const { databasePath, database } = loadConfig();
  if (typeof database === 'object') {
    const postgres = openPostgres({ kind: 'server', url: database.postgresUrl });
    try {
      postgres.exec('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    } finally {
      postgres.close();
    }
  } else for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  const { connection } = await prepareDatabase(database);
  const counts = connection
    .prepare(
      `SELECT (SELECT count(*) FROM sources) sources, (SELECT count(*) FROM actors) actors, (SELECT count(*) FROM issues) issues,
              (SELECT count(*) FROM proposals) proposals, (SELECT count(*) FROM statements) statements,
              (SELECT count(*) FROM dates) dates, (SELECT count(*) FROM contested_claims) contested_claims,
              (SELECT count(*) FROM evidence_spans) evidence_spans`,
    )
    .get();
  connection.close();
  console.log(`Rebuilt ${typeof database === 'object' ? 'the PostgreSQL database' : databasePath}:`, counts);
} catch (error) {
  console.error(error instanceof ConfigError || (error instanceof Error && error.name === 'SeedError') ? error.message : error);
  process.exit(1);
}
