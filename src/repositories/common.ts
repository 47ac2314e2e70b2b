import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { DateValue } from '../domain/schemas.js';
import { toMatchQuery } from '../domain/fts.js';
import { MAX_COMBINATIONS } from '../domain/query.js';
import { JsonText } from '../domain/json.js';
import { ProblemError } from '../domain/problem.js';
import { type Reading, readNow, rowsOf } from './reading.js';
import { type Page, type Param, type Sql, Where, Keyset, join, list, raw, sql, statementCache } from './sql.js';

export type DateValueRow = z.infer<typeof DateValue>;

/** The fact columns of `citations`, by the kind of fact. */
const CITATION_COLUMNS = {
  actor: 'actor_id',
  actor_alias: 'actor_alias_id',
  actor_role: 'actor_role_id',
  issue: 'issue_id',
  issue_alias: 'issue_alias_id',
  issue_link: 'issue_link_id',
  proposal: 'proposal_id',
  proposal_status: 'proposal_status_id',
  statement: 'statement_id',
  date: 'date_id',
  claim_version: 'claim_version_id',
} as const;
export type FactKind = keyof typeof CITATION_COLUMNS;

export interface DatedRow {
  date_value: string | null;
  date_precision: string | null;
  date_text: string | null;
  date_basis: string | null;
}

export function dateOf(row: DatedRow): DateValueRow | null {
  if (row.date_value === null) return null;
  return { value: row.date_value, precision: row.date_precision as DateValueRow['precision'], text: row.date_text, basis: row.date_basis };
}

/** The date of `alias` as a JSON DateValue (or null), in SQL: `dateOf` for a query that writes JSON. */
export const dateJson = (alias: string, prefix = 'date') =>
  `CASE WHEN ${alias}.${prefix}_value IS NULL THEN NULL ELSE json_object('value', ${alias}.${prefix}_value, 'precision', ${alias}.${prefix}_precision, 'text', ${alias}.${prefix}_text, 'basis', ${alias}.${prefix}_basis) END`;

/** The fields of an evidence span `alias` as JSON object arguments, in SQL: the Evidence schema's, in its order. */
export const spanFields = (alias: string) => `'id', ${alias}.id, 'source_id', ${alias}.source_id, 'start', ${alias}.start, 'end', ${alias}."end", 'exact', ${alias}.exact`;

/** The evidence of one fact as a JSON array, in SQL: `evidenceFor` for a query that writes JSON. `fact` is the SQL of the fact's id. */
export const evidenceJson = (kind: FactKind, fact: string) =>
  `(SELECT json_group_array(json_object(${spanFields('e')}) ORDER BY c.id)
    FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE c.${CITATION_COLUMNS[kind]} = ${fact})`;

/** An actor `alias` as a JSON ActorRef, and an issue as an IssueRef, in SQL. */
export const actorRefJson = (alias: string) => `json_object('id', ${alias}.id, 'name', ${alias}.name, 'kind', ${alias}.kind)`;
export const issueRefJson = (alias: string) => `json_object('id', ${alias}.id, 'name', ${alias}.name)`;

/**
 * The SQL that writes a record as JSON: `fields` (name, value pairs in the schema's
 * order), then each relation asked for, in the order given. Each relation is one
 * correlated lookup on its link table's index.
 */
export function recordJson<I extends string>(fields: string, relations: Record<I, string>, order: readonly I[]): (include: Set<I>) => string {
  return (include) => `json_object(${[fields, ...order.filter((i) => include.has(i)).map((i) => `'${i}', ${relations[i]}`)].join(', ')})`;
}

/** A list's query for one value of each filter: what it selects, where, in which order. */
export interface ListQuery {
  select: string;
  where: Where;
  keyset: Keyset;
}

/**
 * Filters as a list takes them: each filter one value, or several (`speaker=a,b`), any
 * of which may match. A repository states its query for one value of each filter; the
 * lists run it for each combination and merge the pages.
 */
export type AnyOf<F> = { [K in keyof F]?: F[K] | readonly NonNullable<F[K]>[] };


/** Every combination of one value per filter: `{a: [1, 2], b: 3}` → `{a: 1, b: 3}`, `{a: 2, b: 3}`. */
export function combinations<F extends object>(filters: AnyOf<F>): F[] {
  let out: Record<string, unknown>[] = [{}];
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? [...new Set(value)] : [value];
    if (values.length === 0) continue;
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [key]: v })));
  }
  if (out.length > MAX_COMBINATIONS) {
    const several = Object.entries(filters).filter(([, v]) => Array.isArray(v) && new Set(v).size > 1);
    throw new ProblemError(
      'validation',
      `The filters ask for ${out.length} combinations of values; at most ${MAX_COMBINATIONS} are allowed.`,
      several.map(([key, v]) => ({ name: `query.${key}`, reason: `lists ${new Set(v as unknown[]).size} values, which with the other filters make ${out.length} combinations; at most ${MAX_COMBINATIONS} are allowed` })),
    );
  }
  return out as F[];
}

