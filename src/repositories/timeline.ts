import type { Connection } from '../db/client.js';
import { type DatedRow, type DateValueRow, dateOf, overlaps, repositoryBase, textFilter, STATEMENT_PLACE } from './common.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import { JsonText } from '../domain/json.js';
import { type Page, type Param, type Sql, Where, list, raw, sql } from './sql.js';
import { DATE_INDEX } from './statements.js';

/** The date an undated statement's entry shows: its known_by day, and why. */
function placedOn(row: EntryRow): DateValueRow {
  const day = row.date_end!;
  return {
    value: day,
    precision: 'day',
    text: null,
    basis: `Not dated in the articles: said no later than ${day}, when ${row.known_by_source ?? 'the earliest article reporting it'}, the earliest article reporting it, was written (its reference date, or else its publication).`,
  };
}

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
  /** A statement the articles do not date, placed on its known_by day. */
  undated: boolean;
}

interface EntryRow extends DatedRow {
  /** The last day of the entry's interval (for a statement, its known_by day). */
  date_end: string | null;
  /** For a statement: the source whose publication its known_by day is, when undated. */
  known_by_source?: string | null;
  type: TimelineType;
  id: string;
  record_type: 'date' | 'statement' | 'proposal';
  record_id: string;
  title: string;
  detail: string | null;
  date_start: string;
}

const STREAM_ORDER: Record<TimelineType, number> = { date: 0, statement: 1, status_change: 2 };

/** A status change's id, `<proposal_id>@<n>`, as its proposal and its place in the history. */
function statusChangeKey(id: string): [proposal: string, seq: number] {
  const at = id.lastIndexOf('@');
  return [id.slice(0, at), Number(id.slice(at + 1))];
}

/** An entry's place in the stream. */
interface Key {
  type: TimelineType;
  id: string;
  date_start: string;
}

