/** The real server process: graceful shutdown with requests in flight, and slow clients cut off. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { Socket, connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { TEST_KEY, tempDir } from '../helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function startServer(env: Record<string, string> = {}) {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const path = join(dir.path, 'parley.db');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: path, API_KEY: TEST_KEY, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) break;
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, path, exited };
}

/** Sends raw bytes and collects whatever comes back until the socket closes. */
function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (d) => (received += d.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  cleanups.push(() => socket.destroy());
  return { socket, closed, received: () => received };
}

describe('shutdown on SIGTERM', () => {
  it('finishes the requests in flight, answers new ones 503, checkpoints, and exits 0', async () => {
    const server = await startServer();
    const body = JSON.stringify({ source_id: 'voa-2007-10-12', exact: 'Lavrov did not budge' });
    const slow = rawClient(server.port);
    slow.socket.write(
      `POST /evidence HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));

    const late = await fetch(`http://127.0.0.1:${server.port}/actors/russia`);
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toMatch(/^\d+$/);

    slow.socket.write(body.slice(10));
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 201 /);
    expect(await server.exited).toBe(0);

    const wal = `${server.path}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const db = openDatabase(server.path);
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.sqlite.prepare("SELECT count(*) n FROM changes WHERE collection = 'evidence' AND key_id <> 'seed'").get()).toEqual({ n: 1 });
    db.close();
  }, 30_000);
});

describe('slow clients', () => {
  it('are cut off when they take longer than the request timeout', async () => {
    const server = await startServer({ REQUEST_TIMEOUT_MS: '1500' });
    const client = rawClient(server.port);
    const started = Date.now();
    const request = 'GET /actors/russia HTTP/1.1\r\nHost: x\r\n\r\n';
    let i = 0;
    const drip = setInterval(() => {
      if (i < request.length && !client.socket.destroyed) client.socket.write(request[i++]!);
    }, 250);
    await client.closed;
    clearInterval(drip);
    const elapsed = Date.now() - started;
    expect(i).toBeLessThan(request.length); // it never got to finish
    expect(elapsed).toBeLessThan(6_000);
    expect(client.received()).toMatch(/^$|^HTTP\/1\.1 408/);
  }, 30_000);
});
