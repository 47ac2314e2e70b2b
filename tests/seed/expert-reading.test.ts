/**
 * Decisions taken on the knowledge base as an expert read it against the articles: each
 * test holds one, with the words that justify it in the record's note or basis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (url: string) => (await t.inject(url)).json();
const ids = async (url: string) => (await get(url)).data.map((r: { id: string }) => r.id);

describe('dates read as the articles were written', () => {
  it('Fried\'s briefing of NATO ambassadors is one date record, in October, and his words there are of October', async () => {
    expect((await t.inject('/dates/fried-tells-nato-new-ideas')).statusCode).toBe(404);
    const briefing = await get('/dates/fried-briefs-nato');
    expect(briefing.date.value).toBe('2007-10-17');
    expect(briefing.evidence.map((e: { source_id: string }) => e.source_id)).toEqual(expect.arrayContaining(['iht-2007-10-22', 'amt-2007-11-01']));
    for (const id of ['fried-new-ideas-on-the-table', 'fried-cfe-impasse', 'fried-russians-found-ideas-interesting']) {
      expect((await get(`/statements/${id}`)).date).toMatchObject({ value: '2007-10', precision: 'month', text: 'this month' });
    }
  });

  it('one passage, one date: Russia\'s view of the CFE proposals and the history entry citing the same sentence', async () => {
    const statement = await get('/statements/russia-cfe-proposals-inadequate');
    const rejected = (await get('/proposals/us-cfe-concessions')).history.find((h: { status: string }) => h.status === 'rejected');
    expect(statement.date).not.toBeNull();
    expect(rejected.date).toEqual(statement.date);
  });

  it('no statement is without a date or a known_by day', async () => {
    expect(t.all('SELECT id FROM statements WHERE known_by IS NULL')).toEqual([]);
  });
});

describe('statements say what the words say', () => {
  it('Putin\'s CFE threat is a threat, cited by the words about him; Russia\'s threat is its own statement', async () => {
    const putin = await get('/statements/putin-threatens-cfe-withdrawal');
    expect(putin.text).toMatch(/^Russia may withdraw/);
    for (const e of putin.evidence) expect(e.exact).toMatch(/Putin/);
    const russia = await get('/statements/russia-threatens-cfe-withdrawal');
    expect(russia).toMatchObject({ speaker_id: 'russia', plover_type: 'THREATEN' });
    expect(russia.evidence.length).toBeGreaterThan(2);
  });

  it('the ministers\' joint statement has a speaker a filter finds', async () => {
    expect(await ids('/statements?speaker=two-plus-two-ministers')).toEqual(['ministers-experts-to-narrow-differences']);
    expect(t.all('SELECT id FROM statements WHERE speaker_id IS NULL')).toEqual([]);
  });

  it('Russia is not neutral on keeping the CFE Treaty in force', async () => {
    const { positions } = await get('/issues/cfe-treaty/positions?limit=100');
    expect(positions.find((p: { actor: { id: string } }) => p.actor.id === 'russia').stance).toBe('opposes');
  });

  it('what Lavrov reports Gates conceded is not Lavrov opposing the plan', async () => {
    const opposing = await ids('/statements?speaker=sergei-lavrov&issue=missile-defense&stance=opposes');
    expect(opposing).not.toContain('lavrov-gates-acknowledged-concerns');
    expect(opposing).toContain('lavrov-neutralize-threat');
  });
});
