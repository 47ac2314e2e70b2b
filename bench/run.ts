/**
 * `npm run bench [-- --quick]`: drives the real server, a bare Fastify floor and
 * json-server 0.17 with autocannon, each as its own process on loopback, and prints
 * one table per knowledge-base size with req/s, p50, p99, errors and answer sizes,
 * each endpoint's ratio to the floor for the same payload size, json-server's figures
 * for the closest query, how latency grows with size, a stall section (do cheap
 * requests stay fast while the costliest ones run at once?), memory, start-up time,
 * and each target with met or missed.
 *
 * Every request of an endpoint is a fresh draw from the base being measured (ids,
 * speakers, issues and stances, dates, kinds, search words and phrases, each
 * Zipf-distributed: see bench/requests.ts), so no cache is flattered by one URL asked
 * again and again; the p50 of the one fixed URL the harness used to measure is kept
 * as an extra column.
 *
 * Full run: 10k, 100k and 1M statements (generated into bench/data/ when missing),
 * 5 s per endpoint, the stall at 100k. Quick: 10k (and 20k for json-server), 2 s per
 * endpoint, the stall at 10k. While working on one thing: `--sizes 1000000` measures
 * only those sizes (and the stall at the smallest of them of 100k or more) and
 * `--only search` only the endpoints whose name contains the word (no stall, no
 * json-server comparison then, and the results file is not written); `--only stall`
 * runs just the stall section, `--only export` just the exports (at every size asked for),
 * `--only endpoints` every endpoint and nothing else;
 * `--workers 2` starts the server as two processes sharing the port (WORKERS).
 * `--backend postgres` measures every endpoint again on PostgreSQL (the same base copied into
 * a cluster of the bench's own: bench/postgres.ts), with the same requests, beside SQLite.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { prepareDatabase } from '../src/db/setup.js';
import { COSTLY_PER_CLIENT } from '../src/plugins/protection.js';
import { type Drive, drive } from './drive.js';
import { type ExportReport, exportTargets, runExportBench } from './export.js';
import { generate } from './generate.js';
import { type Cluster, ensurePostgresBase, freshPostgresCopy, startCluster } from './postgres.js';
import { type Candidates, candidatesOf, endpoints, popular, writeBodies } from './requests.js';
import { STALL_P99_MS, type StallReport, printStall, runStall } from './stall.js';
import { fmt, fmtMs, verdict } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const SECONDS = quick ? 2 : 5;
/** The fixed-URL column is a p50 only: a shorter run is enough. */
const FIXED_SECONDS = quick ? 1 : 2;
const STALL_SECONDS = quick ? 3 : 6;
const START_ROUNDS = quick ? 3 : 5;
const CONNECTIONS = 10;
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const only = option('only');
const stallOnly = only === 'stall';
const exportOnly = only === 'export';
const SIZES = option('sizes')?.split(',').map(Number) ?? (quick ? [10_000] : [10_000, 100_000, 1_000_000]);
const partial = only !== undefined || option('sizes') !== undefined;
/** The stall runs at 100k (the smallest size of 100k or more asked for), at the quick size with --quick. */
const STALL_SIZE = quick ? SIZES[0]! : (SIZES.filter((s) => s >= 100_000).sort((a, b) => a - b)[0] ?? SIZES.at(-1)!);
const runsStall = only === undefined || stallOnly;
const JSON_SERVER_SIZE = 20_000;
const KEY = 'bench-key-0123456789abcdef';

const dbPath = (statements: number) => join(ROOT, 'bench', 'data', `kb-${statements}.db`);
async function ensureDatabase(statements: number) {
  if (!existsSync(dbPath(statements))) {
    console.error(`generating ${statements} statements…`);
    generate({ statements, out: dbPath(statements) });
  }
  // Apply any newer migrations now, so that start-up is measured on a database that is up to date.
  const { connection } = await prepareDatabase(dbPath(statements));
  connection.sqlite.exec('ANALYZE');
  connection.close();
}

