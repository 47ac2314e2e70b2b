import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Source } from '../domain/schemas.js';
import { type DatedRow, dateOf, type EvidenceRow, groupBy, overlaps, repositoryBase, textFilter } from './common.js';
import { Keyset, Where } from './sql.js';

export type SourceOut = z.infer<typeof Source>;
export const SOURCE_INCLUDES = ['body', 'evidence'] as const;
export type SourceInclude = (typeof SOURCE_INCLUDES)[number];

interface SourceRow extends DatedRow {
  id: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  notes: string | null;
  body?: string;
  date_start: string | null;
  version: number;
  created_at: string | null;
  updated_at: string | null;
}

const KEYSET = new Keyset('sources', [
  { sql: "coalesce(s.date_start, '')", type: 'text', expression: true, read: (r: SourceRow) => r.date_start ?? '' },
  { sql: 's.id', type: 'text', read: (r: SourceRow) => r.id },
]);
const COLUMNS = 's.id, s.title, s.outlet, s.author, s.url, s.notes, s.date_value, s.date_precision, s.date_text, s.date_basis, s.date_start, s.version, s.created_at, s.updated_at';

export interface SourceFilters {
  outlet?: string;
  from?: string;
  to?: string;
  q?: string;
}

export function createSourceRepository(connection: Connection) {
  const base = repositoryBase(connection);

  function embed(rows: SourceRow[], include: Set<SourceInclude>): SourceOut[] {
    const spans = include.has('evidence')
      ? groupBy(
          base.byIds<EvidenceRow>(
            'SELECT id, source_id, start, "end", exact FROM evidence_spans WHERE source_id IN IN_LIST ORDER BY source_id, start, "end"',
            rows.map((r) => r.id),
          ),
          (e) => e.source_id,
        )
      : undefined;
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet,
      author: r.author,
      url: r.url,
      published: dateOf(r),
      notes: r.notes,
      version: r.version,
      created_at: r.created_at,
      updated_at: r.updated_at,
      ...(include.has('body') ? { body: r.body ?? '' } : {}),
      ...(spans ? { evidence: spans.get(r.id) ?? [] } : {}),
    }));
  }

  return base.reads({
    listSources(filters: SourceFilters, options: { limit: number; cursor?: string; include: Set<SourceInclude> }) {
      const where = new Where()
        .when(filters.outlet, (o) => ['s.outlet = ?', o]);
      textFilter(where, 's.id', 'source', filters.q);
      overlaps(where, 's', filters.from, filters.to, "coalesce(s.date_start, '')");
      const select = `SELECT ${COLUMNS}${options.include.has('body') ? ', s.body' : ''} FROM sources s`;
      return base.page<SourceRow, SourceOut>({ select, where, keyset: KEYSET, ...options }, (rows) => embed(rows, options.include));
    },

    findSource(id: string, include: Set<SourceInclude>): SourceOut | undefined {
      const row = base.prepare(`SELECT ${COLUMNS}, s.body FROM sources s WHERE s.id = ?`).get(id) as SourceRow | undefined;
      return row ? embed([row], include)[0] : undefined;
    },
  });
}
