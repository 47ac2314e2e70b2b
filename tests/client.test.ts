/** The typed client: the generated types match the document, and the example runs against a real server. */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../openapi/parley.js';
import { example } from '../openapi/example.js';
import { OPENAPI_FILE, TYPES_FILE, renderTypes } from '../src/openapi.js';
import { createTestApp } from './helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t.close());

describe('openapi/parley.d.ts', () => {
  it('is what openapi-typescript makes of the committed document (run `npm run openapi` after changing a route)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await renderTypes(readFileSync(OPENAPI_FILE, 'utf8')));
  });
});

describe('openapi/example.ts', () => {
  it('calls three operations through openapi-fetch against the real server', async () => {
    const result = await example(baseUrl);
    expect(result.name).toBe('Sergei Lavrov');
    expect(result.title).toBe('Foreign Minister');
    expect(result.latest).toHaveLength(3);
    const dates = result.latest.map((s) => s.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(result.hits.length).toBeGreaterThan(0);
  });

  it('types the answers and the problems, and refuses what the API does not take', async () => {
    const parley = createClient<paths>({ baseUrl });
    const missing = await parley.GET('/statements/{id}', { params: { path: { id: 'no-such-statement' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.status).toBe(404);
    expect(missing.data).toBeUndefined();
    // Misspelled filters and unknown paths do not compile; the API refuses them too.
    // @ts-expect-error `speakr` is not a filter of GET /statements
    const misspelled = await parley.GET('/statements', { params: { query: { speakr: 'sergei-lavrov' } } });
    expect(misspelled.response.status).toBe(400);
    // @ts-expect-error there is no GET /statement
    expect((await parley.GET('/statement', {})).response.status).toBe(404);
  });
});