/** A fresh copy of the generated base for one run, so that the write mix never changes the base itself. */
function freshCopy(statements: number): { path: string; remove: () => void } {
  const path = join(ROOT, 'bench', 'data', `kb-${statements}.run.db`);
  const remove = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${path}${suffix}`, { force: true }));
  remove();
  copyFileSync(dbPath(statements), path);
  return { path, remove };
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
process.on('uncaughtException', (error) => {
  console.error(error);
  process.exit(1);
});

let nextPort = 21_000 + Math.floor(Math.random() * 10_000);
async function startProcess(args: string[], env: Record<string, string>, healthPath: string) {
  const port = nextPort++;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  let up = false;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  for (let i = 0; i < 3000 && !up && !exited(); i++) {
    up = await fetch(`http://127.0.0.1:${port}${healthPath}`).then((r) => r.ok, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 10));
  }
  if (!up) throw new Error(`${args.join(' ')} did not start${exited() ? ` (it exited with ${child.exitCode ?? child.signalCode})` : ''}`);
  const startupMs = performance.now() - started;
  await settled(child.pid!);
  return { child, port, startupMs, url: `http://127.0.0.1:${port}` };
}

/** CPU seconds a process has used, from /proc (user and system); null where there is no /proc. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Waits until a server that answers has also finished starting: its worker threads load their
 * code for a second or more after the first answer, and a measurement begun meanwhile would
 * share the cores with that. Done when it used under 20 ms of CPU in 250 ms (at most 20 s).
 */
async function settled(pid: number) {
  let before = cpuSeconds(pid);
  for (let i = 0; i < 80 && before !== null; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = cpuSeconds(pid);
    if (now === null || now - before < 0.02) return;
    before = now;
  }
}
const stop = async (child: ChildProcess) => {
  child.kill('SIGKILL');
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
};
/** The server started as `npm start` starts it (its young generation kept small: see README, Running it for real). */
const SERVER_ARGS = ['--max-semi-space-size=2', '--import', 'tsx', 'src/server.ts'];
/** `--workers N`: the server as N processes sharing the port (WORKERS). */
const WORKERS = option('workers') ?? '1';
/** The server on a SQLite file, or (`{ url }`) on a PostgreSQL database. */
const startParley = (database: string | { url: string }) =>
  startProcess(
    SERVER_ARGS,
    { ...(typeof database === 'string' ? { DATABASE_PATH: database } : { DATABASE_URL: database.url }), API_KEY: KEY, LOG_LEVEL: 'error', WRITE_RATE_LIMIT: '100000', WORKERS },
    '/health',
  );
/** `--backend postgres`: every endpoint measured on PostgreSQL too. */
const POSTGRES = option('backend') === 'postgres';
if (option('backend') !== undefined && !['postgres', 'sqlite'].includes(option('backend')!)) throw new Error('--backend takes postgres (SQLite is always measured)');
let cluster: Cluster | undefined;
process.on('exit', () => cluster?.stop());
/** `work` against a server on PostgreSQL holding a fresh copy of the size's base (bench/postgres.ts). */
async function onPostgres<T>(size: number, work: (server: Awaited<ReturnType<typeof startParley>>) => Promise<T>): Promise<T> {
  cluster ??= startCluster();
  ensurePostgresBase(cluster, size, dbPath(size));
  const copy = freshPostgresCopy(cluster, size);
  const server = await startParley({ url: copy.url });
  try {
    return await work(server);
  } finally {
    await stop(server.child);
    copy.remove();
  }
}


const lines: string[] = [];
const out = (line = '') => {
  console.log(line);
  lines.push(line);
};

/** The paths of statement pages 1 to 1000 (five a page), each with the cursor the page before gave. */
async function pagePaths(base: string): Promise<string[]> {
  const paths = ['/statements?limit=5'];
  let cursor: string | null = null;
  for (let page = 1; page < 1000; page++) {
    const body = (await (await fetch(`${base}${paths.at(-1)}`)).json()) as { next_cursor: string | null };
    cursor = body.next_cursor;
    if (!cursor) throw new Error(`ran out of pages at ${page}`);
    paths.push(`/statements?limit=5&cursor=${cursor}`);
  }
  return paths;
}

