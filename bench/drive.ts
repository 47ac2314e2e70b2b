/**
 * One autocannon run where every request can be a fresh draw: `path()` (and `body()`) are
 * called for each request autocannon sends. Latencies are collected from every answer
 * (autocannon's own histogram keeps only 2xx answers, in whole milliseconds).
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { percentile } from './stats.js';

export interface DriveOptions {
  /** The path of the next request (called once per request). */
  path: () => string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The body of the next request (called once per request). */
  body?: () => string;
  seconds: number;
  connections: number;
  /** Requests per second over all connections; unlimited without it. */
  overallRate?: number;
  /** The server's pid, to sample its RSS while it runs. */
  pid?: number;
  timeoutSeconds?: number;
}

export interface Drive {
  /** 2xx answers per second. */
  rps: number;
  /** Over 2xx answers, in ms. */
  p50: number;
  p99: number;
  /** Over every answer, whatever its status, with requests that timed out counted at the timeout. */
  allP50: number;
  allP99: number;
  /** Connection errors, timeouts, and answers ≥ 400 other than 503. */
  errors: number;
  /** 503 answers: load shed because the event loop lagged. */
  shed: number;
  statuses: Record<string, number>;
  sent: number;
  answered: number;
  timeouts: number;
  /** Bodies of 2xx answers. */
  meanBytes: number;
  maxBytes: number;
  rss: number;
}

export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export async function drive(base: string, o: DriveOptions): Promise<Drive> {
  const ok: number[] = [];
  const all: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let bodies = 0;
  let maxBytes = 0;
  let rss = 0;
  // autocannon's own count of requests sent starts each rate-limited connection at its rate, so they are counted here.
  let sent = 0;
  const sampler = o.pid ? setInterval(() => (rss = Math.max(rss, rssOf(o.pid!))), 200) : undefined;
  const timeoutSeconds = o.timeoutSeconds ?? 10;
  const instance = autocannon({
    url: base,
    connections: o.connections,
    duration: o.seconds,
    timeout: timeoutSeconds,
    method: o.method ?? 'GET',
    headers: o.headers,
    ...(o.overallRate ? { overallRate: o.overallRate, ignoreCoordinatedOmission: true } : {}),
    requests: [
      {
        setupRequest: (request) => {
          sent++;
          return { ...request, path: o.path(), ...(o.body ? { body: o.body() } : {}) };
        },
        onResponse: (status, body) => {
          if (status < 200 || status >= 300) return;
          const n = Buffer.byteLength(body);
          bytes += n;
          bodies++;
          if (n > maxBytes) maxBytes = n;
        },
      },
    ],
    // Without a callback autocannon answers an instance that is also the promise of its result; its types name only the promise.
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client, status, _bytes, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    all.push(ms);
    if (status >= 200 && status < 300) ok.push(ms);
  });
  const result = await instance;
  if (sampler) clearInterval(sampler);
  for (let i = 0; i < result.timeouts; i++) all.push(timeoutSeconds * 1000);
  ok.sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  const shed = statuses[503] ?? 0;
  const failed = Object.entries(statuses).reduce((n, [status, count]) => n + (Number(status) >= 400 && Number(status) !== 503 ? count : 0), 0);
  return {
    rps: ok.length / o.seconds,
    p50: percentile(ok, 0.5),
    p99: percentile(ok, 0.99),
    allP50: percentile(all, 0.5),
    allP99: percentile(all, 0.99),
    errors: result.errors + failed,
    shed,
    statuses: { ...statuses, ...(result.timeouts ? { timeout: result.timeouts } : {}), ...(result.errors - result.timeouts > 0 ? { error: result.errors - result.timeouts } : {}) },
    sent,
    answered: all.length - result.timeouts,
    timeouts: result.timeouts,
    meanBytes: bodies ? bytes / bodies : 0,
    maxBytes,
    rss,
  };
}
