import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { DateRecord } from '../domain/schemas.js';
import type { ActorKind, DateKind } from '../domain/vocabulary.js';
import { type DatedRow, dateOf, groupBy, overlaps, repositoryBase, textFilter } from './common.js';
import { Keyset, Where } from './sql.js';

export type DateOut = z.infer<typeof DateRecord>;
export const DATE_INCLUDES = ['actors', 'issues', 'evidence'] as const;
export type DateInclude = (typeof DATE_INCLUDES)[number];

interface DateRow extends DatedRow {
  id: string;
  kind: DateKind;
  label: string;
  location: string | null;
  note: string | null;
  date_start: string;
  version: number;
  created_at: string | null;
  updated_at: string | null;
}

const KEYSET = new Keyset('dates', [
  { sql: 'd.date_start', type: 'text', read: (r: DateRow) => r.date_start },
  { sql: 'd.id', type: 'text', read: (r: DateRow) => r.id },
]);
/**
 * Where a list is read from: the dates table in its sort order, or a date's links to
 * actors or issues, where the sort key is copied, so the dates of one actor (or about
 * one issue) are one index range in list order.
 */
interface Driver {
  from: string;
  keyset: Keyset;
  /** The sort key the date-range bound seeks on. */
  start: string;
}
const linkDriver = (table: string, alias: string): Driver => ({
  from: `FROM ${table} ${alias} JOIN dates d ON d.id = ${alias}.date_id`,
  keyset: new Keyset('dates', [
    { sql: `${alias}.sort_date`, type: 'text', read: (r: DateRow) => r.date_start },
    { sql: `${alias}.date_id`, type: 'text', read: (r: DateRow) => r.id },
  ]),
  start: `${alias}.sort_date`,
});
const BY_DATE: Driver = { from: 'FROM dates d', keyset: KEYSET, start: 'd.date_start' };
const BY_ACTOR = linkDriver('date_actors', 'da');
const BY_ISSUE = linkDriver('date_issues', 'di');
const COLUMNS = 'd.id, d.kind, d.label, d.location, d.note, d.date_value, d.date_precision, d.date_text, d.date_basis, d.date_start, d.version, d.created_at, d.updated_at';

export interface DateFilters {
  kind?: DateKind;
  actor?: string;
  issue?: string;
  source?: string;
  from?: string;
  to?: string;
  q?: string;
}

export function createDateRepository(connection: Connection) {
  const base = repositoryBase(connection);

  function embed(rows: DateRow[], include: Set<DateInclude>): DateOut[] {
    const ids = rows.map((r) => r.id);
    const actors = include.has('actors')
      ? groupBy(
          base.byIds<{ date_id: string; id: string; name: string; kind: ActorKind }>(
            'SELECT da.date_id, a.id, a.name, a.kind FROM date_actors da JOIN actors a ON a.id = da.actor_id WHERE da.date_id IN IN_LIST ORDER BY da.date_id, da.rowid',
            ids,
          ),
          (r) => r.date_id,
        )
      : undefined;
    const issues = include.has('issues')
      ? groupBy(
          base.byIds<{ date_id: string; id: string; name: string }>(
            'SELECT di.date_id, i.id, i.name FROM date_issues di JOIN issues i ON i.id = di.issue_id WHERE di.date_id IN IN_LIST ORDER BY di.date_id, di.rowid',
            ids,
          ),
          (r) => r.date_id,
        )
      : undefined;
    const evidence = include.has('evidence') ? base.evidenceFor('date', ids) : undefined;
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      date: dateOf(r)!,
      location: r.location,
      note: r.note,
      version: r.version,
      created_at: r.created_at,
      updated_at: r.updated_at,
      ...(actors ? { actors: (actors.get(r.id) ?? []).map(({ id, name, kind }) => ({ id, name, kind })) } : {}),
      ...(issues ? { issues: (issues.get(r.id) ?? []).map(({ id, name }) => ({ id, name })) } : {}),
      ...(evidence ? { evidence: evidence.get(r.id) ?? [] } : {}),
    }));
  }

  return base.reads({
    listDates(filters: DateFilters, options: { limit: number; cursor?: string; include: Set<DateInclude> }) {
      // An actor or issue filter reads its link table in list order; with both, the actor drives.
      const driver = filters.actor !== undefined ? BY_ACTOR : filters.issue !== undefined ? BY_ISSUE : BY_DATE;
      const where = new Where()
        .when(filters.kind, (k) => ['d.kind = ?', k])
        .when(filters.actor, (a) => ['da.actor_id = ?', a])
        .when(filters.issue, (i) => (driver === BY_ISSUE ? ['di.issue_id = ?', i] : ['d.id IN (SELECT date_id FROM date_issues WHERE issue_id = ?)', i]))
        .when(filters.source, (src) => [
          'd.id IN (SELECT c.date_id FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ? AND c.date_id IS NOT NULL)',
          src,
        ]);
      textFilter(where, 'd.id', 'date', filters.q);
      overlaps(where, 'd', filters.from, filters.to, driver.start);
      return base.page<DateRow, DateOut>({ select: `SELECT ${COLUMNS} ${driver.from}`, where, keyset: driver.keyset, ...options }, (rows) => embed(rows, options.include));
    },

    findDate(id: string, include: Set<DateInclude>): DateOut | undefined {
      const row = base.prepare(`SELECT ${COLUMNS} FROM dates d WHERE d.id = ?`).get(id) as DateRow | undefined;
      return row ? embed([row], include)[0] : undefined;
    },
  });
}
