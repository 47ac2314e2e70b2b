/**
 * The stall section of the benchmark: do the cheap requests stay fast while the costliest
 * requests the service accepts run all at once?
 *
 * 1. The change log is made heavy: a source with a body of about 3 MB is added, then its
 *    `notes` changed 30 times, so that a page of `/changes` carries 61 snapshots of it.
 * 2. Each costly request is timed once, alone.
 * 3. The cheap requests (GET /health, and a statement by id drawn at random) are measured
 *    alone: autocannon, 2 connections each, 200 requests a second each.
 * 4. The same again while `inFlight` (20) worst-case requests of each costly route run in
 *    loops (bench/stall-load.ts, a process of its own): search and a statement list with the
 *    most words allowed, each a common 3-letter prefix; positions of the biggest issue and the
 *    timeline of the biggest issue tree, 100 a page; the heavy change log, 100 a page. A fifth
 *    of the search and list requests exceed the bounds (more than 8 words; in search, also
 *    2-letter prefixes) and are counted apart. The whole stall is cut after at most 20 s. It runs
 *    twice: the load from one loopback address per loop (100 clients, so no per-client limit
 *    applies), then from one address (one client).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { MAX_QUERY_WORDS as MAX_WORDS, MIN_PREFIX_LENGTH } from '../src/domain/fts.js';
import { type Drive, drive, rssOf } from './drive.js';
import { type Candidates, commonPrefixes, popular, seeded, shuffled } from './requests.js';
import type { RouteResult, StallConfig, StallRoute } from './stall-load.js';
import { fmt, fmtMs, verdict } from './stats.js';

export const STALL_P99_MS = 50;
const IN_FLIGHT = 20;
const WARM_UP_MS = 1000;
/** The stall is cut after this long whatever happens. */
const STALL_LIMIT_MS = 20_000;
const CHEAP_RATE = 200;
const CHEAP_CONNECTIONS = 2;

export interface CheapRow {
  name: string;
  during: Drive;
  met: boolean;
}

export interface CostlyRow {
  name: string;
  during: RouteResult | undefined;
}

/** One stall: the load from one client address, or from one address per loop. */
export interface Scenario {
  clients: 'one' | 'many';
  label: string;
  cheap: CheapRow[];
  costly: CostlyRow[];
  maxRss: number;
  stallMs: number;
  notes: string[];
}

export interface StallReport {
  size: number;
  /** The cheap requests alone. */
  alone: { name: string; drive: Drive }[];
  /** Each costly request alone, once. */
  costlyAlone: { name: string; ms: number; status: string; bytes: number }[];
  scenarios: Scenario[];
  rssBefore: number;
  heavy: { bodyChars: number; bodyBytes: number; patches: number; refused: string[] };
}

const enc = encodeURIComponent;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A source body of `chars` characters, most of them 3 bytes in UTF-8. */
function heavyBody(chars: number): string {
  return '談判會議談判會議 '.repeat(Math.ceil(chars / 9)).slice(0, chars).trim();
}

/** Adds a source of about 3 MB and changes its notes `patches` times, so the change log holds it 2 × patches + 1 times. */
async function heavyChangeLog(base: string, key: string, patches: number): Promise<StallReport['heavy']> {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const refused: string[] = [];
  for (const chars of [1_000_000, 500_000, 250_000, 100_000]) {
    const body = heavyBody(chars);
    const id = `bench-heavy-source-${chars}`;
    const created = await fetch(`${base}/sources`, { method: 'POST', headers, body: JSON.stringify({ id, title: 'A heavy source', outlet: 'The benchmark', body }), signal: AbortSignal.timeout(60_000) });
    await created.arrayBuffer();
    if (created.status !== 201) {
      refused.push(`${fmt(chars)} characters: ${created.status}`);
      continue;
    }
    let etag = created.headers.get('etag');
    for (let i = 0; i < patches; i++) {
      const changed = await fetch(`${base}/sources/${id}`, {
        method: 'PATCH',
        headers: { ...headers, 'if-match': etag ?? '*' },
        body: JSON.stringify({ notes: `Changed by the benchmark, ${i + 1} of ${patches}.` }),
        signal: AbortSignal.timeout(60_000),
      });
      await changed.arrayBuffer();
      if (!changed.ok) throw new Error(`PATCH /sources/${id} answered ${changed.status}`);
      etag = changed.headers.get('etag');
    }
    return { bodyChars: body.length, bodyBytes: Buffer.byteLength(body), patches, refused };
  }
  throw new Error(`no heavy source was accepted (${refused.join('; ')})`);
}

