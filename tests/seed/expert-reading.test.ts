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

describe('reference dates, ordered histories and kinds of disagreement', () => {
  it('a source counted from another day than its dateline says which, and why', async () => {
    expect((await get('/sources/iht-2007-10-22')).reference_date).toMatchObject({ value: '2007-10-19', precision: 'day' });
    expect((await get('/sources/amt-2007-11-01')).reference_date).toMatchObject({ value: '2007-10-29' });
    expect((await get('/sources/voa-2007-10-12')).reference_date).toBeNull();
  });

  it('counted from the article\'s own date, the Gabala link is floated before it is tabled, and the CFE concessions tabled before Russia rejects them', async () => {
    const history = async (id: string) => (await get(`/proposals/${id}`)).history.map((h: { status: string; date: { value: string } | null }) => `${h.status} ${h.date?.value ?? "undated"}`);
    expect(await history('us-gabala-data-link')).toEqual(expect.arrayContaining(['floated 2007-10-12', 'tabled 2007-10-17']));
    expect((await history('us-cfe-concessions')).slice(0, 2)).toEqual(['tabled 2007-10-12', 'rejected 2007-10-12']);
    expect((await history('us-missile-defense-offer'))[0]).toBe('floated 2007-10-12');
  });

  it('every disagreement says its kind, and the list filters by it', async () => {
    const all = (await get('/conflicts?limit=100')).data as { id: string; kind: string }[];
    expect(new Set(all.map((c) => c.kind))).toEqual(new Set(['between_sources', 'within_source', 'plan_and_event']));
    expect(await ids('/conflicts?kind=within_source')).toEqual(all.filter((c) => c.kind === 'within_source').map((c) => c.id));
    expect(all.find((c) => c.id === 'next-two-plus-two-venue')!.kind).toBe('plan_and_event');
    expect(all.find((c) => c.id === 'cfe-threat-withdraw-or-suspend')!.kind).toBe('within_source');
    // The Moscow talks' date was the knowledge base's own arithmetic, and Fried's shorter title an abbreviation.
    expect(all.map((c) => c.id)).not.toEqual(expect.arrayContaining(['moscow-talks-date']));
    expect(all.map((c) => c.id)).not.toContain('daniel-fried-title');
  });
});

describe('stances, attribution and what was missing', () => {
  const stanceOn = async (id: string, issue: string) => (await get(`/statements/${id}`)).issues.find((i: { id: string }) => i.id === issue)?.stance;

  it.each([
    ['senior-official-encouraged-by-creativity', 'kosovo-status', 'neutral'], // "encouraged by the creativity" of the talks
    ['russia-iran-has-no-missile', 'missile-threat-assessment', 'neutral'], // its next sentence: experts will develop criteria
    ['putin-inf-warning', 'inf-treaty', 'opposes'], // leave it unless it is extended
    ['rice-iran-talks-if-enrichment-suspended', 'iran-nuclear-program', 'supports'],
    ['diplomats-kosovo-recognition-risks', 'kosovo-status', 'neutral'],
  ])('%s is %s… %s', async (id, issue, stance) => {
    expect(await stanceOn(id, issue)).toBe(stance);
  });

  it('Putin\'s Gabala announcement is Russia\'s own shield, not a link with the U.S. system, and names no recipient', async () => {
    const statement = await get('/statements/putin-announces-gabala');
    expect(statement.plover_type).toBeNull();
    expect(statement.issues.find((i: { id: string }) => i.id === 'missile-defense').stance).toBe('opposes');
    const participants = (await get('/proposals/russia-gabala-alternative')).participants.map((p: { id: string }) => p.id);
    expect(participants).not.toContain('united-states');
  });

  it('EU member states, not the EU, may recognize Kosovo; the reporter\'s words are not the United States\'', async () => {
    expect((await get('/statements/eu-states-may-recognize-kosovo')).speaker_id).toBe('european-states');
    const spans = (await get('/statements/us-shield-protects-against-iran')).evidence.map((e: { exact: string }) => e.exact);
    expect(spans).not.toContain('to guard against possible attack from Iran');
  });

  it('the package ties the offers together, and the Gabala link has its answer', async () => {
    const pkg = await get('/proposals/us-complex-package?include=');
    expect(pkg.kind).toBe('offer');
    expect((await ids('/proposals?parent=us-complex-package&limit=100')).sort()).toEqual(['us-cfe-concessions', 'us-iran-sanctions-support', 'us-kosovo-softening', 'us-missile-defense-offer']);
    const history = (await get('/proposals/us-gabala-data-link')).history.map((h: { status: string; actor_id: string | null }) => `${h.status} by ${h.actor_id}`);
    expect(history).toEqual(['floated by united-states', 'tabled by united-states', 'rejected by vladimir-putin', 'under_consideration by russia']);
  });
});

describe('seeded records', () => {
  it('carry the time they entered the database as created_at and updated_at', async () => {
    const actor = await get('/actors/sergei-lavrov');
    expect(actor.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(actor.updated_at).toBe(actor.created_at);
    for (const table of ['sources', 'actors', 'issues', 'proposals', 'statements', 'dates', 'contested_claims']) {
      expect(t.all(`SELECT id FROM ${table} WHERE created_at IS NULL OR updated_at IS NULL`), table).toEqual([]);
    }
  });
});

describe('known by the day an article was written', () => {
  it('counts an undated statement from its article\'s reference date', async () => {
    expect(await get('/statements/scheffer-substantial-offer')).toMatchObject({ date: null, known_by: '2007-10-19', known_by_source: 'iht-2007-10-22' });
    expect(await get('/statements/putin-turns-down-offer')).toMatchObject({ date: null, known_by: '2007-10-29', known_by_source: 'amt-2007-11-01' });
    const { positions } = await get('/issues/missile-defense/positions?as_of=2007-10-19&limit=100');
    expect(positions.map((p: { actor: { id: string } }) => p.actor.id)).toContain('jaap-de-hoop-scheffer');
  });
});
