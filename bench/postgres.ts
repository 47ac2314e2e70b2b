/**
 * PostgreSQL for `npm run bench -- --backend postgres`: a cluster of the bench's own in
 * bench/data/postgres (made with the server's initdb on first use — Debian's `postgresql`
 * package — reachable only by its socket there, started for the run and stopped after it),
 * and each generated base copied into it from its SQLite file, so that both databases hold
 * the same rows. The copy writes every table as it is, derived ones included, with triggers
 * and reference checks off (the rows were checked when SQLite took them), then indexes the
 * search documents' words as the write path does and gathers the planner's statistics.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openPostgres, type PostgresConnection } from '../src/db/postgres/connection.js';
import { hasPendingPostgresMigrations, migratePostgres } from '../src/db/postgres/migrate.js';

const FOLDER = join(import.meta.dirname, 'data', 'postgres');
const DATA = join(FOLDER, 'data');
/** Rows a statement copies. */
const BATCH = 5000;

/** The folder of initdb and pg_ctl: on the PATH, or Debian's newest. */
function serverPrograms(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) if (existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'initdb'))) return dir;
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(`/usr/lib/postgresql/${version}/bin/pg_ctl`)) return `/usr/lib/postgresql/${version}/bin`;
  throw new Error('No PostgreSQL server programs (initdb, pg_ctl): install Debian\'s postgresql package (apt-get install postgresql).');
}

/** PostgreSQL does not run as root: as root, the cluster belongs to the postgres user. */
const asServer = (program: string, args: string[]) =>
  process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', program, ...args], { stdio: 'pipe' }) : execFileSync(program, args, { stdio: 'pipe' });

export interface Cluster {
  /** The URL of one of its databases. */
  url(database: string): string;
  stop(): void;
}

/**
 * The bench's cluster, made on first use and started now. Its settings are a dedicated
 * server's, scaled to this machine: the same durability as SQLite's (synchronous commits),
 * shared buffers a quarter of memory at most 4 GB.
 */