/** The costly routes, each with its worst-case requests that should be accepted and those past the bounds. */
export function costlyRoutes(c: Candidates): StallRoute[] {
  const next = seeded(99);
  const three = commonPrefixes(MIN_PREFIX_LENGTH).slice(0, 12);
  const two = commonPrefixes(MIN_PREFIX_LENGTH - 1).slice(0, 12);
  const draws = (n: number, make: () => string) => Array.from({ length: n }, make);
  const some = (list: string[], n: number) => shuffled(list, next).slice(0, n);
  const search = (words: string[]) => `/search?q=${enc(words.map((w) => `${w}*`).join(' '))}`;
  const list = (words: string[]) => `/statements?limit=100&q=${enc(words.join(' '))}`;
  return [
    {
      name: `search, ${MAX_WORDS} common 3-letter prefixes`,
      urls: draws(50, () => search(some(three, MAX_WORDS))),
      over: [...draws(10, () => search(some(three, 12))), ...draws(10, () => search(some(two, MAX_WORDS)))],
      overShare: 0.2,
    },
    {
      name: `statements, limit 100, q of ${MAX_WORDS} 3-letter prefixes`,
      urls: draws(50, () => list(some(three, MAX_WORDS))),
      // Words under 3 letters are not refused in a list's q (they match whole words): only too many words are past its bounds.
      over: draws(20, () => list(some(three, 12))),
      overShare: 0.2,
    },
    {
      name: `positions of the biggest issue (${c.biggestIssue.id}), limit 100`,
      urls: [`/issues/${enc(c.biggestIssue.id)}/positions?limit=100`, `/issues/${enc(c.biggestIssue.id)}/positions?limit=100&as_of=${c.lastDay}`],
    },
    { name: `timeline of the biggest tree (${c.biggestTree.root}, ${c.biggestTree.issues} issues), limit 100`, urls: [`/timeline?issue=${enc(c.biggestTree.root)}&limit=100`] },
    { name: '/changes, limit 100 (heavy log)', urls: ['/changes?limit=100'] },
  ];
}

async function once(url: string): Promise<{ ms: number; status: string; bytes: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    let bytes = 0;
    if (response.body) for await (const chunk of response.body) bytes += chunk.byteLength;
    return { ms: performance.now() - started, status: String(response.status), bytes };
  } catch (error) {
    return { ms: performance.now() - started, status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error', bytes: 0 };
  }
}

export interface StallOptions {
  base: string;
  pid: number;
  size: number;
  candidates: Candidates;
  key: string;
  /** How long the cheap requests are measured, alone and during the stall. */
  seconds: number;
  /** Called with the load process, so the caller can kill it if the run dies. */
  track: (child: ChildProcess) => void;
}

/** Waits until the server answers /health within 20 ms five times running (at most `ms`): the queue left by a stall has drained. */
async function settle(base: string, ms: number) {
  const until = performance.now() + ms;
  let fast = 0;
  while (fast < 5 && performance.now() < until) {
    const { ms: took, status } = await once(`${base}/health`);
    fast = status === '200' && took < 20 ? fast + 1 : 0;
    if (fast === 0) await sleep(100);
  }
}

