import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, type Connection, connectionOf, openDatabase } from '../src/db/client.js';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../src/db/migrate.js';
import { SEED_DIR, loadSeed, writeSeed } from '../seed/loader.js';
import { contractInject } from './contract.js';
import { type PostgresConnection, openPostgres } from '../src/db/postgres/connection.js';
import { migratePostgres } from '../src/db/postgres/migrate.js';

/**
 * A migrated and seeded database, built once per test file and kept as bytes: each test's
 * database is a copy of it (a few milliseconds) instead of a fresh migration and seed
 * (about 300 ms).
 */
let template: Buffer | undefined;
function seededTemplate(): Buffer {
  if (!template) {
    const connection = openDatabase(':memory:');
    migrateDatabase(connection.sqlite);
    writeSeed(connection, loadSeed());
    template = connection.sqlite.serialize();
    connection.close();
  }
  return template;
}

/**
 * Which database the tests run on: SQLite in memory, or, with TEST_BACKEND=postgres (the
 * `postgres` project of vitest.config.ts), PostgreSQL: in process through PGlite, or, with
 * TEST_DATABASE_URL (`npm run test:postgres`), a real server, a new database for each test's.
 */
export const TEST_BACKEND: 'sqlite' | 'postgres' = process.env.TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

/**
 * PGlite's data folder, migrated and seeded, as bytes: each PostgreSQL test database starts
 * from it (about half a second) instead of being created, migrated and seeded (about six).
 * tests/postgres-setup.ts makes it once per run and names its file in PARLEY_PGLITE_IMAGE.
 */
let pgImage: Uint8Array | undefined;
function postgresTemplate(): Uint8Array {
  if (!pgImage) {
    const file = process.env.PARLEY_PGLITE_IMAGE;
    if (file) pgImage = new Uint8Array(readFileSync(file));
    else {
      const connection = openPostgres({ kind: 'pglite' });
      migratePostgres(connection);
      writeSeed(connection, loadSeed());
      pgImage = connection.bridge.dump();
      connection.close();
    }
  }
  return pgImage;
}

/** The server's databases that tests/postgres-setup.ts makes once per run: migrated and seeded, and migrated only. */
export const SERVER_TEMPLATES = { seeded: 'parley_seeded', empty: 'parley_empty' } as const;

/** The URL of a database of the test server. */
export function serverDatabaseUrl(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

let serverAdmin: PostgresConnection | undefined;
let serverDatabases = 0;

/** A new database on the test server, copied from a template (a file copy on the server: a few tens of milliseconds). */
function createServerDatabase({ seed, at }: { seed: boolean; at?: string | undefined }): Connection {
  serverAdmin ??= openPostgres({ kind: 'server', url: process.env.TEST_DATABASE_URL! });
  const name = `parley_test_${process.pid}_${++serverDatabases}`;
  serverAdmin.exec(`CREATE DATABASE ${name} TEMPLATE ${seed && at === undefined ? SERVER_TEMPLATES.seeded : SERVER_TEMPLATES.empty}`);
  const connection = openPostgres({ kind: 'server', url: serverDatabaseUrl(name) });
  if (seed && at !== undefined) writeSeed(connection, loadSeed(), { at });
  return connection;
}

function createPostgresDatabase({ seed, at }: { seed: boolean; at?: string | undefined }): Connection {
  if (process.env.TEST_DATABASE_URL) return createServerDatabase({ seed, at });
  if (seed && at === undefined) return openPostgres({ kind: 'pglite', image: postgresTemplate() });
  const connection = openPostgres({ kind: 'pglite' });
  migratePostgres(connection);
  if (seed) writeSeed(connection, loadSeed(), at === undefined ? {} : { at });
  return connection;
}

/** The knowledge base's tables (not the search index's, nor the migrations' record), on either database. */
export function tableNames(connection: Connection): string[] {
  const query =
    connection.backend === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'search_index%' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'search_index%' ORDER BY table_name";
  return connection.prepare(query).pluck().all() as string[];
}

/** Every row of a table, each as JSON with its columns in name order, sorted: what two databases holding the same rows answer alike. */
export function tableRows(connection: Connection, table: string): string[] {
  return (connection.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[])
    .map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1))))
    .sort();
}

