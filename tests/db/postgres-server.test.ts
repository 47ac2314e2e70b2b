/**
 * What only a real PostgreSQL server shows (`npm run test:postgres`; the `postgres` project
 * includes this file when TEST_DATABASE_URL names one): the server started as `npm start`
 * starts it, from DATABASE_URL; a write that waits for another's lock past the busy timeout
 * answers 503, as on SQLite; view threads with connections of their own; records and lists read
 * on threads too, so that a read the server holds up does not hold up the event loop; and text
 * written by another program, searchable once the next write through Parley commits or the next
 * start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import { openPostgres, type PostgresConnection, WRITE_LOCK } from '../../src/db/postgres/connection.js';
import { prepareDatabase } from '../../src/db/setup.js';
import { repositoryBase } from '../../src/repositories/common.js';
import { TEST_KEY, serverDatabaseUrl } from '../helpers.js';
import { READ_POOL_NAME } from '../../src/views/runner.js';

describe('on a PostgreSQL server', () => {
  const url = serverDatabaseUrl(`parley_server_${process.pid}`);
  let admin: PostgresConnection;
  beforeAll(() => {
    admin = openPostgres({ kind: 'server', url: process.env.TEST_DATABASE_URL! });
    admin.exec(`CREATE DATABASE parley_server_${process.pid}`);
  });
  afterAll(() => admin?.close());


  it('migrates and seeds an empty database once, then answers 503 to a write that waits past the busy timeout for the write lock', async () => {
    const first = await prepareDatabase({ postgresUrl: url }, undefined, { busyTimeoutMs: 300 });
    expect(first.seeded).toBe(true);
    const again = await prepareDatabase({ postgresUrl: url });
    expect(again.seeded).toBe(false);
    again.connection.close();
    const app = await buildApp({ connection: first.connection, apiKeys: [TEST_KEY], protection: { maxEventLoopDelayMs: 0 } });
    const other = openPostgres({ kind: 'server', url });
    try {
      const span = (await app.inject('/evidence?source=voa-2007-10-12&limit=1')).json().data[0];
      const body = { name: 'Lock test', kind: 'person', evidence: [{ source_id: span.source_id, start: span.start, end: span.end, exact: span.exact }] };
      const post = () => app.inject({ method: 'POST', url: '/actors', headers: { authorization: `Bearer ${TEST_KEY}` }, payload: body });
      // Another writer (another server) holds the lock.
      other.exec(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
      const refused = await post();
      expect(refused.statusCode, refused.body).toBe(503);
      expect(refused.headers['retry-after']).toBeDefined();
      other.exec('ROLLBACK');
      expect((await post()).statusCode).toBe(201);
    } finally {
      other.close();
      await app.close();
      first.connection.close();
    }
  });

  it('searches on view threads of their own, and finds text another program wrote once a write through Parley commits, or at the next start', async () => {
    const { connection } = await prepareDatabase({ postgresUrl: url });
    const app = await buildApp({ connection, apiKeys: [TEST_KEY], views: { threads: 1 }, protection: { maxEventLoopDelayMs: 0 } });
    const psql = openPostgres({ kind: 'server', url });
    try {
      const ids = async (q: string) => (await app.inject(`/search?q=${q}`)).json().data.map((h: { id: string }) => h.id);
      expect(await ids('Lavrov')).toContain('sergei-lavrov');
      // Written with SQL, as psql would: its words wait for a write through Parley.
      psql.bridge.query([{ text: "UPDATE actors SET description = 'Keeper of the quuxbarian archive' WHERE id = 'sergei-lavrov'", params: [] }]);
      expect(await ids('quuxbarian')).toEqual([]);
      const span = (await app.inject('/evidence?source=voa-2007-10-12&limit=1')).json().data[0];
      const written = await app.inject({
        method: 'POST',
        url: '/actors',
        headers: { authorization: `Bearer ${TEST_KEY}` },
        payload: { name: 'Another actor', kind: 'person', evidence: [{ source_id: span.source_id, start: span.start, end: span.end, exact: span.exact }] },
      });
      expect(written.statusCode).toBe(201);
      expect(await ids('quuxbarian')).toEqual(['sergei-lavrov']);
      // Or at the next start.
      psql.bridge.query([{ text: "UPDATE actors SET description = 'Keeper of the frobnitzian archive' WHERE id = 'sergei-lavrov'", params: [] }]);
      expect(await ids('frobnitzian')).toEqual([]);
      (await prepareDatabase({ postgresUrl: url })).connection.close();
      expect(await ids('frobnitzian')).toEqual(['sergei-lavrov']);
    } finally {
      psql.close();
      await app.close();
      connection.close();
    }
  });

  /** An app reading records and lists on `readConnections` connections, and another session (`locker`) that can hold its reads up; both closed after `work`. */
  async function withLocker(readConnections: number, work: (app: App, locker: PostgresConnection) => Promise<void>, timeoutMs?: number) {
    const { connection } = await prepareDatabase({ postgresUrl: url });
    const app = await buildApp({ connection, views: { threads: 1, readConnections, ...(timeoutMs ? { timeoutMs } : {}) }, protection: { maxEventLoopDelayMs: 0 } });
    const locker = openPostgres({ kind: 'server', url });
    try {
      await work(app, locker);
    } finally {
      locker.close();
      await app.close();
      connection.close();
    }
  }

  it('reads records and lists on connections of their own: while the server holds a read up, the event loop answers other requests', async () => {
    // Five read connections: four for the reads held up, one for the rest.
    await withLocker(5, async (app, locker) => {
      // Another session holds every read of statements, issues and contested claims up until it ends.
      locker.exec('BEGIN; LOCK TABLE statements, issues, contested_claims IN ACCESS EXCLUSIVE MODE');
      let answered = 0;
      const record = app.inject('/statements/lavrov-urged-freeze').then((r) => (answered++, r));
      const list = app.inject('/statements?speaker=Lavrov&limit=2').then((r) => (answered++, r));
      // An issue's positions look the issue up first; the contested claims are read as records are.
      const positions = app.inject('/issues/missile-defense/positions?statements=0').then((r) => (answered++, r));
      const conflict = app.inject('/conflicts/start-1-expiry-year').then((r) => (answered++, r));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Meanwhile the event loop answers: a request that reads no statement, and a timer.
      const actor = await app.inject('/actors/sergei-lavrov?include=');
      expect(actor.statusCode).toBe(200);
      expect(answered).toBe(0);
      locker.exec('ROLLBACK');
      const [one, page, stood, claim] = await Promise.all([record, list, positions, conflict]);
      expect(stood.statusCode, stood.body).toBe(200);
      expect(stood.json().issue.id).toBe('missile-defense');
      expect(claim.statusCode, claim.body).toBe(200);
      expect(claim.json().id).toBe('start-1-expiry-year');
      expect(one.statusCode, one.body).toBe(200);
      expect(one.json().id).toBe('lavrov-urged-freeze');
      expect(one.headers.etag).toMatch(/^"\d+\./);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json().resolved).toEqual({ speaker: 'sergei-lavrov' });
      expect(page.json().data.map((s: { speaker_id: string }) => s.speaker_id)).toEqual(['sergei-lavrov', 'sergei-lavrov']);
    });
  });

  it('reads records and /health ahead of lists waiting for a connection, so a pile of lists does not hold a record up', async () => {
    // One read connection, so that every read but the first waits in the queue.
    await withLocker(1, async (app, locker) => {
      // Once the thread is up.
      expect((await app.inject('/health')).statusCode).toBe(200);
      locker.exec('BEGIN; LOCK TABLE sources IN ACCESS EXCLUSIVE MODE');
      const order: string[] = [];
      const ask = (url: string) => app.inject(url).then((r) => (order.push(url), r));
      const held = ask('/sources?limit=1');
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Lists, then a record and /health, all waiting behind the read the lock holds up.
      const lists = [1, 2, 3, 4, 5].map((n) => ask(`/actors?limit=${n}`));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const record = ask('/actors/sergei-lavrov?include=');
      const health = ask('/health');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(order).toEqual([]);
      locker.exec('ROLLBACK');
      const answers = await Promise.all([held, ...lists, record, health]);
      expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
      expect(order.slice(0, 3)).toEqual(['/sources?limit=1', '/actors/sergei-lavrov?include=', '/health']);
    });
  });

  it('answers 503 to a read past its budget, and reads on once the server lets go', async () => {
    await withLocker(
      1,
      async (app, locker) => {
        locker.exec('BEGIN; LOCK TABLE statements IN ACCESS EXCLUSIVE MODE');
        const started = performance.now();
        const held = await app.inject('/statements/lavrov-urged-freeze');
        expect(held.statusCode, held.body).toBe(503);
        expect(held.headers['retry-after']).toBeDefined();
        expect(held.json().type).toMatch(/unavailable/);
        expect(performance.now() - started).toBeLessThan(3_000);
        // The one connection, its query ended by the server at the budget, reads the next request.
        const waited = await app.inject('/statements?limit=1');
        expect(waited.statusCode).toBe(503);
        locker.exec('ROLLBACK');
        const after = await app.inject('/statements/lavrov-urged-freeze');
        expect(after.statusCode, after.body).toBe(200);
      },
      400,
    );
  });

  it('opens a read connection again when the server ends one, answering 503 meanwhile and never 500', async () => {
    await withLocker(2, async (app, locker) => {
      const before = await Promise.all([app.inject('/actors/sergei-lavrov?include='), app.inject('/actors?limit=2')]);
      expect(before.map((r) => r.statusCode)).toEqual([200, 200]);
      const ended = locker.prepare('SELECT count(*) AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?) AS t').get(READ_POOL_NAME) as { n: number };
      expect(Number(ended.n)).toBe(2);
      // At once: the connections may not have heard yet that they are gone.
      const meanwhile = await Promise.all([1, 2, 3, 4].map(() => app.inject('/actors/sergei-lavrov?include=')));
      for (const r of meanwhile) expect([200, 503], r.body).toContain(r.statusCode);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await Promise.all([app.inject('/actors/sergei-lavrov?include='), app.inject('/health')]);
      expect(after.map((r) => r.statusCode)).toEqual([200, 200]);
      expect(after[1]!.json().database).toBe('ok');
    });
  });

  it('ends each read snapshot without waiting for the server, before the next statement on the connection', async () => {
    (await prepareDatabase({ postgresUrl: url })).connection.close();
    const reader = openPostgres({ kind: 'server', url });
    const writer = openPostgres({ kind: 'server', url });
    try {
      const base = repositoryBase(reader);
      const count = () => Number((base.prepare("SELECT count(*) AS n FROM actors WHERE id LIKE 'snapshot-%'").get() as { n: number }).n);
      const add = (id: string) => writer.exec(`INSERT INTO actors (id, name, kind) VALUES ('${id}', '${id}', 'person')`);
      const methods = base.reads({ twice: () => [count(), (add(`snapshot-${Math.random().toString(36).slice(2)}`), count())] });
      // Within a snapshot a write made meanwhile is not seen; the next snapshot, after its COMMIT, sees it.
      expect(methods.twice()).toEqual([0, 0]);
      expect(methods.twice()).toEqual([1, 1]);
      expect(count()).toBe(2);
      expect(reader.inTransaction).toBe(false);
      // No snapshot is left open on the server once the connection is idle.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const open = writer.prepare("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'").get() as { n: number };
      expect(Number(open.n)).toBe(0);
    } finally {
      reader.close();
      writer.close();
    }
  });
});