/** One endpoint at one size: the randomized figures, the fixed URL's p50, and the floor for the mean answer size. */
interface Row {
  m: Drive;
  fixedP50: number | null;
  floorRps: number;
  /** A costly read driven again with one request in flight per core (PER_CORE connections): its latency with no queue. */
  perCore?: Drive;
}
/**
 * One request in flight per core of this machine (at most the costly reads' per-client limit):
 * the latency of a costly read when the cores are busy but no request waits for another.
 * With more connections than cores, the p50 is mostly the time a request queues:
 * connections ÷ req/s.
 */
const PER_CORE = Math.min(availableParallelism(), COSTLY_PER_CLIENT);
/** A ratio of latencies; anything under 1 ms counts as 1 ms, so that sub-millisecond noise does not make ratios. */
const latencyRatio = (a: number, b: number) => Math.max(b, 1) / Math.max(a, 1);
const ratio = (a: number, b: number) => fmt(latencyRatio(a, b), 2);
const results = new Map<string, Map<number, Row>>();
/** `--backend postgres`: the same, on PostgreSQL. */
const pgResults = new Map<string, Map<number, Row>>();
const candidatesBySize = new Map<number, Candidates>();
let rssUnderLoad = 0;
let stallReport: StallReport | undefined;

if (!stallOnly && !exportOnly) {
  const floor = await startProcess(['--import', 'tsx', 'bench/floor.ts'], {}, '/health');
  for (const size of SIZES) {
    await ensureDatabase(size);
    const copy = freshCopy(size);
    const server = await startParley(copy.path);
    const candidates = candidatesOf(dbPath(size));
    candidatesBySize.set(size, candidates);

    out(`\n### ${fmt(size)} statements\n`);
    out(
      `Each request drawn at random from the base (Zipf-distributed ids, speakers, issues, dates, words…), ${CONNECTIONS} connections (${COSTLY_PER_CLIENT} for the costly reads, ` +
        'as many as one client may have in flight); req/s counts 2xx answers, p50 and p99 are over them, ' +
        'mean bytes of their bodies. The fixed-URL p50 is the one URL the harness measured before (for the timeline, the root of the biggest issue tree; ' +
        'for the deep pages, page 1000). The floor answers bodies of the mean size.\n',
    );
    out('| endpoint | req/s | p50 ms | p99 ms | errors | shed (503) | mean bytes | fixed-URL p50 ms | floor req/s | vs floor |');
    out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const measure = async (target: { url: string; child: ChildProcess }, endpoint: ReturnType<typeof endpoints>[number], connections: number): Promise<{ m: Drive; fixedP50: number | null }> => {
      const go = (path: () => string, n: number, seconds = SECONDS) => drive(target.url, { path, seconds, connections: n, pid: target.child.pid });
      if (endpoint.special === 'write') {
        return {
          m: await drive(target.url, {
            path: () => '/statements',
            method: 'POST',
            headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
            body: writeBodies(candidates),
            seconds: SECONDS,
            connections: CONNECTIONS,
            pid: target.child.pid,
          }),
          fixedP50: null,
        };
      }
      if (endpoint.special === 'deep') {
        const paths = await pagePaths(target.url);
        return { m: await go(popular(paths.slice(500), 41), connections), fixedP50: (await go(() => paths[999]!, connections, FIXED_SECONDS)).p50 };
      }
      const fixed = endpoint.fixed;
      return { m: await go(endpoint.draw!, connections), fixedP50: fixed === null ? null : (await go(() => fixed, connections, FIXED_SECONDS)).p50 };
    };
    const chosen = (e: { name: string }) => only === undefined || only === 'endpoints' || e.name.includes(only);
    // One client may have only a few costly reads in flight (429 past that): those are driven with no more connections than that.
    const connectionsOf = (e: { costly?: boolean }) => (e.costly ? Math.min(CONNECTIONS, COSTLY_PER_CLIENT) : CONNECTIONS);
    for (const endpoint of endpoints(dbPath(size), candidates).filter(chosen)) {
      const connections = connectionsOf(endpoint);
      const { m, fixedP50 } = await measure(server, endpoint, connections);
      if (size === 1_000_000) rssUnderLoad = Math.max(rssUnderLoad, m.rss);
      const perCore = endpoint.costly ? await drive(server.url, { path: endpoint.draw!, seconds: SECONDS, connections: PER_CORE, pid: server.child.pid }) : undefined;
      const bytes = Math.max(2, Math.round(m.meanBytes));
      const f = await drive(floor.url, { path: () => `/floor?bytes=${bytes}`, seconds: SECONDS, connections });
      if (!results.has(endpoint.name)) results.set(endpoint.name, new Map());
      results.get(endpoint.name)!.set(size, { m, fixedP50, floorRps: f.rps, ...(perCore ? { perCore } : {}) });
      out(
        `| ${endpoint.name}${connections === CONNECTIONS ? '' : ` (${connections} connections)`} | ${fmt(m.rps)} | ${fmtMs(m.p50)} | ${fmtMs(m.p99)} | ${fmt(m.errors)} | ${fmt(m.shed)} | ${fmt(m.meanBytes)} | ${fixedP50 === null ? '—' : fmtMs(fixedP50)} | ${fmt(f.rps)} | ${fmt((m.rps / f.rps) * 100)}% |`,
      );
    }
    const costly = [...results].filter(([, bySize]) => bySize.get(size)?.perCore);
    if (costly.length) {
      out(
        `\nThe costly reads again with ${PER_CORE} connection${PER_CORE === 1 ? '' : 's'}, one request in flight per core of this machine: how long one takes when no request waits for another. ` +
          `With ${COSTLY_PER_CLIENT}, a request's p50 is mostly its wait (connections ÷ req/s).\n`,
      );
      out(`| costly read (${PER_CORE} connections) | req/s | p50 ms | p99 ms | errors | p50 at ${COSTLY_PER_CLIENT} connections | ${COSTLY_PER_CLIENT} ÷ req/s at ${COSTLY_PER_CLIENT} |`);
      out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const [name, bySize] of costly) {
        const { m, perCore } = bySize.get(size)!;
        out(`| ${name} | ${fmt(perCore!.rps)} | ${fmtMs(perCore!.p50)} | ${fmtMs(perCore!.p99)} | ${fmt(perCore!.errors)} | ${fmtMs(m.p50)} | ${fmtMs((COSTLY_PER_CLIENT / m.rps) * 1000)} |`);
      }
    }
    await stop(server.child);
    copy.remove();

    if (POSTGRES) {
      await onPostgres(size, async (pg) => {
        out(`\n#### PostgreSQL beside SQLite, ${fmt(size)} statements\n`);
        out(
          'The same requests (the same draws, in the same order) to the server on PostgreSQL 15 (the same base copied into it; ' +
            'a cluster on this machine reached by its socket, with the settings of bench/postgres.ts). The ratio is PostgreSQL\'s p50 over SQLite\'s (each at least 1 ms).\n',
        );
        out('| endpoint | SQLite req/s | SQLite p50 ms | SQLite p99 ms | PostgreSQL req/s | PostgreSQL p50 ms | PostgreSQL p99 ms | errors | shed (503) | p50 ratio |');
        out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
        for (const endpoint of endpoints(dbPath(size), candidates).filter(chosen)) {
          const { m, fixedP50 } = await measure(pg, endpoint, connectionsOf(endpoint));
          if (!pgResults.has(endpoint.name)) pgResults.set(endpoint.name, new Map());
          pgResults.get(endpoint.name)!.set(size, { m, fixedP50, floorRps: 0 });
          const lite = results.get(endpoint.name)!.get(size)!.m;
          out(
            `| ${endpoint.name} | ${fmt(lite.rps)} | ${fmtMs(lite.p50)} | ${fmtMs(lite.p99)} | ${fmt(m.rps)} | ${fmtMs(m.p50)} | ${fmtMs(m.p99)} | ${fmt(m.errors)}${m.errors ? ` (${Object.entries(m.statuses).map(([k, v]) => `${k}: ${fmt(v)}`).join(', ')})` : ''} | ${fmt(m.shed)} | ${ratio(lite.p50, m.p50)} |`,
          );
        }
      });
    }
  }
  await stop(floor.child);
}

