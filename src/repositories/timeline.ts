import type { Connection } from '../db/client.js';
import { type DatedRow, type DateValueRow, dateOf, overlaps, repositoryBase } from './common.js';
import { Keyset, type Page, type Param, Where } from './sql.js';

export const TIMELINE_TYPES = ['date', 'statement', 'status_change'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface TimelineEntry {
  type: TimelineType;
  id: string;
  date: DateValueRow;
  precision: DateValueRow['precision'];
  title: string;
  detail: string | null;
  record: { type: 'date' | 'statement' | 'proposal'; id: string };
}

interface EntryRow extends DatedRow {
  type: TimelineType;
  id: string;
  record_type: 'date' | 'statement' | 'proposal';
  record_id: string;
  title: string;
  detail: string | null;
  date_start: string;
}

const KEYSET = new Keyset('timeline', [
  { sql: 't.date_start', type: 'text', read: (r: EntryRow) => r.date_start },
  { sql: 't.type', type: 'text', read: (r: EntryRow) => r.type },
  { sql: 't.id', type: 'text', read: (r: EntryRow) => r.id },
]);

export interface TimelineFilters {
  issue?: string;
  actor?: string;
  type?: TimelineType;
  from?: string;
  to?: string;
}

const DATE_COLUMNS = (alias: string) =>
  `${alias}.date_value, ${alias}.date_precision, ${alias}.date_text, ${alias}.date_basis, ${alias}.date_start, ${alias}.date_end`;

/** The issue and every issue nested under it, so a timeline of missile defense includes the Gabala system. */
const ISSUE_TREE = `WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT i.id FROM issues i JOIN tree ON i.parent_id = tree.id) SELECT id FROM tree`;

export function createTimelineRepository(connection: Connection) {
  const base = repositoryBase(connection);

  /** One branch of the union, filtered on its own tables so each can use its indexes. */
  function branch(type: TimelineType, filters: TimelineFilters): { sql: string; params: Param[] } | null {
    if (filters.type && filters.type !== type) return null;
    const where = new Where();
    let sql: string;
    if (type === 'date') {
      sql = `SELECT 'date' AS type, d.id AS id, 'date' AS record_type, d.id AS record_id, d.label AS title, d.location AS detail, ${DATE_COLUMNS('d')} FROM dates d`;
      where.when(filters.issue, (i) => [`d.id IN (SELECT date_id FROM date_issues WHERE issue_id IN (${ISSUE_TREE}))`, i]);
      where.when(filters.actor, (a) => ['d.id IN (SELECT date_id FROM date_actors WHERE actor_id = ?)', a]);
      overlaps(where, 'd', filters.from, filters.to);
    } else if (type === 'statement') {
      sql = `SELECT 'statement' AS type, s.id AS id, 'statement' AS record_type, s.id AS record_id,
               coalesce(s.speaker_label, a.name, '') || ': ' || s.text AS title, s.venue AS detail, ${DATE_COLUMNS('s')}
             FROM statements s LEFT JOIN actors a ON a.id = s.speaker_id`;
      where.add('s.date_start IS NOT NULL');
      where.when(filters.issue, (i) => [`s.id IN (SELECT statement_id FROM statement_issues WHERE issue_id IN (${ISSUE_TREE}))`, i]);
      where.when(filters.actor, (a) => ['s.speaker_id = ? OR s.id IN (SELECT statement_id FROM statement_actors WHERE actor_id = ?)', a, a]);
      overlaps(where, 's', filters.from, filters.to);
    } else {
      sql = `SELECT 'status_change' AS type, h.proposal_id || '@' || h.seq AS id, 'proposal' AS record_type, h.proposal_id AS record_id,
               p.title || ': ' || replace(h.status, '_', ' ') AS title, h.note AS detail, ${DATE_COLUMNS('h')}
             FROM proposal_statuses h JOIN proposals p ON p.id = h.proposal_id`;
      where.add('h.date_start IS NOT NULL');
      where.when(filters.issue, (i) => [`h.proposal_id IN (SELECT proposal_id FROM proposal_issues WHERE issue_id IN (${ISSUE_TREE}))`, i]);
      where.when(filters.actor, (a) => ['h.actor_id = ? OR h.proposal_id IN (SELECT proposal_id FROM proposal_participants WHERE actor_id = ?)', a, a]);
      overlaps(where, 'h', filters.from, filters.to);
    }
    return { sql: `${sql} ${where}`, params: where.params };
  }

  return {
    timeline(filters: TimelineFilters, options: { limit: number; cursor?: string }): Page<TimelineEntry> {
      const branches = TIMELINE_TYPES.map((type) => branch(type, filters)).filter((b) => b !== null);
      const union = branches.map((b) => b.sql).join(' UNION ALL ');
      const outer = new Where();
      KEYSET.after(outer, options.cursor);
      const sql = `SELECT * FROM (${union}) t ${outer} ${KEYSET.orderBy} LIMIT ?`;
      const rows = base.prepare(sql).all(...branches.flatMap((b) => b.params), ...outer.params, options.limit + 1) as EntryRow[];
      return KEYSET.page(rows, options.limit, (kept) =>
        kept.map((r) => {
          const date = dateOf(r)!;
          return { type: r.type, id: r.id, date, precision: date.precision, title: r.title, detail: r.detail, record: { type: r.record_type, id: r.record_id } };
        }),
      );
    },
  };
}
