/**
 * The PostgreSQL backend against SQLite's, through PGlite: the seed written by the one
 * writer leaves the same rows in every table (the triggers of migrations/postgres do what
 * SQLite's do), and every record and list of the seeded knowledge base answers the same
 * bytes. The dialect seam (db/postgres/translate.ts) is tested on its own below.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Connection, openDatabase, sqliteOf } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { openPostgres, type PostgresConnection } from '../../src/db/postgres/connection.js';
import { POSTGRES_MIGRATIONS, migratePostgres, hasPendingPostgresMigrations } from '../../src/db/postgres/migrate.js';
import { translate, tsqueryOf } from '../../src/db/postgres/translate.js';
import { RANGE_LEVELS, rangeBelow, rangesOf, tsvectorOf } from '../../src/db/postgres/words.js';
import type { Statement } from '../../src/db/client.js';
import { readNow } from '../../src/repositories/reading.js';
import { type SearchType, createSearchRepository } from '../../src/repositories/search.js';
import { loadSeed, writeSeed } from '../../seed/loader.js';
import { createTestDatabase } from '../helpers.js';

describe('translate', () => {
  it('numbers parameters, typed from their values, and leaves quoted text alone', () => {
    const casts = ['::text', '::int8'];
    expect(translate("SELECT '?', `a` FROM t WHERE x = ? AND y < ? -- ?", (n) => casts[n - 1]!)).toBe(`SELECT '?', "a" FROM t WHERE x = $1::text AND y < $2::int8 -- ?`);
  });

  it('numbers named parameters once each', () => {
    const names: string[] = [];
    expect(translate('SELECT @a, @b, @a', () => '', names)).toBe('SELECT $1, $2, $1');
    expect(names).toEqual(['a', 'b']);
  });

  it("rewrites SQLite's JSON functions, keeping [] for no rows and SQLite's place for NULLs", () => {
    expect(translate("SELECT json_object('a', json_group_array(x.v ORDER BY x.d, x.id DESC)) FROM x")).toBe(
      `SELECT json_build_object('a', coalesce(json_agg(x.v ORDER BY x.d NULLS FIRST, x.id DESC NULLS LAST), '[]'::json)) FROM x`,
    );
    expect(translate('SELECT json_group_array(v) FILTER (WHERE n < 3) FROM x')).toBe(`SELECT coalesce(json_agg(v) FILTER (WHERE n < 3), '[]'::json) FROM x`);
  });

  it('rewrites two-value min and max, IS [NOT], INSERT OR IGNORE, INDEXED BY, CROSS JOIN … ON and LIKE', () => {
    expect(translate('SELECT min(a, b), min(c), max(a, b) FROM t')).toBe('SELECT least(a, b), min(c), greatest(a, b) FROM t');
    expect(translate('SELECT 1 WHERE a IS NOT b AND c IS d AND e IS NOT NULL AND f IS NULL')).toBe(
      'SELECT 1 WHERE a IS DISTINCT FROM b AND c IS NOT DISTINCT FROM d AND e IS NOT NULL AND f IS NULL',
    );
    expect(translate('INSERT OR IGNORE INTO t (a) VALUES (?)')).toBe('INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING');
    expect(translate('SELECT * FROM t INDEXED BY t_idx WHERE a = 1')).toBe('SELECT * FROM t WHERE a = 1');
    expect(translate('SELECT * FROM a CROSS JOIN b ON b.id = a.id CROSS JOIN c')).toBe('SELECT * FROM a JOIN b ON b.id = a.id CROSS JOIN c');
    expect(translate("SELECT 1 WHERE name LIKE '%x%'")).toBe("SELECT 1 WHERE name ILIKE '%x%'");
  });

  it('turns a full-text match into a tsquery, its value from FTS5 syntax', () => {
    const matches = new Set<number>();
    expect(translate('SELECT rowid FROM search_index WHERE search_index MATCH ? AND x = ?', () => '', [], matches)).toBe(
      'SELECT rowid FROM search_index WHERE search_index.words @@ $1::tsquery AND x = $2',
    );
    expect([...matches]).toEqual([1]);
    expect(tsqueryOf('"missil"* AND ("defens"* OR "defenc"*)')).toBe("'missil':* & ('defens':* | 'defenc':*)");
    // Words split and folded as the index's are: at apostrophes, without accents or capitals.
    // A phrase of two words is the pair the word index holds (words.ts); a longer one asks for its pairs, then its positions; a prefix's pair is a prefix.
    expect(tsqueryOf('"Missile Defense" AND "Putin’s" AND "GENÈVE"')).toBe("' missile defense' & ' putin s' & 'geneve'");
    expect(tsqueryOf('"arms control talk"*')).toBe("(' arms control' & ' control talk':* & ('arms' <-> 'control' <-> 'talk':*))");
    expect(tsqueryOf('"—"')).toBe("' '");
  });

  it('indexes each pair of words that follow one another in a column, without positions, and no pair across columns', () => {
    const { vector, sizes } = tsvectorOf(['Arms control', "Arms-control talks: arms O'Brien", null], 1);
    expect(sizes).toEqual([2, 6, 0]);
    expect(vector).toBe("'arms':1,4,7 'control':2,5 'talks':6 'o':8 'brien':9 ' arms control' ' control talks' ' talks arms' ' arms o' ' o brien' '#10:0' '#13:0' '#16:0' '#19:0' '#22:0'");
  });

  it('keeps pairs where it keeps positions, so that a long source stays within the size of its vector', () => {
    // 20,000 words, each pair once: the pairs past the 16,383rd word are left out, as the positions are.
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const { vector } = tsvectorOf([words.join(' ')], 1);
    expect(vector).toContain("' w0 w1'");
    expect(vector).toContain("' w16381 w16382'");
    expect(vector).not.toContain("' w16383 w16384'");
    expect(vector).toContain("'w19999'");
    expect(vector).toContain("'w100':101");
  });
});

describe('ranges of rowids', () => {
  it('names the ranges a document is in, and its collection, among its words', () => {
    expect(tsvectorOf(['Talks', null], 70_000).vector).toBe("'talks':1 '#10:68' '#13:8' '#16:1' '#19:0' '#22:0'");
    expect(tsvectorOf(['Talks', null], 70_000, 'source').vector).toBe("'talks':1 '#10:68' '#13:8' '#16:1' '#19:0' '#22:0' '#type:source'");
  });

  it('covers exactly the rowids asked for, each once, with few ranges', () => {
    const unit = 2 ** RANGE_LEVELS[0];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let k = 0; k < 500; k++) {
      const from = random(3000) * unit;
      const to = from + (1 + random(k % 2 ? 20 : 3000)) * unit;
      const covered = rangesOf(from, to)
        .split(' | ')
        .map((lexeme) => {
          const [level, index] = lexeme.slice(2, -1).split(':').map(Number) as [number, number];
          return [index * 2 ** level, (index + 1) * 2 ** level] as const;
        })
        .sort(([a], [b]) => a - b);
      expect(covered[0]![0]).toBe(from);
      expect(covered.at(-1)![1]).toBe(to);
      for (let i = 1; i < covered.length; i++) expect(covered[i]![0]).toBe(covered[i - 1]![1]);
      expect(covered.length).toBeLessThanOrEqual(7 * 2 * RANGE_LEVELS.length);
    }
    expect(() => rangesOf(0, 1000)).toThrow(RangeError);
  });

  it('rounds a read below a rowid out to a few ranges that hold at least the rowids asked for', () => {
    for (const [below, size, top] of [
      [118_785, 2048, 118_784],
      [1_178_201, 91_500, 1_178_200],
      [500_000 - (500_000 % 1024), 30_000, undefined],
      [70_000, 200_000, 69_999],
    ] as const) {
      const { from, to } = rangeBelow(below, size, top);
      expect(to).toBeGreaterThanOrEqual(below);
      if (top === undefined) expect(to).toBe(below);
      expect(from).toBe(Math.max(0, from));
      expect(from === 0 || below - from >= size).toBe(true);
      expect(rangesOf(from, to).split(' | ').length).toBeLessThanOrEqual(16);
    }
  });
});

/** An empty PostgreSQL database (PGlite, or with TEST_DATABASE_URL a new one on that server) and an empty SQLite one, both migrated. */
function migratedPair(): [PostgresConnection, Connection] {
  const pg = process.env.TEST_DATABASE_URL ? (createTestDatabase({ seed: false }) as PostgresConnection) : openPostgres({ kind: 'pglite' });
  migratePostgres(pg);
  const lite = openDatabase(':memory:');
  migrateDatabase(sqliteOf(lite));
  return [pg, lite];
}

