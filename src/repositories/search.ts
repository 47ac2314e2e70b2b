import type { Connection } from '../db/client.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import { toMatchQuery } from '../domain/fts.js';
import { repositoryBase } from './common.js';
import type { Page } from './sql.js';

export const SEARCH_TYPES = ['source', 'statement', 'actor', 'issue', 'proposal', 'date'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  snippet: string;
  score: number;
}

/**
 * How many matches a search ranks: the most recently indexed ones. Ranking reads each
 * candidate's match positions, so bounding the candidates bounds the cost of a word that
 * a million records contain. It is also how deep a search may page: ranking has no
 * stable key to resume from, so pages are counted.
 */
export const SEARCH_CANDIDATES = 1_000;

export function createSearchRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    /** Ranked matches across every collection, or null when the query has no searchable words. */
    search(text: string, options: { type?: SearchType; limit: number; cursor?: string }): Page<SearchHit> | null {
      const match = toMatchQuery(text);
      if (match === null) return null;
      const offset = options.cursor === undefined ? 0 : decodeCursor(options.cursor, 'search', 1)[0];
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > SEARCH_CANDIDATES) {
        throw new CursorError('The cursor is not one this API issued for this search.');
      }
      // Rank the candidates, newest first off the index, then build snippets for one page only.
      const ranked = `
        WITH candidates AS (
          SELECT search_index.rowid AS rowid, bm25(search_index, 5.0, 1.0) AS score
          FROM search_index${options.type ? ' JOIN search_docs d ON d.rowid = search_index.rowid' : ''}
          WHERE search_index MATCH ?${options.type ? ' AND d.type = ?' : ''}
          ORDER BY search_index.rowid DESC LIMIT ${SEARCH_CANDIDATES})
        SELECT rowid, score FROM candidates ORDER BY score, rowid LIMIT ? OFFSET ?`;
      const page = base.prepare(ranked).all(match, ...(options.type ? [options.type] : []), options.limit + 1, offset) as { rowid: number; score: number }[];
      const hits = page.slice(0, options.limit);
      const details = new Map(
        base
          .byIds<Omit<SearchHit, 'score'> & { rowid: number }>(
            `SELECT d.rowid, d.type, d.record_id AS id, search_index.title AS title, snippet(search_index, -1, '<mark>', '</mark>', '…', 16) AS snippet
             FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid
             WHERE search_index MATCH ? AND search_index.rowid IN IN_LIST`,
            hits.map((h) => h.rowid),
            match,
          )
          .map((r) => [r.rowid, r]),
      );
      const more = page.length > options.limit && offset + options.limit < SEARCH_CANDIDATES;
      return {
        data: hits.map(({ rowid, score }) => {
          const { type, id, title, snippet } = details.get(rowid)!;
          return { type, id, title, snippet, score: -score };
        }),
        next_cursor: more ? encodeCursor('search', [offset + options.limit]) : null,
      };
    },
  };
}
