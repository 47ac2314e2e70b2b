/** Each documented filter returns exactly the records a direct query of the data selects. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateBounds, precisionOf } from '../../src/domain/dates.js';
import { createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function ids(url: string): Promise<string[]> {
  const out: string[] = [];
  let next: string | null = null;
  do {
    const response = await t.inject(`${url}${url.includes('?') ? '&' : '?'}limit=100${next ? `&cursor=${next}` : ''}`);
    expect(response.statusCode, url).toBe(200);
    out.push(...response.json().data.map((r: { id: string }) => r.id));
    next = response.json().next_cursor;
  } while (next);
  return out.sort();
}
const column = (sql: string, ...params: unknown[]) => t.all<{ id: string }>(sql, ...params).map((r) => r.id).sort();

const CASES: [string, string, unknown[]][] = [
  ['/statements?speaker=sergei-lavrov', 'SELECT id FROM statements WHERE speaker_id = ?', ['sergei-lavrov']],
  ['/statements?actor=iran', 'SELECT id FROM statements WHERE speaker_id = ? UNION SELECT statement_id FROM statement_actors WHERE actor_id = ?', ['iran', 'iran']],
  ['/statements?issue=missile-defense', 'SELECT statement_id id FROM statement_issues WHERE issue_id = ?', ['missile-defense']],
  ['/statements?issue=missile-defense&stance=opposes', 'SELECT statement_id id FROM statement_issues WHERE issue_id = ? AND stance = ?', ['missile-defense', 'opposes']],
  ['/statements?proposal=us-missile-defense-offer', 'SELECT statement_id id FROM statement_proposals WHERE proposal_id = ?', ['us-missile-defense-offer']],
  ['/statements?stance=conditional', "SELECT statement_id id FROM statement_issues WHERE stance = ? UNION SELECT statement_id FROM statement_proposals WHERE stance = ?", ['conditional', 'conditional']],
  ['/statements?source=times-2008', 'SELECT DISTINCT c.statement_id id FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ? AND c.statement_id IS NOT NULL', ['times-2008']],
  ['/statements?kind=direct_quote', 'SELECT id FROM statements WHERE kind = ?', ['direct_quote']],
  ['/statements?plover=THREATEN', 'SELECT id FROM statements WHERE plover_type = ?', ['THREATEN']],
  ['/statements?responds_to=lavrov-urged-freeze', 'SELECT id FROM statements WHERE responds_to_id = ?', ['lavrov-urged-freeze']],
  // A statement is found by its words, and by the names and aliases of its speaker and its issues.
  [
    '/statements?q=IRAN',
    `SELECT id FROM statements WHERE text LIKE '%iran%'
     UNION SELECT s.id FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE a.name LIKE '%iran%' OR a.id IN (SELECT actor_id FROM actor_aliases WHERE name LIKE '%iran%')
     UNION SELECT si.statement_id FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE i.name LIKE '%iran%' OR i.id IN (SELECT issue_id FROM issue_aliases WHERE name LIKE '%iran%')`,
    [],
  ],
  ['/statements?speaker=robert-gates&kind=paraphrase', 'SELECT id FROM statements WHERE speaker_id = ? AND kind = ?', ['robert-gates', 'paraphrase']],
  ['/actors?kind=person', 'SELECT id FROM actors WHERE kind = ?', ['person']],
  ['/actors?affiliation=nato', 'SELECT id FROM actors WHERE affiliation_id = ?', ['nato']],
  ['/actors?q=william', "SELECT actor_id id FROM actor_aliases WHERE name LIKE '%william%'", []],
  ['/issues?parent=none', 'SELECT id FROM issues WHERE parent_id IS NULL', []],
  ['/issues?parent=missile-defense', 'SELECT id FROM issues WHERE parent_id = ?', ['missile-defense']],
  ['/issues?q=Conventional', "SELECT issue_id id FROM issue_aliases WHERE name LIKE '%conventional%' UNION SELECT id FROM issues WHERE name LIKE '%conventional%'", []],
  ['/proposals?status=tabled', 'SELECT id FROM proposals WHERE status = ?', ['tabled']],
  ['/proposals?kind=demand', 'SELECT id FROM proposals WHERE kind = ?', ['demand']],
  ['/proposals?actor=russia&role=recipient', "SELECT proposal_id id FROM proposal_participants WHERE actor_id = ? AND role = 'recipient'", ['russia']],
  ['/proposals?role=endorser', "SELECT proposal_id id FROM proposal_participants WHERE role = 'endorser'", []],
  ['/proposals?issue=cfe-treaty', 'SELECT proposal_id id FROM proposal_issues WHERE issue_id = ?', ['cfe-treaty']],
  ['/proposals?parent=us-missile-defense-offer', 'SELECT id FROM proposals WHERE parent_id = ?', ['us-missile-defense-offer']],
  ['/proposals?history_status=rejected&history_actor=russia',
    "SELECT DISTINCT proposal_id id FROM proposal_statuses h WHERE status = 'rejected' AND (actor_id = ? OR actor_id IN (SELECT id FROM actors WHERE affiliation_id = ?))", ['russia', 'russia']],
  ['/dates?kind=deadline', 'SELECT id FROM dates WHERE kind = ?', ['deadline']],
  ['/dates?actor=vladimir-putin', 'SELECT date_id id FROM date_actors WHERE actor_id = ?', ['vladimir-putin']],
  ['/dates?issue=kosovo-status', 'SELECT date_id id FROM date_issues WHERE issue_id = ?', ['kosovo-status']],
  ['/dates?source=iht-2007-10-22', 'SELECT DISTINCT c.date_id id FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ? AND c.date_id IS NOT NULL', ['iht-2007-10-22']],
  ['/sources?outlet=Voice%20of%20America', "SELECT id FROM sources WHERE outlet = 'Voice of America'", []],
  ['/conflicts?subject_type=actor', 'SELECT id FROM contested_claims WHERE subject_actor_id IS NOT NULL', []],
  ['/conflicts?subject_id=cfe-treaty', 'SELECT id FROM contested_claims WHERE subject_issue_id = ?', ['cfe-treaty']],
  ['/conflicts?source=times-2008', 'SELECT DISTINCT v.claim_id id FROM claim_versions v JOIN citations c ON c.claim_version_id = v.id JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ?', ['times-2008']],
];

describe('filters', () => {
  it.each(CASES)('%s', async (url, sql, params) => {
    const expected = column(sql, ...params);
    expect(expected.length, 'a filter case must select something to prove anything').toBeGreaterThan(0);
    expect(await ids(url)).toEqual(expected);
  });

  it('refuses an actor that does not exist, naming it, instead of answering an empty page', async () => {
    const response = await t.inject('/statements?speaker=nobody');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ name: 'query.speaker', reason: 'names no actor: "nobody" is not the id, name or alias of any' }]);
  });
});

describe('date ranges', () => {
  const ranges: [string | undefined, string | undefined][] = [
    ['2007-10-13', undefined],
    [undefined, '2007-07'],
    ['2007-10', '2007-10'],
    ['2007-10-12', '2007-10-12'],
    ['2008', undefined],
    ['1990', '2007-07-13'],
  ];
  const overlapping = (table: string, from?: string, to?: string) => {
    const lo = from ? dateBounds(from, precisionOf(from)!).start : '0000-01-01';
    const hi = to ? dateBounds(to, precisionOf(to)!).end : '9999-12-31';
    // A statement stands from its sort key to its known_by day: its date's interval or, undated, the day it was known by.
    const interval = table === 'statements' ? "nullif(sort_date, '') AS date_start, known_by AS date_end" : 'date_start, date_end';
    return t
      .all<{ id: string; date_start: string | null; date_end: string | null }>(`SELECT id, ${interval} FROM ${table}`)
      .filter((r) => r.date_start !== null && r.date_end! >= lo && r.date_start <= hi)
      .map((r) => r.id)
      .sort();
  };

  it.each(ranges)('from=%s to=%s selects every statement and date whose interval overlaps', async (from, to) => {
    const query = [from && `from=${from}`, to && `to=${to}`].filter(Boolean).join('&');
    expect(await ids(`/statements?${query}`)).toEqual(overlapping('statements', from, to));
    expect(await ids(`/dates?${query}`)).toEqual(overlapping('dates', from, to));
  });

  it.each(ranges)('from=%s to=%s selects every proposal with a history entry whose interval overlaps', async (from, to) => {
    const query = [from && `from=${from}`, to && `to=${to}`].filter(Boolean).join('&');
    const lo = from ? dateBounds(from, precisionOf(from)!).start : '0000-01-01';
    const hi = to ? dateBounds(to, precisionOf(to)!).end : '9999-12-31';
    const expected = [
      ...new Set(
        t
          .all<{ proposal_id: string; date_start: string | null; date_end: string | null }>('SELECT proposal_id, date_start, date_end FROM proposal_statuses')
          .filter((r) => r.date_start !== null && r.date_end! >= lo && r.date_start <= hi)
          .map((r) => r.proposal_id),
      ),
    ].sort();
    expect(await ids(`/proposals?${query}`)).toEqual(expected);
  });

  it('counts a statement the articles do not date as made on the day it was known by', async () => {
    const found = await ids('/statements?from=2007-10-14&to=2007-10-14');
    expect(found).toContain('kosachyov-resolute-steps'); // undated, reported by xinhua on 2007-10-14
    expect(found).not.toContain('fried-threat-based'); // undated, reported by iht on 2007-10-22
    expect(await ids('/statements?to=2007-10-13')).not.toContain('kosachyov-resolute-steps');
  });

  it('counts a month-precision date as overlapping a range inside its month', async () => {
    const found = await ids('/statements?from=2007-10-13&to=2007-10-13');
    expect(found).toContain('rice-deploy-without-delay'); // dated 2007-10, "later"
    expect(found).not.toContain('lavrov-urged-freeze'); // dated 2007-10-12
  });

  it.each(['2007-13', '12/10/2007', 'yesterday', '2007-02-30'])('answers a 400 problem naming from=%s', async (value) => {
    const response = await t.inject(`/statements?from=${value}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].name).toBe('query.from');
  });

  it('answers a 400 problem naming an unknown enum value', async () => {
    const response = await t.inject('/statements?kind=rumour&stance=maybe');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { name: string }) => e.name).sort()).toEqual(['query.kind', 'query.stance']);
  });
});

describe('date ranges and calendar intervals', () => {
  it('take a month or year that holds from, and no record that ends before it, whatever the year', async () => {
    const app = await createTestApp();
    try {
      // Every seed statement is dated after the year 1000 (a bound once compared as text, "999-…", and matched nothing).
      expect((await app.inject('/statements?from=1000&limit=1')).json().data.length).toBe(1);
      const all = (await app.inject('/statements?limit=100&from=2007-10-13&to=2007-10-13')).json().data as { date: { value: string; precision: string } | null }[];
      expect(all.length).toBeGreaterThan(0);
      for (const s of all) expect(['2007', '2007-10', '2007-10-13']).toContain(s.date!.value);
      const wider = (await app.inject('/statements?limit=100&from=2007-10&to=2007-10')).json().data as { date: { value: string } }[];
      expect(wider.some((s) => s.date.value === '2007-10')).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('statements in time order', () => {
  const walk = async (url: string) => {
    const out: string[] = [];
    let next: string | null = null;
    do {
      const response = await t.inject(`${url}&limit=7${next ? `&cursor=${next}` : ''}`);
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      out.push(...response.json().data.map((r: { id: string }) => r.id));
      next = response.json().next_cursor;
    } while (next);
    return out;
  };

  it.each(['', '&speaker=sergei-lavrov,robert-gates', '&issue=missile-defense', '&from=2007-10&to=2007-11'])('sort=-date%s pages in exactly the reverse of sort=date', async (filters) => {
    const forward = await walk(`/statements?sort=date${filters}`);
    expect(forward.length).toBeGreaterThan(3);
    expect(await walk(`/statements?sort=-date${filters}`)).toEqual([...forward].reverse());
    expect(await walk(`/statements?x${filters}`.replace('?x&', '?').replace('?x', '?'))).toEqual(forward);
  });

  it.each(['2007-10-13', '2007-10-12', '2007-10', '2008-01-01'])('pages from=%s seven at a time in the list order, each statement once, as the one page of them all', async (from) => {
    // Statements dated by month or year that reach into the range start before it: read on PostgreSQL as queries of their own, merged.
    const expected = t
      .all<{ id: string }>(`SELECT id FROM statements WHERE sort_date <> '' AND known_by >= '${from.length === 7 ? `${from}-01` : from}' AND sort_date <= '2008-12-31' ORDER BY sort_date, id`)
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(7);
    expect(await walk(`/statements?from=${from}&to=2008`)).toEqual(expected);
    expect(await walk(`/statements?from=${from}&to=2008&sort=-date`)).toEqual([...expected].reverse());
  });

  it('opens on the earliest statements, undated ones among them at the day they were known by', async () => {
    const first = (await t.inject('/statements?limit=5')).json().data as { known_by: string }[];
    const earliest = t.all<{ d: string }>("SELECT min(sort_date) AS d FROM statements")[0]!.d;
    expect(earliest).not.toBe('');
    expect(t.all("SELECT id FROM statements WHERE sort_date = ''")).toEqual([]);
    expect(first[0]!.known_by >= earliest).toBe(true);
  });

  it('refuses a cursor of one order in the other', async () => {
    const cursor = (await t.inject('/statements?limit=2')).json().next_cursor;
    expect((await t.inject(`/statements?limit=2&sort=-date&cursor=${cursor}`)).statusCode).toBe(400);
  });
});

describe('proposals by a history entry and its date', () => {
  it('with history_status, the range qualifies that entry, not any other of the history', async () => {
    const entries = t.all<{ proposal_id: string; status: string; date_start: string | null; date_end: string | null }>('SELECT proposal_id, status, date_start, date_end FROM proposal_statuses');
    const expected = (status: string, lo: string, hi: string) =>
      [...new Set(entries.filter((e) => e.status === status && e.date_start !== null && e.date_end! >= lo && e.date_start <= hi).map((e) => e.proposal_id))].sort();
    expect(await ids('/proposals?history_status=rejected&from=2008')).toEqual(expected('rejected', '2008-01-01', '9999-12-31'));
    expect(await ids('/proposals?history_status=rejected&to=2007-10-11')).toEqual(expected('rejected', '0000-01-01', '2007-10-11'));
    expect(await ids('/proposals?history_status=tabled&from=2007-10-12&to=2007-10-12')).toEqual(expected('tabled', '2007-10-12', '2007-10-12'));
    expect((await ids('/proposals?history_status=tabled&from=2007-10-12&to=2007-10-12')).length).toBeGreaterThan(0);
  });
});