export async function runStall(o: StallOptions): Promise<StallReport> {
  const heavy = await heavyChangeLog(o.base, o.key, 30);
  const routes = costlyRoutes(o.candidates);

  // Each costly request alone (after one request to warm the route).
  const costlyAlone: StallReport['costlyAlone'] = [];
  for (const route of routes) {
    for (const [name, url] of [[route.name, route.urls[0]!], ...(route.over?.length ? [[`${route.name} — over the bounds`, route.over[0]!]] : [])] as [string, string][]) {
      await once(`${o.base}${url}`);
      costlyAlone.push({ name, ...(await once(`${o.base}${url}`)) });
    }
  }

  const statement = popular(o.candidates.statementIds, 31);
  const cheap = [
    { name: 'GET /health', path: () => '/health' },
    { name: 'statement by id (random)', path: () => `/statements/${enc(statement())}` },
  ];
  const measureCheap = () =>
    Promise.all(cheap.map((c) => drive(o.base, { path: c.path, seconds: o.seconds, connections: CHEAP_CONNECTIONS, overallRate: CHEAP_RATE, pid: o.pid, timeoutSeconds: 10 })));
  const alone = await measureCheap();
  const rssBefore = rssOf(o.pid);

  const scenarios: Scenario[] = [];
  for (const clients of ['many', 'one'] as const) {
    await settle(o.base, 15_000);
    scenarios.push(await stall(o, routes, clients, measureCheap, cheap.map((c) => c.name), rssBefore));
  }
  return { size: o.size, alone: cheap.map((c, i) => ({ name: c.name, drive: alone[i]! })), costlyAlone, scenarios, rssBefore, heavy };
}

