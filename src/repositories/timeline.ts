import type { Connection } from '../db/client.js';
import { type DatedRow, type DateValueRow, dateOf, overlaps, repositoryBase } from './common.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import { type Page, Where } from './sql.js';

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

const ORDER: Record<TimelineType, number> = { date: 0, statement: 1, status_change: 2 };

/** The stream's order: date interval start, then type, then id (a status change by proposal and position). */
function compare(a: EntryRow, b: EntryRow): number {
  if (a.date_start !== b.date_start) return a.date_start < b.date_start ? -1 : 1;
  if (a.type !== b.type) return ORDER[a.type] - ORDER[b.type];
  if (a.type === 'status_change') {
    const [pa, sa] = a.id.split('@');
    const [pb, sb] = b.id.split('@');
    if (pa !== pb) return pa! < pb! ? -1 : 1;
    return Number(sa) - Number(sb);
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface TimelineFilters {
  issue?: string;
  actor?: string;
  type?: TimelineType;
  from?: string;
  to?: string;
}

const DATE_COLUMNS = (alias: string) =>
  `${alias}.date_value, ${alias}.date_precision, ${alias}.date_text, ${alias}.date_basis, ${alias}.date_start, ${alias}.date_end`;

/**
 * The ids of a link table's records about an issue or any issue nested under it, so a
 * timeline of missile defense includes the Gabala system. The tree is walked first
 * and the link table searched by issue for each node.
 */
const aboutIssueTree = (table: string, column: string) =>
  `WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT i.id FROM issues i JOIN tree ON i.parent_id = tree.id) SELECT l.${column} FROM tree CROSS JOIN ${table} l ON l.issue_id = tree.id`;

export function createTimelineRepository(connection: Connection) {
  const base = repositoryBase(connection);

  /**
   * One stream, filtered on its own tables and read in its own index order, from
   * just after the cursor, at most `limit` rows: each stream costs one index range.
   */
  function branch(type: TimelineType, filters: TimelineFilters, after: [string, TimelineType, string] | undefined, limit: number): EntryRow[] {
    if (filters.type && filters.type !== type) return [];
    const where = new Where();
    let sql: string;
    let key: string[];
    if (type === 'date') {
      sql = `SELECT 'date' AS type, d.id AS id, 'date' AS record_type, d.id AS record_id, d.label AS title, d.location AS detail, ${DATE_COLUMNS('d')} FROM dates d`;
      key = ['d.date_start', 'd.id'];
      where.when(filters.issue, (i) => [`d.id IN (${aboutIssueTree('date_issues', 'date_id')})`, i]);
      where.when(filters.actor, (a) => ['d.id IN (SELECT date_id FROM date_actors WHERE actor_id = ?)', a]);
      overlaps(where, 'd', filters.from, filters.to);
    } else if (type === 'statement') {
      sql = `SELECT 'statement' AS type, s.id AS id, 'statement' AS record_type, s.id AS record_id,
               coalesce(s.speaker_label, a.name, '') || ': ' || s.text AS title, s.venue AS detail, ${DATE_COLUMNS('s')}
             FROM statements s LEFT JOIN actors a ON a.id = s.speaker_id`;
      key = ['s.sort_date', 's.id'];
      where.add("s.sort_date > ''");
      where.when(filters.issue, (i) => [`s.id IN (${aboutIssueTree('statement_issues', 'statement_id')})`, i]);
      where.when(filters.actor, (a) => ['s.speaker_id = ? OR s.id IN (SELECT statement_id FROM statement_actors WHERE actor_id = ?)', a, a]);
      overlaps(where, 's', filters.from, filters.to);
    } else {
      sql = `SELECT 'status_change' AS type, h.proposal_id || '@' || h.seq AS id, 'proposal' AS record_type, h.proposal_id AS record_id,
               p.title || ': ' || replace(h.status, '_', ' ') AS title, h.note AS detail, ${DATE_COLUMNS('h')}
             FROM proposal_statuses h JOIN proposals p ON p.id = h.proposal_id`;
      key = ['h.date_start', 'h.proposal_id', 'h.seq'];
      where.add('h.date_start IS NOT NULL');
      where.when(filters.issue, (i) => [`h.proposal_id IN (${aboutIssueTree('proposal_issues', 'proposal_id')})`, i]);
      where.when(filters.actor, (a) => ['h.actor_id = ? OR h.proposal_id IN (SELECT proposal_id FROM proposal_participants WHERE actor_id = ?)', a, a]);
      overlaps(where, 'h', filters.from, filters.to);
    }
    if (after) {
      const [date, afterType, afterId] = after;
      if (ORDER[type] > ORDER[afterType]) where.add(`${key[0]} >= ?`, date);
      else if (ORDER[type] < ORDER[afterType]) where.add(`${key[0]} > ?`, date);
      else {
        const values = type === 'status_change' ? [date, afterId.slice(0, afterId.lastIndexOf('@')), Number(afterId.slice(afterId.lastIndexOf('@') + 1))] : [date, afterId];
        where.add(`${key[0]} >= ? AND (${key.join(', ')}) > (${values.map(() => '?').join(', ')})`, date, ...values);
      }
    }
    return base.prepare(`${sql} ${where} ORDER BY ${key.join(', ')} LIMIT ?`).all(...where.params, limit) as EntryRow[];
  }

  return {
    timeline(filters: TimelineFilters, options: { limit: number; cursor?: string }): Page<TimelineEntry> {
      let after: [string, TimelineType, string] | undefined;
      if (options.cursor !== undefined) {
        const key = decodeCursor(options.cursor, 'timeline', 3);
        if (typeof key[0] !== 'string' || !TIMELINE_TYPES.includes(key[1] as TimelineType) || typeof key[2] !== 'string') {
          throw new CursorError('The cursor is not one this API issued for this list.');
        }
        after = key as [string, TimelineType, string];
      }
      const rows = TIMELINE_TYPES.flatMap((type) => branch(type, filters, after, options.limit + 1)).sort(compare).slice(0, options.limit + 1);
      const more = rows.length > options.limit;
      const kept = rows.slice(0, options.limit);
      const last = kept.at(-1);
      return {
        data: kept.map((r) => {
          const date = dateOf(r)!;
          return { type: r.type, id: r.id, date, precision: date.precision, title: r.title, detail: r.detail, record: { type: r.record_type, id: r.record_id } };
        }),
        next_cursor: more && last ? encodeCursor('timeline', [last.date_start, last.type, last.id]) : null,
      };
    },
  };
}
