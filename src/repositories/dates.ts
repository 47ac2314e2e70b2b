import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { DateRecord } from '../domain/schemas.js';
import type { DateKind } from '../domain/vocabulary.js';
import type { JsonText } from '../domain/json.js';
import { actorRefJson, dateJson, evidenceJson, issueRefJson, overlaps, recordJson, repositoryBase, textFilter } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, raw, sql } from './sql.js';
import type { Reading } from './reading.js';

export type DateOut = z.infer<typeof DateRecord>;
export const DATE_INCLUDES = ['actors', 'issues', 'evidence'] as const;
export type DateInclude = (typeof DATE_INCLUDES)[number];

/** The columns a page's keyset reads. */
interface DateKey {
  id: string;
  date_start: string;
}

const KEYSET = new Keyset<DateKey>('dates', [
  { sql: 'd.date_start', type: 'text', key: 'date_start' },
  { sql: 'd.id', type: 'text', key: 'id' },
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
  keyset: new Keyset<DateKey>('dates', [
    { sql: `${alias}.sort_date`, type: 'text', key: 'date_start' },
    { sql: `${alias}.date_id`, type: 'text', key: 'id' },
  ]),
  start: `${alias}.sort_date`,
});
const BY_DATE: Driver = { from: 'FROM dates d', keyset: KEYSET, start: 'd.date_start' };
const BY_ACTOR = linkDriver('date_actors', 'da');
const BY_ISSUE = linkDriver('date_issues', 'di');

/** A date `d` as JSON, in SQL: its fields in the schema's order, then the relations asked for. */
const dateRecordJson = recordJson<DateInclude>(
  `'id', d.id, 'kind', d.kind, 'label', d.label, 'date', ${dateJson('d')}, 'location', d.location, 'note', d.note,
    'version', d.version, 'created_at', d.created_at, 'updated_at', d.updated_at`,
  {
    actors: `(SELECT json_group_array(${actorRefJson('a')} ORDER BY x.position) FROM date_actors x JOIN actors a ON a.id = x.actor_id WHERE x.date_id = d.id)`,
    issues: `(SELECT json_group_array(${issueRefJson('i')} ORDER BY x.position) FROM date_issues x JOIN issues i ON i.id = x.issue_id WHERE x.date_id = d.id)`,
    evidence: evidenceJson('date', 'd.id'),
  },
  DATE_INCLUDES,
);

export interface DateFilters {
  kind?: DateKind;
  actor?: string;
  issue?: string;
  source?: string;
  from?: string;
  to?: string;
  q?: string;
}

/** The list's query for one value of each filter. */
const dateQuery = (include: Set<DateInclude>) => (filters: DateFilters): ListQuery => {
  // An actor or issue filter reads its link table in list order; with both, the actor drives.
  const driver = filters.actor !== undefined ? BY_ACTOR : filters.issue !== undefined ? BY_ISSUE : BY_DATE;
  const where = new Where()
    .when(filters.kind, (k) => sql`d.kind = ${k}`)
    .when(filters.actor, (a) => sql`da.actor_id = ${a}`)
    .when(filters.issue, (i) => (driver === BY_ISSUE ? sql`di.issue_id = ${i}` : sql`d.id IN (SELECT date_id FROM date_issues WHERE issue_id = ${i})`))
    .when(filters.source, (src) => sql`d.id IN (SELECT c.date_id FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ${src} AND c.date_id IS NOT NULL)`);
  textFilter(where, 'd.id', 'date', filters.q);
  overlaps(where, 'd', filters.from, filters.to, driver.start);
  return { select: `SELECT d.id, d.date_start, ${dateRecordJson(include)} AS json ${driver.from}`, where, keyset: driver.keyset };
};

export function createDateRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    listDates(filters: AnyOf<DateFilters>, options: { limit: number; cursor?: string; scope?: string; include: Set<DateInclude> }) {
      return base.anyOfPage<DateOut, DateFilters>(filters, dateQuery(options.include), options);
    },

    /** Every record the filters select, in list order: an export's query. */
    selectDates(filters: AnyOf<DateFilters>, include: Set<DateInclude>) {
      return base.anyOfQuery(filters, dateQuery(include));
    },

    findDate(id: string, include: Set<DateInclude>): Reading<JsonText<DateOut> | undefined> {
      return base.jsonRecord(`SELECT ${dateRecordJson(include)} AS json, d.version FROM dates d WHERE d.id = ?`, id);
    },
  };
}
