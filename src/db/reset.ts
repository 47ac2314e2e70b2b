/** `npm run db:reset`: deletes the database file and rebuilds it from the migrations and the seed. */
import { rmSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config.js';
import { prepareDatabase } from './setup.js';

try {
  const { databasePath } = loadConfig();
  for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  const { connection } = await prepareDatabase(databasePath);
  const counts = connection.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM sources) sources, (SELECT count(*) FROM actors) actors, (SELECT count(*) FROM issues) issues,
              (SELECT count(*) FROM proposals) proposals, (SELECT count(*) FROM statements) statements,
              (SELECT count(*) FROM dates) dates, (SELECT count(*) FROM contested_claims) contested_claims,
              (SELECT count(*) FROM evidence_spans) evidence_spans`,
    )
    .get();
  connection.close();
  console.log(`Rebuilt ${databasePath}:`, counts);
} catch (error) {
  console.error(error instanceof ConfigError || (error instanceof Error && error.name === 'SeedError') ? error.message : error);
  process.exit(1);
}
