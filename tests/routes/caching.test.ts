/** How answers may be cached: reads revalidated with their ETag, the live and private ones never stored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ apiKeys: [TEST_KEY], protection: { corsOrigins: ['https://analyst.example'] } });
});
afterAll(async () => t.close());

describe('Cache-Control', () => {
  it('lets a shared cache keep records, lists, views and exports, revalidating each with its ETag', async () => {
    for (const url of ['/statements/lavrov-urged-freeze', '/statements?speaker=sergei-lavrov', '/search?q=freeze', '/timeline?issue=cfe-treaty', '/export/issues.csv', '/openapi.json']) {
      const first = await t.app.inject(url);
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['cache-control'], url).toBe('public, no-cache');
      expect(first.headers.etag, url).toBeTruthy();
      const again = await t.app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
      expect(again.statusCode, url).toBe(304);
      expect(again.headers['cache-control'], url).toBe('public, no-cache');
    }
  });

  it('never stores /health, the change log, writes or problems', async () => {
    expect((await t.app.inject('/health')).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject('/changes')).headers['cache-control']).toBe('no-store');
    const missing = await t.app.inject('/statements/no-such-statement');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject('/statements?limit=0')).headers['cache-control']).toBe('no-store');
    const write = await t.app.inject({ method: 'PATCH', url: '/actors/analysts', headers: { authorization: `Bearer ${TEST_KEY}`, 'if-match': '*' }, payload: { description: 'Changed.' } });
    expect(write.statusCode).toBe(200);
    expect(write.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject('/changes')).headers['cache-control']).toBe('no-store');
  });

  it('says an answer varies with the Origin when CORS allows only some origins', async () => {
    const res = await t.app.inject({ url: '/statements/lavrov-urged-freeze', headers: { origin: 'https://analyst.example' } });
    expect(res.headers['access-control-allow-origin']).toBe('https://analyst.example');
    expect(String(res.headers.vary)).toMatch(/Origin/i);
    const other = await t.app.inject({ url: '/statements/lavrov-urged-freeze', headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(String(other.headers.vary)).toMatch(/Origin/i);
  });
});