/** A fresh in-memory database, migrated and, unless asked otherwise, seeded (`at` that time, or when the file's first was). */
export function createTestDatabase({ seed = true, at }: { seed?: boolean; at?: string } = {}): Connection {
  if (TEST_BACKEND === 'postgres') return createPostgresDatabase({ seed, at });
  if (seed && at === undefined) {
    const sqlite = new Database(seededTemplate());
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return connectionOf(sqlite);
  }
  const connection = openDatabase(':memory:');
  migrateDatabase(connection.sqlite);
  if (seed) writeSeed(connection, loadSeed(), at === undefined ? {} : { at });
  return connection;
}

/** The key test apps accept for writes. */
export const TEST_KEY = 'test-key-0123456789abcdef';

/** A fresh app on a fresh seeded database; close both with `close()`. */
export async function createTestApp(options: Omit<Parameters<typeof buildApp>[0], 'connection'> = {}) {
  const connection = createTestDatabase();
  // A busy test machine must not shed a test's requests as overload: shedding is tested where it is asked for.
  // On a real server, the views and the reads of records and lists run on threads of their own, as `npm start` runs them
  // (in memory, SQLite's or PGlite's, they can only run inline).
  const views = options.views ?? (process.env.TEST_DATABASE_URL ? { threads: 1 } : undefined);
  const app = await buildApp({ connection, ...options, ...(views ? { views } : {}), protection: { maxEventLoopDelayMs: 0, ...options.protection } });
  return {
    app,
    connection,
    /** `app.inject` that also checks each response against the OpenAPI document. */
    inject: contractInject(app),
    /** Runs a query on the test database. */
    all: <T = any>(sql: string, ...params: unknown[]) => connection.prepare(sql).all(...params) as T[],
    close: async () => {
      await app.close();
      connection.close();
    },
  };
}

/**
 * A fresh in-memory database with the migrations before `tag` applied and the seed
 * written, for tests of what a later migration does to data already there. The seed is
 * written by today's loader into a fully migrated database, and its rows copied into the
 * older one column by column (the columns both have), so the loader never has to know an
 * older schema; the older database's own triggers fill what they filled then.
 */
