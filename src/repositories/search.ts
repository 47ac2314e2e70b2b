import type { Connection } from '../db/client.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import { fts5Varints } from '../db/dialect.js';
import { HIT_CLOSE, HIT_OPEN, countHits, countTokens, plain, snippetOf, termFrequencyScore, toMatchQuery } from '../domain/fts.js';
import { JsonText } from '../domain/json.js';
import { highlightOf, phrasesOf } from '../domain/words.js';
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

/** How much a match in a record's title counts against one in its body. */
const TITLE_WEIGHT = 5;

interface Candidate {
  rowid: number;
  title: string;
  body: string;
}

/**
 * Ranking. FTS5's bm25() weighs each word by how rare it is, and counts the records
 * containing it by reading its whole index list: about 6 ms for a word that 300,000
 * records contain, on every search. Here every candidate contains every word of the
 * query anyway, so a candidate's score is bm25's other part, computed from what
 * `highlight()` marks in the candidate alone: how often the query matched its title
 * (weighted 5×) and its body, against their lengths in words (counted as FTS5 counts
 * them). The snippet is cut from the same highlighted text, so no record is read twice,
 * and only the page's hits are looked up for their collection and id.
 */
export function createSearchRepository(connection: Connection) {
  const base = repositoryBase(connection);

  /**
   * The matches a search ranks (SEARCH_CANDIDATES at most, the newest first), their matched
   * words marked: by FTS5's highlight() on SQLite; on PostgreSQL, whose index finds the same
   * documents (the query made a tsquery), here, as highlight() marks them (domain/words.ts).
   */
  const marksInSql = connection.backend === 'sqlite';
  const markedColumns = marksInSql
    ? `highlight(search_index, 0, '${HIT_OPEN}', '${HIT_CLOSE}') AS title, highlight(search_index, 1, '${HIT_OPEN}', '${HIT_CLOSE}') AS body`
    : 'search_index.title AS title, search_index.body AS body';
  function* candidatesOf(match: string, type: SearchType | undefined, documents: number): Reading<Candidate[]> {
    const byWordIndex = yield* readsByWordIndex(match, documents);
    const matches = (columns: string) =>
      `SELECT ${columns} FROM search_index${type ? ' JOIN search_docs d ON d.rowid = search_index.rowid' : ''}
       WHERE search_index MATCH ?${type ? ' AND d.type = ?' : ''}
       ORDER BY ${byWordIndex ? 'search_index.rowid + 0' : 'search_index.rowid'} DESC LIMIT ${SEARCH_CANDIDATES}`;
    // Read from the word index, the matches are sorted by rowid alone, and only the 300 kept are read whole (a sort of every match's text cost a third more at 1M).
    const text = byWordIndex
      ? `SELECT c.rowid AS rowid, c.title AS title, c.body AS body FROM search_index c WHERE c.rowid IN (${matches('search_index.rowid')}) ORDER BY c.rowid DESC`
      : matches(`search_index.rowid AS rowid, ${markedColumns}`);
    const rows = yield* rowsOf<Candidate>(text, [match, ...(type ? [type] : [])]);
    if (marksInSql) return rows;
    const phrases = phrasesOf(match).map((p) => p.phrase);
    return rows.map((r) => ({ rowid: r.rowid, title: highlightOf(r.title, phrases, HIT_OPEN, HIT_CLOSE), body: highlightOf(r.body, phrases, HIT_OPEN, HIT_CLOSE) }));
  }

  /**
   * How the database should read the candidates, newest first: whether from the word index,
   * then sorted (on PostgreSQL, for a rare query), or walking the documents backward. FTS5 walks its
   * index lists newest first. PostgreSQL's planner reads the documents backward until it has
   * the candidates, checking each one's words: right for a common word (4–15 ms at 1M
   * documents), ruinous for a rare one, which it must check in 45,000 documents to find 300
   * (60–180 ms; 13–21 ms read from the word index and sorted). It estimates how many documents
   * match well, but not what checking one costs, so the choice is made here from its estimate:
   * past about √(2.2 × 300 × documents) matches the backward read costs less, below it the
   * index (`rowid + 0` leaves the planner no ordered path). Measured at 1M on 2 cores: the
   * crossover near 28,000 matches.
   */
  function* readsByWordIndex(match: string, documents: number): Reading<boolean> {
    if (connection.backend === 'sqlite') return false;
    const [explained] = yield* rowsOf<Record<string, string>>('EXPLAIN (FORMAT JSON) SELECT 1 FROM search_index WHERE search_index MATCH ?', [match]);
    const [plan] = JSON.parse(Object.values(explained!)[0]!) as [{ Plan: { 'Plan Rows': number } }];
    return plan.Plan['Plan Rows'] < Math.sqrt(2.2 * SEARCH_CANDIDATES * documents);
  }

  /** The documents indexed, and the words of their titles and of their bodies: from FTS5's own totals, or the same totals the PostgreSQL index keeps (search_totals). */
  function* totals(): Reading<[rows: number, titles: number, bodies: number]> {
    if (connection.backend === 'sqlite') {
      const [stored] = yield* rowsOf<{ block: Uint8Array }>('SELECT block FROM search_index_data WHERE id = 1', []);
      const [rows = 0, titles = 0, bodies = 0] = stored ? fts5Varints(stored.block) : [];
      return [rows, titles, bodies];
    }
    const [{ rows, titles, bodies }] = (yield* rowsOf<{ rows: number; titles: number; bodies: number }>('SELECT documents AS rows, title_words AS titles, body_words AS bodies FROM search_totals', [])) as [
      { rows: number; titles: number; bodies: number },
    ];
    return [Number(rows), Number(titles), Number(bodies)];
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
      const [documents, titles, bodies] = yield* totals();
      const candidates = yield* candidatesOf(match, options.type, documents);
      // The average length in words of titles and of bodies.
      const [titleAverage, bodyAverage] = documents === 0 ? [1, 1] : [titles / documents, bodies / documents];
      const ranked = candidates
        .map((c) => {
          const bodyHits = countHits(c.body);
          const score = TITLE_WEIGHT * termFrequencyScore(countHits(c.title), countTokens(c.title), titleAverage) + termFrequencyScore(bodyHits, countTokens(c.body), bodyAverage);
          return { candidate: c, bodyHits, score };
        })
        .sort((a, b) => b.score - a.score || b.candidate.rowid - a.candidate.rowid);
      const hits = ranked.slice(offset, offset + options.limit);
      const more = offset + options.limit < ranked.length;
      const found = yield* base.rowsByIds<{ rowid: number; type: SearchType; id: string }>((ids) => sql`SELECT rowid, type, record_id AS id FROM search_docs WHERE rowid IN ${ids}`, hits.map((h) => h.candidate.rowid));
      const records = new Map(found.map((r) => [r.rowid, r]));
      const page: Page<SearchHit> = {
        data: hits.map(({ candidate: { rowid, title, body }, bodyHits, score }) => {
          const { type, id } = records.get(rowid)!;
          return {
            type,
            id,
            href: `/${type}s/${encodeURIComponent(id)}`,
            title: plain(title),
            // The passage with the matches; a record found by its related names alone shows the start of its text.
            snippet: snippetOf(bodyHits > 0 || countHits(title) === 0 ? body : title),
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
