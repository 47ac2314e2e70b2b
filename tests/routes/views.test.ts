import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createWriteService } from '../../src/writes/service.js';
import {
  DEFAULT_POSITIONS_PAGE,
  DEFAULT_POSITION_STATEMENTS,
  MAX_POSITION_STATEMENTS,
  POSITIONS_PAGE_TEXT_BYTES,
} from '../../src/repositories/positions.js';
import { STALE_POSITION_KEYS, TEST_KEY, createTestApp, seededBefore } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function timeline(query: string) {
  const entries: any[] = [];
  let next: string | null = null;
  do {
    const response = await t.inject(`/timeline?${query}&limit=10${next ? `&cursor=${next}` : ''}`);
    expect(response.statusCode).toBe(200);
    entries.push(...response.json().data);
    next = response.json().next_cursor;
  } while (next);
  return entries;
}

describe('GET /timeline', () => {
  it.each(['gabala', 'freeze', 'kosovo', 'withdraw'])('q=%s keeps exactly the entries whose record has the word, in order', async (word) => {
    const all = await timeline('');
    const hits = await timeline(`q=${word}`);
    // The word in the record the entry stands for: the date, the statement, or the proposal whose status changed.
    const matching = (type: string, id: string) =>
      t.all(`SELECT 1 FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid WHERE search_index MATCH ? AND d.type = ? AND d.record_id = ?`, `"${word}"*`, type, id).length > 0;
    const expected = all.filter((e) => matching(e.record.type, e.record.id));
    expect(hits.map((e) => `${e.type}:${e.id}`)).toEqual(expected.map((e) => `${e.type}:${e.id}`));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(all.length);
  });

  it('merges every date, every statement and every dated status change, in chronological order', async () => {
    const entries = await timeline('');
    const expected =
      t.all('SELECT id FROM dates').length +
      t.all('SELECT id FROM statements').length +
      t.all('SELECT id FROM proposal_statuses WHERE date_start IS NOT NULL').length;
    expect(entries).toHaveLength(expected);
    expect(new Set(entries.map((e) => `${e.type}:${e.id}`)).size).toBe(expected);
    // A statement stands at its sort key: its date's first day, or undated, its known_by day.
    const starts = entries.map((e) => t.all(`SELECT ${e.type === 'statement' ? 'sort_date AS date_start' : 'date_start'} FROM ${e.type === 'date' ? 'dates' : e.type === 'statement' ? 'statements' : 'proposal_statuses'} WHERE ${e.type === 'status_change' ? "proposal_id || '@' || seq" : 'id'} = ?`, e.id)[0].date_start);
    expect(starts).toEqual([...starts].sort());
    for (const e of entries) expect(e.precision).toBe(e.date.precision);
  });

  it('places a statement the articles do not date on the day it was known by, and says so', async () => {
    const entries = (await timeline('type=statement')).filter((e) => e.undated);
    const undated = t.all<{ id: string; known_by: string }>('SELECT id, known_by FROM statements WHERE date_value IS NULL');
    expect(undated.length).toBeGreaterThan(10);
    expect(entries.map((e) => e.id).sort()).toEqual(undated.map((s) => s.id).sort());
    for (const e of entries) {
      const { known_by, known_by_source } = (await t.inject(`/statements/${e.id}`)).json();
      expect(e.date).toMatchObject({ value: known_by, precision: 'day', text: null });
      expect(e.date.basis).toContain(`when ${known_by_source}, the earliest article reporting it, was written`);
    }
    expect((await timeline('type=statement')).filter((e) => !e.undated).every((e) => e.date.basis === null || !e.date.basis.startsWith('Not dated'))).toBe(true);
  });

  it('gives the CFE Treaty timeline, sub-issues included, from its signing on', async () => {
    const entries = await timeline('issue=cfe-treaty');
    expect(entries[0]).toMatchObject({ type: 'date', id: 'cfe-treaty-signed', date: { value: '1990-11-19', precision: 'day' } });
    expect(entries.map((e) => e.id)).toContain('cfe-suspension-decree');
    expect(entries.map((e) => e.id)).toContain('fried-cfe-impasse'); // about the adapted treaty, nested under the CFE Treaty
    expect(entries.some((e) => e.type === 'status_change' && e.record.id === 'us-cfe-concessions')).toBe(true);
  });

  it('pages an issue\'s timeline as exactly the entries about the issue or its sub-issues, each once, in order', async () => {
    const tree = "WITH RECURSIVE tree(id) AS (SELECT 'cfe-treaty' UNION SELECT i.id FROM issues i JOIN tree ON i.parent_id = tree.id)";
    const expected = [
      ...t.all(`${tree} SELECT DISTINCT 'date:' || d.id AS k, d.date_start AS s FROM dates d JOIN date_issues x ON x.date_id = d.id WHERE x.issue_id IN (SELECT id FROM tree)`),
      ...t.all(`${tree} SELECT DISTINCT 'statement:' || s.id AS k, s.sort_date AS s FROM statements s JOIN statement_issues x ON x.statement_id = s.id WHERE x.issue_id IN (SELECT id FROM tree) AND s.sort_date <> ''`),
      ...t.all(`${tree} SELECT DISTINCT 'status_change:' || h.proposal_id || '@' || h.seq AS k, h.date_start AS s FROM proposal_statuses h JOIN proposal_issues x ON x.proposal_id = h.proposal_id WHERE x.issue_id IN (SELECT id FROM tree) AND h.date_start IS NOT NULL`),
    ];
    expect(t.all(`${tree} SELECT count(*) AS n FROM tree`)[0].n).toBeGreaterThan(1);
    const entries = await timeline('issue=cfe-treaty');
    const keys = entries.map((e) => `${e.type}:${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(expected.map((r) => r.k).sort());
    const start = new Map(expected.map((r) => [r.k, r.s]));
    const starts = keys.map((k) => start.get(k));
    expect(starts).toEqual([...starts].sort());
  });

  it('filters by actor and range', async () => {
    const entries = await timeline('actor=vladimir-putin&from=2007-10-12&to=2007-10-12');
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.date.value.startsWith('2007-10')).toBe(true);
    expect(entries.map((e) => e.id)).toContain('putin-asks-us-to-abandon-plan');
  });

  it('filters by type', async () => {
    const entries = await timeline('type=status_change');
    expect(new Set(entries.map((e) => e.type))).toEqual(new Set(['status_change']));
  });

  it('answers a 400 problem for a bad type or a tampered cursor', async () => {
    expect((await t.inject('/timeline?type=rumour')).statusCode).toBe(400);
    expect((await t.inject('/timeline?cursor=eyJvIjoidGltZWxpbmUiLCJrIjpbMSwyLDNdfQ')).statusCode).toBe(400);
  });
});

/** A write through the API with the test key (and the current ETag for PATCH and DELETE), expected to succeed: its answer's body, if any. */
function writerFor(app: App) {
  const auth = { authorization: `Bearer ${TEST_KEY}` };
  return async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
    const etag = method === 'POST' ? {} : { 'if-match': (await app.inject(url)).headers.etag as string };
    const response = await app.inject({ method, url, payload, headers: { ...auth, ...etag } });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.body ? response.json() : null;
  };
}

/** Rows of issue_timeline that differ, either way, from the issue tree and the link tables as they are now (the triggers of migration 0020). */
const STALE_ISSUE_TIMELINE = `
  WITH RECURSIVE up(issue_id, ancestor_id) AS (
    SELECT id, id FROM issues UNION SELECT up.issue_id, i.parent_id FROM up JOIN issues i ON i.id = up.ancestor_id WHERE i.parent_id IS NOT NULL),
  links(issue_id, date_start, stream, record_id, seq) AS (
    SELECT issue_id, sort_date, 0, date_id, 0 FROM date_issues
    UNION ALL SELECT issue_id, sort_date, 1, statement_id, 0 FROM statement_issues
    UNION ALL SELECT issue_id, date_start, 2, proposal_id, seq FROM proposal_status_issues),
  derived AS (SELECT up.ancestor_id, l.date_start, l.stream, l.record_id, l.seq, l.issue_id FROM links l JOIN up ON up.issue_id = l.issue_id)
  SELECT 'missing', * FROM (SELECT * FROM derived EXCEPT SELECT ancestor_id, date_start, stream, record_id, seq, issue_id FROM issue_timeline) AS m
  UNION ALL
  SELECT 'stale', * FROM (SELECT ancestor_id, date_start, stream, record_id, seq, issue_id FROM issue_timeline EXCEPT SELECT * FROM derived) AS s
  UNION ALL
  SELECT 'ancestors', * FROM (SELECT issue_id, ancestor_id, 0, '', 0, '' FROM issue_ancestors EXCEPT SELECT issue_id, ancestor_id, 0, '', 0, '' FROM up) AS a
  UNION ALL
  SELECT 'ancestors', * FROM (SELECT issue_id, ancestor_id, 0, '', 0, '' FROM up EXCEPT SELECT issue_id, ancestor_id, 0, '', 0, '' FROM issue_ancestors) AS b`;

/** The timeline of an issue as the records say it, each entry once: `type:id` in timeline order. */
function expectedTimeline(app: App, issue: string): string[] {
  const tree = `WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT i.id FROM issues i JOIN tree ON i.parent_id = tree.id)`;
  const rows = [
    ...app.all<{ s: string; o: number; r: string; q: number }>(`${tree} SELECT DISTINCT d.date_start AS s, 0 AS o, d.id AS r, 0 AS q FROM dates d JOIN date_issues x ON x.date_id = d.id WHERE x.issue_id IN (SELECT id FROM tree)`, issue),
    ...app.all<{ s: string; o: number; r: string; q: number }>(`${tree} SELECT DISTINCT s.sort_date AS s, 1 AS o, s.id AS r, 0 AS q FROM statements s JOIN statement_issues x ON x.statement_id = s.id WHERE x.issue_id IN (SELECT id FROM tree) AND s.sort_date <> ''`, issue),
    ...app.all<{ s: string; o: number; r: string; q: number }>(`${tree} SELECT DISTINCT h.date_start AS s, 2 AS o, h.proposal_id AS r, h.seq AS q FROM proposal_statuses h JOIN proposal_issues x ON x.proposal_id = h.proposal_id WHERE x.issue_id IN (SELECT id FROM tree) AND h.date_start IS NOT NULL`, issue),
  ];
  const order = (a: (typeof rows)[number], b: (typeof rows)[number]) => (a.s !== b.s ? (a.s < b.s ? -1 : 1) : a.o - b.o || (a.r !== b.r ? (a.r < b.r ? -1 : 1) : a.q - b.q));
  return rows.sort(order).map((r) => (r.o === 0 ? `date:${r.r}` : r.o === 1 ? `statement:${r.r}` : `status_change:${r.r}@${r.q}`));
}

/** Checks that issue_timeline is current, and that every issue's timeline, paged, is exactly its records' entries in order. */
async function expectTimelinesAgree(app: App) {
  expect(app.all(STALE_ISSUE_TIMELINE)).toEqual([]);
  for (const { id } of app.all<{ id: string }>('SELECT id FROM issues ORDER BY id')) {
    const keys: string[] = [];
    let next: string | null = null;
    do {
      const response = await app.inject(`/timeline?issue=${id}&limit=7${next ? `&cursor=${next}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      keys.push(...response.json().data.map((e: any) => `${e.type}:${e.id}`));
      next = response.json().next_cursor;
    } while (next);
    expect(keys, id).toEqual(expectedTimeline(app, id));
  }
}

describe('issue_timeline', () => {
  it('gives every issue\'s timeline, paged, as exactly the entries about it or an issue under it', async () => {
    expect(t.all('SELECT count(*) AS n FROM issue_timeline')[0]).toMatchObject({ n: expect.any(Number) });
    expect((t.all('SELECT count(*) AS n FROM issue_timeline')[0] as { n: number }).n).toBeGreaterThan(100);
    await expectTimelinesAgree(t);
  });

  it('keeps it current whoever writes: issues moved, links and dates changed, records deleted, SQL on the link tables', async () => {
    const w = await createTestApp({ apiKeys: [TEST_KEY] });
    const write = writerFor(w);
    try {
      // A new issue under the CFE Treaty, a statement about it: on the new issue's timeline and on the treaty's.
      await write('POST', '/issues', { id: 'cfe-flank-limits', name: 'CFE flank limits', parent_id: 'cfe-treaty', evidence: [{ source_id: 'xinhua-2007-10-14', exact: 'Russia would be forced to take steps to "neutralize" the threat' }] });
      const statement = await write('POST', '/statements', {
        speaker_id: 'sergei-lavrov',
        kind: 'paraphrase',
        text: 'The flank limits must go.',
        date: { value: '2007-10-20', precision: 'day', text: null, basis: null },
        issues: [{ issue_id: 'cfe-flank-limits', stance: 'opposes' }, { issue_id: 'cfe-treaty', stance: 'opposes' }],
        evidence: [{ source_id: 'xinhua-2007-10-14', exact: 'Russia would be forced to take steps to "neutralize" the threat' }],
      });
      const onTimeline = async (issue: string) => (await w.inject(`/timeline?issue=${issue}&from=2007-10-20&to=2007-10-20&type=statement`)).json().data.map((e: any) => e.id);
      expect(await onTimeline('cfe-treaty')).toContain(statement.id);
      await expectTimelinesAgree(w);

      // The new issue moves under missile defense, then to the top; the CFE Treaty keeps the statement through its own link.
      await write('PATCH', '/issues/cfe-flank-limits', { parent_id: 'missile-defense' });
      expect(await onTimeline('missile-defense')).toContain(statement.id);
      await expectTimelinesAgree(w);
      await write('PATCH', '/statements/' + statement.id, { issues: [{ issue_id: 'cfe-flank-limits', stance: 'opposes' }] });
      expect(await onTimeline('cfe-treaty')).not.toContain(statement.id);
      await expectTimelinesAgree(w);
      await write('PATCH', '/issues/cfe-flank-limits', { parent_id: null });
      expect(await onTimeline('missile-defense')).not.toContain(statement.id);
      await expectTimelinesAgree(w);

      // A whole subtree moves: the CFE Treaty, with its nested issues, under missile defense.
      await write('PATCH', '/issues/cfe-treaty', { parent_id: 'missile-defense' });
      await expectTimelinesAgree(w);

      // A date moves, a proposal gains a status and an issue, a statement is deleted.
      const date = w.all<{ id: string }>("SELECT date_id AS id FROM date_issues WHERE issue_id = 'cfe-treaty' LIMIT 1")[0]!.id;
      await write('PATCH', `/dates/${date}`, { date: { value: '2007-12-12', precision: 'day', text: null, basis: null } });
      const proposal = w.all<{ id: string }>('SELECT proposal_id AS id FROM proposal_issues LIMIT 1')[0]!.id;
      await write('POST', `/proposals/${proposal}/statuses`, { status: 'rejected', date: { value: '2008-02-01', precision: 'day', text: null, basis: null }, evidence: [{ source_id: 'xinhua-2007-10-14', exact: 'Russia would be forced to take steps to "neutralize" the threat' }] });
      await write('PATCH', `/proposals/${proposal}`, { issues: [{ issue_id: 'cfe-flank-limits' }] });
      await write('DELETE', `/statements/${statement.id}`);
      await expectTimelinesAgree(w);

      // SQL on a link table, as a loader or a replay might write.
      const sql = w.connection;
      sql.prepare("INSERT INTO date_issues (date_id, issue_id, sort_date) VALUES (?, 'cfe-flank-limits', '2007-12-12')").run(date);
      sql.prepare("UPDATE date_issues SET issue_id = 'kosovo-status' WHERE date_id = ? AND issue_id = 'cfe-flank-limits'").run(date);
      await expectTimelinesAgree(w);
      sql.prepare("DELETE FROM date_issues WHERE date_id = ? AND issue_id = 'kosovo-status'").run(date);
      await write('PATCH', `/proposals/${proposal}`, { issues: [{ issue_id: 'kosovo-status' }] });
      await write('DELETE', '/issues/cfe-flank-limits');
      await expectTimelinesAgree(w);
    } finally {
      await w.close();
    }
  });

  it('is whole when a batch writes a statement before the issue it is about, or a nested issue before its parent', async () => {
    const w = await createTestApp();
    try {
      const evidence = [{ source_id: 'xinhua-2007-10-14', exact: 'Russia would be forced to take steps to "neutralize" the threat' }];
      createWriteService(w.connection).createAll(
        [
          { collection: 'statements', body: { id: 'said-first', speaker_id: 'sergei-lavrov', kind: 'paraphrase', text: 'Said before its issue was written.', date: { value: '2007-10-21', precision: 'day', text: null, basis: null }, issues: [{ issue_id: 'late-child', stance: 'opposes' }], evidence } },
          { collection: 'issues', body: { id: 'late-child', name: 'A late child', parent_id: 'late-parent', evidence } },
          { collection: 'issues', body: { id: 'late-parent', name: 'A late parent', parent_id: 'cfe-treaty', evidence } },
        ],
        { keyId: 'test', now: new Date().toISOString() },
      );
      const ids = async (issue: string) => (await w.inject(`/timeline?issue=${issue}&from=2007-10-21&to=2007-10-21`)).json().data.map((e: { id: string }) => e.id);
      for (const issue of ['late-child', 'late-parent', 'cfe-treaty']) expect(await ids(issue), issue).toContain('said-first');
      await expectTimelinesAgree(w);
    } finally {
      await w.close();
    }
  });

  it('is filled from the records already there when migration 0020 runs', () => {
    const connection = seededBefore('0020');
    try {
      expect(sqliteOf(connection).prepare("SELECT name FROM sqlite_master WHERE name = 'issue_timeline'").all()).toEqual([]);
      migrateDatabase(sqliteOf(connection));
      expect(sqliteOf(connection).prepare('SELECT count(*) AS n FROM issue_timeline').get()).toEqual(t.all('SELECT count(*) AS n FROM issue_timeline')[0]);
      expect(sqliteOf(connection).prepare(STALE_ISSUE_TIMELINE).all()).toEqual([]);
    } finally {
      connection.close();
    }
  });
});

/** Rows of issue_speakers that differ from what statement_issues says now, either way (the triggers of migration 0012). */
const STALE_ISSUE_SPEAKERS = `
  WITH derived AS (
    SELECT issue_id, speaker_id, count(*) AS n, min(known_by) AS first FROM statement_issues
    WHERE speaker_id IS NOT NULL AND known_by IS NOT NULL GROUP BY issue_id, speaker_id)
  SELECT * FROM (SELECT * FROM derived EXCEPT SELECT issue_id, speaker_id, statement_count, first_known_by FROM issue_speakers) AS missing
  UNION ALL
  SELECT * FROM (SELECT issue_id, speaker_id, statement_count, first_known_by FROM issue_speakers EXCEPT SELECT * FROM derived) AS stale`;

type App = Awaited<ReturnType<typeof createTestApp>>;

/** Every page of an issue's positions for `query`, following next_cursor. */
async function positionPages(app: App, issue: string, query = '') {
  const pages: any[] = [];
  let next: string | null = null;
  do {
    const response = await app.inject(`/issues/${issue}/positions?${query}${next ? `&cursor=${next}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    pages.push(response.json());
    next = response.json().next_cursor;
  } while (next);
  return pages;
}

/** The positions on an issue as the statements say them, straight from statement_issues: what every page together must answer. */
function expectedPositions(app: App, issue: string, asOf: string | null, statements: number) {
  const rows = app.all<{ speaker_id: string; statement_id: string; stance: string; known_by: string }>(
    `SELECT speaker_id, statement_id, stance, known_by FROM statement_issues
     WHERE issue_id = ? AND speaker_id IS NOT NULL AND known_by IS NOT NULL${asOf ? ' AND known_by <= ?' : ''}
     ORDER BY speaker_id, known_by DESC, statement_id DESC`,
    issue,
    ...(asOf ? [asOf] : []),
  );
  const bySpeaker = new Map<string, typeof rows>();
  for (const row of rows) bySpeaker.set(row.speaker_id, [...(bySpeaker.get(row.speaker_id) ?? []), row]);
  // `since`: the first statement of the latest stance's unbroken run (the list is latest first).
  const runStart = (list: typeof rows) => {
    const broken = list.findIndex((r) => r.stance !== list[0]!.stance);
    return list[(broken === -1 ? list.length : broken) - 1]!.known_by;
  };
  return [...bySpeaker].map(([actor, list]) => ({
    actor,
    stance: list[0]!.stance,
    since: runStart(list),
    statement_count: list.length,
    statements: list.slice(0, statements).map((r) => r.statement_id).reverse(),
  }));
}

const summary = (p: any) => ({ actor: p.actor.id, stance: p.stance, since: p.since, statement_count: p.statement_count, statements: p.statements.map((s: any) => s.id) });

/** Checks that every page of the issue's positions, for each `statements` and day, agrees with the statements, and that issue_speakers is current. */
async function expectPositionsAgree(app: App, issues: string[], asOfs: (string | null)[] = [null, '2007-10-13', '2007-10-31', '2008-12-31', '2009-01-05', '2030-01-01']) {
  expect(app.all(STALE_ISSUE_SPEAKERS)).toEqual([]);
  expect(app.all(STALE_POSITION_KEYS)).toEqual([]);
  for (const issue of issues) {
    for (const asOf of asOfs) {
      for (const statements of [0, 1, DEFAULT_POSITION_STATEMENTS, MAX_POSITION_STATEMENTS]) {
        const pages = await positionPages(app, issue, `limit=4&statements=${statements}${asOf ? `&as_of=${asOf}` : ''}`);
        expect(pages.flatMap((p) => p.positions).map(summary), `${issue} as of ${asOf}, ${statements} statements`).toEqual(expectedPositions(app, issue, asOf, statements));
      }
    }
  }
}

/** The UTF-8 bytes of a page's statements' text, as the page bound counts them. */
const textBytes = (positions: any[]) => positions.reduce((sum, p) => sum + p.statements.reduce((s: number, st: any) => s + Buffer.byteLength(st.text, 'utf8'), 0), 0);

describe('GET /issues/{id}/positions', () => {
  it('gives each actor\'s latest stance with every statement behind it', async () => {
    const body = (await t.inject('/issues/missile-defense/positions?limit=100')).json();
    expect(body.as_of).toBeNull();
    expect(body.next_cursor).toBeNull();
    const speakers = t.all<{ id: string }>('SELECT DISTINCT s.speaker_id id FROM statement_issues si JOIN statements s ON s.id = si.statement_id WHERE si.issue_id = ? AND s.speaker_id IS NOT NULL ORDER BY 1', 'missile-defense');
    expect(body.positions.map((p: any) => p.actor.id)).toEqual(speakers.map((s) => s.id));
    for (const p of body.positions) {
      expect(p.stance).toBe(p.statements.at(-1).stance);
      expect(p.since <= p.statements.at(-1).known_by).toBe(true);
    }
    // Gates supported the plan from the Moscow talks of October 2007 on, not from times-2008's year.
    expect(body.positions.find((p: any) => p.actor.id === 'robert-gates')).toMatchObject({ stance: 'supports', since: '2007-10-12' });
  });

  it('agrees with the statements on every issue: stance, since, count and latest statements, for any number of statements and day', async () => {
    await expectPositionsAgree(t, t.all<{ id: string }>('SELECT id FROM issues ORDER BY id').map((i) => i.id));
  });

  it('answers where things stood on 2007-10-13: only what had happened by then', async () => {
    const body = (await t.inject('/issues/missile-defense/positions?as_of=2007-10-13')).json();
    expect(body.as_of).toBe('2007-10-13');
    const byActor = Object.fromEntries(body.positions.map((p: any) => [p.actor.id, p]));
    expect(byActor['sergei-lavrov'].stance).toBe('opposes');
    expect(byActor['condoleezza-rice'].stance).toBe('supports');
    const ids = body.positions.flatMap((p: any) => p.statements.map((s: any) => s.id));
    expect(ids).not.toContain('rice-deploy-without-delay'); // "later" in October: not certainly said by the 13th
    expect(ids).not.toContain('serdyukov-positions-unchanged'); // 2008
    for (const p of body.positions) for (const s of p.statements) expect(s.known_by <= '2007-10-13').toBe(true);
  });

  it('lists an actor\'s latest `statements` (3 unless asked, at most MAX_POSITION_STATEMENTS), and counts them all', async () => {
    const many = await createTestApp();
    try {
      const lavrov = async (query = '') => (await many.inject(`/issues/missile-defense/positions?limit=100${query}`)).json().positions.find((p: any) => p.actor.id === 'sergei-lavrov');
      const before = await lavrov();
      const add = MAX_POSITION_STATEMENTS + 3;
      const insert = many.connection.prepare(
        "INSERT INTO statements (id, speaker_id, kind, text, date_value, date_precision, date_start, date_end, sort_date) VALUES (?, 'sergei-lavrov', 'paraphrase', ?, ?, 'day', ?, ?, ?)",
      );
      const link = many.connection.prepare("INSERT INTO statement_issues (statement_id, issue_id, stance, sort_date) VALUES (?, 'missile-defense', ?, ?)");
      for (let i = 0; i < add; i++) {
        const day = `2009-01-${String(i + 1).padStart(2, '0')}`;
        insert.run(`lavrov-later-${i}`, `Said on ${day}.`, day, day, day, day);
        link.run(`lavrov-later-${i}`, i === add - 1 ? 'conditional' : 'opposes', day);
      }
      const latest = (n: number) => Array.from({ length: n }, (_, i) => `lavrov-later-${add - n + i}`);
      const most = await lavrov(`&statements=${MAX_POSITION_STATEMENTS}`);
      expect(most.statement_count).toBe(before.statement_count + add);
      expect(most.statements.map((s: any) => s.id)).toEqual(latest(MAX_POSITION_STATEMENTS));
      expect(most).toMatchObject({ stance: 'conditional', since: `2009-01-${String(add).padStart(2, '0')}` });
      const byDefault = await lavrov();
      expect(byDefault.statements.map((s: any) => s.id)).toEqual(latest(DEFAULT_POSITION_STATEMENTS));
      expect({ ...byDefault, statements: [] }).toEqual({ ...most, statements: [] });
      const then = await lavrov('&as_of=2007-10-13&statements=10');
      expect(then.statement_count).toBe(then.statements.length);
      const midway = await lavrov('&as_of=2009-01-05&statements=2');
      // Still opposed on 2009-01-05, as since the Moscow talks: the run goes back to before the added statements.
      expect(midway).toMatchObject({ since: before.since, statement_count: before.statement_count + 5 });
      expect(before).toMatchObject({ stance: 'opposes', since: '2007-10-12' });
      expect(midway.statements.map((s: any) => s.id)).toEqual(['lavrov-later-3', 'lavrov-later-4']);
      await expectPositionsAgree(many, ['missile-defense']);
    } finally {
      await many.close();
    }
  });

  it('takes `statements` from 0 to 10: with 0, each actor\'s stance, since and count without statements', async () => {
    const url = '/issues/missile-defense/positions?limit=100';
    const all = (await t.inject(`${url}&statements=10`)).json().positions;
    expect(all.some((p: any) => p.statements.length > DEFAULT_POSITION_STATEMENTS)).toBe(true);
    const none = (await t.inject(`${url}&statements=0`)).json().positions;
    expect(none.map((p: any) => ({ ...p, statements: undefined }))).toEqual(all.map((p: any) => ({ ...p, statements: undefined })));
    for (const p of none) expect(p.statements).toEqual([]);
    const byDefault = (await t.inject(url)).json();
    expect(byDefault).toEqual((await t.inject(`${url}&statements=${DEFAULT_POSITION_STATEMENTS}`)).json());
    byDefault.positions.forEach((p: any, i: number) => expect(p.statements).toEqual(all[i].statements.slice(-DEFAULT_POSITION_STATEMENTS)));
    for (const bad of [String(MAX_POSITION_STATEMENTS + 1), '-1', '1.5', 'three']) {
      const response = await t.inject(`${url}&statements=${bad}`);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().errors[0].name).toBe('query.statements');
    }
  });

  it('answers every issue of the seed in one default page under 20 KB, missile defense\'s 15 actors included', async () => {
    expect(DEFAULT_POSITIONS_PAGE).toBeGreaterThanOrEqual(15);
    for (const { id } of t.all<{ id: string }>('SELECT id FROM issues')) {
      for (const query of ['', '?as_of=2007-10-31']) {
        const response = await t.inject(`/issues/${id}/positions${query}`);
        expect(response.statusCode).toBe(200);
        expect(response.rawPayload.length, id).toBeLessThan(20_000);
        expect(response.json().next_cursor, id).toBeNull();
      }
    }
    const body = (await t.inject('/issues/missile-defense/positions')).json();
    expect(body.positions.map((p: any) => p.actor.id)).toHaveLength(t.all('SELECT speaker_id FROM issue_speakers WHERE issue_id = ?', 'missile-defense').length);
    expect(body.positions).toHaveLength(15);
  });

  it('pages through the actors by id, each once, with or without as_of', async () => {
    for (const asOf of ['', '&as_of=2007-10-13']) {
      const whole = (await t.inject(`/issues/missile-defense/positions?limit=100${asOf}`)).json();
      expect(whole.next_cursor).toBeNull();
      const paged: any[] = [];
      let next: string | null = null;
      do {
        const body: any = (await t.inject(`/issues/missile-defense/positions?limit=2${asOf}${next ? `&cursor=${next}` : ''}`)).json();
        expect(body.positions.length).toBeLessThanOrEqual(2);
        paged.push(...body.positions);
        next = body.next_cursor;
      } while (next);
      expect(whole.positions.length).toBeGreaterThan(2);
      expect(paged).toEqual(whole.positions);
    }
    expect((await t.inject('/issues/missile-defense/positions?cursor=eyJvIjoidGltZWxpbmUiLCJrIjpbMSwyLDNdfQ')).statusCode).toBe(400);
    expect((await t.inject('/issues/missile-defense/positions?limit=0')).json().errors[0].name).toBe('query.limit');
  });

  it('ends a page before its statements\' text would pass POSITIONS_PAGE_TEXT_BYTES, with at least one actor, and pages on from there', async () => {
    const big = await createTestApp({ apiKeys: [TEST_KEY] });
    try {
      // Ten statements of 10,000 characters each for three speakers: 100,000 bytes of text
      // each for Rice and Gates, and 300,000 for Lavrov (three-byte characters), more than a page alone.
      const long = (speaker: string, letter: string) => (i: number) => `${speaker} ${i}: ${letter.repeat(10_000)}`.slice(0, 10_000);
      const writers: [string, (i: number) => string][] = [['condoleezza-rice', long('Rice', 'r')], ['robert-gates', long('Gates', 'g')], ['sergei-lavrov', long('Lavrov', '€')]];
      for (const [speaker, text] of writers) {
        for (let i = 0; i < MAX_POSITION_STATEMENTS; i++) {
          const response = await big.inject({
            method: 'POST',
            url: '/statements',
            headers: { authorization: `Bearer ${TEST_KEY}` },
            payload: {
              id: `${speaker}-long-${i}`,
              speaker_id: speaker,
              kind: 'paraphrase',
              text: text(i),
              date: { value: `2009-02-${String(i + 1).padStart(2, '0')}`, precision: 'day', text: null, basis: null },
              issues: [{ issue_id: 'missile-defense', stance: 'opposes' }],
              evidence: [{ source_id: 'xinhua-2007-10-14', exact: 'Russia would be forced to take steps to "neutralize" the threat' }],
            },
          });
          expect(response.statusCode, response.body).toBe(201);
        }
      }
      const speakers = big.all<{ speaker_id: string }>('SELECT speaker_id FROM issue_speakers WHERE issue_id = ? ORDER BY 1', 'missile-defense').map((r) => r.speaker_id);
      const pages = await positionPages(big, 'missile-defense', `limit=100&statements=${MAX_POSITION_STATEMENTS}`);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[0].positions.length).toBeLessThan(speakers.length);
      expect(pages.flatMap((p) => p.positions.map((q: any) => q.actor.id))).toEqual(speakers); // every actor once, in order
      pages.forEach((page, i) => {
        const bytes = textBytes(page.positions);
        if (page.positions.length > 1) expect(bytes).toBeLessThanOrEqual(POSITIONS_PAGE_TEXT_BYTES);
        // A page ended early only because the next actor would not fit.
        if (i < pages.length - 1) expect(bytes + textBytes(pages[i + 1].positions.slice(0, 1))).toBeGreaterThan(POSITIONS_PAGE_TEXT_BYTES);
      });
      const alone = pages.find((page) => page.positions.length === 1 && page.positions[0].actor.id === 'sergei-lavrov');
      expect(textBytes(alone.positions)).toBeGreaterThan(POSITIONS_PAGE_TEXT_BYTES);
      expect(alone.next_cursor).not.toBeNull(); // Lavrov's id is not the last
      expect(pages.flatMap((p) => p.positions).map(summary)).toEqual(expectedPositions(big, 'missile-defense', null, MAX_POSITION_STATEMENTS));
      // Three statements each fit on one page.
      const three = await big.inject('/issues/missile-defense/positions?limit=100');
      expect(three.json().next_cursor).toBeNull();
      expect(three.json().positions.map((p: any) => p.actor.id)).toEqual(speakers);
    } finally {
      await big.close();
    }
  });

  it('keeps issue_speakers current whoever writes: the API, or SQL on statement_issues', async () => {
    const w = await createTestApp({ apiKeys: [TEST_KEY] });
    const write = writerFor(w);
    const row = (issue: string, speaker: string) => w.all('SELECT statement_count, first_known_by FROM issue_speakers WHERE issue_id = ? AND speaker_id = ?', issue, speaker)[0];
    const issues = ['missile-defense', 'kosovo-status', 'cfe-treaty'];
    try {
      // A new speaker on an issue (insert), then one more statement, undated and known by its source.
      const created = await write('POST', '/statements', {
          speaker_id: 'robert-gates',
          kind: 'paraphrase',
          text: 'Kosovo will be discussed.',
          date: { value: '2007-11-02', precision: 'day', text: null, basis: null },
          issues: [{ issue_id: 'kosovo-status', stance: 'neutral' }],
          evidence: [{ source_id: 'xinhua-2007-10-14', exact: 'Russia would be forced to take steps to "neutralize" the threat' }],
        });
      expect(row('kosovo-status', 'robert-gates')).toEqual({ statement_count: 1, first_known_by: '2007-11-02' });
      const undated = await write('POST', '/statements', {
          speaker_id: 'robert-gates',
          kind: 'paraphrase',
          text: 'Kosovo will be discussed again.',
          date: null,
          issues: [{ issue_id: 'kosovo-status', stance: 'supports' }],
          evidence: [{ source_id: 'xinhua-2007-10-14', exact: 'Russia would be forced to take steps to "neutralize" the threat' }],
        });
      const published = (await w.inject('/sources/xinhua-2007-10-14')).json().published;
      expect(row('kosovo-status', 'robert-gates')).toEqual({ statement_count: 2, first_known_by: published.value });
      await expectPositionsAgree(w, issues);

      // Its source published later: known_by moves, and so does the first day.
      await write('PATCH', '/sources/xinhua-2007-10-14', { published: { ...published, value: '2007-11-20' } });
      expect(row('kosovo-status', 'robert-gates')).toEqual({ statement_count: 2, first_known_by: '2007-11-02' });
      await expectPositionsAgree(w, issues, [null, '2007-11-10', '2007-11-30']);

      // Another speaker (the statement leaves one actor's row for another's), then a later date.
      await write('PATCH', `/statements/${created.id}`, { speaker_id: 'vladimir-putin' });
      expect(row('kosovo-status', 'robert-gates')).toEqual({ statement_count: 1, first_known_by: '2007-11-20' });
      expect(row('kosovo-status', 'vladimir-putin')).toEqual({ statement_count: 1, first_known_by: '2007-11-02' });
      await write('PATCH', `/statements/${created.id}`, { date: { value: '2008', precision: 'year', text: null, basis: null } });
      expect(row('kosovo-status', 'vladimir-putin')).toEqual({ statement_count: 1, first_known_by: '2008-12-31' });
      await expectPositionsAgree(w, issues, [null, '2007-11-30', '2008-12-31']);

      // Another issue: the link goes and another comes.
      await write('PATCH', `/statements/${undated.id}`, { issues: [{ issue_id: 'cfe-treaty', stance: 'supports' }] });
      expect(row('kosovo-status', 'robert-gates')).toBeUndefined();
      expect(row('cfe-treaty', 'robert-gates')).toEqual({ statement_count: 2, first_known_by: '2007-10-12' });
      await expectPositionsAgree(w, issues, [null, '2007-10-13', '2007-11-30']);

      // Deleted: the last statement of an actor on an issue takes its row with it.
      await write('DELETE', `/statements/${created.id}`);
      expect(row('kosovo-status', 'vladimir-putin')).toBeUndefined();
      await write('DELETE', `/statements/${undated.id}`);
      expect(row('cfe-treaty', 'robert-gates')).toEqual({ statement_count: 1, first_known_by: '2007-10-12' });
      await expectPositionsAgree(w, issues, [null, '2007-10-13']);

      // SQL on statement_issues itself, as a loader or a replay might write: a link inserted
      // with its copies already set, moved to another issue, and deleted.
      const sql = w.connection;
      const [lavrov] = w.all<{ statement_id: string; known_by: string }>("SELECT statement_id, known_by FROM statement_issues WHERE issue_id = 'missile-defense' AND speaker_id = 'sergei-lavrov' ORDER BY known_by LIMIT 1");
      sql.prepare("INSERT INTO statement_issues (statement_id, issue_id, stance, sort_date, speaker_id, known_by) VALUES (?, 'kosovo-status', 'opposes', '', 'sergei-lavrov', ?)").run(lavrov!.statement_id, lavrov!.known_by);
      expect(row('kosovo-status', 'sergei-lavrov')).toEqual({ statement_count: 1, first_known_by: lavrov!.known_by });
      await expectPositionsAgree(w, issues, [null, '2007-10-13']);
      sql.prepare("UPDATE statement_issues SET issue_id = 'cfe-treaty' WHERE statement_id = ? AND issue_id = 'kosovo-status'").run(lavrov!.statement_id);
      expect(row('kosovo-status', 'sergei-lavrov')).toBeUndefined();
      await expectPositionsAgree(w, issues, [null, '2007-10-13']);
      sql.prepare("DELETE FROM statement_issues WHERE statement_id = ? AND issue_id = 'cfe-treaty'").run(lavrov!.statement_id);
      expect(row('cfe-treaty', 'sergei-lavrov')).toBeUndefined();
      await expectPositionsAgree(w, issues, [null, '2007-10-13']);
    } finally {
      await w.close();
    }
  });

  it('fills issue_speakers from the statements already there when migration 0012 runs', () => {
    // The migrations before 0012, then the seed (written with no issue_speakers triggers), then 0012 and after.
    const connection = seededBefore('0012');
    try {
      const all = (sql: string) => sqliteOf(connection).prepare(sql).all();
      expect(all("SELECT name FROM sqlite_master WHERE name = 'issue_speakers'")).toEqual([]);
      migrateDatabase(sqliteOf(connection));
      expect(all('SELECT * FROM issue_speakers').length).toBe(t.all('SELECT * FROM issue_speakers').length);
      expect(all(STALE_ISSUE_SPEAKERS)).toEqual([]);
    } finally {
      connection.close();
    }
  });

  it('accepts a month or a year as as_of, counting to its end', async () => {
    expect((await t.inject('/issues/missile-defense/positions?as_of=2007-10')).json().as_of).toBe('2007-10-31');
  });

  it('answers a 404 problem for an unknown issue and a 400 for a bad as_of', async () => {
    expect((await t.inject('/issues/nothing/positions')).statusCode).toBe(404);
    const bad = await t.inject('/issues/missile-defense/positions?as_of=13/10/2007');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].name).toBe('query.as_of');
  });
});
