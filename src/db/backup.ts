/**
 * `npm run backup -- <file>`: a consistent copy of the live database, made with
 * SQLite's online backup while the service keeps serving and writing. Restore by
 * pointing DATABASE_PATH at the copy. On PostgreSQL (DATABASE_URL), the server's own tools
 * do this (pg_dump, or a replica), and this command says so.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { type Connection, openDatabase, sqliteOf } from './client.js';

export async function backupDatabase(connection: Connection, target: string): Promise<{ pages: number; ms: number }> {
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const started = performance.now();
  let pages = 0;
  await sqliteOf(connection).backup(target, {
    progress: ({ totalPages }) => {
      pages = totalPages;
      return 200; // pages per step; writers get the lock between steps
    },
  });
  return { pages, ms: Math.round(performance.now() - started) };
}

async function main() {
  const target = process.argv[2];
  if (!target) throw new ConfigError('Usage: npm run backup -- <file>');
  const { databasePath, database } = loadConfig();
  if (typeof database === 'object') throw new ConfigError('DATABASE_URL is set: this command copies a SQLite file. Back up PostgreSQL with its own tools: pg_dump --format=custom, or a replica.');
  if (!existsSync(databasePath)) throw new ConfigError(`No database at ${databasePath} (DATABASE_PATH).`);
  if (existsSync(target)) throw new ConfigError(`${target} exists already; choose a new file.`);
  const connection = openDatabase(databasePath);
  try {
    const { pages, ms } = await backupDatabase(connection, target);
    const copy = openDatabase(target);
    const check = copy.sqlite.pragma('integrity_check', { simple: true });
    copy.close();
    console.log(`Backed up ${databasePath} to ${resolve(target)}: ${pages} pages in ${ms} ms, integrity ${check}.`);
  } finally {
    connection.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
