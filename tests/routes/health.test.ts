import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /health', () => {
  it('answers ok when the database answers', async () => {
    const response = await t.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('GET /health when the database is gone', () => {
  it('answers a 503 problem', async () => {
    // Reads inline, on the app's own connection, which is then closed (threads would each have their own).
    const broken = await createTestApp({ views: { threads: 0 } });
    broken.connection.close();
    const response = await broken.inject('/health');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ type: '/problems/unavailable', title: 'Service unavailable', status: 503, detail: 'The database does not answer.', request_id: response.headers['x-request-id'] });
    await broken.app.close();
  });
});

describe('unknown routes', () => {
  it('return a 404 problem', async () => {
    const response = await t.inject({ method: 'GET', url: '/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual({ type: '/problems/not-found', title: 'Not found', status: 404, detail: 'No route matches GET /no-such-thing.', request_id: response.headers['x-request-id'] });
  });
});

describe('documentation', () => {
  it('serves the OpenAPI 3.1 document', async () => {
    const response = await t.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/health'].get.operationId).toBe('getHealth');
  });

  it('serves the interactive explorer at /docs', async () => {
    const response = await t.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