async function stall(o: StallOptions, routes: StallRoute[], clients: 'one' | 'many', measureCheap: () => Promise<Drive[]>, cheapNames: string[], rssBefore: number): Promise<Scenario> {
  const notes: string[] = [];
  const loops = routes.length * IN_FLIGHT;
  const label = clients === 'many' ? `${loops} clients (one loopback address per loop)` : 'one client (every loop from 127.0.0.1)';
  const started = performance.now();
  let maxRss = rssBefore;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssOf(o.pid))), 100);
  const child = fork(join(import.meta.dirname, 'stall-load.ts'), [], { cwd: join(import.meta.dirname, '..'), execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  o.track(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const message = (type: string, ms: number) =>
    Promise.race([
      new Promise<{ type: string; results?: Record<string, RouteResult> }>((resolve) => {
        const listener = (m: { type: string }) => {
          if (m.type === type) {
            child.off('message', listener);
            resolve(m);
          }
        };
        child.on('message', listener);
      }),
      exited.then(() => undefined),
      sleep(ms).then(() => undefined),
    ]);
  const config: StallConfig = { base: o.base, routes, inFlight: IN_FLIGHT, clients, timeoutMs: STALL_LIMIT_MS - 5000, maxMs: STALL_LIMIT_MS - 2000 };
  child.send({ type: 'config', config });
  let during: Drive[] | undefined;
  let results: Record<string, RouteResult> | undefined;
  try {
    if (!(await message('started', 15_000))) throw new Error('the load process did not start');
    await sleep(WARM_UP_MS);
    // The cheap requests, bounded too: autocannon stops at its duration whatever the server does.
    during = await Promise.race([measureCheap(), sleep(STALL_LIMIT_MS - WARM_UP_MS).then(() => undefined)]);
    if (!during) notes.push('The cheap requests did not finish within the stall limit.');
    child.send({ type: 'stop' });
    const reply = await message('results', Math.max(1000, STALL_LIMIT_MS - (performance.now() - started)));
    results = reply?.results;
    if (!results) notes.push('The load process did not report its figures within the stall limit.');
  } catch (error) {
    notes.push(`The stall failed: ${(error as Error).message}`);
  } finally {
    clearInterval(sampler);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  const stallMs = performance.now() - started;
  const costly = routes.flatMap((route) => [route.name, ...(route.over?.length ? [`${route.name} — over the bounds`] : [])]).map((name) => ({ name, during: results?.[name] }));
  const cheap: CheapRow[] = cheapNames.map((name, i) => {
    const d = during?.[i];
    if (!d) return { name, during: { sent: 0, answered: 0, statuses: {}, allP50: NaN, allP99: NaN } as unknown as Drive, met: false };
    const twoXX = Object.entries(d.statuses).reduce((n, [s, k]) => n + (s.startsWith('2') ? k : 0), 0);
    // Met: p99 within the target over every answer (timeouts counted at the timeout), and 99% of the requests sent answered with 2xx.
    return { name, during: d, met: d.sent > 0 && d.allP99 <= STALL_P99_MS && twoXX >= 0.99 * d.sent };
  });
  return { clients, label, cheap, costly, maxRss, stallMs, notes };
}

const statusText = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([s, n]) => `${s}: ${fmt(n)}`)
    .join(', ') || '—';

export function printStall(r: StallReport, out: (line?: string) => void) {
  out(`\n### Stall: ${IN_FLIGHT} worst-case requests of each costly route at once, ${fmt(r.size)} statements\n`);
  out(
    `The cheap requests: autocannon, ${CHEAP_CONNECTIONS} connections and ${CHEAP_RATE} requests/s for each, alone and then during each stall; ` +
      `p50 and p99 over every answer whatever its status (a request that timed out counts as 10 s). Target: p99 ≤ ${STALL_P99_MS} ms, and 99% of the requests sent answered with 2xx. ` +
      'The load comes once from as many client addresses as loops (no per-client limit applies), once from a single address.\n',
  );
  out(`| cheap request | p50 alone | p99 alone | load from | p50 during | p99 during | sent during | answers during | p99 ≤ ${STALL_P99_MS} ms |`);
  out('| --- | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |');
  for (const scenario of r.scenarios) {
    for (const [i, c] of scenario.cheap.entries()) {
      const alone = r.alone[i]!.drive;
      out(
        `| ${c.name} | ${fmtMs(alone.allP50)} | ${fmtMs(alone.allP99)} | ${scenario.label} | ${fmtMs(c.during.allP50)} | ${fmtMs(c.during.allP99)} | ${fmt(c.during.sent)} | ${statusText(c.during.statuses)} | ${verdict(c.met)} |`,
      );
    }
  }
  for (const scenario of r.scenarios) {
    out(`\nThe costly routes, load from ${scenario.label}; "alone" is one request with nothing else running:\n`);
    out('| costly route | alone ms | alone status | alone bytes | completed during | statuses during | p50 ms | p99 ms | mean bytes |');
    out('| --- | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: |');
    for (const c of scenario.costly) {
      const a = r.costlyAlone.find((x) => x.name === c.name);
      const d = c.during;
      out(
        `| ${c.name} | ${a ? fmtMs(a.ms) : '—'} | ${a?.status ?? '—'} | ${a ? fmt(a.bytes) : '—'} | ${d ? fmt(d.answered) : '—'} | ${d ? statusText(d.statuses) : '—'} | ${d ? fmtMs(d.p50) : '—'} | ${d ? fmtMs(d.p99) : '—'} | ${d ? fmt(d.meanBytes) : '—'} |`,
      );
    }
    out('');
    out(`- RSS of the server: ${fmt(r.rssBefore / 1024 / 1024)} MB before the stalls, at most ${fmt(scenario.maxRss / 1024 / 1024)} MB during this one; it lasted ${fmt(scenario.stallMs / 1000, 1)} s.`);
    for (const note of scenario.notes) out(`- ${note}`);
  }
  out(`- The heavy change log: a source of ${fmt(r.heavy.bodyChars)} characters (${fmt(r.heavy.bodyBytes / 1e6, 1)} MB in UTF-8) changed ${r.heavy.patches} times${r.heavy.refused.length ? ` (refused first: ${r.heavy.refused.join('; ')})` : ''}.`);
}