if (runsStall) {
  /** The stall against one server (SQLite's, or PostgreSQL's with `--backend postgres`). */
  const stallOf = (server: { url: string; child: ChildProcess }) =>
    runStall({
      base: server.url,
      pid: server.child.pid!,
      size: STALL_SIZE,
      candidates: candidatesBySize.get(STALL_SIZE) ?? candidatesOf(dbPath(STALL_SIZE)),
      key: KEY,
      seconds: STALL_SECONDS,
      track: (child) => children.add(child),
    });
  await ensureDatabase(STALL_SIZE);
  const copy = freshCopy(STALL_SIZE);
  const server = await startParley(copy.path);
  try {
    stallReport = await stallOf(server);
    printStall(stallReport, out);
  } finally {
    await stop(server.child);
    copy.remove();
  }
  if (POSTGRES) {
    await onPostgres(STALL_SIZE, async (pg) => {
      out('\n#### The same stall on PostgreSQL\n');
      printStall(await stallOf(pg), out);
    });
  }
}

// The exports: at the largest size (at every size asked for with --only export).
const exportReports: ExportReport[] = [];
if (only === undefined || exportOnly) {
  for (const size of exportOnly ? SIZES : [SIZES.at(-1)!]) {
    await ensureDatabase(size);
    const copy = freshCopy(size);
    const server = await startParley(copy.path);
    try {
      exportReports.push(await runExportBench({ base: server.url, pid: server.child.pid!, size, out }));
    } finally {
      await stop(server.child);
      copy.remove();
    }
    if (POSTGRES) {
      await onPostgres(size, async (pg) => {
        out('\n#### The same exports on PostgreSQL\n');
        await runExportBench({ base: pg.url, pid: pg.child.pid!, size, out });
      });
    }
  }
  if (exportOnly) {
    out('\n### Against the targets\n');
    out('| target | measured | verdict |');
    out('| --- | --- | --- |');
    exportTargets(exportReports.at(-1)!, out);
  }
}

