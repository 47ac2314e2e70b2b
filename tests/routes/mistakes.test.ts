/**
 * Mistakes are named, not silently answered: a parameter an operation does not take,
 * a page size that is not a number, a cursor brought to another list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ apiKeys: [TEST_KEY] });
});
afterAll(() => t.close());

describe('a query parameter the operation does not take', () => {
  it('is a 400 naming it and the closest one it takes', async () => {
    const response = await t.inject('/statements?speaker_id=sergei-lavrov');
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].name).toBe('query.speaker_id');
    expect(body.errors[0].reason).toContain('did you mean `speaker`?');
    expect(body.detail).toContain('query.speaker_id is not a parameter of this operation; did you mean `speaker`?');
  });

  it.each([
    ['/search?q=iran&typ=actor', 'query.typ', '`type`'],
    ['/statements/lavrov-urged-freeze?includes=speaker', 'query.includes', '`include`'],
    ['/issues/missile-defense/positions?as-of=2007-10-13', 'query.as-of', '`as_of`'],
    ['/proposals?stats=tabled', 'query.stats', '`status`'],
  ])('%s names %s and suggests %s', async (url, name, suggestion) => {
    const response = await t.inject(url);
    expect(response.statusCode).toBe(400);
    const [error] = response.json().errors;
    expect(error.name).toBe(name);
    expect(error.reason).toContain(`did you mean ${suggestion}?`);
  });

  it('lists what the operation takes when nothing is close, and names every unknown one', async () => {
    const response = await t.inject('/timeline?zzz=1&qqqqqq=2');
    expect(response.statusCode).toBe(400);
    const { errors } = response.json();
    expect(errors.map((e: { name: string }) => e.name)).toEqual(['query.zzz', 'query.qqqqqq']);
    expect(errors[0].reason).not.toContain('did you mean');
    expect(errors[0].reason).toContain('It takes `issue`');
  });

  it('leaves operations that take no parameters alone', async () => {
    expect((await t.inject('/health?probe=1')).statusCode).toBe(200);
  });
});

describe('a page size that is not one', () => {
  it.each(['abc', '1.5', '0', '101', '', '-3', 'ten'])('limit=%s is a 400 in words', async (value) => {
    const response = await t.inject(`/statements?limit=${value}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ name: 'query.limit', reason: 'must be a whole number from 1 to 100' }]);
    expect(response.json().detail).toBe('The request has 1 invalid parameter: query.limit must be a whole number from 1 to 100.');
  });

  it('statements=11 on positions is a 400 giving its range', async () => {
    const response = await t.inject('/issues/missile-defense/positions?statements=11');
    expect(response.json().errors).toEqual([{ name: 'query.statements', reason: 'must be a whole number from 0 to 10' }]);
  });
});

describe('a cursor brought to the list with other filters', () => {
  const firstCursor = async (url: string) => {
    const body = (await t.inject(url)).json();
    expect(body.next_cursor, `${url} has a second page`).toEqual(expect.any(String));
    return body.next_cursor as string;
  };
  const refusal = (response: { statusCode: number; json: () => any }) => {
    expect(response.statusCode).toBe(400);
    const [error] = response.json().errors;
    expect(error.name).toBe('query.cursor');
    expect(error.reason).toContain('other filters');
  };

  it.each([
    ['/statements?limit=2&speaker=sergei-lavrov', '/statements?limit=2&speaker=robert-gates'],
    ['/statements?limit=2&issue=missile-defense', '/statements?limit=2'],
    ['/proposals?limit=2', '/proposals?limit=2&status=tabled'],
    ['/search?q=missile&limit=2', '/search?q=defense&limit=2'],
    ['/timeline?limit=2&issue=missile-defense', '/timeline?limit=2&issue=cfe-treaty'],
    ['/issues/missile-defense/positions?limit=1', '/issues/missile-defense/positions?limit=1&as_of=2007-10-13'],
  ])('a cursor of %s is refused on %s', async (first, other) => {
    const cursor = await firstCursor(first);
    refusal(await t.inject(`${other}&cursor=${cursor}`));
  });

  it('is taken with the same filters, whatever the page size or the embedded relations', async () => {
    const cursor = await firstCursor('/statements?limit=2&speaker=sergei-lavrov');
    const next = await t.inject(`/statements?speaker=sergei-lavrov&limit=5&include=speaker&cursor=${cursor}`);
    expect(next.statusCode).toBe(200);
    expect(next.json().data.length).toBeGreaterThan(0);
  });
});

describe('a cursor and the records a filter names', () => {
  it('is the same question whether a record is named by id or by name', async () => {
    const first = (await t.inject('/statements?speaker=lavrov&limit=2')).json();
    const byId = await t.inject(`/statements?speaker=sergei-lavrov&limit=2&cursor=${first.next_cursor}`);
    expect(byId.statusCode).toBe(200);
    const byName = await t.inject(`/statements?speaker=Lavrov&limit=2&cursor=${first.next_cursor}`);
    expect(byName.json().data).toEqual(byId.json().data);
  });
});

describe('a query value that is not percent-encoded UTF-8', () => {
  it.each(['/statements?q=iran%FF', '/search?q=caf%E9', '/statements?speaker=%C0%AF', '/statements?q=%ED%A0%80'])('%s is a 400 naming the parameter, not a search for its literal text', async (url) => {
    const response = await t.inject(url);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].reason).toBe('is not valid percent-encoded UTF-8');
  });

  it('leaves well-formed UTF-8 alone', async () => {
    expect((await t.inject('/search?q=S%C3%A9rgei')).statusCode).toBe(200);
  });
});

describe('a filter that takes one record, given several', () => {
  it('is a 400 saying it takes one', async () => {
    const response = await t.inject('/timeline?actor=putin,lavrov');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ name: 'query.actor', reason: 'takes one actor, not a list: give one id or name' }]);
  });
});

describe('a body field of the wrong type, or missing', () => {
  it('is named with what it must be, said plainly', async () => {
    const post = (payload: object) => t.inject({ method: 'POST', url: '/actors', payload, headers: { authorization: `Bearer ${TEST_KEY}` } });
    const missing = (await post({ name: 'Someone', kind: 'person' })).json();
    expect(missing.errors).toEqual([{ name: 'body.evidence', reason: 'is required' }]);
    expect(missing.detail).toBe('The request has 1 invalid parameter: body.evidence is required.');
    const wrong = (await post({ name: 'Someone', kind: 'person', description: 5, evidence: 'words' })).json();
    expect(wrong.errors).toEqual([
      { name: 'body.description', reason: 'must be a string, not a number' },
      { name: 'body.evidence', reason: 'must be an array, not a string' },
    ]);
    expect((await post({ name: null, kind: 'person', evidence: [] })).json().errors[0]).toEqual({ name: 'body.name', reason: 'must be a string, not null' });
  });
});
