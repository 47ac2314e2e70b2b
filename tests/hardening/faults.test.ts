/** Disk and lock faults, oversized bodies, and the surface every response shows. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { prepareDatabase } from '../../src/db/setup.js';
import { contractInject } from '../contract.js';
import { TEST_KEY, createTestApp, tempDir } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

const ROOT = join(import.meta.dirname, '..', '..');
const auth = { authorization: `Bearer ${TEST_KEY}` };
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('a full disk', () => {
  it('answers a documented 507 problem, leaves no partial rows, and reads keep working', async () => {
    const t = await createTestApp({ apiKeys: [TEST_KEY] });
    cleanups.push(t.close);
    const before = t.all('SELECT (SELECT count(*) FROM sources) s, (SELECT count(*) FROM evidence_spans) e, (SELECT count(*) FROM changes) c');
    const pages = sqliteOf(t.connection).pragma('page_count', { simple: true }) as number;
    sqliteOf(t.connection).pragma(`max_page_count = ${pages + 2}`);
    const response = await t.inject({
      method: 'POST',
      url: '/sources',
      headers: auth,
      payload: { title: 'A long article', body: 'The talks went on. '.repeat(20_000) },
    });
    expect(response.statusCode).toBe(507);
    expect(response.json()).toMatchObject({ type: '/problems/insufficient-storage', status: 507 });
    expect(t.all('SELECT (SELECT count(*) FROM sources) s, (SELECT count(*) FROM evidence_spans) e, (SELECT count(*) FROM changes) c')).toEqual(before);
    expect((await t.inject('/statements?limit=5')).statusCode).toBe(200);
    expect((await t.inject('/search?q=Lavrov')).statusCode).toBe(200);
  });
});

describe('a write lock held by another process', () => {
  it('answers 503 with Retry-After after the busy timeout, never 500', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const path = join(dir.path, 'parley.db');
    const { connection } = await prepareDatabase(path, undefined, { busyTimeoutMs: 200 });
    const app = await buildApp({ connection, apiKeys: [TEST_KEY] });
    cleanups.push(() => connection.close());
    cleanups.push(() => app.close());
    const holder = spawn(
      process.execPath,
      ['-e', `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(path)}); d.exec('BEGIN IMMEDIATE'); console.log('locked'); setTimeout(() => { d.exec('ROLLBACK'); d.close(); }, 4000);`],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    cleanups.push(() => holder.kill());
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const inject = contractInject(app);
    const response = await inject({
      method: 'POST',
      url: '/evidence',
      headers: auth,
      payload: { source_id: 'voa-2007-10-12', exact: 'Lavrov did not budge' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
    expect(response.json().type).toBe('/problems/unavailable');
    expect((await inject('/actors/russia')).statusCode).toBe(200); // readers are not blocked in WAL mode
  }, 15_000);
});

describe('the surface', () => {
  it('sets security headers on every response, with a strict policy for data and a page policy for /docs', async () => {
    const t = await createTestApp();
    cleanups.push(t.close);
    for (const url of ['/actors/russia', '/no-such-route', '/actors?limit=0']) {
      const response = await t.app.inject(url);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
    const docs = await t.app.inject('/docs/');
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('sends CORS headers only for the configured origins', async () => {
    const closed = await createTestApp();
    cleanups.push(closed.close);
    expect((await closed.app.inject({ url: '/actors', headers: { origin: 'https://a.example' } })).headers['access-control-allow-origin']).toBeUndefined();
    const open = await createTestApp({ protection: { corsOrigins: ['https://a.example'] } });
    cleanups.push(open.close);
    expect((await open.app.inject({ url: '/actors', headers: { origin: 'https://a.example' } })).headers['access-control-allow-origin']).toBe('https://a.example');
    expect((await open.app.inject({ url: '/actors', headers: { origin: 'https://evil.example' } })).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a 413 problem for a body over the limit', async () => {
    const t = await createTestApp({ apiKeys: [TEST_KEY] });
    cleanups.push(t.close);
    const response = await t.app.inject({ method: 'POST', url: '/sources', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ body: 'x'.repeat(5 * 1024 * 1024) }) });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
  });

  it('refuses over-long search queries and page sizes', async () => {
    const t = await createTestApp();
    cleanups.push(t.close);
    expect((await t.inject(`/search?q=${'a'.repeat(201)}`)).statusCode).toBe(400);
    expect((await t.inject('/statements?limit=1000')).statusCode).toBe(400);
  });
});

describe('the write rate limit', () => {
  const write = (t: Awaited<ReturnType<typeof createTestApp>>, ip: string) =>
    t.app.inject({ method: 'POST', url: '/evidence', headers: { ...auth, 'x-forwarded-for': ip }, payload: { source_id: 'voa-2007-10-12', exact: 'Lavrov did not budge' } });

  it('answers 429 with rate-limit headers past the limit, and rotating X-Forwarded-For does not escape it', async () => {
    const t = await createTestApp({ apiKeys: [TEST_KEY], protection: { writeRateLimit: 3 } });
    cleanups.push(t.close);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await write(t, `203.0.113.${i}`)).statusCode);
    expect(statuses.slice(0, 3).every((s) => s < 300)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    const limited = await write(t, '198.51.100.7');
    expect(limited.headers['x-ratelimit-limit']).toBe('3');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.json()).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
    expect((await t.inject('/actors/russia')).statusCode).toBe(200); // reads are not limited
  });

  it('counts each forwarded client apart behind a trusted proxy', async () => {
    const t = await createTestApp({ apiKeys: [TEST_KEY], protection: { writeRateLimit: 2 }, trustProxy: true });
    cleanups.push(t.close);
    for (let i = 0; i < 4; i++) expect((await write(t, `203.0.113.${i}`)).statusCode).toBeLessThan(300);
  });
});

describe('load shedding', () => {
  it('answers 503 with Retry-After while the event loop lags, instead of timing out', async () => {
    const t = await createTestApp({ protection: { maxEventLoopDelayMs: 20 } });
    cleanups.push(t.close);
    let shed: Awaited<ReturnType<typeof t.inject>> | undefined;
    for (let attempt = 0; attempt < 30 && !shed; attempt++) {
      const until = Date.now() + 150;
      while (Date.now() < until) {
        // block the event loop, as an overloaded process would
      }
      await new Promise((r) => setTimeout(r, 50));
      const response = await t.app.inject('/actors/russia');
      if (response.statusCode === 503) shed = response;
    }
    expect(shed?.statusCode).toBe(503);
    expect(shed?.headers['retry-after']).toMatch(/^\d+$/);
    expect(shed?.json()).toMatchObject({ type: '/problems/unavailable', status: 503 });
  }, 20_000);
});