export function seededBefore(tag: string): Connection {
  const folder = tempDir();
  const connection = openDatabase(':memory:');
  try {
    cpSync(MIGRATIONS_FOLDER, join(folder.path, 'migrations'), { recursive: true });
    const journalFile = join(folder.path, 'migrations', 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < tag);
    writeFileSync(journalFile, JSON.stringify(journal));
    migrate(drizzle(connection.sqlite), { migrationsFolder: join(folder.path, 'migrations') });

    const full = openDatabase(join(folder.path, 'full.db'));
    migrateDatabase(full.sqlite);
    writeSeed(full, loadSeed());
    full.close();

    const { sqlite } = connection;
    sqlite.pragma('foreign_keys = OFF');
    sqlite.prepare('ATTACH DATABASE ? AS full').run(join(folder.path, 'full.db'));
    const columns = (schema: string, table: string) => (sqlite.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map((c) => c.name);
    // The seed's tables; what triggers keep (the search index, issue_speakers, proposal_status_issues, the issue trees and timelines) fills itself.
    const derived = /^(search_|issue_speakers$|proposal_status_issues$|issue_ancestors$|issue_timeline$|__drizzle|sqlite_|server_secrets$|changes$|idempotency)/;
    const names = (sqlite.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name).filter((t) => !derived.test(t));
    // Parents before children, so what a trigger reads of a row's parents is there when the row is copied.
    const tables: string[] = [];
    const visit = (table: string) => {
      if (tables.includes(table)) return;
      for (const { table: parent } of sqlite.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').all(table) as { table: string }[]) {
        if (parent !== table && names.includes(parent)) visit(parent); // a statement answering a statement is not a cycle to follow
      }
      tables.push(table);
    };
    names.forEach(visit);
    sqlite.transaction(() => {
      for (const table of tables) {
        const have = new Set(columns('full', table));
        const shared = columns('main', table).filter((c) => have.has(c)).map((c) => `"${c}"`).join(', ');
        sqlite.prepare(`INSERT INTO main."${table}" (${shared}) SELECT ${shared} FROM full."${table}" ORDER BY rowid`).run();
      }
    })();
    sqlite.prepare('DETACH DATABASE full').run();
    sqlite.pragma('foreign_keys = ON');
    return connection;
  } finally {
    folder.remove();
  }
}

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix = 'parley-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A writable copy of the seed directory, for tests that plant defects in it. */
export function copySeed(): { dir: string; edit: (file: string, change: (data: any) => void) => void; remove: () => void } {
  const { path, remove } = tempDir('parley-seed-');
  cpSync(join(SEED_DIR, 'articles'), join(path, 'articles'), { recursive: true });
  cpSync(join(SEED_DIR, 'data'), join(path, 'data'), { recursive: true });
  return {
    dir: path,
    edit: (file, change) => {
      const target = join(path, 'data', file);
      const data = JSON.parse(readFileSync(target, 'utf8'));
      change(data);
      writeFileSync(target, JSON.stringify(data, null, 2));
    },
    remove,
  };
}

/** Reads a seed data file as committed. */
export function seedFile<T = any>(file: string): T {
  return JSON.parse(readFileSync(join(SEED_DIR, 'data', file), 'utf8')) as T;
}

/**
 * Links of statements to issues whose copied speaker or `known_by` day differs from
 * what the statement, its citations and their sources say now (the triggers' job).
 */
/**
 * The known_by day of statement `alias` as the migrations define it, stated again here to check
 * them: its date's last day, or the earliest day a citing article is known by (its reference
 * date, else its publication).
 */
const KNOWN_BY_OF = (alias: string) => `coalesce(${alias}.date_end, (
    SELECT min(min(coalesce(src.reference_end, src.date_end), coalesce(src.date_end, src.reference_end)))
    FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id JOIN sources src ON src.id = e.source_id WHERE c.statement_id = ${alias}.id))`;

export const STALE_POSITION_KEYS = `
  SELECT si.statement_id, si.issue_id FROM statement_issues si JOIN statements s ON s.id = si.statement_id
  WHERE si.speaker_id IS NOT s.speaker_id OR si.known_by IS NOT (${KNOWN_BY_OF('s')})`;

/** Rows of the status changes by issue that differ from what proposal_statuses and proposal_issues say now, either way. */
export const STALE_STATUS_CHANGE_KEYS = `
  WITH derived AS (
    SELECT pi.issue_id, h.date_start, h.proposal_id, h.seq FROM proposal_statuses h JOIN proposal_issues pi ON pi.proposal_id = h.proposal_id WHERE h.date_start IS NOT NULL)
  SELECT * FROM (SELECT * FROM derived EXCEPT SELECT issue_id, date_start, proposal_id, seq FROM proposal_status_issues) AS missing
  UNION ALL
  SELECT * FROM (SELECT issue_id, date_start, proposal_id, seq FROM proposal_status_issues EXCEPT SELECT * FROM derived) AS stale`;

/** Statements whose known_by differs from what it is derived from (the triggers of migration 0014). */
/** For an undated statement, the source its known_by day comes from: the earliest, by id among those of one day. */
const KNOWN_BY_SOURCE_OF = (alias: string) => `CASE WHEN ${alias}.date_end IS NULL THEN (
    SELECT e.source_id FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id JOIN sources src ON src.id = e.source_id
    WHERE c.statement_id = ${alias}.id AND coalesce(src.reference_end, src.date_end) IS NOT NULL
    ORDER BY min(coalesce(src.reference_end, src.date_end), coalesce(src.date_end, src.reference_end)), e.source_id LIMIT 1) END`;

export const STALE_KNOWN_BY = `
  SELECT s.id FROM statements s
  WHERE s.known_by IS NOT (${KNOWN_BY_OF('s')})
     OR s.known_by_source IS NOT (${KNOWN_BY_SOURCE_OF('s')})
     OR s.sort_date IS NOT coalesce(s.date_start, s.known_by, '')`;
