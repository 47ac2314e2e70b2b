import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSITION_STATEMENTS } from '../../src/repositories/positions.js';
import { createTestApp } from '../helpers.js';

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
  it('merges every dated date, statement and status change, in chronological order', async () => {
    const entries = await timeline('');
    const expected =
      t.all('SELECT id FROM dates').length +
      t.all('SELECT id FROM statements WHERE date_start IS NOT NULL').length +
      t.all('SELECT id FROM proposal_statuses WHERE date_start IS NOT NULL').length;
    expect(entries).toHaveLength(expected);
    expect(new Set(entries.map((e) => `${e.type}:${e.id}`)).size).toBe(expected);
    const starts = entries.map((e) => t.all(`SELECT date_start FROM ${e.type === 'date' ? 'dates' : e.type === 'statement' ? 'statements' : 'proposal_statuses'} WHERE ${e.type === 'status_change' ? "proposal_id || '@' || seq" : 'id'} = ?`, e.id)[0].date_start);
    expect(starts).toEqual([...starts].sort());
    for (const e of entries) expect(e.precision).toBe(e.date.precision);
  });

  it('gives the CFE Treaty timeline, sub-issues included, from its signing on', async () => {
    const entries = await timeline('issue=cfe-treaty');
    expect(entries[0]).toMatchObject({ type: 'date', id: 'cfe-treaty-signed', date: { value: '1990-11-19', precision: 'day' } });
    expect(entries.map((e) => e.id)).toContain('cfe-suspension-decree');
    expect(entries.map((e) => e.id)).toContain('fried-tells-nato-new-ideas'); // about the adapted treaty, nested under the CFE Treaty
    expect(entries.some((e) => e.type === 'status_change' && e.record.id === 'us-cfe-concessions')).toBe(true);
  });

  it('pages an issue\'s timeline as exactly the entries about the issue or its sub-issues, each once, in order', async () => {
    const tree = "WITH RECURSIVE tree(id) AS (SELECT 'cfe-treaty' UNION SELECT i.id FROM issues i JOIN tree ON i.parent_id = tree.id)";
    const expected = [
      ...t.all(`${tree} SELECT DISTINCT 'date:' || d.id AS k, d.date_start AS s FROM dates d JOIN date_issues x ON x.date_id = d.id WHERE x.issue_id IN (SELECT id FROM tree)`),
      ...t.all(`${tree} SELECT DISTINCT 'statement:' || s.id AS k, s.date_start AS s FROM statements s JOIN statement_issues x ON x.statement_id = s.id WHERE x.issue_id IN (SELECT id FROM tree) AND s.date_start IS NOT NULL`),
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

describe('GET /issues/{id}/positions', () => {
  it('gives each actor\'s latest stance with every statement behind it', async () => {
    const body = (await t.inject('/issues/missile-defense/positions?limit=100')).json();
    expect(body.as_of).toBeNull();
    expect(body.next_cursor).toBeNull();
    const speakers = t.all<{ id: string }>('SELECT DISTINCT s.speaker_id id FROM statement_issues si JOIN statements s ON s.id = si.statement_id WHERE si.issue_id = ? AND s.speaker_id IS NOT NULL ORDER BY 1', 'missile-defense');
    expect(body.positions.map((p: any) => p.actor.id)).toEqual(speakers.map((s) => s.id));
    for (const p of body.positions) {
      expect(p.stance).toBe(p.statements.at(-1).stance);
      expect(p.since).toBe(p.statements.at(-1).known_by);
    }
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

  it('lists an actor\'s latest statements, at most POSITION_STATEMENTS, and counts them all', async () => {
    const many = await createTestApp();
    try {
      const before = (await many.inject('/issues/missile-defense/positions')).json().positions.find((p: any) => p.actor.id === 'sergei-lavrov');
      const add = POSITION_STATEMENTS + 3;
      const insert = many.connection.sqlite.prepare(
        "INSERT INTO statements (id, speaker_id, kind, text, date_value, date_precision, date_start, date_end, sort_date) VALUES (?, 'sergei-lavrov', 'paraphrase', ?, ?, 'day', ?, ?, ?)",
      );
      const link = many.connection.sqlite.prepare("INSERT INTO statement_issues (statement_id, issue_id, stance, sort_date) VALUES (?, 'missile-defense', ?, ?)");
      for (let i = 0; i < add; i++) {
        const day = `2009-01-${String(i + 1).padStart(2, '0')}`;
        insert.run(`lavrov-later-${i}`, `Said on ${day}.`, day, day, day, day);
        link.run(`lavrov-later-${i}`, i === add - 1 ? 'conditional' : 'opposes', day);
      }
      const after = (await many.inject('/issues/missile-defense/positions')).json().positions.find((p: any) => p.actor.id === 'sergei-lavrov');
      expect(after.statement_count).toBe(before.statement_count + add);
      expect(after.statements.map((s: any) => s.id)).toEqual(Array.from({ length: POSITION_STATEMENTS }, (_, i) => `lavrov-later-${add - POSITION_STATEMENTS + i}`));
      expect(after).toMatchObject({ stance: 'conditional', since: `2009-01-${String(add).padStart(2, '0')}` });
      const then = (await many.inject('/issues/missile-defense/positions?as_of=2007-10-13')).json().positions.find((p: any) => p.actor.id === 'sergei-lavrov');
      expect(then.statement_count).toBe(then.statements.length);
    } finally {
      await many.close();
    }
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

describe('GET /proposals/{id}', () => {
  it('answers with its status history and the statements that respond to it', async () => {
    const body = (await t.inject('/proposals/russia-freeze-demand')).json();
    expect(body.history.map((h: any) => h.status)).toEqual(['tabled', 'rejected', 'rejected']);
    expect(body.status).toBe('rejected');
    for (const h of body.history) expect(h.evidence.length).toBeGreaterThan(0);
    const statements = body.statements.map((s: any) => s.id);
    expect(statements).toEqual(expect.arrayContaining(['lavrov-urged-freeze', 'rice-will-not-freeze', 'rice-deploy-without-delay']));
    expect(body.participants).toContainEqual({ actor: { id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person' }, role: 'proposer' });
  });
});

describe('GET /conflicts', () => {
  it('lists every contested claim with every version and its evidence', async () => {
    const body = (await t.inject('/conflicts?limit=100')).json();
    expect(body.data).toHaveLength(t.all('SELECT id FROM contested_claims').length);
    for (const conflict of body.data) {
      expect(conflict.versions.length).toBeGreaterThanOrEqual(2);
      for (const v of conflict.versions) expect(v.evidence.length).toBeGreaterThan(0);
    }
    const start = body.data.find((c: any) => c.id === 'start-1-expiry-year');
    expect(start.versions.map((v: any) => v.value)).toEqual(['2009', '2012']);
    expect(start.subject).toEqual({ type: 'issue', id: 'start-1' });
  });
});
