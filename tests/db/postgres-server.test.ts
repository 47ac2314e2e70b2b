/**
 * What only a real PostgreSQL server shows (`npm run test:postgres`; the `postgres` project
 * includes this file when TEST_DATABASE_URL names one): the server started as `npm start`
 * starts it, from DATABASE_URL; a write that waits for another's lock past the busy timeout
 * answers 503, as on SQLite; view threads with connections of their own; and text written by
 * another program, searchable once the next write through Parley commits or the next start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openPostgres, type PostgresConnection, WRITE_LOCK } from '../../src/db/postgres/connection.js';
import { prepareDatabase } from '../../src/db/setup.js';
import { TEST_KEY, serverDatabaseUrl } from '../helpers.js';

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
});
