/** The bounds that keep every text query cheap, whatever is typed into `q`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../src/db/migrate.js';
import { MAX_QUERY_WORDS, MIN_PREFIX_LENGTH, toMatchQuery } from '../../src/domain/fts.js';
import { type Views, createViews } from '../../src/views/registry.js';
import { createTestApp, seededBefore } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('toMatchQuery', () => {
  it('counts a repeated word or phrase once, whatever its case', () => {
    expect(toMatchQuery('missile Missile MISSILE "arms control" "Arms  Control"', { prefix: true })).toBe('"arms control" AND "missil"*');
  });

  it(`takes ${MAX_QUERY_WORDS} distinct words and refuses more, naming the limit`, () => {
    expect(toMatchQuery(words(MAX_QUERY_WORDS), { prefix: true })).toBe(words(MAX_QUERY_WORDS).split(' ').map((w) => `"${w}"*`).join(' AND '));
    expect(() => toMatchQuery(words(MAX_QUERY_WORDS + 1))).toThrow(expect.objectContaining({ errors: [{ name: 'query.q', reason: `has ${MAX_QUERY_WORDS + 1} distinct words or phrases; at most ${MAX_QUERY_WORDS} are allowed` }] }));
  });

  it(`refuses an explicit prefix shorter than ${MIN_PREFIX_LENGTH} characters, and matches short words whole where every word is a prefix`, () => {
    expect(() => toMatchQuery('s*')).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ name: 'query.q' })] }));
    expect(toMatchQuery('mis*')).toBe('"mis"*');
    expect(toMatchQuery('ir iran', { prefix: true })).toBe('"ir" AND "iran"*');
  });
});

describe('q on /search', () => {
  it('answers 400 naming q past the word limit, and counts repeats once', async () => {
    const refused = await t.inject(`/search?q=${encodeURIComponent(words(MAX_QUERY_WORDS + 1))}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ name: 'query.q', reason: expect.stringContaining(`at most ${MAX_QUERY_WORDS}`) }]);
    const repeated = await t.inject(`/search?q=${encodeURIComponent(Array(20).fill('missile').join(' '))}`);
    expect(repeated.statusCode).toBe(200);
    expect(repeated.json().data).toEqual((await t.inject('/search?q=missile')).json().data);
  });

  it('answers 400 for a prefix of one or two characters', async () => {
    const refused = await t.inject('/search?q=s*');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].reason).toContain(`fewer than ${MIN_PREFIX_LENGTH} characters`);
    expect((await t.inject('/search?q=negotiat*')).json().data.length).toBeGreaterThan(0);
  });
});

describe('q on a list', () => {
  it('answers 400 naming q past the word limit', async () => {
    const response = await t.inject(`/statements?q=${encodeURIComponent(words(MAX_QUERY_WORDS + 1))}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ name: 'query.q', reason: expect.stringContaining(`at most ${MAX_QUERY_WORDS}`) }]);
  });

  it('matches words of three characters or more as prefixes, and shorter ones whole', async () => {
    const iran = (await t.inject('/statements?q=ira&limit=100')).json().data;
    expect(iran.length).toBeGreaterThan(0);
    expect((await t.inject('/statements?q=ir&limit=100')).json().data).toEqual([]);
  });
});

describe('the search index', () => {
  it(`keeps prefix indexes from ${MIN_PREFIX_LENGTH} characters, built again from a live index by migration 0013 with the same answers`, () => {
    // The migrations before 0013 and the seed, then 0013: every search answers as before, and the triggers still feed the index.
    const connection = seededBefore('0013');
    try {
      const queries = ['missile', 'negotiat*', '"missile defense"', 'Lavrov Rice', 'gab*'];
      const before = queries.map((q) => createViews(connection).search(q, { limit: 100 }));
      migrateDatabase(sqliteOf(connection));
      const sql = (sqliteOf(connection).prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").get() as { sql: string }).sql;
      expect(sql).toContain(`prefix = '${MIN_PREFIX_LENGTH} ${MIN_PREFIX_LENGTH + 1}'`);
      // Every record found before is found after (0015 adds matches through related names, so more may be).
      const hits = (page: ReturnType<Views['search']>) => (JSON.parse(page!.text) as { data: { type: string; id: string }[] }).data.map((h) => `${h.type}:${h.id}`);
      const after = queries.map((q) => createViews(connection).search(q, { limit: 100 }));
      queries.forEach((q, i) => expect(hits(after[i]!), q).toEqual(expect.arrayContaining(hits(before[i]!))));
      sqliteOf(connection).prepare("UPDATE actors SET description = 'Keeper of the zyxwvut archive' WHERE id = 'sergei-lavrov'").run();
      expect(hits(createViews(connection).search('zyxw*', { limit: 5 }))).toEqual(['actor:sergei-lavrov']);
    } finally {
      connection.close();
    }
  });
});
