import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_CANDIDATES } from '../../src/repositories/search.js';
import { createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = (q: string, extra = '') => t.inject(`/search?q=${encodeURIComponent(q)}${extra}`);

describe('GET /search', () => {
  it('ranks matches across collections and marks the matched words', async () => {
    const body = (await search('neutralize')).json();
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data[0]).toMatchObject({ type: 'statement', id: 'lavrov-neutralize-threat' });
    expect(body.data[0].snippet).toContain('<mark>neutralize</mark>');
    const scores = body.data.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds an actor by an alias as printed, misprints included', async () => {
    const body = (await search('William Gates', '&type=actor')).json();
    expect(body.data.map((h: { id: string }) => h.id)).toEqual(['robert-gates']);
  });

  it('filters by type', async () => {
    const body = (await search('Kosovo', '&type=issue')).json();
    expect(body.data.length).toBeGreaterThan(0);
    expect(new Set(body.data.map((h: { type: string }) => h.type))).toEqual(new Set(['issue']));
  });

  it('matches a quoted phrase only as a phrase', async () => {
    const phrase = (await search('"quite interesting"')).json().data;
    expect(phrase.map((h: { id: string }) => h.id)).toContain('fried-russians-found-ideas-interesting');
    const reversed = (await search('"interesting quite"')).json().data;
    expect(reversed).toEqual([]);
  });

  it('matches a prefix with a trailing *', async () => {
    const ids = (await search('negotiat*', '&type=statement&limit=100')).json().data.map((h: { id: string }) => h.id);
    expect(ids).toContain('senior-official-restructure'); // "negotiations"
  });

  it('pages with a cursor without repeating a hit', async () => {
    const all = (await search('Russia', '&limit=100')).json().data.map((h: { type: string; id: string }) => `${h.type}:${h.id}`);
    const paged: string[] = [];
    let next: string | null = null;
    do {
      const body: { data: { type: string; id: string }[]; next_cursor: string | null } = (await search('Russia', `&limit=7${next ? `&cursor=${next}` : ''}`)).json();
      paged.push(...body.data.map((h: { type: string; id: string }) => `${h.type}:${h.id}`));
      next = body.next_cursor;
    } while (next);
    expect(paged).toEqual(all);
  });

  it.each(['', '   '])('answers a 400 problem for the empty query %j', async (q) => {
    const response = await search(q);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].name).toBe('query.q');
  });

  it('answers a 400 problem for a query with nothing to search for', async () => {
    const response = await search('*** -- ""');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toEqual({ name: 'query.q', reason: 'has no letters or digits to search for' });
  });

  it('answers a 400 problem for a query over 200 characters', async () => {
    expect((await search('a'.repeat(201))).statusCode).toBe(400);
  });

  it.each(['missile AND defense', 'NEAR(missile defense)', 'missile -defense', 'title:Russia', '"unclosed', 'a"b"c', '(((', '^Russia', 'Russia OR', '*', 'Réaction “curly” — dash', '🚀 missile'])(
    'searches %j as plain text without failing',
    async (q) => {
      expect([200, 400]).toContain((await search(q)).statusCode);
    },
  );

  it('never fails on any string (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 250, unit: 'grapheme' }), async (q) => {
        const response = await search(q);
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 200 },
    );
  });

  it('never fails on strings made of FTS5 syntax (property)', async () => {
    const token = fc.constantFrom('AND', 'OR', 'NOT', 'NEAR', 'NEAR(', ')', '(', '"', '*', '-', '+', ':', '^', 'missile', 'Russia', '“', '”', "'", '{', '}', ',');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 12 }), async (tokens) => {
        const response = await search(tokens.join(' '));
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 200 },
    );
  });
});

