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

/** How deep a search may page; ranking has no stable key to resume from, so pages are counted. */
export const MAX_SEARCH_OFFSET = 10_000;

export function createSearchRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    /** Ranked matches across every collection, or null when the query has no searchable words. */
    search(text: string, options: { type?: SearchType; limit: number; cursor?: string }): Page<SearchHit> | null {
      const match = toMatchQuery(text);
      if (match === null) return null;
      const offset = options.cursor === undefined ? 0 : decodeCursor(options.cursor, 'search', 1)[0];
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > MAX_SEARCH_OFFSET) {
        throw new CursorError('The cursor is not one this API issued for this search.');
      }
      const sql = `
        SELECT d.type, d.record_id AS id, search_index.title AS title,
               snippet(search_index, -1, '<mark>', '</mark>', '…', 16) AS snippet,
               bm25(search_index, 5.0, 1.0) AS score
        FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid
        WHERE search_index MATCH ?${options.type ? ' AND d.type = ?' : ''}
        ORDER BY score, d.rowid LIMIT ? OFFSET ?`;
      const params = [match, ...(options.type ? [options.type] : []), options.limit + 1, offset];
      const rows = base.prepare(sql).all(...params) as SearchHit[];
      const more = rows.length > options.limit && offset + options.limit < MAX_SEARCH_OFFSET;
      return {
        data: rows.slice(0, options.limit).map((r) => ({ ...r, score: -r.score })),
        next_cursor: more ? encodeCursor('search', [offset + options.limit]) : null,
      };
    },
  };
}
