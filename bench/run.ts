/**
 * `npm run bench [-- --quick]`: drives the real server, a bare Fastify floor and
 * json-server 0.17 with autocannon, each as its own process on loopback, and prints
 * one table per knowledge-base size with req/s, p50, p99 and errors, each endpoint's
 * ratio to the floor for the same payload size, json-server's figures for the
 * closest query, how latency grows with size, memory under load and start-up time.
 *
 * Full run: 10k, 100k and 1M statements (generated into bench/data/ when missing),
 * 5 s per endpoint. Quick: 10k (and 20k for json-server), 2 s per endpoint.
 * While working on one thing: `--sizes 1000000` measures only those sizes and
 * `--only search` only the endpoints whose name contains the word (no json-server
 * comparison then, and the results file is not written).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { prepareDatabase } from '../src/db/setup.js';
import { generate } from './generate.js';

const ROOT = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const SECONDS = quick ? 2 : 5;
const START_ROUNDS = quick ? 3 : 5;
const CONNECTIONS = 10;
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const only = option('only');
const SIZES = option('sizes')?.split(',').map(Number) ?? (quick ? [10_000] : [10_000, 100_000, 1_000_000]);
const partial = only !== undefined || option('sizes') !== undefined;
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
  for (let i = 0; i < 3000 && !up; i++) {
    up = await fetch(`http://127.0.0.1:${port}${healthPath}`).then((r) => r.ok, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 10));
  }
  if (!up) throw new Error(`${args.join(' ')} did not start`);
  const startupMs = performance.now() - started;
  return { child, port, startupMs, url: `http://127.0.0.1:${port}` };
}
const stop = async (child: ChildProcess) => {
  child.kill('SIGKILL');
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
};

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** 503 answers: load shed because the event loop lagged. */
  shed: number;
  bytes: number;
}

async function measure(url: string, options: { method?: string; headers?: Record<string, string>; body?: () => string; pid?: number } = {}): Promise<Measure & { rss: number }> {
  const first = await fetch(url, { method: options.method ?? 'GET', headers: options.headers, body: options.body?.() });
  const bytes = (await first.arrayBuffer()).byteLength;
  let rss = 0;
  const sampler = options.pid ? setInterval(() => (rss = Math.max(rss, rssOf(options.pid!))), 200) : undefined;
  let non2xx = 0;
  let shed = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: (options.method ?? 'GET') as 'GET',
    headers: options.headers,
    ...(options.body ? { requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: options.body!() }) }] } : {}),
  });
  instance.on('response', (_client: unknown, status: number) => {
    if (status === 503) shed++;
    else if (status >= 400) non2xx++;
  });
  const result = await instance;
  if (sampler) clearInterval(sampler);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + non2xx, shed, bytes, rss };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const lines: string[] = [];
const out = (line = '') => {
  console.log(line);
  lines.push(line);
};

/** The endpoints measured at each size, with real ids from that database. */
function endpoints(statements: number) {
  const db = new Database(dbPath(statements), { readonly: true });
  const some = (sql: string) => (db.prepare(sql).get() as { id: string }).id;
  const statement = some('SELECT id FROM statements ORDER BY rowid LIMIT 1 OFFSET 1000');
  const proposal = some('SELECT id FROM proposals ORDER BY rowid LIMIT 1 OFFSET 10');
  const source = some('SELECT id FROM sources ORDER BY rowid LIMIT 1 OFFSET 5');
  db.close();
  return [
    { name: 'statement by id, include all', path: `/statements/${statement}` },
    { name: 'proposal by id, include all', path: `/proposals/${proposal}` },
    { name: 'statements by speaker', path: '/statements?speaker=actor-3' },
    { name: 'statements by issue + stance', path: '/statements?issue=issue-2&stance=opposes' },
    { name: 'statements by date range', path: '/statements?from=2007-10-01&to=2007-10-31' },
    { name: 'statements by kind', path: '/statements?kind=direct_quote' },
    { name: 'statements by source', path: `/statements?source=${source}` },
    { name: 'proposals by status', path: '/proposals?status=tabled' },
    { name: 'dates by actor', path: '/dates?actor=actor-3' },
    { name: 'actors by kind', path: '/actors?kind=person' },
    { name: 'statements page 1 (limit 5)', path: '/statements?limit=5' },
    { name: 'statements page 1000 (limit 5)', path: 'DEEP' },
    { name: 'search, common word', path: '/search?q=missile' },
    { name: 'search, rare word', path: '/search?q=zeugma' },
    { name: 'search, phrase', path: '/search?q=%22missile%20defense%22' },
    { name: 'timeline of an issue', path: '/timeline?issue=issue-3' },
    { name: 'positions as_of', path: '/issues/issue-3/positions?as_of=2007-10-13' },
    { name: 'write mix (POST statement)', path: 'WRITE' },
  ];
}