/** The targets of `--backend postgres` (issue 17): per request within 3× of SQLite at 100k statements, and growing no faster to 1M. */
const PG_RATIO = 3;
const PG_GROWTH = 1.5;
function postgresTargets() {
  if (!POSTGRES || pgResults.size === 0) return;
  const at100k = SIZES.includes(100_000) ? 100_000 : SIZES.at(-1)!;
  const over = [...pgResults].filter(([name, bySize]) => latencyRatio(results.get(name)!.get(at100k)!.m.p50, bySize.get(at100k)!.m.p50) > PG_RATIO);
  const worst = [...pgResults].map(([name, bySize]) => [name, latencyRatio(results.get(name)!.get(at100k)!.m.p50, bySize.get(at100k)!.m.p50)] as const).sort((a, b) => b[1] - a[1])[0]!;
  out('\n### PostgreSQL against its targets\n');
  out('| target | measured | verdict |');
  out('| --- | --- | --- |');
  out(
    `| PostgreSQL within ${PG_RATIO}× of SQLite per request (p50) at ${fmt(at100k)} statements, every endpoint | ${pgResults.size - over.length} of ${pgResults.size} within; the furthest: ${worst[0]} ${fmt(worst[1], 2)}×${over.length ? `; over: ${over.map(([n]) => n).join(', ')}` : ''} | ${verdict(over.length === 0)} |`,
  );
  const first = SIZES[0]!;
  const last = SIZES.at(-1)!;
  if (first !== last) {
    const faster = [...pgResults].filter(([name, bySize]) => {
      const lite = results.get(name)!;
      return latencyRatio(bySize.get(first)!.m.p50, bySize.get(last)!.m.p50) > PG_GROWTH * latencyRatio(lite.get(first)!.m.p50, lite.get(last)!.m.p50);
    });
    out(
      `| PostgreSQL's p50 grows from ${fmt(first)} to ${fmt(last)} statements as SQLite's does (at most ${PG_GROWTH}× its growth), every endpoint | ${pgResults.size - faster.length} of ${pgResults.size}${faster.length ? `; faster growth: ${faster.map(([n]) => n).join(', ')}` : ''} | ${verdict(faster.length === 0)} |`,
    );
  }
}
if (partial) {
  postgresTargets();
  process.exit(0);
}

