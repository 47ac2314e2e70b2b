/**
 * Looking up quoted words must take time linear in the source and the quotation,
 * whatever they hold. A RegExp built from the words once overflowed the stack on
 * 4,731 repeated words (a 500) and backtracked for 39 s on a repetitive body.
 * The bound here is vitest's default 5 s timeout (the project's is 20 s), far above
 * what linear work takes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchor } from '../../src/domain/anchor.js';
import { TEST_KEY, createTestApp } from '../helpers.js';

const REPETITIVE_BODY = 'a '.repeat(200_000);
const NEARLY_THERE = `${'a '.repeat(4_000)}b`;
const MANY_WORDS = 'a '.repeat(4_731).trim();
/** The most words `exact` may hold; where the stack overflowed depended on how deep the call was. */
const MOST_WORDS = 'a '.repeat(10_000).trim();
const BOUND = { timeout: 5_000 };

describe('anchor on adversarial input', BOUND, () => {
  it('finds a long near-miss absent from a repetitive body', () => {
    expect(anchor(REPETITIVE_BODY, NEARLY_THERE)).toEqual({ ok: false, reason: 'absent', matches: 0 });
    // The largest body a source may have, and the longest text.
    expect(anchor('a '.repeat(500_000), `${MOST_WORDS} b`)).toEqual({ ok: false, reason: 'absent', matches: 0 });
  });

  it('counts thousands of overlapping places for a text of thousands of words', () => {
    expect(MANY_WORDS).toHaveLength(9_461);
    expect(MOST_WORDS).toHaveLength(19_999);
    expect(anchor(REPETITIVE_BODY, MANY_WORDS)).toEqual({ ok: false, reason: 'ambiguous', matches: 200_000 - 4_731 + 1 });
    expect(anchor(REPETITIVE_BODY, MOST_WORDS)).toEqual({ ok: false, reason: 'ambiguous', matches: 200_000 - 10_000 + 1 });
  });

  it('still finds the one place such a text stands', () => {
    const body = `${REPETITIVE_BODY}b\n${'a '.repeat(100)}`;
    const found = anchor(body, NEARLY_THERE);
    expect(found).toMatchObject({ ok: true, start: 2 * (200_000 - 4_000), end: 400_001 });
  });
});

describe('writes quoting adversarial text', BOUND, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp({ apiKeys: [TEST_KEY] });
  });
  afterEach(() => t.close());
  const post = (url: string, payload: object) => t.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${TEST_KEY}` } });

  it('answers 422, not 500, for thousands of words absent from a seed source', async () => {
    for (const exact of [MANY_WORDS, MOST_WORDS]) {
      const response = await post('/evidence', { source_id: 'voa-2007-10-12', exact });
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 422, errors: [{ name: 'body.exact', reason: 'is not in source "voa-2007-10-12"' }] });
    }
  });

  it('answers 422 for the same text as the evidence of a statement', async () => {
    const response = await post('/statements', {
      speaker_id: 'sergei-lavrov',
      kind: 'paraphrase',
      text: 'Anything.',
      evidence: [{ source_id: 'voa-2007-10-12', exact: MOST_WORDS }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ status: 422, errors: [{ name: 'body.evidence.0.exact', reason: 'is not in source "voa-2007-10-12"' }] });
  });

  it('answers 422 promptly for a near-miss quoted from a large repetitive source', async () => {
    const created = await post('/sources', { title: 'A repetitive article', body: REPETITIVE_BODY });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const absent = await post('/evidence', { source_id: id, exact: NEARLY_THERE });
    expect(absent.statusCode).toBe(422);
    expect(absent.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(absent.json()).toMatchObject({ status: 422, errors: [{ name: 'body.exact', reason: `is not in source "${id}"` }] });
    const ambiguous = await post('/evidence', { source_id: id, exact: MANY_WORDS });
    expect(ambiguous.statusCode).toBe(422);
    expect(ambiguous.json()).toMatchObject({
      status: 422,
      errors: [{ name: 'body.exact', reason: `occurs ${200_000 - 4_731 + 1} times in source "${id}"; quote more words or give start and end` }],
    });
  });
});