/** The stream's order: date interval start, then type, then id (a status change by proposal and position). */
function compare(a: Key, b: Key): number {
  if (a.date_start !== b.date_start) return a.date_start < b.date_start ? -1 : 1;
  if (a.type !== b.type) return STREAM_ORDER[a.type] - STREAM_ORDER[b.type];
  if (a.type === 'status_change') {
    const [pa, sa] = statusChangeKey(a.id);
    const [pb, sb] = statusChangeKey(b.id);
    if (pa !== pb) return pa < pb ? -1 : 1;
    return sa - sb;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface TimelineFilters {
  issue?: string;
  actor?: string;
  type?: TimelineType;
  from?: string;
  to?: string;
  /** Words of the entry's record: the date, the statement, or the proposal whose status changed. */
  q?: string;
}

const DATE_COLUMNS = (alias: string) =>
  `${alias}.date_value, ${alias}.date_precision, ${alias}.date_text, ${alias}.date_basis, ${alias}.date_start, ${alias}.date_end`;

/** An issue and every issue nested under it, so a timeline of missile defense includes the Gabala system. */
const ISSUE_TREE = 'WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT i.id FROM issues i JOIN tree ON i.parent_id = tree.id)';

/** One stream of the timeline: where its entries come from, in which order, and how they are filtered. */
interface Stream {
  /** The columns of a whole entry. */
  columns: string;
  /** The table (and its joins) the stream reads; `hintedTable` when nothing but dates narrows it. */
  table: string;
  hintedTable: string;
  /** The sort keys on `table`, the last ones unique. */
  key: string[];
  /** The SQL of the record id that `ids` are matched against. */
  recordId: string;
  /** The SQL of an entry's id from its keys. */
  entryId: (key: string[]) => string;
  /** Reading the entries about one issue: the link table (where the sort key is copied), the join back, its keys and its issue column. */
  byIssue: { link: string; join: string; key: string[]; issueColumn: string };
  /** The filters on the stream's own records. */
  filter: (where: Where, filters: TimelineFilters, start: string) => void;
}

const STREAMS: Record<TimelineType, Stream> = {
  date: {
    columns: `'date' AS type, d.id AS id, 'date' AS record_type, d.id AS record_id, d.label AS title, d.location AS detail, ${DATE_COLUMNS('d')}`,
    table: 'dates d',
    hintedTable: 'dates d',
    key: ['d.date_start', 'd.id'],
    recordId: 'd.id',
    entryId: (key) => key[1]!,
    byIssue: { link: 'date_issues di', join: 'JOIN dates d ON d.id = di.date_id', key: ['di.sort_date', 'di.date_id'], issueColumn: 'di.issue_id' },
    filter: (where, filters, start) => {
      where.when(filters.actor, (a) => sql`d.id IN (SELECT date_id FROM date_actors WHERE actor_id = ${a})`);
      textFilter(where, 'd.id', 'date', filters.q);
      overlaps(where, 'd', filters.from, filters.to, start);
    },
  },
  statement: {
    columns: `'statement' AS type, s.id AS id, 'statement' AS record_type, s.id AS record_id,
      coalesce(s.speaker_label, a.name, '') || ': ' || s.text AS title, s.venue AS detail,
      s.date_value, s.date_precision, s.date_text, s.date_basis, s.sort_date AS date_start, s.known_by AS date_end, s.known_by_source`,
    table: 'statements s LEFT JOIN actors a ON a.id = s.speaker_id',
    hintedTable: `statements s ${DATE_INDEX} LEFT JOIN actors a ON a.id = s.speaker_id`,
    key: ['s.sort_date', 's.id'],
    recordId: 's.id',
    entryId: (key) => key[1]!,
    byIssue: { link: 'statement_issues si', join: 'JOIN statements s ON s.id = si.statement_id LEFT JOIN actors a ON a.id = s.speaker_id', key: ['si.sort_date', 'si.statement_id'], issueColumn: 'si.issue_id' },
    filter: (where, filters, start) => {
      where.add(sql`${raw(start)} > ''`);
      where.when(filters.actor, (a) => sql`s.speaker_id = ${a} OR s.id IN (SELECT statement_id FROM statement_actors WHERE actor_id = ${a})`);
      textFilter(where, 's.id', 'statement', filters.q);
      overlaps(where, 's', filters.from, filters.to, start, STATEMENT_PLACE('s'));
    },
  },
  status_change: {
    columns: `'status_change' AS type, h.proposal_id || '@' || h.seq AS id, 'proposal' AS record_type, h.proposal_id AS record_id,
      p.title || ': ' || replace(h.status, '_', ' ') AS title, h.note AS detail, ${DATE_COLUMNS('h')}`,
    table: 'proposal_statuses h JOIN proposals p ON p.id = h.proposal_id',
    hintedTable: 'proposal_statuses h JOIN proposals p ON p.id = h.proposal_id',
    key: ['h.date_start', 'h.proposal_id', 'h.seq'],
    recordId: 'h.proposal_id',
    entryId: (key) => `${key[1]} || '@' || ${key[2]}`,
    byIssue: {
      link: 'proposal_status_issues psi',
      join: 'JOIN proposal_statuses h ON h.proposal_id = psi.proposal_id AND h.seq = psi.seq JOIN proposals p ON p.id = h.proposal_id',
      key: ['psi.date_start', 'psi.proposal_id', 'psi.seq'],
      issueColumn: 'psi.issue_id',
    },
    filter: (where, filters, start) => {
      if (start === 'h.date_start') where.add(sql`h.date_start IS NOT NULL`);
      where.when(filters.actor, (a) => sql`h.actor_id = ${a} OR h.proposal_id IN (SELECT proposal_id FROM proposal_participants WHERE actor_id = ${a})`);
      textFilter(where, 'h.proposal_id', 'proposal', filters.q);
      overlaps(where, 'h', filters.from, filters.to, start);
    },
  },
};

export function createTimelineRepository(connection: Connection) {
  const base = repositoryBase(connection);

  /** The issue and every issue nested under it. */
  const issueTree = (id: string) =>
    (base.prepare(`${ISSUE_TREE} SELECT id FROM tree`).all(id) as { id: string }[]).map((r) => r.id);

  /**
   * The keys of one stream's first `limit` entries after the cursor, filtered on the
   * stream's own tables and read in its own index order: one index range. Dates,
   * statements and status changes about an issue are read from their link tables (where
   * the sort key is copied): one range per issue of the tree, merged by SQLite in one
   * query that reads each range only as far as the page needs (a record about two
   * issues of the tree is one row).
   */
  function keysOf(type: TimelineType, filters: TimelineFilters, after: [string, TimelineType, string] | undefined, limit: number): Key[] {
    if (filters.type && filters.type !== type) return [];
    let rows: { id: string; k0: string }[];
    if (filters.issue !== undefined) {
      const { issue, ...rest } = filters;
      const ranges = issueTree(issue).map((issueNode) => range(type, rest, { issueNode, keysOnly: true }, after));
      const sql = `${ranges.map((r, i) => `SELECT * FROM (${r.sql}) AS r${i}`).join(' UNION ')} ORDER BY ${ranges[0]!.key.map((_, i) => `k${i}`).join(', ')} LIMIT ?`;
      rows = base.prepare(sql).all(...ranges.flatMap((r) => r.params), limit) as typeof rows;
    } else {
      const r = range(type, filters, { keysOnly: true }, after);
      rows = base.prepare(`${r.sql} LIMIT ?`).all(...r.params, limit) as typeof rows;
    }
    return rows.map((row) => ({ type, id: row.id, date_start: row.k0 }));
  }

  /**
   * The keys of an issue's first `limit` entries after the cursor, its nested issues'
   * included, when nothing else filters them: one range of issue_timeline, every stream
   * at once, however large the issue's tree (an entry about two issues of the tree is
   * one key).
   */
  function issueKeys(issue: string, after: [string, TimelineType, string] | undefined, limit: number): Key[] {
    const where = new Where();
    where.add(sql`ancestor_id = ${issue}`);
    where.add(sql`(stream <> ${STREAM_ORDER.statement} OR date_start > '')`);
    if (after) {
      const [date, type, id] = after;
      const [record, seq] = type === 'status_change' ? statusChangeKey(id) : [id, 0];
      where.add(sql`date_start >= ${date} AND (date_start, stream, record_id, seq) > (${date}, ${STREAM_ORDER[type]}, ${record}, ${seq})`);
    }
    const rows = base
      .prepare(`SELECT DISTINCT date_start, stream, record_id, seq FROM issue_timeline ${where} ORDER BY date_start, stream, record_id, seq LIMIT ?`)
      .all(...where.params, limit) as { date_start: string; stream: number; record_id: string; seq: number }[];
    return rows.map((row) => {
      const type = TIMELINE_TYPES.find((t) => STREAM_ORDER[t] === row.stream)!;
      return { type, id: type === 'status_change' ? `${row.record_id}@${row.seq}` : row.record_id, date_start: row.date_start };
    });
  }

  /** The entries of one stream with these keys (status changes are read by proposal: a handful each). */
  function rowsOf(type: TimelineType, keys: Key[]): EntryRow[] {
    if (keys.length === 0) return [];
    const ids = new Set(keys.map((k) => k.id));
    const wanted = type === 'status_change' ? [...new Set([...ids].map((id) => statusChangeKey(id)[0]))] : [...ids];
    const r = range(type, {}, { ids: wanted }, undefined);
    return (base.prepare(r.sql).all(...r.params) as EntryRow[]).filter((row) => ids.has(row.id));
  }

  /**
   * The SQL of one index range of a stream, in order: of the records about one issue
   * (`issueNode`), or with the given ids (of proposals, for status changes); whole rows,
   * or only the id and the sort keys (`k0`, `k1`…). Each stream states its parts
   * (STREAMS); this puts them together, and never edits SQL text.
   */
  function range(
    type: TimelineType,
    filters: TimelineFilters,
    { issueNode, keysOnly = false, ids }: { issueNode?: string; keysOnly?: boolean; ids?: string[] },
    after: [string, TimelineType, string] | undefined,
  ): { sql: string; params: Param[]; key: string[] } {
    const stream = STREAMS[type];
    const where = new Where();
    if (ids) where.add(sql`${raw(stream.recordId)} IN ${list(ids)}`);
    const byIssue = issueNode !== undefined;
    const key = byIssue ? stream.byIssue.key : stream.key;
    if (byIssue) where.add(sql`${raw(stream.byIssue.issueColumn)} = ${issueNode}`);
    stream.filter(where, filters, key[0]!);
    if (after) {
      const [date, afterType, afterId] = after;
      const first = raw(key[0]!);
      if (STREAM_ORDER[type] > STREAM_ORDER[afterType]) where.add(sql`${first} >= ${date}`);
      else if (STREAM_ORDER[type] < STREAM_ORDER[afterType]) where.add(sql`${first} > ${date}`);
      else {
        const values = type === 'status_change' ? [date, ...statusChangeKey(afterId)] : [date, afterId];
        where.add(sql`${first} >= ${date} AND (${raw(key.join(', '))}) > ${list(values)}`);
      }
    }
    // With no filter on the record itself, an issue's keys come from the link table's index alone.
    const linkOnly = keysOnly && byIssue && !filters.actor && !filters.from && !filters.to && !filters.q;
    const hinted = !byIssue && ids === undefined && filters.actor === undefined && filters.q === undefined;
    const from = linkOnly ? stream.byIssue.link : byIssue ? `${stream.byIssue.link} ${stream.byIssue.join}` : hinted ? stream.hintedTable : stream.table;
    const select = keysOnly ? `${stream.entryId(key)} AS id, ${key.map((k, i) => `${k} AS k${i}`).join(', ')}` : stream.columns;
    return { sql: `SELECT ${select} FROM ${from} ${where} ORDER BY ${key.join(', ')}`, params: where.params, key };
  }

  return base.reads({
    timeline(filters: TimelineFilters, options: { limit: number; cursor?: string; scope?: string }): JsonText<Page<TimelineEntry>> {
      let after: [string, TimelineType, string] | undefined;
      if (options.cursor !== undefined) {
        const key = decodeCursor(options.cursor, 'timeline', 3, options.scope);
        if (typeof key[0] !== 'string' || !TIMELINE_TYPES.includes(key[1] as TimelineType) || typeof key[2] !== 'string') {
          throw new CursorError('The cursor is not one this API issued for this list.');
        }
        after = key as [string, TimelineType, string];
      }
      // The page's keys first, from every stream; then only the page's entries are read whole.
      const { issue, ...others } = filters;
      const keys =
        issue !== undefined && Object.values(others).every((v) => v === undefined)
          ? issueKeys(issue, after, options.limit + 1)
          : TIMELINE_TYPES.flatMap((type) => keysOf(type, filters, after, options.limit + 1)).sort(compare).slice(0, options.limit + 1);
      const more = keys.length > options.limit;
      const kept = keys.slice(0, options.limit);
      const last = kept.at(-1);
      const rows = TIMELINE_TYPES.flatMap((type) => rowsOf(type, kept.filter((k) => k.type === type))).sort(compare);
      const page: Page<TimelineEntry> = {
        data: rows.map((r) => {
          const undated = r.date_value === null;
          const date = undated ? placedOn(r) : dateOf(r)!;
          return { type: r.type, id: r.id, date, precision: date.precision, title: r.title, detail: r.detail, record: { type: r.record_type, id: r.record_id }, undated };
        }),
        next_cursor: more && last ? encodeCursor('timeline', [last.date_start, last.type, last.id], options.scope) : null,
      };
      // Written as JSON here, on the view thread: the event loop only passes the text on.
      return new JsonText(JSON.stringify(page));
    },
  });
}
