import type { Connection } from '../db/client.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import { fts5Varints } from '../db/dialect.js';
import { tsqueryOf } from '../db/postgres/translate.js';
import { RANGE_UNIT_ROWS, rangeBelow, rangesOf, typeLexemeOf } from '../db/postgres/words.js';
import { HIT_CLOSE, HIT_OPEN, countHits, plain, snippetOf, termFrequencyScore, toMatchQuery } from '../domain/fts.js';
import { JsonText } from '../domain/json.js';
import { countPlaces, countWords, highlightOf, phrasesOf } from '../domain/words.js';
import { repositoryBase } from './common.js';
import { type Reading, inOneSnapshot, rowsOf } from './reading.js';
import { type Page, sql } from './sql.js';

export const SEARCH_TYPES = ['source', 'statement', 'actor', 'issue', 'proposal', 'date'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchHit {
  type: SearchType;
  id: string;
  href: string;
  title: string;
  snippet: string;
  score: number;
}

/**
 * How many matches a search ranks: the most recently indexed ones. Ranking reads each
 * candidate's matched words, so bounding the candidates bounds the cost of a word that
 * a million records contain. It is also how deep a search may page: ranking has no
 * stable key to resume from, so pages are counted.
 */
export const SEARCH_CANDIDATES = 300;

/**
 * How long the planner's estimate of a query's matches is kept (PostgreSQL), and for how many
 * queries at most: asking for it is a query of its own, and it changes only as the documents do.
 */
const ESTIMATE_MS = 60_000;
const ESTIMATES = 1000;

/** How much a match in a record's title counts against one in its body. */
const TITLE_WEIGHT = 5;

/** A document as the word index gives it: its title and body, on SQLite marked where the query matched. */
interface Candidate {
  rowid: number;
  title: string;
  body: string;
}

/** A document as PostgreSQL's index keeps it, with its title's and body's lengths in words (db/postgres/words.ts). */
interface Indexed extends Candidate {
  title_size: number;
  body_size: number;
}

/** The candidates of a search, with how many places each one's title and body matched and how many words they have, and their texts marked (all of them, or only the page's). */
interface Matches {
  candidates: (Candidate & { titleHits: number; bodyHits: number; titleWords: number; bodyWords: number })[];
  marked: (text: string) => string;
}

/**
 * Ranking. FTS5's bm25() weighs each word by how rare it is, and counts the records
 * containing it by reading its whole index list: about 6 ms for a word that 300,000
 * records contain, on every search. Here every candidate contains every word of the
 * query anyway, so a candidate's score is bm25's other part, computed from what
 * `highlight()` marks in the candidate alone: how often the query matched its title
 * (weighted 5×) and its body, against their lengths in words (counted as FTS5 counts
 * them: domain/words.ts, or on PostgreSQL the counts its index keeps). The snippet is cut
 * from the same highlighted text, so no record is read twice, and only the page's hits are
 * looked up for their collection and id (and, on PostgreSQL, marked: the others' places are
 * only counted).
 */
export function createSearchRepository(connection: Connection) {
  const base = repositoryBase(connection);

  /**
   * The matches a search ranks (SEARCH_CANDIDATES at most, the newest first), with the places
   * their matched words are: marked by FTS5's highlight() on SQLite; on PostgreSQL, whose index
   * finds the same documents (the query made a tsquery), counted here where highlight() would mark
   * them, and marked (domain/words.ts) for the hits a page shows.
   */
  const marksInSql = connection.backend === 'sqlite';
  function* candidatesOf(match: string, type: SearchType | undefined, top: number | null): Reading<Matches> {
    if (marksInSql) {
      const rows = yield* rowsOf<Candidate>(
        `SELECT search_index.rowid AS rowid, highlight(search_index, 0, '${HIT_OPEN}', '${HIT_CLOSE}') AS title, highlight(search_index, 1, '${HIT_OPEN}', '${HIT_CLOSE}') AS body
         FROM search_index${type ? ' JOIN search_docs d ON d.rowid = search_index.rowid' : ''}
         WHERE search_index MATCH ?${type ? ' AND d.type = ?' : ''} ORDER BY search_index.rowid DESC LIMIT ${SEARCH_CANDIDATES}`,
        [match, ...(type ? [type] : [])],
      );
      return {
        candidates: rows.map(({ rowid, title, body }) => ({ rowid, title, body, titleHits: countHits(title), bodyHits: countHits(body), titleWords: countWords(title), bodyWords: countWords(body) })),
        marked: (text) => text,
      };
    }
    const rows = yield* newestByRanges(match, type, top);
    const phrases = phrasesOf(match).map((p) => p.phrase);
    return {
      candidates: rows.map(({ rowid, title, body, title_size, body_size }) => ({
        rowid,
        title,
        body,
        titleHits: countPlaces(title, phrases),
        bodyHits: countPlaces(body, phrases),
        titleWords: title_size,
        bodyWords: body_size,
      })),
      marked: (text) => highlightOf(text, phrases, HIT_OPEN, HIT_CLOSE),
    };
  }

  /**
   * The newest SEARCH_CANDIDATES matches on PostgreSQL. FTS5 reads a word's list of documents
   * newest first and stops; PostgreSQL's word index reads every document that holds the words,
   * and each one found must be read for its rowid to be sorted (at 1M documents, a phrase in
   * 10,000 of them: 22 ms), or the planner walks the documents backward, checking each one's
   * words (a common word: 9–12 ms). So a search asks for its words within the newest ranges of
   * rowids first (each document's words name the ranges it is in: db/postgres/words.ts): as
   * many of the newest rowids as should hold twice the candidates, were the matches spread
   * evenly (the planner's estimate of how many match, kept ESTIMATE_MS), then as many more as
   * the matches found so far say (at most twice those read, so that a word found only in old
   * documents costs a few reads), down to the first. Each read keeps the newest it still needs, so the
   * candidates are exactly the newest matches, as on SQLite. A whole search, measured in process
   * on 2 cores: at 100,000 statements 8.6 ms for a rare word, 7.1 for a phrase; at 1,000,000
   * 8.8 and 7.2 ms, where reading every match from the word index took 24.7 and 27.0.
   */
  /** The planner's estimates of how many documents match a query (in a collection), each kept ESTIMATE_MS: they only size a search's first read. */
  const estimates = new Map<string, { rows: number; at: number }>();
  function* newestByRanges(match: string, type: SearchType | undefined, top: number | null): Reading<Indexed[]> {
    const found: Indexed[] = [];
    if (top === null) return found;
    // A collection asked for is a lexeme of its documents' words (db/postgres/words.ts), asked for with the ranges.
    const restricted = (ranges: string | null) => [ranges === null ? null : `(${ranges})`, type ? `'${typeLexemeOf(type)}'` : null].filter((r) => r !== null).join(' & ');
    // A read within ranges, or of a collection, asks for the words as a tsquery (as MATCH does) beside the restriction: a statement
    // the server plans once (its plan is the same for any words, the word index read for both), where MATCH alone is planned for its
    // words each time (0.5–1 ms). One tsquery of both would do, but the word index reads it 15 times slower.
    const matches = (columns: string, restricting: boolean) =>
      `SELECT ${columns} FROM search_index WHERE ${restricting ? 'search_index.words @@ CAST(? AS tsquery) AND search_index.words @@ CAST(? AS tsquery)' : 'search_index MATCH ?'} ORDER BY search_index.rowid + 0 DESC LIMIT ?`;
    const words = tsqueryOf(match);
    let size = top + 1;
    if (top >= 2 * RANGE_UNIT_ROWS) {
      const key = `${type ?? ''} ${match}`;
      let estimate = estimates.get(key);
      if (estimate === undefined || Date.now() - estimate.at > ESTIMATE_MS) {
        const [explained] = yield* rowsOf<Record<string, string>>(
          `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_index WHERE search_index MATCH ?${type ? ' AND search_index.words @@ CAST(? AS tsquery)' : ''}`,
          [match, ...(type ? [restricted(null)] : [])],
        );
        const [plan] = JSON.parse(Object.values(explained!)[0]!) as [{ Plan: { 'Plan Rows': number } }];
        estimate = { rows: plan.Plan['Plan Rows'], at: Date.now() };
        estimates.delete(key);
        estimates.set(key, estimate);
        if (estimates.size > ESTIMATES) estimates.delete(estimates.keys().next().value!);
      }
      size = (2 * SEARCH_CANDIDATES * (top + 1)) / Math.max(estimate.rows, 1);
    }
    for (let below = top + 1, first = true; ; first = false) {
      // Past half of what is left, the rest is read at once, the first read included (no range then). Rowids start at 1 (search_docs'
      // sequence): a read from 0 is the last.
      const whole = 2 * size >= below;
      const { from, to } = whole ? { from: 0, to: below } : rangeBelow(below, Math.max(2 * RANGE_UNIT_ROWS, size), first ? top : undefined);
      const restriction = restricted(whole && first ? null : rangesOf(from, to));
      // Read from the word index, the matches are sorted by rowid alone (`+ 0` leaves the planner no ordered path). Within ranges,
      // about twice the candidates still needed are found, and sorted with their text; a read down to the first document may find
      // any number (10,000 at 1M), and only the rowids are sorted, the newest read whole.
      const rows = yield* rowsOf<Indexed>(
        from > 0
          ? matches('search_index.rowid AS rowid, search_index.title AS title, search_index.body AS body, search_index.title_size AS title_size, search_index.body_size AS body_size', restriction !== '')
          : `SELECT c.rowid AS rowid, c.title AS title, c.body AS body, c.title_size AS title_size, c.body_size AS body_size FROM search_index c WHERE c.rowid IN (${matches('search_index.rowid', restriction !== '')}) ORDER BY c.rowid DESC`,
        [...(restriction !== '' ? [words, restriction] : [match]), SEARCH_CANDIDATES - found.length],
      );
      found.push(...rows);
      if (from === 0 || found.length === SEARCH_CANDIDATES) return found;
      below = from;
      const read = top + 1 - below;
      size = Math.min(2 * read, found.length === 0 ? Infinity : (2 * (SEARCH_CANDIDATES - found.length) * read) / found.length);
    }
  }

  /**
   * The documents indexed, and the words of their titles and of their bodies: from FTS5's own totals, or the same totals the
   * PostgreSQL index keeps (search_totals), with the highest rowid there (newestByRanges).
   */
  function* totals(): Reading<[rows: number, titles: number, bodies: number, top: number | null]> {
    if (connection.backend === 'sqlite') {
      const [stored] = yield* rowsOf<{ block: Uint8Array }>('SELECT block FROM search_index_data WHERE id = 1', []);
      const [rows = 0, titles = 0, bodies = 0] = stored ? fts5Varints(stored.block) : [];
      return [rows, titles, bodies, null];
    }
    const [{ rows, titles, bodies, top }] = (yield* rowsOf<{ rows: number; titles: number; bodies: number; top: number | null }>(
      'SELECT documents AS rows, title_words AS titles, body_words AS bodies, (SELECT max(rowid) FROM search_index) AS top FROM search_totals WHERE id = 1',
      [],
    )) as [{ rows: number; titles: number; bodies: number; top: number | null }];
    return [Number(rows), Number(titles), Number(bodies), top === null ? null : Number(top)];
  }

  return {
    /** Ranked matches across every collection, or null when the query has no searchable words: its queries on one snapshot. */
    search: inOneSnapshot(function* search(text: string, options: { type?: SearchType; limit: number; cursor?: string; scope?: string }): Reading<JsonText<Page<SearchHit>> | null> {
      const match = toMatchQuery(text);
      if (match === null) return null;
      const offset = options.cursor === undefined ? 0 : decodeCursor(options.cursor, 'search', 1, options.scope)[0];
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > SEARCH_CANDIDATES) {
        throw new CursorError('The cursor is not one this API issued for this search.');
      }
      const [documents, titles, bodies, top] = yield* totals();
      const { candidates, marked } = yield* candidatesOf(match, options.type, top);
      // The average length in words of titles and of bodies.
      const [titleAverage, bodyAverage] = documents === 0 ? [1, 1] : [titles / documents, bodies / documents];
      const ranked = candidates
        .map((c) => ({
          candidate: c,
          score: TITLE_WEIGHT * termFrequencyScore(c.titleHits, c.titleWords, titleAverage) + termFrequencyScore(c.bodyHits, c.bodyWords, bodyAverage),
        }))
        .sort((a, b) => b.score - a.score || b.candidate.rowid - a.candidate.rowid);
      const hits = ranked.slice(offset, offset + options.limit);
      const more = offset + options.limit < ranked.length;
      const found = yield* base.rowsByIds<{ rowid: number; type: SearchType; id: string }>((ids) => sql`SELECT rowid, type, record_id AS id FROM search_docs WHERE rowid IN ${ids}`, hits.map((h) => h.candidate.rowid));
      const records = new Map(found.map((r) => [r.rowid, r]));
      const page: Page<SearchHit> = {
        data: hits.map(({ candidate: { rowid, title, body, titleHits, bodyHits }, score }) => {
          const { type, id } = records.get(rowid)!;
          return {
            type,
            id,
            href: `/${type}s/${encodeURIComponent(id)}`,
            title: plain(title),
            // The passage with the matches; a record found by its related names alone shows the start of its text.
            snippet: snippetOf(marked(bodyHits > 0 || titleHits === 0 ? body : title)),
            score,
          };
        }),
        next_cursor: more ? encodeCursor('search', [offset + options.limit], options.scope) : null,
      };
      // Written as JSON here, on the view thread: the event loop only passes the text on.
      return new JsonText(JSON.stringify(page));
    }),
  };
}