export function startCluster(): Cluster {
  const bin = serverPrograms();
  mkdirSync(FOLDER, { recursive: true });
  if (process.getuid?.() === 0) chownSync(FOLDER, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  if (!existsSync(join(DATA, 'PG_VERSION'))) asServer(join(bin, 'initdb'), ['-D', DATA, '--locale=C', '--encoding=UTF8', '--username=parley', '--auth=trust']);
  const memoryMb = Math.floor(Number(execFileSync('awk', ['/MemTotal/ {print $2}', '/proc/meminfo']).toString()) / 1024);
  const sharedMb = Math.min(4096, Math.floor(memoryMb / 4));
  try {
    asServer(join(bin, 'pg_ctl'), ['-D', DATA, '-l', join(FOLDER, 'server.log'), '-w', '-o', `-k ${FOLDER} -c listen_addresses='' -c max_connections=200 -c shared_buffers=${sharedMb}MB -c effective_cache_size=${Math.floor(memoryMb / 2)}MB`, 'start']);
  } catch (error) {
    // Already running (a bench that was killed): use it.
    if (!String((error as { stderr?: unknown }).stderr).includes('another server might be running')) throw error;
  }
  return {
    url: (database) => `postgres://parley@localhost/${database}?host=${encodeURIComponent(FOLDER)}`,
    stop: () => {
      asServer(join(bin, 'pg_ctl'), ['-D', DATA, '-m', 'fast', 'stop']);
    },
  };
}

const baseName = (statements: number) => `kb_${statements}`;

/** Copies every row of the SQLite base into the migrated, empty PostgreSQL database. */
function copyBase(sqlitePath: string, pg: PostgresConnection) {
  const lite = new Database(sqlitePath, { readonly: true });
  try {
    const tables = pg
      .prepare("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")
      .pluck()
      .all() as string[];
    pg.exec('SET session_replication_role = replica');
    for (const table of tables) {
      if (table === 'search_totals') continue;
      const columns = (pg.prepare('SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position').pluck().all('public', table) as string[]).filter(
        (c) => !(table === 'search_index' && ['words', 'title_size', 'body_size'].includes(c)),
      );
      const list = columns.map((c) => `"${c}"`).join(', ');
      let batch: unknown[] = [];
      const flush = () => {
        if (batch.length === 0) return;
        pg.bridge.query([{ text: `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`, params: [JSON.stringify(batch)] }]);
        batch = [];
      };
      for (const row of lite.prepare(`SELECT ${list} FROM "${table}"`).iterate()) {
        batch.push(row);
        if (batch.length === BATCH) flush();
      }
      flush();
      // An identity column's next number follows the rows copied.
      for (const column of pg.prepare("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'YES'").pluck().all(table) as string[]) {
        pg.exec(`SELECT setval(pg_get_serial_sequence('"${table}"', '${column}'), coalesce((SELECT max("${column}") FROM "${table}"), 0) + 1, false)`);
      }
    }
    pg.exec('SET session_replication_role = origin');
    // The search documents' words, as every write indexes them when it commits, and their totals (kept by a trigger the copy went past).
    pg.transaction(() => {});
    pg.exec('UPDATE search_totals SET documents = t.n, title_words = t.titles, body_words = t.bodies FROM (SELECT count(*) AS n, coalesce(sum(title_size), 0) AS titles, coalesce(sum(body_size), 0) AS bodies FROM search_index) AS t');
    pg.exec('VACUUM ANALYZE');
  } finally {
    lite.close();
  }
}

/** The bench database of a size, copied from its SQLite base when missing. */
export function ensurePostgresBase(cluster: Cluster, statements: number, sqlitePath: string): void {
  const admin = openPostgres({ kind: 'server', url: cluster.url('postgres') });
  try {
    const name = baseName(statements);
    // A copy completes or is made again: the database is named once it is whole. One a newer Parley migrates is migrated once, here, not by each run's server.
    if (admin.prepare('SELECT 1 FROM pg_database WHERE datname = ?').get(name)) {
      const base = openPostgres({ kind: 'server', url: cluster.url(name) });
      try {
        if (hasPendingPostgresMigrations(base)) {
          const started = performance.now();
          migratePostgres(base);
          // The rows a migration wrote again leave their old versions behind, as the copy's own writes did: a server's autovacuum would
          // clear them in time, but a copy starts with no statistics to trigger it.
          base.exec('VACUUM ANALYZE');
          console.error(`migrated the PostgreSQL base of ${statements} statements in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
      } finally {
        base.close();
      }
      return;
    }
    const loading = `${name}_loading`;
    admin.exec(`DROP DATABASE IF EXISTS ${loading}`);
    admin.exec(`CREATE DATABASE ${loading}`);
    const started = performance.now();
    const pg = openPostgres({ kind: 'server', url: cluster.url(loading) });
    try {
      migratePostgres(pg);
      copyBase(sqlitePath, pg);
    } finally {
      pg.close();
    }
    admin.exec(`ALTER DATABASE ${loading} RENAME TO ${name}`);
    console.error(`copied ${statements} statements into PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    admin.close();
  }
}

/** A fresh copy of a size's database for one run (a file copy on the server), so that the write mix never changes the base itself. */
export function freshPostgresCopy(cluster: Cluster, statements: number): { url: string; remove: () => void } {
  const name = `${baseName(statements)}_run`;
  const admin = openPostgres({ kind: 'server', url: cluster.url('postgres') });
  try {
    admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    admin.exec(`CREATE DATABASE ${name} TEMPLATE ${baseName(statements)}`);
  } finally {
    admin.close();
  }
  return {
    url: cluster.url(name),
    remove: () => {
      const again = openPostgres({ kind: 'server', url: cluster.url('postgres') });
      try {
        again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        again.close();
      }
    },
  };
}
