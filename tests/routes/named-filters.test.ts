/**
 * Filters as people type them: a record named by its name or alias instead of its id,
 * several values in one filter, and the mistakes either can hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (url: string) => {
  const response = await t.inject(url);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json();
};
const ids = async (url: string) => (await get(url)).data.map((r: { id: string }) => r.id);

/** Every id of a list, page by page with `limit`. */
async function allIds(url: string, limit: number): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: { id: string }[]; next_cursor: string | null } = await get(`${url}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    out.push(...page.data.map((r) => r.id));
    cursor = page.next_cursor;
  } while (cursor);
  return out;
}

describe('an id filter given a name', () => {
  it.each([
    ['/statements?speaker=lavrov', 'speaker', 'sergei-lavrov'],
    ['/statements?speaker=Lavrov', 'speaker', 'sergei-lavrov'],
    ['/statements?speaker=S%C3%A9rgei%20LAVROV', 'speaker', 'sergei-lavrov'],
    ['/statements?issue=CFE', 'issue', 'cfe-treaty'],
    ['/statements?actor=the%20Kremlin', 'actor', 'russia'],
    ['/proposals?actor=Kremlin', 'actor', 'russia'],
    ['/dates?actor=Putin', 'actor', 'vladimir-putin'],
    ['/timeline?issue=CFE', 'issue', 'cfe-treaty'],
  ])('%s is taken for %s=%s, and the page says so', async (url, filter, id) => {
    const named = await get(url);
    expect(named.resolved).toEqual({ [filter]: id });
    const byId = await get(url.replace(/([?&]\w+=)[^&]*/, `$1${id}`));
    expect(byId.resolved).toBeUndefined();
    expect(named.data).toEqual(byId.data);
    expect(named.data.length).toBeGreaterThan(0);
  });

  it('takes only a whole name, alias or id: a word of one is a 400 suggesting the records that have it', async () => {
    for (const [url, name, suggestion] of [
      ['/statements?issue=missile', 'query.issue', '`missile-defense` (U.S. missile defense in Europe)'],
      ['/statements?speaker=missile-defense', 'query.speaker', '`missile-defense-agency` (U.S. Missile Defense Agency)'], // an issue's id, not an actor's
      ['/statements?issue=russia', 'query.issue', '`us-russia-relations`'], // an actor's id, not an issue's
      ['/statements?speaker=state', 'query.speaker', '`state-duma-international-affairs-committee`'],
    ] as const) {
      const response = await t.inject(url);
      expect(response.statusCode, url).toBe(400);
      const [error] = response.json().errors;
      expect(error.name).toBe(name);
      expect(error.reason).toMatch(/^names no (actor|issue): /);
      expect(error.reason).toContain(suggestion);
    }
  });

  it('names what it matches when a name is several records\'', async () => {
    const app = await createTestApp();
    try {
      app.connection.prepare("INSERT INTO actor_aliases (actor_id, name) VALUES ('robert-gates', 'the Secretary'), ('condoleezza-rice', 'the Secretary')").run();
      const response = await app.inject('/statements?speaker=the%20secretary');
      expect(response.statusCode).toBe(400);
      const [error] = response.json().errors;
      expect(error.reason).toMatch(/^is ambiguous: "the secretary" could be any of 2 actors: /);
      expect(error.reason).toContain('`robert-gates` (Robert Gates)');
    } finally {
      await app.close();
    }
  });

  it('names the closest records when it matches none', async () => {
    const response = await t.inject('/statements?speaker=lavrovv');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { name: 'query.speaker', reason: 'names no actor: "lavrovv" is not the id, name or alias of any; did you mean `sergei-lavrov` (Sergei Lavrov)?' },
    ]);
  });

  it('takes a statement by id only, suggesting ids that start the same', async () => {
    const response = await t.inject('/statements?responds_to=lavrov-urged');
    expect(response.json().errors[0].reason).toContain('did you mean `lavrov-urged-freeze`?');
  });

  it('keeps `none` for the lists that take it', async () => {
    expect((await get('/issues?parent=none')).data.every((i: { parent_id: string | null }) => i.parent_id === null)).toBe(true);
  });
});

describe('several values in one filter', () => {
  it('match any of them, in list order, each record once, page after page', async () => {
    const lavrov = await allIds('/statements?speaker=sergei-lavrov', 100);
    const gates = await allIds('/statements?speaker=robert-gates', 100);
    const everyone = await allIds('/statements?', 100);
    const both = await allIds('/statements?speaker=sergei-lavrov,robert-gates', 100);
    expect(new Set(both)).toEqual(new Set([...lavrov, ...gates]));
    expect(both).toEqual(everyone.filter((id) => lavrov.includes(id) || gates.includes(id)));
    expect(await allIds('/statements?speaker=sergei-lavrov,robert-gates', 2)).toEqual(both);
  });

  it('keep a record matched by two of them once', async () => {
    const lavrov = await allIds('/statements?actor=sergei-lavrov', 100);
    const twice = await allIds('/statements?actor=sergei-lavrov,sergei-lavrov,Lavrov', 3);
    expect(twice).toEqual(lavrov);
  });

  it('combine across filters: any value of each, every filter', async () => {
    const url = '/statements?speaker=sergei-lavrov,robert-gates&issue=missile-defense,cfe-treaty';
    const combined = await allIds(url, 2);
    const expected = new Set<string>();
    for (const speaker of ['sergei-lavrov', 'robert-gates']) for (const issue of ['missile-defense', 'cfe-treaty']) for (const id of await allIds(`/statements?speaker=${speaker}&issue=${issue}`, 100)) expected.add(id);
    expect(new Set(combined)).toEqual(expected);
    expect(combined.length).toBe(expected.size);
  });

  it('may be given as the parameter repeated', async () => {
    expect(await ids('/proposals?status=tabled&status=under_consideration&limit=100')).toEqual(await ids('/proposals?status=tabled,under_consideration&limit=100'));
  });

  it('of a vocabulary: any of them', async () => {
    const tabled = await ids('/proposals?status=tabled&limit=100');
    const considered = await ids('/proposals?status=under_consideration&limit=100');
    const both = await ids('/proposals?status=tabled,under_consideration&limit=100');
    expect(new Set(both)).toEqual(new Set([...tabled, ...considered]));
    expect(tabled.length * considered.length).toBeGreaterThan(0);
  });

  it('are named when one is wrong', async () => {
    const response = await t.inject('/proposals?status=tabled,tabeld');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].reason).toMatch(/^has "tabeld", which is not one of .*; did you mean `tabled`\?$/);
  });

  it('are bounded: at most 10 values a filter, and 20 combinations', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `actor-${i}`).join(',');
    expect((await t.inject(`/statements?speaker=${eleven}`)).json().errors).toEqual([{ name: 'query.speaker', reason: 'lists 11 values; at most 10 are allowed' }]);
    const speakers = 'sergei-lavrov,robert-gates,vladimir-putin,condoleezza-rice,daniel-fried';
    const response = await t.inject(`/statements?speaker=${speakers}&stance=supports,opposes,neutral,conditional&kind=direct_quote,paraphrase`);
    expect(response.statusCode).toBe(400);
    // Each filter that multiplies is named, with what it multiplies to.
    expect(response.json().errors.map((e: { name: string }) => e.name)).toEqual(['query.speaker', 'query.stance', 'query.kind']);
    expect(response.json().errors[0].reason).toBe('lists 5 values, which with the other filters make 40 combinations; at most 20 are allowed');
  });
});

describe('resolved, once', () => {
  it('names each record once, however many ways it was named', async () => {
    expect((await get('/statements?speaker=lavrov,sergei-lavrov,Lavrov&limit=1')).resolved).toEqual({ speaker: 'sergei-lavrov' });
  });
});
