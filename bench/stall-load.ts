/**
 * The costly half of the benchmark's stall section, in a process of its own so that its
 * work (reading answers of up to hundreds of megabytes) does not delay the event loop that
 * times the cheap requests. Forked by bench/stall.ts with an IPC channel:
 *
 *   parent → { type: 'config', config }   child → { type: 'started' }
 *   parent → { type: 'stop' }             child → { type: 'results', results }   (then exits)
 *
 * Each route runs `inFlight` loops of plain GETs, one request in flight per loop; a share
 * of the requests exceed the service's bounds on purpose and are counted apart. Every request
 * is cut after `timeoutMs`, and all of them at stop (or at `maxMs`, whichever comes first).
 *
 * With `clients: 'many'` each loop sends from its own loopback address (127.0.0.2, .3, …), so
 * the server sees as many clients as loops and no per-client limit applies; with `'one'` every
 * loop sends from 127.0.0.1, as one client would. (node:http rather than fetch, since fetch
 * cannot choose its local address without undici's Agent.)
 */
import { Agent, get } from 'node:http';
import { percentile } from './stats.js';

export interface StallRoute {
  name: string;
  /** Worst-case requests the service should accept. */
  urls: string[];
  /** Requests beyond the bounds (too many words, too short prefixes): expected to be refused with 400. */
  over?: string[];
  /** The share of requests drawn from `over`. */
  overShare?: number;
}

export interface StallConfig {
  base: string;
  routes: StallRoute[];
  inFlight: number;
  /** One client address for every loop, or one address per loop. */
  clients: 'one' | 'many';
  timeoutMs: number;
  maxMs: number;
}

export interface RouteResult {
  /** Answers and failures by status: `200`, `400`, `503`…, `timeout`, `error`, `cut at stop`. */
  statuses: Record<string, number>;
  answered: number;
  p50: number;
  p99: number;
  meanBytes: number;
  maxBytes: number;
}


async function run(config: StallConfig): Promise<Record<string, RouteResult>> {
  const stopper = new AbortController();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopper.abort();
  };
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'stop') stop();
  });
  const deadline = setTimeout(stop, config.maxMs);

  const tallies = new Map<string, { statuses: Record<string, number>; latencies: number[]; bytes: number[] }>();
  const tally = (key: string) => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { statuses: {}, latencies: [], bytes: [] }));
    return t;
  };
  let seed = 7;
  const random = () => {
    // xorshift: each loop's choice of URL; any spread will do.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;

  const target = new URL(config.base);
  const agents = new Map<string, Agent>();
  const agentFor = (localAddress: string | undefined) => {
    const key = localAddress ?? '';
    let agent = agents.get(key);
    if (!agent) agents.set(key, (agent = new Agent({ keepAlive: true, ...(localAddress ? { localAddress } : {}) })));
    return agent;
  };
  /** One GET, its answer read as it comes and not kept (a change log page could be hundreds of megabytes). */
  const request = (path: string, agent: Agent, signal: AbortSignal) =>
    new Promise<{ status: number; bytes: number }>((resolve, reject) => {
      const req = get({ host: target.hostname, port: target.port, path, agent, signal }, async (response) => {
        let bytes = 0;
        try {
          for await (const chunk of response) bytes += (chunk as Buffer).byteLength;
          resolve({ status: response.statusCode ?? 0, bytes });
        } catch (error) {
          reject(error);
        }
      });
      req.on('error', reject);
    });

  async function loop(route: StallRoute, index: number) {
    const agent = agentFor(config.clients === 'many' ? `127.0.0.${2 + (index % 250)}` : undefined);
    while (!stopped) {
      const over = route.over !== undefined && route.over.length > 0 && random() < (route.overShare ?? 0);
      const key = over ? `${route.name} — over the bounds` : route.name;
      const url = pick(over ? route.over! : route.urls);
      const t = tally(key);
      const started = performance.now();
      const timeout = AbortSignal.timeout(config.timeoutMs);
      try {
        const { status, bytes } = await request(url, agent, AbortSignal.any([stopper.signal, timeout]));
        t.statuses[status] = (t.statuses[status] ?? 0) + 1;
        t.latencies.push(performance.now() - started);
        t.bytes.push(bytes);
      } catch {
        const name = stopped ? 'cut at stop' : timeout.aborted ? 'timeout' : 'error';
        t.statuses[name] = (t.statuses[name] ?? 0) + 1;
        // Errors (a refused connection) would otherwise spin the loop.
        if (name === 'error') await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  let loopIndex = 0;
  const loops = config.routes.flatMap((route) => {
    tally(route.name);
    if (route.over?.length) tally(`${route.name} — over the bounds`);
    return Array.from({ length: config.inFlight }, () => loop(route, loopIndex++));
  });
  process.send!({ type: 'started' });
  await Promise.all(loops);
  clearTimeout(deadline);
  for (const agent of agents.values()) agent.destroy();

  const results: Record<string, RouteResult> = {};
  for (const [key, t] of tallies) {
    const sorted = [...t.latencies].sort((a, b) => a - b);
    results[key] = {
      statuses: t.statuses,
      answered: t.latencies.length,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      meanBytes: t.bytes.length ? t.bytes.reduce((a, b) => a + b, 0) / t.bytes.length : 0,
      maxBytes: t.bytes.reduce((a, b) => Math.max(a, b), 0),
    };
  }
  return results;
}

if (process.send) {
  process.once('message', async (message: { type: string; config: StallConfig }) => {
    if (message.type !== 'config') return;
    const results = await run(message.config);
    process.send!({ type: 'results', results }, () => process.exit(0));
  });
}
