/**
 * `npm run loadtest [-- --connections 200 --seconds 30]`: the real server under 200
 * concurrent connections for 30 s of mixed reads (records with include, filtered
 * lists, search, timeline, positions). Prints requests, errors, timeouts, p50/p99
 * and every status seen; exits 1 if anything failed other than load shedding (503).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ROOT = join(import.meta.dirname, '..', '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const connections = arg('connections', 200);
const seconds = arg('seconds', 30);

const dir = mkdtempSync(join(tmpdir(), 'parley-load-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'parley.db'), LOG_LEVEL: 'error', API_KEY: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

try {
  for (let i = 0; i < 200; i++) {
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const paths = [
    '/statements/lavrov-urged-freeze',
    '/proposals/us-missile-defense-offer',
    '/statements?issue=missile-defense&stance=opposes',
    '/actors?q=gates&include=aliases,roles',
    '/search?q=missile%20defense',
    '/timeline?issue=cfe-treaty',
    '/issues/missile-defense/positions?as_of=2007-10-13',
    '/conflicts',
  ];
  const statuses: Record<string, number> = {};
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  Object.assign(statuses, Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count])));
  const shed = statuses['503'] ?? 0;
  const otherFailures = Object.entries(statuses).filter(([code]) => !code.startsWith('2') && code !== '503').reduce((n, [, c]) => n + c, 0);
  console.log(`${connections} connections for ${seconds} s over ${paths.length} read endpoints`);
  console.log(`requests: ${result.requests.total} (${Math.round(result.requests.average)} req/s)`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`statuses: ${Object.entries(statuses).map(([c, n]) => `${c}×${n}`).join(' ')}`);
  console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, shed with 503: ${shed}, other failures: ${otherFailures}`);
  process.exitCode = result.errors || result.timeouts || otherFailures ? 1 : 0;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