interface PageQuery extends ListQuery {
  cursor?: string | undefined;
  /** The request's cursor scope (domain/cursor.ts): a cursor from other filters is refused. */
  scope?: string | undefined;
  limit: number;
}

/** What every repository starts from: cached statements and batched lookups by id. */
export function repositoryBase(connection: Connection) {
  const prepare = statementCache(connection);
  /** Runs a reading on this connection, each query as it comes. */
  const now = <T>(reading: Reading<T>): T => readNow(prepare, reading);
  /**
   * Whether a page reads each alternative of a disjunction (Where.eitherOf) in order on its own:
   * on PostgreSQL, whose planner otherwise reads them whole and sorts them; SQLite walks the
   * index in order through all of them (about 1.0 ms a page at 1M, against 1.4 ms as three).
   */
  const splitsAlternatives = connection.backend === 'postgres';


  /**
   * Runs the query `query` writes around a list of ids (`x IN ${ids}`) for the ids in
   * batches of 500, each id a parameter.
   */
  function* rowsByIds<Row>(query: (ids: Sql) => Sql, ids: readonly Param[]): Reading<Row[]> {
    const rows: Row[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const batch = query(list(ids.slice(i, i + 500)));
      rows.push(...(yield* rowsOf<Row>(batch.text, batch.params)));
    }
    return rows;
  }
  const byIds = <Row>(query: (ids: Sql) => Sql, ids: readonly Param[]): Row[] => now(rowsByIds<Row>(query, ids));

  /**
   * The rows of one page of a list: in keyset order after the cursor, one extra to know if
   * more follow. The alternatives of a disjunction, where they are split, are each a page of
   * their own in the same order, and the page is the first rows of them all: one query still
   * (ordered by the keys' column names, which the list's select must return once each).
   */
  function* pageRows<Row>(options: PageQuery): Reading<Row[]> {
    const { select, keyset, limit } = options;
    const wheres = splitsAlternatives ? options.where.variants() : [options.where];
    for (const where of wheres) keyset.after(where, options.cursor, options.scope);
    if (wheres.length === 1) return yield* rowsOf<Row>(`${select} ${wheres[0]} ${keyset.orderBy} LIMIT ?`, [...wheres[0]!.params, limit + 1]);
    const arms = wheres.map((where, i) => `SELECT * FROM (${select} ${where} ${keyset.orderBy} LIMIT ?) AS arm${i}`).join(' UNION ALL ');
    const order = keyset.columns.map((c) => `${c.key}${keyset.descending ? ' DESC' : ''}`).join(', ');
    return yield* rowsOf<Row>(`SELECT * FROM (${arms}) AS arms ORDER BY ${order} LIMIT ?`, [...wheres.flatMap((where) => [...where.params, limit + 1]), limit + 1]);
  }

  /** One record that `sql` (selecting `json` and `version`, by `?` the id) writes as JSON. */
  function* jsonRecord<T>(sql: string, id: string): Reading<JsonText<T> | undefined> {
    const [row] = yield* rowsOf<{ json: string; version: number }>(sql, [id]);
    return row && new JsonText<T>(row.json, row.version);
  }

  /**
   * One page of a list whose filters may each hold several values: the query for each
   * combination (`query`), each read after the cursor in the list's order, merged in that
   * order with a record matched twice kept once. Every combination shares the list's
   * order, so the merged page's last key is where each of them resumes.
   */
  function* anyOfPage<T, F extends object>(
    filters: AnyOf<F>,
    query: (filters: F) => ListQuery,
    options: { limit: number; cursor?: string | undefined; scope?: string | undefined },
  ): Reading<JsonText<Page<T>>> {
    const queries = combinations<F>(filters).map(query);
    const keyset = queries[0]!.keyset;
    if (queries.length === 1) return keyset.jsonPage<T>(yield* pageRows<{ json: string }>({ ...queries[0]!, ...options }), options.limit, options.scope);
    const rows = new Map<string, { json: string; key: (string | number)[] }>();
    for (const q of queries) {
      if (q.keyset.name !== keyset.name) throw new Error('the combinations of a list must share its order');
      for (const row of yield* pageRows<{ json: string }>({ ...q, ...options })) {
        const key = keyset.keyOf(row);
        rows.set(JSON.stringify(key), { json: row.json, key });
      }
    }
    const merged = [...rows.values()].sort((a, b) => keyset.compare(a.key, b.key));
    return keyset.jsonPage<T>(merged.slice(0, options.limit + 1), options.limit, options.scope, (row) => (row as { key: (string | number)[] }).key);
  }

  /**
   * The whole selection of a list (every page), in the list's order, as one query whose
   * rows carry the record as JSON (`json`): what an export streams. Several combinations
   * of filter values are one compound query, a record matched twice kept once, ordered by
   * the list's keys as each combination's rows name them.
   */
  function anyOfQuery<F extends object>(filters: AnyOf<F>, query: (filters: F) => ListQuery): Sql {
    const queries = combinations<F>(filters).map(query);
    const whole = (q: ListQuery) => sql`${raw(q.select)} ${q.where.sql.text ? sql`WHERE ${q.where.sql}` : raw('')}`;
    if (queries.length === 1) return sql`${whole(queries[0]!)} ${raw(queries[0]!.keyset.orderBy)}`;
    const keyset = queries[0]!.keyset;
    const order = keyset.columns.map((c) => `${c.key}${keyset.descending ? ' DESC' : ''}`).join(', ');
    // A record is its keys (the last of them its id): one copy of each is kept (a UNION would compare the JSON, which PostgreSQL's json type cannot).
    const keys = keyset.columns.map((c) => c.key).join(', ');
    const all = join(queries.map((q, i) => sql`SELECT * FROM (${whole(q)}) AS q${raw(String(i))}`), ' UNION ALL ');
    return sql`SELECT json FROM (SELECT json, ${raw(keys)}, row_number() OVER (PARTITION BY ${raw(keys)}) AS copy FROM (${all}) AS matched) AS once WHERE copy = 1 ORDER BY ${raw(order)}`;
  }

  /**
   * Wraps each read method so that all its queries see one snapshot of the database: an
   * answer is never half before and half after a write, and SQLite takes its read lock
   * once per answer instead of once per query. Inside a transaction already (a write
   * reading back what it wrote), a method runs in that one. Only for methods that run
   * several statements: one statement (a record or a page written as JSON) is one
   * snapshot already, and the transaction would only add two statements to it.
   */
  function reads<T extends Record<string, (...args: never[]) => unknown>>(methods: T): T {
    const wrapped: Record<string, unknown> = {};
    for (const [name, method] of Object.entries(methods)) {
      wrapped[name] = (...args: never[]) => connection.snapshot(() => method(...args));
    }
    return wrapped as T;
  }

  const base = { prepare, byIds, rowsByIds, anyOfPage, anyOfQuery, jsonRecord, reads };
  return base;
}