// json-server: the same data as a JSON file, queried the closest way it can.
await ensureDatabase(JSON_SERVER_SIZE);
const db = new Database(dbPath(JSON_SERVER_SIZE), { readonly: true });
const dump = {
  statements: db.prepare('SELECT id, speaker_id, speaker_label, kind, text, date_value, date_precision, date_text, date_basis, venue, plover_type, responds_to_id, note FROM statements').all(),
  actors: db.prepare('SELECT id, name, kind, affiliation_id, description FROM actors').all(),
};
const statementId = (db.prepare('SELECT id FROM statements ORDER BY rowid LIMIT 1 OFFSET 1000').get() as { id: string }).id;
db.close();
const jsonFile = join(ROOT, 'bench', 'data', `kb-${JSON_SERVER_SIZE}.json`);
writeFileSync(jsonFile, JSON.stringify(dump));
const jsonServer = await startProcess([join(ROOT, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'), '--quiet', '--host', '127.0.0.1', '--port', String(nextPort), jsonFile], {}, '/actors/actor-1');
nextPort++;
const parley = await startProcess(SERVER_ARGS, { DATABASE_PATH: dbPath(JSON_SERVER_SIZE), LOG_LEVEL: 'error' }, '/health');
out(`\n### Against json-server 0.17, ${fmt(JSON_SERVER_SIZE)} statements\n`);
out('One fixed URL each, as json-server has no way to draw its own.\n');
out('| query | Parley req/s | Parley p99 ms | json-server req/s | json-server p99 ms | Parley ÷ json-server |');
out('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, ours, theirs] of [
  ['by id', `/statements/${statementId}?include=`, `/statements/${statementId}`],
  ['filtered list (speaker, 25)', '/statements?speaker=actor-3', '/statements?speaker_id=actor-3&_limit=25'],
  ['filtered list (kind, 25)', '/statements?kind=direct_quote', '/statements?kind=direct_quote&_limit=25'],
] as const) {
  const a = await drive(parley.url, { path: () => ours, seconds: SECONDS, connections: CONNECTIONS });
  const b = await drive(jsonServer.url, { path: () => theirs, seconds: SECONDS, connections: CONNECTIONS });
  out(`| ${name} | ${fmt(a.rps)} | ${fmtMs(a.p99)} | ${fmt(b.rps)} | ${fmtMs(b.p99)} | ${fmt(a.rps / b.rps, 1)}× |`);
}
await stop(parley.child);
await stop(jsonServer.child);

const small = SIZES[0]!;
const large = SIZES.at(-1)!;
if (SIZES.length > 1) {
  out(`\n### Growth: ${fmt(large)} vs ${fmt(small)} statements (randomized requests)\n`);
  out(`| endpoint | p50 ${fmt(small)} | p50 ${fmt(large)} | p50 ratio | p99 ${fmt(small)} | p99 ${fmt(large)} | p99 ratio |`);
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, bySize] of results) {
    const a = bySize.get(small)!.m;
    const b = bySize.get(large)!.m;
    out(`| ${name} | ${fmtMs(a.p50)} | ${fmtMs(b.p50)} | ${ratio(a.p50, b.p50)} | ${fmtMs(a.p99)} | ${fmtMs(b.p99)} | ${ratio(a.p99, b.p99)} |`);
  }
}