async function deepCursor(base: string): Promise<string> {
  let cursor: string | null = null;
  for (let page = 1; page < 1000; page++) {
    const body = (await (await fetch(`${base}/statements?limit=5${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { next_cursor: string | null };
    cursor = body.next_cursor;
    if (!cursor) throw new Error(`ran out of pages at ${page}`);
  }
  return `/statements?limit=5&cursor=${cursor}`;
}

let written = 0;
const writeBody = () =>
  JSON.stringify({
    id: `bench-${process.pid}-${written++}`,
    speaker_id: 'actor-1',
    kind: 'paraphrase',
    text: `A statement written by the benchmark, number ${written}.`,
    issues: [{ issue_id: 'issue-1', stance: 'opposes' }],
    evidence: [{ source_id: 'source-0', start: 0, end: 1, exact: 'x' }],
  });

const results = new Map<string, Map<number, Measure>>();
const floor = await startProcess(['--import', 'tsx', 'bench/floor.ts'], {}, '/health');
let rssUnderLoad = 0;

for (const size of SIZES) {
  await ensureDatabase(size);
  const copy = freshCopy(size);
  const server = await startProcess(['--import', 'tsx', 'src/server.ts'], { DATABASE_PATH: copy.path, API_KEY: KEY, LOG_LEVEL: 'error', WRITE_RATE_LIMIT: '100000' }, '/health');
  const db = new Database(dbPath(size), { readonly: true });
  const span = db.prepare("SELECT start, \"end\", exact FROM evidence_spans WHERE source_id = 'source-0' ORDER BY start LIMIT 1").get() as { start: number; end: number; exact: string };
  db.close();
  const body = () => writeBody().replace('"start":0,"end":1,"exact":"x"', `"start":${span.start},"end":${span.end},"exact":${JSON.stringify(span.exact)}`);

  out(`\n### ${fmt(size)} statements\n`);
  out('| endpoint | req/s | p50 ms | p99 ms | errors | shed (503) | bytes | floor req/s | vs floor |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const endpoint of endpoints(size).filter((e) => only === undefined || e.name.includes(only))) {
    const path = endpoint.path === 'DEEP' ? await deepCursor(server.url) : endpoint.path;
    const m =
      endpoint.path === 'WRITE'
        ? await measure(`${server.url}/statements`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body, pid: server.child.pid })
        : await measure(`${server.url}${path}`, { pid: server.child.pid });
    if (size === 1_000_000) rssUnderLoad = Math.max(rssUnderLoad, m.rss);
    const f = await measure(`${floor.url}/floor?bytes=${m.bytes}`);
    if (!results.has(endpoint.name)) results.set(endpoint.name, new Map());
    results.get(endpoint.name)!.set(size, m);
    out(`| ${endpoint.name} | ${fmt(m.rps)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.shed} | ${fmt(m.bytes)} | ${fmt(f.rps)} | ${fmt((m.rps / f.rps) * 100)}% |`);
  }
  await stop(server.child);
  copy.remove();
}

if (partial) {
  await stop(floor.child);
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
const parley = await startProcess(['--import', 'tsx', 'src/server.ts'], { DATABASE_PATH: dbPath(JSON_SERVER_SIZE), LOG_LEVEL: 'error' }, '/health');
out(`\n### Against json-server 0.17, ${fmt(JSON_SERVER_SIZE)} statements\n`);
out('| query | Parley req/s | Parley p99 ms | json-server req/s | json-server p99 ms | Parley ÷ json-server |');
out('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, ours, theirs] of [
  ['by id', `/statements/${statementId}?include=`, `/statements/${statementId}`],
  ['filtered list (speaker, 25)', '/statements?speaker=actor-3', '/statements?speaker_id=actor-3&_limit=25'],
  ['filtered list (kind, 25)', '/statements?kind=direct_quote', '/statements?kind=direct_quote&_limit=25'],
] as const) {
  const a = await measure(`${parley.url}${ours}`);
  const b = await measure(`${jsonServer.url}${theirs}`);
  out(`| ${name} | ${fmt(a.rps)} | ${a.p99} | ${fmt(b.rps)} | ${b.p99} | ${fmt(a.rps / b.rps, 1)}× |`);
}
await stop(parley.child);
await stop(jsonServer.child);
await stop(floor.child);

if (SIZES.length > 1) {
  const [small, , large] = [SIZES[0]!, SIZES[1], SIZES.at(-1)!];
  out(`\n### Growth: ${fmt(large)} vs ${fmt(small)} statements\n`);
  out(`| endpoint | p50 ${fmt(small)} | p50 ${fmt(large)} | p50 ratio | p99 ${fmt(small)} | p99 ${fmt(large)} | p99 ratio |`);
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, bySize] of results) {
    const a = bySize.get(small)!;
    const b = bySize.get(large)!;
    // autocannon reports whole milliseconds; a p50 of 0 means under 1 ms, so ratios count it as 1 ms.
    out(`| ${name} | ${a.p50} | ${b.p50} | ${fmt(Math.max(b.p50, 1) / Math.max(a.p50, 1), 2)} | ${a.p99} | ${b.p99} | ${fmt(Math.max(b.p99, 1) / Math.max(a.p99, 1), 2)} |`);
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
    const server = await startProcess(['--import', 'tsx', 'src/server.ts'], { DATABASE_PATH: dbPath(size), LOG_LEVEL: 'error' }, '/health');
    starts.parley.get(size)!.push(server.startupMs);
    await stop(server.child);
  }
}
const bareMedian = median(starts.floor);
out('\n### Memory and start-up\n');
if (rssUnderLoad) out(`- RSS of the server under load at 1,000,000 statements: ${fmt(rssUnderLoad / 1024 / 1024)} MB`);
out(`- Start-up to first answered request, median of ${START_ROUNDS} starts each (alternating): bare Fastify ${fmt(bareMedian)} ms (${starts.floor.map((s) => fmt(s)).join(', ')})`);
for (const [size, times] of starts.parley) {
  out(`- Parley at ${fmt(size)} statements: ${fmt(median(times))} ms, ${fmt(median(times) / bareMedian, 2)}× bare Fastify (${times.map((s) => fmt(s)).join(', ')})`);
}
writeFileSync(join(ROOT, 'bench', 'data', `results${quick ? '-quick' : ''}.md`), `${lines.join('\n')}\n`);
process.exit(0);