describe('PostgreSQL through PGlite', () => {
  const at = '2026-01-01T00:00:00.000Z';
  let pg: PostgresConnection;
  let lite: Connection;
  beforeAll(() => {
    [pg, lite] = migratedPair();
    const seed = loadSeed();
    writeSeed(pg, seed, { at });
    writeSeed(lite, seed, { at });
  }, 60_000);
  afterAll(() => {
    pg?.close();
    lite?.close();
  });

  it('finds a phrase by its pairs and positions: in a column, in order, a prefix last, never across columns', () => {
    const { vector } = tsvectorOf(['Arms control', "Arms-control talks: arms O'Brien", null], 1);
    const matches = (fts: string) => pg.prepare('SELECT CAST(? AS tsvector) @@ CAST(? AS tsquery) AS hit').get(vector, tsqueryOf(fts)) as { hit: boolean };
    for (const [fts, hit] of [
      ['"arms control talks"', true],
      ['"control talk"*', true],
      ['"talk"*', true],
      ['"control" AND "talk"*', true],
      ['"talks arms"', true],
      ['"arms o brien"', true],
      ['"control arms"', false],
      ['"arms talks"', false],
      ['"arms control talks arms o brien"', true],
    ] as const) {
      expect(matches(fts).hit, fts).toBe(hit);
    }
  });

  it('applies its migrations once', () => {
    expect(hasPendingPostgresMigrations(pg)).toBe(false);
    migratePostgres(pg);
    const committed = readdirSync(POSTGRES_MIGRATIONS).filter((f) => f.endsWith('.sql')).length;
    expect(committed).toBeGreaterThanOrEqual(4);
    expect(pg.prepare('SELECT count(*) AS n FROM drizzle.__drizzle_migrations').pluck().get()).toBe(committed);
  });

  it('keeps the search totals that ranking reads, whatever statement writes the documents', () => {
    const totals = () => pg.prepare('SELECT documents, title_words, body_words FROM search_totals').get();
    const counted = () => pg.prepare('SELECT count(*) AS documents, coalesce(sum(title_size), 0) AS title_words, coalesce(sum(body_size), 0) AS body_words FROM search_index').get();
    expect(totals()).toEqual(counted());
    expect((totals() as { documents: number }).documents).toBeGreaterThan(100);
    pg.exec('BEGIN');
    try {
      // Many rows a statement, each kind of statement, and one that changes nothing the totals count.
      pg.exec('UPDATE search_index SET title_size = title_size + 2, body_size = body_size + 1 WHERE rowid % 3 = 0');
      expect(totals()).toEqual(counted());
      pg.exec('DELETE FROM search_index WHERE rowid % 5 = 0');
      expect(totals()).toEqual(counted());
      pg.exec("INSERT INTO search_index (rowid, title, body, title_size, body_size) SELECT rowid + 1000000, title, body, 3, 7 FROM search_index WHERE rowid % 2 = 0");
      expect(totals()).toEqual(counted());
      pg.exec('UPDATE search_index SET related = related WHERE rowid % 7 = 0');
      pg.exec('DELETE FROM search_index WHERE false');
      expect(totals()).toEqual(counted());
    } finally {
      pg.exec('ROLLBACK');
    }
    expect(totals()).toEqual(counted());
  });

  it('holds what SQLite holds, derived tables and search documents included', () => {
    const tables = lite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").pluck().all() as string[];
    expect(tables.length).toBeGreaterThan(25);
    const rows = (connection: Connection, table: string) =>
      (connection.prepare(table === 'search_index' ? 'SELECT rowid, title, body, related FROM search_index' : `SELECT * FROM ${table}`).all() as Record<string, unknown>[])
        .map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1))))
        .sort();
    for (const table of [...tables, 'search_index']) expect(rows(pg, table), table).toEqual(rows(lite, table));
  });

  it('answers every record and list of the knowledge base with the same bytes', async () => {
    const apps = await Promise.all([lite, pg].map((connection) => buildApp({ connection, protection: { maxEventLoopDelayMs: 0 } })));
    try {
      const urls = ['/statements', '/actors', '/issues', '/proposals', '/sources', '/dates', '/conflicts', '/evidence?limit=100', '/changes?limit=100'];
      urls.push('/statements?limit=100&include=issues,actors,proposals,evidence', '/statements?issue=missile-defense&stance=opposes', '/proposals?history_status=rejected&history_actor=russia');
      // Searches and the lists' q, with words of each kind: phrases, prefixes, forms, spellings, apostrophes, accents, and none.
      for (const q of ['missile defense', '"missile defense"', 'negotiations', 'defence', 'putin’s', '’s', 'GENÉVA', 'lavrov', 'nato expan*', 'sanctions russia', 'start treaty', '—', 'zzzz']) {
        urls.push(`/search?q=${encodeURIComponent(q)}&limit=50`, `/search?q=${encodeURIComponent(q)}&type=statement`, `/statements?q=${encodeURIComponent(q)}&limit=100`, `/actors?q=${encodeURIComponent(q)}`);
      }
      for (const collection of ['statements', 'actors', 'issues', 'proposals', 'sources', 'dates', 'conflicts']) {
        for (const { id } of (await apps[0]!.inject(`/${collection}?limit=100`)).json().data) urls.push(`/${collection}/${encodeURIComponent(id)}`);
        urls.push(`/export/${collection}.ndjson`, `/export/${collection}.csv`);
      }
      // The computed views: each issue's positions (today, and as known on a day), the timeline, the exports.
      for (const { id } of (await apps[0]!.inject('/issues?limit=100')).json().data) {
        urls.push(`/issues/${encodeURIComponent(id)}/positions`, `/issues/${encodeURIComponent(id)}/positions?as_of=2019-01-15&statements=2`, `/timeline?issue=${encodeURIComponent(id)}`);
      }
      urls.push('/timeline', '/timeline?limit=100', '/export/evidence.ndjson', '/export/events.plover.jsonl', '/export/knowledge-base.ndjson', '/changes/1', '/openapi.json');
      expect(urls.length).toBeGreaterThan(300);
      for (const url of urls) {
        const [a, b] = await Promise.all(apps.map((app) => app.inject(url)));
        expect(b!.statusCode, url).toBe(a!.statusCode);
        const body = (r: typeof a) => r!.body.replace(/"request_id":"[^"]*"/, '');
        expect(body(b), url).toBe(body(a));
      }
    } finally {
      await Promise.all(apps.map((app) => app.close()));
    }
  }, 60_000);
});