if (POSTGRES && pgResults.size > 0 && SIZES.length > 1) {
  out(`\n### Growth on PostgreSQL beside SQLite: ${fmt(large)} vs ${fmt(small)} statements (p50)\n`);
  out(`| endpoint | PostgreSQL p50 ${fmt(small)} | PostgreSQL p50 ${fmt(large)} | PostgreSQL growth | SQLite growth |`);
  out('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, bySize] of pgResults) {
    const a = bySize.get(small)!.m;
    const b = bySize.get(large)!.m;
    const lite = results.get(name)!;
    out(`| ${name} | ${fmtMs(a.p50)} | ${fmtMs(b.p50)} | ${ratio(a.p50, b.p50)} | ${ratio(lite.get(small)!.m.p50, lite.get(large)!.m.p50)} |`);
  }
}

// Start-up: several starts of each, alternating, and their medians, so that one slow start does not decide the figure.
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const starts = { floor: [] as number[], parley: new Map<number, number[]>(SIZES.map((size) => [size, []])) };
for (let round = 0; round < START_ROUNDS; round++) {
  const bare = await startProcess(['--import', 'tsx', 'bench/floor.ts'], {}, '/health');
  starts.floor.push(bare.startupMs);
  await stop(bare.child);
  for (const size of SIZES) {
    const server = await startProcess(SERVER_ARGS, { DATABASE_PATH: dbPath(size), LOG_LEVEL: 'error' }, '/health');
    starts.parley.get(size)!.push(server.startupMs);
    await stop(server.child);
  }
}
const bareMedian = median(starts.floor);
out('\n### Memory and start-up\n');
if (rssUnderLoad) out(`- RSS of the server under load at 1,000,000 statements: ${fmt(rssUnderLoad / 1024 / 1024)} MB`);
if (stallReport) {
  const maxRss = Math.max(...stallReport.scenarios.map((s) => s.maxRss));
  out(`- RSS of the server during the stalls at ${fmt(stallReport.size)} statements: at most ${fmt(maxRss / 1024 / 1024)} MB (${fmt(stallReport.rssBefore / 1024 / 1024)} MB before)`);
}
out(`- Start-up to first answered request, median of ${START_ROUNDS} starts each (alternating): bare Fastify ${fmt(bareMedian)} ms (${starts.floor.map((s) => fmt(s)).join(', ')})`);
for (const [size, times] of starts.parley) {
  out(`- Parley at ${fmt(size)} statements: ${fmt(median(times))} ms, ${fmt(median(times) / bareMedian, 2)}× bare Fastify (${times.map((s) => fmt(s)).join(', ')})`);
}

