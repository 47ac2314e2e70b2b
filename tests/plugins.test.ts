import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers.js';
import { sqliteOf } from '../src/db/client.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('ETags', () => {
  it('tags every GET and answers 304 to If-None-Match', async () => {
    const first = await t.inject('/actors/russia');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"1\.[\w-]+"$/); // a record's ETag starts with its version
    const again = await t.inject({ method: 'GET', url: '/actors/russia', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const weak = await t.inject({ method: 'GET', url: '/actors/russia', headers: { 'if-none-match': `"other", W/${etag}` } });
    expect(weak.statusCode).toBe(304);
  });

  it('answers 200 with the body when the tag does not match, and tags lists differently per query', async () => {
    const response = await t.inject({ method: 'GET', url: '/actors/russia', headers: { 'if-none-match': '"stale"' } });
    expect(response.statusCode).toBe(200);
    const a = (await t.inject('/actors?limit=1')).headers.etag;
    expect(a).toMatch(/^"[\w-]+"$/); // a list's ETag is its body's digest
    const b = (await t.inject('/actors?limit=2')).headers.etag;
    expect(a).not.toBe(b);
  });
});

describe('errors', () => {
  it('answer an unexpected failure with a generic 500 problem, without stack, SQL or paths', async () => {
    const broken = await createTestApp();
    sqliteOf(broken.connection).exec('DROP TRIGGER IF EXISTS x; ALTER TABLE actors RENAME TO actors_gone');
    const response = await broken.app.inject({ method: 'GET', url: '/actors?q=x' });
    await broken.app.close();
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual({
      type: '/problems/internal',
      title: 'Internal server error',
      status: 500,
      detail: 'The server could not answer this request. The failure has been logged.',
      request_id: response.headers['x-request-id'],
    });
    expect(response.body).not.toMatch(/SQLITE|actors_gone|no such|\.ts|\bat /);
  });

  it('answer a method the route does not have with a 404 problem', async () => {
    const response = await t.inject({ method: 'PUT', url: '/actors/russia' });
    expect(response.statusCode).toBe(404);
  });
});

describe('malformed requests', () => {
  it.each(['/actors/%E0%A4%A', `/actors/${'x'.repeat(300)}`])('answer a 400 problem for %s', async (url) => {
    const response = await t.inject(url.slice(0, 400));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ type: '/problems/validation', status: 400 });
  });
});

describe('request ids', () => {
  it('answer every request with its id, the caller\'s when plausible, and put it in every problem', async () => {
    const app = await createTestApp();
    try {
      const ok = await app.inject({ url: '/actors/russia', headers: { 'x-request-id': 'trace-42.a:b' } });
      expect(ok.headers['x-request-id']).toBe('trace-42.a:b');
      const fresh = await app.inject('/actors/russia');
      expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      for (const bad of ['x'.repeat(200), 'a b', 'é', '']) {
        const response = await app.inject({ url: '/actors/nobody', headers: { 'x-request-id': bad } });
        expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
        expect(response.json().request_id).toBe(response.headers['x-request-id']);
      }
      const problem = await app.inject({ url: '/statements?limit=abc', headers: { 'x-request-id': 'r1' } });
      expect(problem.json()).toMatchObject({ status: 400, request_id: 'r1' });
    } finally {
      await app.close();
    }
  });
});

describe('request ids on requests no route takes', () => {
  it('are on a malformed path\'s problem too', async () => {
    const app = await createTestApp();
    try {
      const response = await app.app.inject({ url: '/statements/%FF', headers: { 'x-request-id': 'trace-9' } });
      expect(response.statusCode).toBe(400);
      expect(response.headers['x-request-id']).toBe('trace-9');
      expect(response.json().request_id).toBe('trace-9');
    } finally {
      await app.close();
    }
  });
});
