/** The commands the README names, run as a user runs them: real processes, real files. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { tempDir } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const tsx = (script: string) => [process.execPath, ['--import', 'tsx', script]] as const;
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function dbPath() {
  const dir = tempDir();
  cleanups.push(dir.remove);
  return join(dir.path, 'parley.db');
}
const env = (extra: Record<string, string>) => ({ ...process.env, LOG_LEVEL: 'warn', API_KEY: '', ...extra });

describe('server start', () => {
  it('stops with a message naming a bad variable', () => {
    const [node, args] = tsx('src/server.ts');
    const result = spawnSync(node, args, { cwd: ROOT, env: env({ PORT: 'eighty', DATABASE_PATH: dbPath() }), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT="eighty"');
  });

  it('creates and seeds the database, answers /health, and exits 0 on SIGTERM', async () => {
    const path = dbPath();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const [node, args] = tsx('src/server.ts');
    const child: ChildProcess = spawn(node, args, { cwd: ROOT, env: env({ PORT: String(port), DATABASE_PATH: path }), stdio: 'pipe' });
    cleanups.push(() => child.kill('SIGKILL'));
    let body: unknown;
    for (let attempt = 0; attempt < 100 && body === undefined; attempt++) {
      await new Promise((r) => setTimeout(r, 100));
      body = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json(), () => undefined);
    }
    expect(body).toEqual({ status: 'ok', database: 'ok' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const c = openDatabase(path);
    expect(c.sqlite.prepare('SELECT count(*) n FROM statements').get()).not.toEqual({ n: 0 });
    c.close();
  }, 30_000);
});

describe('WORKERS', () => {
  it('runs that many server processes on one port, writing to one database, and stops them all on SIGTERM', async () => {
    const path = dbPath();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const key = 'workers-key-0123456789abcdef';
    const [node, args] = tsx('src/server.ts');
    const child: ChildProcess = spawn(node, args, { cwd: ROOT, env: env({ PORT: String(port), DATABASE_PATH: path, WORKERS: '2', API_KEY: key }), stdio: 'pipe' });
    cleanups.push(() => child.kill('SIGKILL'));
    let up = false;
    for (let attempt = 0; attempt < 150 && !up; attempt++) {
      await new Promise((r) => setTimeout(r, 100));
      up = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    }
    expect(up).toBe(true);
    if (process.platform === 'linux') {
      const children = spawnSync('ps', ['--ppid', String(child.pid), '-o', 'args='], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('src/server.ts'));
      expect(children).toHaveLength(2);
    }
    // Writes from both processes at once: each waits for the other's lock (BEGIN IMMEDIATE, within the busy
    // timeout) and is written; a write refused would be a 503 with Retry-After, never an error.
    
    const writes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(`http://127.0.0.1:${port}/statements`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ id: `workers-${i}`, speaker_id: 'sergei-lavrov', kind: 'paraphrase', text: `Said ${i}.`, evidence: [{ source_id: 'voa-2007-10-12', exact: 'Russian Foreign Minister Sergei Lavrov said' }] }),
        }),
      ),
    );
    const statuses = writes.map((w) => w.status);
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    for (const w of writes.filter((w) => w.status === 503)) expect(w.headers.get('retry-after')).toBeTruthy();
    const written = statuses.filter((s) => s === 201).length;
    expect(written).toBe(40);
    const page = (await (await fetch(`http://127.0.0.1:${port}/statements?speaker=sergei-lavrov&limit=100`)).json()) as { data: { id: string }[] };
    expect(page.data.filter((s) => s.id.startsWith('workers-'))).toHaveLength(written);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});

describe('WORKERS, when a server process cannot start', () => {
  it('stops them all with exit code 1, as one process would, instead of starting them again and again', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => taken.close());
    const port = (taken.address() as { port: number }).port;
    const [node, args] = tsx('src/server.ts');
    const result = spawnSync(node, args, { cwd: ROOT, env: env({ PORT: String(port), DATABASE_PATH: dbPath(), WORKERS: '2' }), encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('a server process could not start');
  }, 40_000);
});

describe('db:reset', () => {
  it('rebuilds the database from scratch', () => {
    const path = dbPath();
    const [node, args] = tsx('src/db/reset.ts');
    const first = spawnSync(node, args, { cwd: ROOT, env: env({ DATABASE_PATH: path }), encoding: 'utf8' });
    expect(first.status).toBe(0);
    const c = openDatabase(path);
    c.sqlite.prepare("DELETE FROM citations WHERE statement_id IS NOT NULL").run();
    c.close();
    const second = spawnSync(node, args, { cwd: ROOT, env: env({ DATABASE_PATH: path }), encoding: 'utf8' });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`Rebuilt ${path}`);
    const d = openDatabase(path);
    expect(d.sqlite.prepare('SELECT count(*) n FROM statements WHERE id NOT IN (SELECT statement_id FROM citations WHERE statement_id IS NOT NULL)').get()).toEqual({ n: 0 });
    d.close();
  }, 30_000);
});
