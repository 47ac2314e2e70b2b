import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import { indexHint } from '../db/dialect.js';
import type { Statement } from '../domain/schemas.js';
import type { PloverType, Stance, StatementKind } from '../domain/vocabulary.js';
import type { JsonText } from '../domain/json.js';
import { actorRefJson, dateJson, evidenceJson, overlaps, recordJson, repositoryBase, textFilter, STATEMENT_PLACE } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, raw, sql } from './sql.js';
import type { Reading } from './reading.js';

export type StatementOut = z.infer<typeof Statement>;
export const STATEMENT_INCLUDES = ['speaker', 'issues', 'proposals', 'actors', 'evidence'] as const;
export type StatementInclude = (typeof STATEMENT_INCLUDES)[number];

/** The columns a page's keyset reads. */
interface StatementKey {
  id: string;
  sort_date: string;
}

const KEYSET = new Keyset<StatementKey>('statements', [
  { sql: 's.sort_date', type: 'text', key: 'sort_date' },
  { sql: 's.id', type: 'text', key: 'id' },
]);
/** The same order read from the statements about one issue, where the sort key is copied. */
const KEYSET_BY_ISSUE = new Keyset<StatementKey>('statements', [
  { sql: 'si.sort_date', type: 'text', key: 'sort_date' },
  { sql: 'si.statement_id', type: 'text', key: 'id' },
]);


/** A statement `s` as JSON, in SQL: its fields in the schema's order, then the relations asked for. */
const statementJson = recordJson<StatementInclude>(
  `'id', s.id, 'speaker_id', s.speaker_id, 'speaker_label', s.speaker_label, 'kind', s.kind, 'text', s.text, 'date', ${dateJson('s')},
    'known_by', s.known_by, 'known_by_source', s.known_by_source,
    'venue', s.venue, 'plover_type', s.plover_type, 'responds_to_id', s.responds_to_id, 'note', s.note,
    'version', s.version, 'created_at', s.created_at, 'updated_at', s.updated_at`,
  {
    speaker: `(SELECT ${actorRefJson('a')} FROM actors a WHERE a.id = s.speaker_id)`,
    issues: `(SELECT json_group_array(json_object('id', i.id, 'name', i.name, 'stance', x.stance) ORDER BY x.position)
      FROM statement_issues x JOIN issues i ON i.id = x.issue_id WHERE x.statement_id = s.id)`,
    proposals: `(SELECT json_group_array(json_object('id', p.id, 'title', p.title, 'stance', x.stance) ORDER BY x.position)
      FROM statement_proposals x JOIN proposals p ON p.id = x.proposal_id WHERE x.statement_id = s.id)`,
    actors: `(SELECT json_group_array(json_object('id', a.id, 'name', a.name, 'kind', a.kind, 'role', x.role) ORDER BY x.position)
      FROM statement_actors x JOIN actors a ON a.id = x.actor_id WHERE x.statement_id = s.id)`,
    evidence: evidenceJson('statement', 's.id'),
  },
  STATEMENT_INCLUDES,
);

/** A date range with nothing else to seek on is read from the date index, in list order (see indexHint). */
export const DATE_INDEX = indexHint('statements_date_idx');

export interface StatementFilters {
  speaker?: string;
  actor?: string;
  issue?: string;
  proposal?: string;
  stance?: Stance;
  source?: string;
  kind?: StatementKind;
  plover?: PloverType;
  responds_to?: string;
  from?: string;
  to?: string;
  q?: string;
  /** `date` (the default): earliest first; `-date`: latest first. */
  sort?: StatementSort;
}

export const STATEMENT_SORTS = ['date', '-date'] as const;
export type StatementSort = (typeof STATEMENT_SORTS)[number];

/** The list's query for one value of each filter, its records with the relations in `include`. */
const statementQuery = (include: Set<StatementInclude>) => (filters: StatementFilters): ListQuery => {
  const where = new Where()
    .when(filters.speaker, (a) => sql`s.speaker_id = ${a}`)
    .when(filters.actor, (a) => sql`s.speaker_id = ${a} OR s.id IN (SELECT statement_id FROM statement_actors WHERE actor_id = ${a})`)
    .when(filters.kind, (k) => sql`s.kind = ${k}`)
    .when(filters.plover, (p) => sql`s.plover_type = ${p}`)
    .when(filters.responds_to, (r) => sql`s.responds_to_id = ${r}`)
    .when(filters.source, (src) => sql`s.id IN (SELECT c.statement_id FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ${src} AND c.statement_id IS NOT NULL)`);
  textFilter(where, 's.id', 'statement', filters.q);
  if (filters.issue !== undefined) {
    where.add(sql`si.issue_id = ${filters.issue}`);
    if (filters.stance) where.add(sql`si.stance = ${filters.stance}`);
  }
  if (filters.proposal !== undefined) {
    where.add(sql`s.id IN (SELECT statement_id FROM statement_proposals WHERE proposal_id = ${filters.proposal}${filters.stance ? sql` AND stance = ${filters.stance}` : raw('')})`);
  }
  if (filters.stance !== undefined && filters.issue === undefined && filters.proposal === undefined) {
    // Every stance is common (one of four), so walking the list order and probing each
    // statement's links stops after about four pages' worth of rows.
    where.add(
      sql`(EXISTS (SELECT 1 FROM statement_issues x WHERE x.statement_id = s.id AND x.stance = ${filters.stance}) OR EXISTS (SELECT 1 FROM statement_proposals x WHERE x.statement_id = s.id AND x.stance = ${filters.stance}))`,
    );
  }
  const byIssue = filters.issue !== undefined;
  const { from: _from, to: _to, stance: _stance, sort: _sort, ...seekable } = filters;
  const byDate = !byIssue && (filters.from !== undefined || filters.to !== undefined) && Object.values(seekable).every((v) => v === undefined);
  overlaps(where, 's', filters.from, filters.to, 's.sort_date', { ...STATEMENT_PLACE('s'), seek: byDate });
  const columns = `s.id, s.sort_date, ${statementJson(include)} AS json`;
  const select = byIssue
    ? `SELECT ${columns} FROM statement_issues si JOIN statements s ON s.id = si.statement_id`
    : `SELECT ${columns} FROM statements s${byDate ? ` ${DATE_INDEX}` : ''}`;
  const keyset = byIssue ? KEYSET_BY_ISSUE : KEYSET;
  return { select, where, keyset: filters.sort === '-date' ? keyset.reversed() : keyset };
};

export function createStatementRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    listStatements(filters: AnyOf<StatementFilters>, options: { limit: number; cursor?: string; scope?: string; include: Set<StatementInclude> }) {
      return base.anyOfPage<StatementOut, StatementFilters>(filters, statementQuery(options.include), options);
    },

    /** Every statement the filters select, in list order: an export's query. */
    selectStatements(filters: AnyOf<StatementFilters>, include: Set<StatementInclude>) {
      return base.anyOfQuery(filters, statementQuery(include));
    },

    findStatement(id: string, include: Set<StatementInclude>): Reading<JsonText<StatementOut> | undefined> {
      return base.jsonRecord(`SELECT ${statementJson(include)} AS json, s.version FROM statements s WHERE s.id = ?`, id);
    },
  };
}