export type RepositoryBase = ReturnType<typeof repositoryBase>;

/**
 * The `q` filter of a list: records of one type whose indexed text has every word
 * of `text` (each as a prefix). It reads the full-text index, never the table.
 */
export function textFilter(where: Where, column: string, type: string, text: string | undefined): void {
  if (text === undefined) return;
  const match = toMatchQuery(text, { prefix: true });
  if (match === null) throw new ProblemError('validation', 'The request has 1 invalid parameter: query.q.', [{ name: 'query.q', reason: 'has no letters or digits to look for' }]);
  where.add(sql`${raw(column)} IN (SELECT d.record_id FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid WHERE search_index MATCH ${match} AND d.type = ${type})`);
}

/**
 * The date-overlap condition: the record's interval meets [from, to]. Intervals are
 * calendar days, months or years, so a record that reaches `from` but starts before it
 * is the month or the year that holds `from`: it starts on the first day of one of them.
 * The sort key (`start`) is sought from the first day of from's year, and between that
 * and `from` only those two days are taken, so a range of one day does not read the
 * whole year before it (which took 0.6 s a page at 1M).
 *
 * With `seek`, for a list read from the index on `start`, the two days and the range from
 * `from` on are alternatives (Where.eitherOf, none overlapping) that a page reads each in order:
 * PostgreSQL otherwise reads all three whole and sorts them (21,000 rows and 110 ms for a
 * page of a month in 2009 at 1M, against 1 ms on SQLite, which walks the year in the index).
 */
export function overlaps(
  where: Where,
  alias: string,
  from: string | undefined,
  to: string | undefined,
  start = `${alias}.date_start`,
  { end = `${alias}.date_end`, placed = false, seek = false } = {},
): void {
  if (from !== undefined) {
    const year = `${from.slice(0, 4)}-01-01`;
    const month = `${from.slice(0, 7)}-01`;
    const [first, last] = [raw(start), raw(end)];
    where.add(sql`${first} >= ${year}`);
    if (seek) where.eitherOf([...[...new Set([year, month])].filter((day) => day < from).map((day) => sql`${first} = ${day}`), sql`${first} >= ${from}`]);
    else where.add(sql`(${first} >= ${from} OR ${first} IN (${year}, ${month}))`);
    where.add(sql`${last} >= ${from}`);
  }
  if (to !== undefined) {
    // A statement's interval is [sort_date, known_by] (`placed`): an undated one has no date_start.
    if (!placed) where.add(sql`${raw(`${alias}.date_start`)} <= ${to}`);
    if (placed || start !== `${alias}.date_start`) where.add(sql`${raw(start)} <= ${to}`);
  }
}

/**
 * Where a statement `alias` stands in time, for the date filters and the timeline: the
 * interval from its sort key to its known_by day (migration 0014), which is its date's
 * interval or, when the articles do not date it, the day it was known by.
 */
export const STATEMENT_PLACE = (alias: string) => ({ end: `${alias}.known_by`, placed: true });
