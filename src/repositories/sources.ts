import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Source } from '../domain/schemas.js';
import type { JsonText } from '../domain/json.js';
import { dateJson, overlaps, recordJson, repositoryBase, textFilter, spanFields } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, raw, sql } from './sql.js';
import type { Reading } from './reading.js';

export type SourceOut = z.infer<typeof Source>;
export const SOURCE_INCLUDES = ['body', 'evidence'] as const;
export type SourceInclude = (typeof SOURCE_INCLUDES)[number];

const KEYSET = new Keyset<{ id: string; date_start: string | null }>('sources', [
  { sql: "coalesce(s.date_start, '')", type: 'text', key: 'date_start', expression: true, read: (r) => r.date_start ?? '' },
  { sql: 's.id', type: 'text', key: 'id' },
]);

/** A source `s` as JSON, in SQL: its fields in the schema's order, then the body and the spans if asked for. */
const sourceJson = recordJson<SourceInclude>(
  `'id', s.id, 'title', s.title, 'outlet', s.outlet, 'author', s.author, 'url', s.url, 'published', ${dateJson('s')}, 'reference_date', ${dateJson('s', 'reference')}, 'notes', s.notes,
    'version', s.version, 'created_at', s.created_at, 'updated_at', s.updated_at`,
  {
    body: 's.body',
    evidence: `(SELECT json_group_array(json_object(${spanFields('e')}) ORDER BY e.start, e."end")
      FROM evidence_spans e WHERE e.source_id = s.id)`,
  },
  SOURCE_INCLUDES,
);

export interface SourceFilters {
  outlet?: string;
  from?: string;
  to?: string;
  q?: string;
}

/** The list's query for one value of each filter. */
const sourceQuery = (include: Set<SourceInclude>) => (filters: SourceFilters): ListQuery => {
  const where = new Where().when(filters.outlet, (o) => sql`s.outlet = ${o}`);
  textFilter(where, 's.id', 'source', filters.q);
  overlaps(where, 's', filters.from, filters.to, "coalesce(s.date_start, '')");
  return { select: `SELECT s.id, s.date_start, ${sourceJson(include)} AS json FROM sources s`, where, keyset: KEYSET };
};

export function createSourceRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    listSources(filters: AnyOf<SourceFilters>, options: { limit: number; cursor?: string; scope?: string; include: Set<SourceInclude> }) {
      return base.anyOfPage<SourceOut, SourceFilters>(filters, sourceQuery(options.include), options);
    },

    /** Every record the filters select, in list order: an export's query. */
    selectSources(filters: AnyOf<SourceFilters>, include: Set<SourceInclude>) {
      return base.anyOfQuery(filters, sourceQuery(include));
    },

    findSource(id: string, include: Set<SourceInclude>): Reading<JsonText<SourceOut> | undefined> {
      return base.jsonRecord(`SELECT ${sourceJson(include)} AS json, s.version FROM sources s WHERE s.id = ?`, id);
    },
  };
}
