/**
 * Every documented filter and sort is answered from an index: for each list
 * operation in the OpenAPI document and each of its filters, the SQL the request
 * runs is explained on a generated knowledge base of 10,000 statements, and no
 * table may be read by a full scan, nor may a filtered list walk a whole index testing
 * each row. A later change that loses an index fails here.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.js';
import { buildApp } from '../src/app.js';
import { prepareDatabase } from '../src/db/setup.js';
import { doc } from './contract-core.js';
import { tempDir } from './helpers.js';

const VALUES: Record<string, string> = {
  speaker: 'actor-3', actor: 'actor-3', affiliation: 'actor-1', history_actor: 'actor-3', issue: 'issue-2', proposal: 'proposal-1',
  source: 'source-5', parent: 'issue-1', responds_to: 'statement-10', record_id: 'statement-10', subject_id: 'statement-10',
  outlet: 'Outlet 3', from: '2007-10-01', to: '2007-10-31', q: 'missile', as_of: '2007-10-13', since: '2007-01-01T00:00:00Z', until: '2030-01-01T00:00:00Z',
  collection: 'statements',
};
/** Filters whose record differs by list: a proposal's parent is a proposal. */
const VALUES_BY_PATH: Record<string, Record<string, string>> = { '/proposals': { parent: 'proposal-1' } };
const NOT_FILTERS = new Set(['limit', 'cursor', 'include', 'statements', 'sort']);

let dir: ReturnType<typeof tempDir>;
let app: Awaited<ReturnType<typeof buildApp>>;
let close: () => void;
const seen: { sql: string; params: unknown[] }[] = [];
let explain: (sql: string, params: unknown[]) => string[];