describe('the newest matches, read range by range on PostgreSQL', () => {
  let pg: PostgresConnection;
  let lite: Connection;
  beforeAll(() => {
    [pg, lite] = migratedPair();
    // 12,000 documents whose rowids span every size of range: words spread evenly, rare, only in the oldest documents (one of them
    // common there), only in the newest, and a phrase; three kinds of record.
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const documents = Array.from({ length: 12_000 }, (_, i) => {
      const rowid = 1 + i * 50 + Math.floor(random() * 40);
      const words = ['filler', `w${i % 97}`];
      if (random() < 0.4) words.push('common');
      if (random() < 0.01) words.push('sparse');
      if (rowid < 100_000 && random() < 0.3) words.push('old');
      if (rowid < 300_000 && random() < 0.5) words.push('early');
      if (i >= 11_950) words.push('newest');
      if (random() < 0.1) words.push('treaty talks');
      if (random() < 0.05) words.push('talks treaty');
      return { rowid, type: (['statement', 'source', 'actor'] as const)[i % 3], title: `Title ${words.at(-1)}`, body: words.sort(() => random() - 0.5).join(' ') };
    });
    for (const connection of [lite, pg]) {
      connection.transaction(() => {
        const doc = connection.prepare('INSERT INTO search_docs (rowid, type, record_id) VALUES (?, ?, ?)');
        const text = connection.prepare("INSERT INTO search_index (rowid, title, body, related) VALUES (?, ?, ?, '')");
        for (const d of documents) {
          doc.run(d.rowid, d.type, `r${d.rowid}`);
          text.run(d.rowid, d.title, d.body);
        }
      });
    }
  }, 60_000);
  afterAll(() => {
    pg?.close();
    lite?.close();
  });

  /** A search's answer, and the queries it asked. */
  const searched = (connection: Connection, q: string, options: { type?: SearchType; limit: number; cursor?: string }) => {
    const asked: { text: string; params: unknown[] }[] = [];
    const prepare = (text: string) => {
      const statement = connection.prepare(text);
      return { all: (...params: unknown[]) => (asked.push({ text, params }), statement.all(...params)) } as unknown as Statement;
    };
    const page = readNow(prepare, createSearchRepository(connection).search(q, options));
    return { page: page?.text, asked };
  };

  it('finds the same newest matches as SQLite, however the matches lie, before and after the planner has statistics', () => {
    const queries: [string, SearchType | undefined][] = [
      ['common', undefined],
      ['common', 'actor'],
      ['sparse', undefined],
      ['old', undefined],
      ['old common', 'source'],
      ['early', undefined],
      ['early', 'actor'],
      ['newest', undefined],
      ['"treaty talks"', undefined],
      ['sparse OR newest', undefined],
      ['filler', undefined],
      ['tal*', 'statement'],
      ['nowhere', undefined],
    ];
    let readByRanges = 0;
    let readAgain = 0;
    for (const analyzed of [false, true]) {
      if (analyzed) pg.exec('ANALYZE search_index');
      for (const [q, type] of queries) {
        const expected = searched(lite, q, { type, limit: 100 });
        const actual = searched(pg, q, { type, limit: 100 });
        expect(actual.page, `${q} ${type ?? ''}`).toBe(expected.page);
        const rounds = actual.asked.filter((a) => a.text.includes('DESC LIMIT ?'));
        if (rounds.some((a) => /'#\d/.test(String(a.params[1])))) readByRanges++;
        if (rounds.length > 1) readAgain++;
        const last = JSON.parse(expected.page!) as { next_cursor: string | null };
        if (last.next_cursor) expect(searched(pg, q, { type, limit: 100, cursor: last.next_cursor }).page).toBe(searched(lite, q, { type, limit: 100, cursor: last.next_cursor }).page);
      }
    }
    // The ranges were asked for, and some searches needed more than the first.
    expect(readByRanges).toBeGreaterThan(6);
    expect(readAgain).toBeGreaterThan(1);
  });

  it('asks the planner how many documents a query matches once a minute for each query and collection, and answers the same', () => {
    const repository = createSearchRepository(pg);
    const explained: unknown[][] = [];
    const prepare = (text: string) => {
      const statement = pg.prepare(text);
      return { all: (...params: unknown[]) => (text.startsWith('EXPLAIN') && explained.push(params), statement.all(...params)) } as unknown as Statement;
    };
    const page = (q: string, type?: SearchType) => readNow(prepare, repository.search(q, { type, limit: 100 }))?.text;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const first = page('common');
      expect(explained).toHaveLength(1);
      expect(page('common')).toBe(first);
      expect(explained, 'the estimate is kept').toHaveLength(1);
      expect(page('common', 'actor')).toBe(searched(lite, 'common', { type: 'actor', limit: 100 }).page);
      expect(explained, 'each collection has its own').toHaveLength(2);
      vi.setSystemTime(Date.now() + 61_000);
      expect(page('common')).toBe(first);
      expect(explained, 'a minute later, it is asked again').toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
