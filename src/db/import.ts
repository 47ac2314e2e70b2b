/**
 * `npm run import -- <file>`: loads a knowledge-base export (`GET /export/knowledge-base.ndjson`)
 * into the database at DATABASE_PATH (or DATABASE_URL's), which must hold no records: created
 * and migrated when missing, never seeded. Every line is checked before the database is touched (its shape
 * as the write API takes it, its id, version and times, every span it cites among the file's),
 * then the records are written through the write service in one transaction, their references
 * checked as any write's; nothing is written unless all of them are sound
 * (exports/knowledge-base.ts). The transaction is not cut short by an interrupt: it completes
 * or writes nothing.
 */
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';
import { ImportError, importKnowledgeBase, readKnowledgeBase } from '../exports/knowledge-base.js';
import { compactSearchIndex, prepareDatabase } from './setup.js';

async function readLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new ConfigError('Usage: npm run import -- <file.ndjson>');
  if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigError(`No file at ${file}.`);
  const { databasePath, database } = loadConfig();
  const where = typeof database === 'object' ? 'the PostgreSQL database' : databasePath;
  // Every line is checked before the database is touched.
  const lines = readKnowledgeBase(await readLines(file));
  // A database (and the folders) this command makes are removed again if nothing could be imported into it.
  const created = typeof database === 'string' && !existsSync(databasePath);
  let madeFolder: string | undefined;
  if (created) for (let dir = dirname(resolve(databasePath)); !existsSync(dir); dir = dirname(dir)) madeFolder = dir;
  const { connection } = await prepareDatabase(database, undefined, { seed: false });
  let imported = false;
  try {
    const started = performance.now();
    const counts = importKnowledgeBase(connection, lines);
    compactSearchIndex(connection);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const each = Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ');
    console.log(`Imported ${total} records into ${where} in ${Math.round(performance.now() - started)} ms: ${each}.`);
    imported = true;
  } finally {
    connection.close();
    if (!imported && created) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
      if (madeFolder) rmSync(madeFolder, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof ConfigError || error instanceof ImportError ? error.message : error);
    process.exit(1);
  });
}