describe('GET /search over more matches than it ranks', () => {
  let many: Awaited<ReturnType<typeof createTestApp>>;
  const extra = 50;
  beforeAll(async () => {
    many = await createTestApp();
    const insert = many.connection.prepare("INSERT INTO statements (id, speaker_label, kind, text) VALUES (?, 'an official', 'paraphrase', ?)");
    many.connection.transaction(() => {
      for (let i = 0; i < SEARCH_CANDIDATES + extra; i++) insert.run(`zeugma-${i}`, `A zeugma, number ${i}${i % 10 === 0 ? ', zeugma again' : ''}.`);
    });
  });
  afterAll(() => many.close());

  it('ranks the most recently added matches, and pages through all of them and no further', async () => {
    const seen: string[] = [];
    const scores: number[] = [];
    let next: string | null = null;
    do {
      const response = await many.inject(`/search?q=zeugma&limit=100${next ? `&cursor=${next}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body: { data: { id: string; score: number; snippet: string }[]; next_cursor: string | null } = response.json();
      seen.push(...body.data.map((h) => h.id));
      scores.push(...body.data.map((h) => h.score));
      for (const hit of body.data) expect(hit.snippet).toContain('<mark>zeugma</mark>');
      next = body.next_cursor;
    } while (next);
    expect(seen).toHaveLength(SEARCH_CANDIDATES);
    expect(new Set(seen).size).toBe(SEARCH_CANDIDATES);
    const newest = Array.from({ length: SEARCH_CANDIDATES }, (_, i) => `zeugma-${i + extra}`);
    expect(new Set(seen)).toEqual(new Set(newest));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(seen[0]).toMatch(/^zeugma-\d*0$/); // two mentions rank first
  });
});

describe('search hits and types', () => {
  it('each hit has the href of its record, which answers 200', async () => {
    const { data } = (await t.inject('/search?q=missile&limit=50')).json();
    expect(new Set(data.map((h: { type: string }) => h.type)).size).toBeGreaterThan(2);
    for (const hit of data) {
      const record = await t.inject(hit.href);
      expect(record.statusCode, hit.href).toBe(200);
      expect(record.json().id).toBe(hit.id);
    }
  });

  it.each(['source', 'statement', 'actor', 'issue', 'proposal', 'date'])('type=%ss (as in the paths) is type=%s', async (type) => {
    const plural = await t.inject(`/search?q=missile&type=${type}s`);
    expect(plural.statusCode).toBe(200);
    expect(plural.json().data).toEqual((await t.inject(`/search?q=missile&type=${type}`)).json().data);
  });
});

describe('search as an analyst types it', () => {
  const found = async (url: string) => (await t.inject(url)).json().data.map((h: { id: string }) => h.id);

  it.each([
    ['/search?q=Putin%20CFE&type=statement', 'putin-threatens-cfe-withdrawal'], // the text says "Conventional Armed Forces in Europe Treaty"
    ['/search?q=neutralise', 'lavrov-neutralize-threat'],
    ['/search?q=missile%20defence&type=statement', 'lavrov-urged-freeze'],
    ['/search?q=negotiating&type=source', 'iht-2007-10-22'], // which says "negotiations"
    ['/statements?q=Putin%20CFE', 'putin-threatens-cfe-withdrawal'],
    ['/statements?q=neutralise', 'lavrov-neutralize-threat'],
  ])('%s finds %s', async (url, id) => {
    expect(await found(url)).toContain(id);
  });

  it('finds a statement by its speaker\'s aliases and its issues\' names, and keeps up when they change', async () => {
    const app = await createTestApp();
    try {
      const ids = async (q: string) => (await app.inject(`/statements?q=${encodeURIComponent(q)}&limit=100`)).json().data.map((s: { id: string }) => s.id);
      expect(await ids('Kremlin')).toEqual(expect.arrayContaining(['russia-iran-has-no-missile'])); // said by Russia, whose alias is "the Kremlin"
      expect(await ids('zyxwvut')).toEqual([]);
      const sql = app.connection;
      sql.prepare("INSERT INTO issue_aliases (issue_id, name) VALUES ('cfe-treaty', 'zyxwvut accord')").run();
      const aboutCfe = app.all<{ id: string }>("SELECT statement_id id FROM statement_issues WHERE issue_id = 'cfe-treaty'").map((r) => r.id).sort();
      expect((await ids('zyxwvut')).sort()).toEqual(aboutCfe);
      sql.prepare("UPDATE actors SET name = 'Qwertyuiop Lavrov' WHERE id = 'sergei-lavrov'").run();
      const byLavrov = app.all<{ id: string }>("SELECT id FROM statements WHERE speaker_id = 'sergei-lavrov'").map((r) => r.id).sort();
      expect((await ids('qwertyuiop')).sort()).toEqual(byLavrov);
      sql.prepare("DELETE FROM statement_issues WHERE issue_id = 'cfe-treaty' AND statement_id = ?").run(aboutCfe[0]);
      expect(await ids('zyxwvut')).not.toContain(aboutCfe[0]);
    } finally {
      await app.close();
    }
  });
});

describe('every form of a word finds what the others find', () => {
  const ids = async (q: string) => ((await t.inject(`/search?q=${q}&limit=100`)).json().data as { type: string; id: string }[]).map((h) => `${h.type}:${h.id}`).sort();
  it.each([
    ['defences', 'defence'],
    ['negotiate', 'negotiations'],
    ['negotiator', 'negotiations'],
    ['neutralising', 'neutralise'],
    ['neutralised', 'neutralise'],
    ['recognised', 'recognise'],
    ['proposals', 'proposal'],
  ])('%s finds what %s finds', async (form, other) => {
    const expected = await ids(other);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(form)).toEqual(expected);
  });
});

describe('a statement found by its related names', () => {
  it('shows its own words in the snippet', async () => {
    const hits = (await t.inject('/search?q=Kremlin&type=statements&limit=100')).json().data as { id: string; title: string; snippet: string }[];
    const related = hits.find((h) => h.id === 'russia-iran-has-no-missile')!;
    expect(related.snippet).toContain('Iran does not have a missile');
  });
});