// The targets of issue 12, each with what was measured.
const TARGET_SIZE = 1_000_000;
const SEARCH_P50 = 5;
const SEARCH_P99 = 25;
const TIMELINE_P50 = 3;
const POSITIONS_P50 = 5;
const POSITIONS_BYTES = 20_000;
const ISOLATION_SIZE = 100_000;
const at = (size: number, target: number) => (size === target ? '' : ` (measured at ${fmt(size)}, not ${fmt(target)})`);
const sizesOf = (name: string) => [...(results.get(name) ?? new Map<number, Row>())];
out('\n### Against the targets\n');
out(
  `Each latency target twice: with one request in flight per core (${PER_CORE} connections: how long a request takes), and with ${COSTLY_PER_CLIENT} at once, ` +
    `as many as one client may have in flight (on ${availableParallelism()} cores, a request mostly waits for the others then).\n`,
);
out('| target | measured | verdict |');
out('| --- | --- | --- |');
/** A latency target measured both ways: one row with one request in flight per core, one with COSTLY_PER_CLIENT. */
const bothWays = (target: string, rows: [number, Row][], met: (m: Drive) => boolean, figure: (m: Drive) => string) => {
  for (const [how, pick] of [
    [`${PER_CORE} connections (one per core)`, (r: Row) => r.perCore],
    [`${COSTLY_PER_CLIENT} connections`, (r: Row) => r.m],
  ] as const) {
    const measured = rows.filter(([, r]) => pick(r) !== undefined);
    if (measured.length === 0) continue;
    const sizes = measured.length > 1;
    out(
      `| ${target}, ${how} | ${measured.map(([size, r]) => `${figure(pick(r)!)}${sizes ? ` at ${fmt(size)}` : ''}`).join(', ')}${sizes ? '' : at(measured[0]![0], TARGET_SIZE)} | ${verdict(measured.every(([, r]) => met(pick(r)!)))} |`,
    );
  }
};
for (const [label, name] of [
  ['single common words', 'search, common word'],
  ['rare words', 'search, rare word'],
  ['two-word phrases', 'search, phrase'],
] as const) {
  const row = results.get(name)?.get(large);
  if (!row) continue;
  bothWays(
    `search at ${fmt(TARGET_SIZE)} statements, ${label}: p50 ≤ ${SEARCH_P50} ms and p99 ≤ ${SEARCH_P99} ms`,
    [[large, row]],
    (m) => m.p50 <= SEARCH_P50 && m.p99 <= SEARCH_P99,
    (m) => `p50 ${fmtMs(m.p50)} ms, p99 ${fmtMs(m.p99)} ms (${fmt(m.rps)} req/s)`,
  );
}
const timeline = sizesOf('timeline of an issue');
if (timeline.length) {
  bothWays(`an issue's timeline: p50 ≤ ${TIMELINE_P50} ms at every size (random issues)`, timeline, (m) => m.p50 <= TIMELINE_P50, (m) => `${fmtMs(m.p50)} ms`);
  out(
    `| an issue's timeline not growing with the issue tree: the root of the biggest tree, p50 ≤ ${TIMELINE_P50} ms at every size, ${COSTLY_PER_CLIENT} connections | ${timeline.map(([size, r]) => `${fmtMs(r.fixedP50 ?? NaN)} ms at ${fmt(size)} (${candidatesBySize.get(size)!.biggestTree.root}, a tree of ${candidatesBySize.get(size)!.biggestTree.issues} issues)`).join(', ')}${timeline.length > 1 ? `; random issues ${ratio(timeline[0]![1].m.p50, timeline.at(-1)![1].m.p50)}× from ${fmt(timeline[0]![0])} to ${fmt(timeline.at(-1)![0])}` : ''} | ${verdict(timeline.every(([, r]) => r.fixedP50 !== null && r.fixedP50 <= TIMELINE_P50))} |`,
  );
}
const positions = sizesOf('positions as_of');
if (positions.length) {
  bothWays(`positions: p50 ≤ ${POSITIONS_P50} ms (random issues and days)`, positions, (m) => m.p50 <= POSITIONS_P50, (m) => `${fmtMs(m.p50)} ms`);
  out(
    `| positions: default answers under 20 KB (${fmt(POSITIONS_BYTES)} bytes) | ${positions.map(([size, r]) => `mean ${fmt(r.m.meanBytes)}, largest ${fmt(r.m.maxBytes)} bytes at ${fmt(size)}`).join('; ')} | ${verdict(positions.every(([, r]) => r.m.maxBytes < POSITIONS_BYTES))} |`,
  );
}
if (exportReports.length) exportTargets(exportReports.at(-1)!, out);
if (stallReport) {
  const measured = stallReport.scenarios.map((s) => `load from ${s.label}: ${s.cheap.map((c) => `${c.name} p99 ${fmtMs(c.during.allP99)} ms`).join(', ')}`).join('; ');
  out(
    `| isolation at ${fmt(ISOLATION_SIZE)}: while 20 worst-case requests of each costly route run at once, /health and a record by id keep p99 ≤ ${STALL_P99_MS} ms | ${measured}${at(stallReport.size, ISOLATION_SIZE)} | ${verdict(stallReport.scenarios.every((s) => s.cheap.every((c) => c.met)))} |`,
  );
}
postgresTargets();
writeFileSync(join(ROOT, 'bench', 'data', `results${quick ? '-quick' : ''}.md`), `${lines.join('\n')}\n`);
process.exit(0);
