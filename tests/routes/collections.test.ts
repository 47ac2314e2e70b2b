/** The operations every collection shares: list, paginate, embed, fetch one, and their errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const COLLECTIONS = [
  { path: '/sources', table: 'sources', includes: ['body', 'evidence'] },
  { path: '/actors', table: 'actors', includes: ['affiliation', 'aliases', 'roles', 'evidence'] },
  { path: '/issues', table: 'issues', includes: ['parent', 'children', 'aliases', 'links', 'evidence'] },
  { path: '/proposals', table: 'proposals', includes: ['participants', 'issues', 'history', 'statements', 'evidence'] },
  { path: '/statements', table: 'statements', includes: ['speaker', 'issues', 'proposals', 'actors', 'evidence'] },
  { path: '/dates', table: 'dates', includes: ['actors', 'issues', 'evidence'] },
  { path: '/conflicts', table: 'contested_claims', includes: [] },
] as const;

/** Walks every page of a list and returns all ids in order. */
async function walk(url: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const response = await t.inject(next ? `${url}${sep}cursor=${next}` : url);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    ids.push(...body.data.map((r: { id: string }) => r.id));
    next = body.next_cursor;
  } while (next);
  return ids;
}

describe.each(COLLECTIONS)('GET $path', ({ path, table, includes }) => {
  it('pages through every record exactly once', async () => {
    const ids = await walk(`${path}?limit=3`);
    const expected = t.all<{ id: string }>(`SELECT id FROM ${table}`).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('uses the default page size of 25 and answers next_cursor null on the last page', async () => {
    const body = (await t.inject(path)).json();
    const total = t.all<{ n: number }>(`SELECT count(*) n FROM ${table}`)[0]!.n;
    expect(body.data).toHaveLength(Math.min(total, 25));
    expect(body.next_cursor === null).toBe(total <= 25);
  });

  it.each(['0', '101', 'ten', '2.5'])('answers a 400 problem naming limit=%s', async (limit) => {
    const response = await t.inject(`${path}?limit=${limit}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ type: '/problems/validation', status: 400, errors: [{ name: 'query.limit' }] });
  });

  it.each(['garbage', 'eyJvIjoib3RoZXIiLCJrIjpbXX0', Buffer.from('{"o":"x"').toString('base64url'), 'a'.repeat(600), '%00%ff'])(
    'answers a 400 problem for the tampered cursor %#',
    async (cursor) => {
      const response = await t.inject(`${path}?cursor=${cursor}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].name).toBe('query.cursor');
    },
  );

  it('refuses a cursor issued for another list', async () => {
    const other = path === '/actors' ? '/issues' : '/actors';
    const cursor = (await t.inject(`${other}?limit=1`)).json().next_cursor;
    const response = await t.inject(`${path}?cursor=${cursor}`);
    expect(response.statusCode).toBe(400);
  });

  if (includes.length > 0) {
    it('embeds nothing by default and what include= names', async () => {
      const plain = (await t.inject(`${path}?limit=2`)).json().data[0];
      for (const name of includes) expect(plain).not.toHaveProperty(name);
      const embedded = (await t.inject(`${path}?limit=2&include=${includes.join(',')}`)).json().data[0];
      for (const name of includes) expect(embedded).toHaveProperty(name);
    });

    it('embeds in a list exactly what the record by id embeds (a link between two issues on one page is listed once on each)', async () => {
      let next: string | null = null;
      do {
        const page: { data: { id: string }[]; next_cursor: string | null } = (await t.inject(`${path}?limit=100&include=${includes.join(',')}${next ? `&cursor=${next}` : ''}`)).json();
        for (const listed of page.data) expect(listed).toEqual((await t.inject(`${path}/${listed.id}`)).json());
        next = page.next_cursor;
      } while (next);
    });

    it('answers a 400 problem for an unknown relation', async () => {
      const response = await t.inject(`${path}?include=${includes[0]},nonsense`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ name: 'query.include', reason: expect.stringContaining('"nonsense"') });
    });
  }

  it('returns one record, with every relation by default', async () => {
    const id = t.all<{ id: string }>(`SELECT id FROM ${table} ORDER BY id LIMIT 1`)[0]!.id;
    const response = await t.inject(`${path}/${id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().id).toBe(id);
    for (const name of includes) expect(response.json()).toHaveProperty(name);
  });

  it('answers a 404 problem for an unknown id', async () => {
    const response = await t.inject(`${path}/no-such-record`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ type: '/problems/not-found', title: 'Not found', status: 404, detail: expect.stringContaining('"no-such-record"'), request_id: response.headers['x-request-id'] });
  });
});