beforeAll(async () => {
  dir = tempDir();
  // PLANS_DB=bench/data/kb-1000000.db explains the same requests on a bigger generated knowledge base (copied first).
  const path = join(dir.path, 'plans.db');
  if (process.env.PLANS_DB) copyFileSync(process.env.PLANS_DB, path);
  else generate({ statements: 10_000, out: path });
  const { connection } = await prepareDatabase(path);
  const prepare = connection.sqlite.prepare.bind(connection.sqlite);
  explain = (sql, params) => (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[]).map((r) => r.detail);
  (connection.sqlite as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    return new Proxy(statement, {
      get(target, property) {
        const value = (target as unknown as Record<PropertyKey, unknown>)[property];
        if (property === 'all' || property === 'get') return (...params: unknown[]) => (seen.push({ sql, params }), (value as (...a: unknown[]) => unknown).apply(target, params));
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  app = await buildApp({ connection });
  close = () => connection.close();
}, 60_000);
afterAll(async () => {
  await app?.close();
  close?.();
  dir?.remove();
});

/** A request for each list operation with no filter, with a cursor, with each filter alone, and with a date range (from and to). */
const requests = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, ops]) => {
  const op = ops.get;
  if (!op || !op.parameters?.some((p: { name: string }) => p.name === 'cursor' || p.name === 'as_of')) return [];
  const parameters = op.parameters as { name: string; in: string; required?: boolean; schema: { enum?: string[]; items?: { enum?: string[] } } }[];
  const value = (p: (typeof parameters)[number]) => `${p.name}=${encodeURIComponent(VALUES_BY_PATH[path]?.[p.name] ?? VALUES[p.name] ?? p.schema.enum?.[0] ?? p.schema.items?.enum?.[0] ?? 'x')}`;
  const required = parameters.filter((p) => p.in === 'query' && p.required).map(value);
  const url = `${path.replace('{id}', 'issue-2')}?${required.join('&')}`;
  const filters = parameters.filter((p) => p.in === 'query' && !p.required && !NOT_FILTERS.has(p.name));
  const range = ['from', 'to'].map((name) => filters.find((p) => p.name === name));
  const both = range[0] && range[1] ? [{ name: `${path}?from&to`, url: `${url}&${value(range[0])}&${value(range[1])}`, filtered: true }] : [];
  // A list with a `sort` is planned in its other order too: unfiltered, and with each filter alone.
  const sort = parameters.find((p) => p.name === 'sort');
  const reversed = sort
    ? (sort.schema.enum ?? []).filter((order) => order.startsWith('-')).flatMap((order) => [
        { name: `${path}?sort=${order} (no filter)`, url: `${url}&sort=${order}`, filtered: false },
        ...filters.map((p) => ({ name: `${path}?sort=${order}&${p.name}`, url: `${url}&sort=${order}&${value(p)}`, filtered: true })),
      ])
    : [];
  return [{ name: `${path} (sorted, no filter)`, url, filtered: false }, ...filters.map((p) => ({ name: `${path}?${p.name}`, url: `${url}&${value(p)}`, filtered: true })), ...both, ...reversed];
});

/** A plan line that reads a whole table: SCAN without an index, of something that is not a CTE or subquery. */
const fullScan = (line: string) => /^SCAN (?!CONSTANT ROW)(\w+)(?: AS \w+)?$/.test(line) && !/^SCAN (tree|t|who|candidates)$/.test(line); // tree, t, who and candidates are small derived sets, not tables

/**
 * A plan line that walks a whole index in order, testing each entry: right for an unfiltered
 * list (it stops after one page), but a filtered list that does it slows as the table grows.
 */
const indexWalk = (line: string) => /^SCAN \w+(?: AS \w+)? USING (?:COVERING )?INDEX/.test(line);
/**
 * A plan line that skip-scans an index (`ANY(leading column)`): one seek per distinct value of a
 * column the query does not constrain, then a sort. The planner picks it from the statistics of a
 * large knowledge base (at 1M statements, dates by range went through every speaker, 0.5 s a page).
 */
const skipScan = (line: string) => /\(ANY\(/.test(line);
/** Filtered lists that rightly walk the list order: the filter keeps a large share of the rows. */
const WALKS: Record<string, string> = {
  '/statements?stance': 'one of four stances; probing each statement in list order stops within a few pages',
  '/statements?sort=-date&stance': 'the same, in the other order',
  '/timeline?type': 'chooses which streams to read; each stream is read unfiltered in order and stops after a page',
};

describe('query plans', () => {
  it('cover every list operation', () => {
    expect(requests.length).toBeGreaterThan(40);
  });

  it('exempts only lists that exist', () => {
    expect(Object.keys(WALKS).filter((name) => !requests.some((r) => r.name === name))).toEqual([]);
  });

  it.each(requests)('$name reads no table in full', async ({ name, url, filtered }) => {
    seen.length = 0;
    const first = await app.inject(url);
    expect(first.statusCode, first.body).toBe(200);
    const next = first.json().next_cursor;
    if (next) expect((await app.inject(`${url}${url.includes('?') ? '&' : '?'}cursor=${next}`)).statusCode).toBe(200);
    const scans = seen
      .filter(({ sql }) => /^\s*(WITH|SELECT)/i.test(sql))
      .flatMap(({ sql, params }) => explain(sql, params).filter((line) => fullScan(line) || skipScan(line) || (filtered && !WALKS[name] && indexWalk(line))).map((line) => `${line}  ←  ${sql.replace(/\s+/g, ' ').slice(0, 120)}`));
    expect(scans).toEqual([]);
  });

  /** Each record by id, with every relation embedded (the default): each relation is one index lookup. */
  const records = Object.entries<Record<string, any>>(doc.paths)
    .filter(([path, ops]) => path.endsWith('/{id}') && ops.get?.parameters?.some((p: { name: string }) => p.name === 'include'))
    .map(([path]) => path.replace('/{id}', ''));

  it('covers every collection with relations', () => {
    expect(records.length).toBeGreaterThanOrEqual(6);
  });

  it.each(records)('%s/{id} embeds every relation without walking a table or an index', async (path) => {
    const id = (await app.inject(`${path}?limit=1`)).json().data[0].id;
    seen.length = 0;
    const response = await app.inject(`${path}/${encodeURIComponent(id)}`);
    expect(response.statusCode, response.body).toBe(200);
    const scans = seen.flatMap(({ sql, params }) => explain(sql, params).filter((line) => fullScan(line) || skipScan(line) || indexWalk(line)));
    expect(seen.length).toBeGreaterThan(0);
    expect(scans).toEqual([]);
  });
});
