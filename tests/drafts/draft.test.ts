/** Drafting an article: dates, quotations and speakers, names and issues, bad input, and the route. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reference, findDates } from '../../src/drafts/dates.js';
import { type Draft, draftText, loadKnowledge } from '../../src/drafts/draft.js';
import { type Knowledge } from '../../src/drafts/knowledge.js';
import { TEST_KEY, createTestApp, createTestDatabase } from '../helpers.js';

const SATURDAY: Reference = { value: '2007-10-13', precision: 'day', describe: '2007-10-13, the date of test-article' };
const dateOf = (text: string, reference = SATURDAY) => findDates(text, reference).map((d) => [d.text, d.date.value, d.date.precision]);

describe('date expressions', () => {
  it('resolves each against the reference day, as the knowledge base records dates', () => {
    expect(dateOf('The ministers met on Friday.')).toEqual([['on Friday', '2007-10-12', 'day']]);
    expect(dateOf('He said this morning that')).toEqual([['this morning', '2007-10-13', 'day']]);
    expect(dateOf('They will meet next week.')).toEqual([['next week', '2007-10', 'month']]);
    expect(dateOf('It was offered two weeks ago.')).toEqual([['two weeks ago', '2007-09', 'month']]);
    expect(dateOf('The next round is in six months.')).toEqual([['in six months', '2008-04', 'month']]);
    expect(dateOf('Russia threatens to leave next month.')).toEqual([['next month', '2007-11', 'month']]);
    expect(dateOf('Elections are due next year.')).toEqual([['next year', '2008', 'year']]);
    expect(dateOf('The decree of July 13, 2007 took effect.')).toEqual([['July 13, 2007', '2007-07-13', 'day']]);
    expect(dateOf('The deadline is Dec. 10.')).toEqual([['Dec. 10', '2007-12-10', 'day']]);
    expect(dateOf('When it was adopted in 1987, the treaty')).toEqual([['1987', '1987', 'year']]);
    expect(dateOf('reverse 28 years of American policy')).toEqual([['28 years of American policy', '1979', 'year']]);
  });

  it('reads a bare weekday as the last one, and the same day as that day', () => {
    expect(dateOf('Talks resumed Wednesday.')).toEqual([['Wednesday', '2007-10-10', 'day']]);
    expect(dateOf('Talks resumed Saturday.')).toEqual([['Saturday', '2007-10-13', 'day']]);
  });

  it('gives a season its year, and every relative expression the year of an article dated only by its year', () => {
    expect(dateOf('The plan was floated last fall.')).toEqual([['last fall', '2006', 'year']]);
    const yearOnly: Reference = { value: '2008', precision: 'year', describe: '2008, the date of test-article' };
    expect(dateOf('The U.S. announced Tuesday that', yearOnly)).toEqual([['Tuesday', '2008', 'year']]);
  });

  it('says how each relative date was counted, naming the reference day', () => {
    const [found] = findDates('They met on Friday.', SATURDAY);
    expect(found!.date.basis).toContain('2007-10-13');
    expect(found!.relative).toBe(true);
  });
});

describe('drafting an article', () => {
  let knowledge: Knowledge;
  const draft = (body: string, reference: Reference | null = SATURDAY): Draft => draftText(knowledge, 'test-article', body, reference);
  const said = (d: Draft) => d.statements.map((s) => [s.record.kind, s.record.speaker_id ?? null, s.record.text]);
  beforeAll(() => {
    const connection = createTestDatabase();
    knowledge = loadKnowledge(connection);
    connection.close();
  });

  it('finds quotations, straight or curly, interrupted by their attribution, and their speakers', () => {
    const d = draft('"We will work during this time to address concerns," said Rice. "We believe we can address them."\n\n“Russia will take steps to neutralize the threat,” Lavrov told reporters.');
    expect(said(d)).toEqual([
      ['direct_quote', 'condoleezza-rice', 'We will work during this time to address concerns. […] We believe we can address them.'],
      ['direct_quote', 'sergei-lavrov', 'Russia will take steps to neutralize the threat.'],
    ]);
    for (const s of d.statements) for (const e of s.record.evidence as { start: number; end: number; exact: string }[]) expect(e.exact.length).toBe(e.end - e.start);
  });

  it('follows a quotation over paragraphs, and a pronoun or a title back to its speaker', () => {
    const d = draft(
      'Defense Secretary Robert Gates spoke after the talks.\n\n"The system is no threat to Russia, and we have said so many times.\n\n"We are ready to talk about it at any time," he said.\n\nThe foreign minister replied that Russia saw the move as a threat to its security.',
    );
    expect(said(d)).toEqual([
      ['direct_quote', 'robert-gates', 'The system is no threat to Russia, and we have said so many times. […] We are ready to talk about it at any time.'],
      ['paraphrase', 'sergei-lavrov', 'Russia saw the move as a threat to its security.'],
    ]);
  });

  it('finds reported speech: "X said (that) …", "said X", "according to X", "X warned …"', () => {
    const d = draft(
      'Putin warned that Russia may abandon the INF Treaty. According to Lavrov, the two sides will continue their consultations. The talks were difficult, said Gates. Rice said the United States will not freeze its plans.',
    );
    expect(said(d)).toEqual([
      ['paraphrase', 'vladimir-putin', 'Russia may abandon the INF Treaty.'],
      ['paraphrase', 'sergei-lavrov', 'The two sides will continue their consultations.'],
      ['paraphrase', 'robert-gates', 'The talks were difficult, said Gates.'],
      ['paraphrase', 'condoleezza-rice', 'The United States will not freeze its plans.'],
    ]);
    expect(d.statements[0]!.record.plover_type).toBe('THREATEN');
    expect(d.statements[3]!.record.plover_type).toBe('REJECT');
  });

  it('links known people by spellings of their names, proposing each spelling as an alias', () => {
    const d = draft('Russian Foreign Minister Sergey Lavrov met Robert M. Gates. Defense Minister Anatoliy Eduardovich Serdyukov was there.');
    const linked = new Map(d.actors.map((a) => [a.match, a]));
    expect(linked.get('sergei-lavrov')?.aliases?.map((a) => a.name)).toEqual(['Sergey Lavrov']);
    expect(linked.has('robert-gates')).toBe(true);
    expect(linked.get('anatoly-serdyukov')?.aliases?.map((a) => a.name)).toEqual(['Anatoliy Eduardovich Serdyukov']);
    expect(linked.has('russia')).toBe(true);
  });

  it('proposes the new people it names, with their names as printed and their evidence', () => {
    const d = draft('"The talks were useful," Ambassador Ivan Petrovsky told reporters on Friday.');
    const proposed = d.actors.find((a) => a.match === null)!;
    expect(proposed.record).toMatchObject({ id: 'ivan-petrovsky', name: 'Ivan Petrovsky', kind: 'person', evidence: [{ exact: 'Ivan Petrovsky' }] });
    expect(d.statements[0]!.record).toMatchObject({ speaker_id: 'ivan-petrovsky', kind: 'direct_quote', date: { value: '2007-10-12', precision: 'day', text: 'on Friday' } });
  });

  it('links issues by name, alias and the words their initials stand for', () => {
    const d = draft('Putin may leave the Intermediate-Range Nuclear Forces treaty. He also spoke of the Conventional Forces in Europe pact and the missile shield.');
    expect(d.issues.map((i) => i.match).sort()).toEqual(['cfe-treaty', 'inf-treaty', 'missile-defense']);
  });

  it('proposes a title that differs from a known person\'s roles as a contested claim, not an overwrite', () => {
    const d = draft('Prime Minister Vladimir Putin warned the West. Russian Foreign Minister Sergei Lavrov agreed. Secretary Rice and President Putin spoke.');
    expect(d.conflicts).toHaveLength(1);
    expect(d.conflicts[0]!.record).toMatchObject({
      subject: { type: 'actor', id: 'vladimir-putin' },
      property: 'title',
      kind: 'between_sources',
      versions: [{ value: 'President of Russia' }, { value: 'Prime Minister', evidence: [{ source_id: 'test-article', exact: 'Prime Minister Vladimir Putin' }] }],
    });
    expect((d.conflicts[0]!.record.versions as { evidence: { source_id: string }[] }[])[0]!.evidence[0]!.source_id).not.toBe('test-article');
  });

  it('proposes a known happening dated to another day as a contested claim, and leaves one dated alike alone', () => {
    const other = draft('Rice and Lavrov held talks on missile defense in Moscow on Thursday.', { value: '2007-10-20', precision: 'day', describe: '2007-10-20, the date of test-article' });
    expect(other.conflicts.map((c) => c.record)).toEqual([
      expect.objectContaining({
        subject: { type: 'date', id: 'moscow-two-plus-two-2007' },
        property: 'date',
        versions: [expect.objectContaining({ value: '2007-10-12' }), expect.objectContaining({ value: '2007-10-18', evidence: [expect.objectContaining({ source_id: 'test-article' })] })],
      }),
    ]);
    const same = draft('Rice and Lavrov held talks on missile defense in Moscow on Friday.', { value: '2007-10-13', precision: 'day', describe: '2007-10-13, the date of test-article' });
    expect(same.conflicts).toEqual([]);
  });

  it('reads a hard-wrapped paragraph as prose: a line break is no sentence end', () => {
    const d = draft('Russian Foreign Minister Sergei Lavrov said the two\nsides would continue their consultations on the\nmissile defense in Europe next year.\nRice said later in an interview with Russian TV channel\n"Rossiya" that the US would start deploying soon.');
    expect(said(d)).toEqual([
      ['paraphrase', 'sergei-lavrov', 'The two sides would continue their consultations on the missile defense in Europe next year.'],
      ['paraphrase', 'condoleezza-rice', 'The US would start deploying soon.'],
    ]);
  });

  it('reads a wire story as an analyst would: titles, asides, pronouns, whom they told and when', () => {
    const d = draft(
      'MOSCOW (AP) — Russia\'s foreign minister on Tuesday dismissed a new U.S. offer on missile defense as "a step in the right direction but not enough," deepening a rift.\n\n' +
        'Sergei Lavrov told reporters after meeting Secretary of State Condoleezza Rice that Moscow still regards the planned radar in the Czech Republic as a threat. “We need guarantees, not promises,” he said.\n\n' +
        'Rice, speaking later at the U.S. Embassy, said Washington had gone “a long way” to meet Russian concerns. "We have put serious proposals on the table," she said.\n\n' +
        'Russian Defense Minister Anatoly Serdyukov warned last month that Moscow could target the sites with missiles.',
    );
    expect(said(d)).toEqual([
      ['direct_quote', 'sergei-lavrov', 'a step in the right direction but not enough.'],
      ['paraphrase', 'sergei-lavrov', 'Moscow still regards the planned radar in the Czech Republic as a threat.'],
      ['direct_quote', 'sergei-lavrov', 'We need guarantees, not promises.'],
      ['paraphrase', 'condoleezza-rice', 'Washington had gone “a long way” to meet Russian concerns.'],
      ['direct_quote', 'condoleezza-rice', 'We have put serious proposals on the table.'],
      ['paraphrase', 'anatoly-serdyukov', 'Moscow could target the sites with missiles.'],
    ]);
    expect(d.statements[0]!.record.plover_type).toBe('REJECT');
    expect(d.statements[5]!.record).toMatchObject({ plover_type: 'THREATEN', date: { value: '2007-09', precision: 'month', text: 'last month' } });
  });

  it('reads a headline as no speech, and a relative clause or "warned X that" around the speaker', () => {
    const d = draft(
      'Russia warns US over missile shield\n\nRussia has warned the United States that it will respond if Washington goes ahead with the shield.\n\n' +
        'Mr Putin, who met Ms Rice and Mr Gates at his residence outside Moscow, said the talks had been useful.',
    );
    expect(said(d)).toEqual([
      ['paraphrase', 'russia', 'It will respond if Washington goes ahead with the shield.'],
      ['paraphrase', 'vladimir-putin', 'The talks had been useful.'],
    ]);
  });

  it('keeps quotations of different speakers apart, even in one paragraph', () => {
    const d = draft('"We will not give up on this," said John Smith. "Nor will we back down now," said Mary Jones. "This is the end of it all," she added.');
    expect(said(d)).toEqual([
      ['direct_quote', 'john-smith', 'We will not give up on this.'],
      ['direct_quote', 'mary-jones', 'Nor will we back down now.'],
      ['direct_quote', 'mary-jones', 'This is the end of it all.'],
    ]);
  });

  it('drafts only records the write API takes: no impossible date, no span past 20,000 characters, no more than 100 spans, one date a repeated sentence', () => {
    expect(draft('It was 0000-01-01, then Oct. 45, 2007, December 32 and 9999-12-31.').dates).toEqual([]);
    const long = draft(`"${'word '.repeat(6000)}," said Rice.`);
    const quote = (long.statements[0]!.record.evidence as { exact: string }[])[0]!;
    expect(quote.exact.length).toBe(20_000);
    const many = draft(Array.from({ length: 150 }, (_, i) => `"Quote number ${i} is here now," Rice said.`).join(' '));
    expect(Math.max(...many.statements.map((s) => (s.record.evidence as unknown[]).length))).toBeLessThanOrEqual(100);
    const repeated = draft('Lavrov said on Friday that the talks would continue. '.repeat(300));
    expect(repeated.dates).toHaveLength(1);
    expect((repeated.dates[0]!.record.evidence as unknown[]).length).toBe(100);
  });

  it('drafts nothing from an empty body, numbers or markup, and never fails on them', () => {
    expect(draft(' ')).toMatchObject({ actors: [], issues: [], statements: [], dates: [] });
    const numbers = draft(Array.from({ length: 2000 }, (_, i) => String((i * 7919) % 100003)).join(' '));
    expect(numbers.statements).toEqual([]);
    const markup = draft('<html><body>' + '<div class="x"><p>Hello <b>world</b></p></div>'.repeat(200) + '</body></html>');
    expect(markup.statements).toEqual([]);
    expect(draft('He said "something of note here" on Friday.', null).dates).toEqual([]);
  });
});

describe('POST /sources/{id}/draft', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ apiKeys: [TEST_KEY] });
  });
  afterAll(async () => t.close());
  const auth = { authorization: `Bearer ${TEST_KEY}` };

  it('drafts a source\'s article, every record a body the write API takes, and writes nothing', async () => {
    const changes = t.all('SELECT id FROM changes').length;
    const res = await t.inject({ method: 'POST', url: '/sources/voa-2007-10-12/draft', headers: auth });
    expect(res.statusCode).toBe(200);
    const draft = res.json() as Draft;
    expect(draft.source_id).toBe('voa-2007-10-12');
    expect(draft.statements.length).toBeGreaterThan(5);
    expect(draft.actors.map((a) => a.match)).toEqual(expect.arrayContaining(['sergei-lavrov', 'condoleezza-rice', 'robert-gates', 'vladimir-putin']));
    expect(t.all('SELECT id FROM changes').length).toBe(changes);
  });

  it('needs a write key, and a source that exists', async () => {
    expect((await t.inject({ method: 'POST', url: '/sources/voa-2007-10-12/draft' })).statusCode).toBe(401);
    expect((await t.inject({ method: 'POST', url: '/sources/no-such-source/draft', headers: auth })).statusCode).toBe(404);
  });

  it('gives an empty draft for a source of markup', async () => {
    const created = await t.inject({ method: 'POST', url: '/sources', headers: auth, payload: { id: 'markup', title: 'Markup', body: '<p>'.repeat(500) + '12345 67890 '.repeat(100) } });
    expect(created.statusCode).toBe(201);
    const res = await t.inject({ method: 'POST', url: '/sources/markup/draft', headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ statements: [], dates: [], actors: [] });
  });
});
