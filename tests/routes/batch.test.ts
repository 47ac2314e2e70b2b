/** POST /batch: the API's writes in one transaction, all or nothing, each failure named. */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KEY, createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  await t?.close();
  t = await createTestApp({ apiKeys: [TEST_KEY] });
});
afterAll(async () => t.close());

const auth = { authorization: `Bearer ${TEST_KEY}` };
const batch = (operations: unknown[], headers: Record<string, string> = {}) => t.inject({ method: 'POST', url: '/batch', headers: { ...auth, ...headers }, payload: { operations } });
const count = (table: string) => t.all<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0]!.n;

const newActor = { id: 'ivan-example', name: 'Ivan Example', kind: 'person', affiliation_id: 'russia', evidence: [{ source_id: 'voa-2007-10-12', exact: 'Russian President Vladimir Putin met with his foreign and defense ministers' }] };
const newStatement = {
  id: 'ivan-example-said',
  speaker_id: 'ivan-example',
  kind: 'paraphrase',
  text: 'Putin met his ministers before the talks.',
  evidence: [{ source_id: 'voa-2007-10-12', exact: 'Russian President Vladimir Putin met with his foreign and defense ministers' }],
};

describe('POST /batch', () => {
  it('applies every write in order in one transaction, each answered as its own route would', async () => {
    const changes = count('changes');
    const res = await batch([
      { method: 'POST', path: '/actors', body: newActor },
      { method: 'POST', path: '/statements', body: newStatement },
      { method: 'PATCH', path: '/actors/ivan-example', body: { description: 'An example.' }, if_match: '"1"' },
      { method: 'POST', path: '/proposals/russia-freeze-demand/statuses', body: { status: 'withdrawn', actor_id: 'russia', evidence: [{ source_id: 'voa-2007-10-12', exact: 'the U.S. will not freeze moves toward deployment' }] } },
      { method: 'DELETE', path: '/statements/ivan-example-said', if_match: '"1"' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const { results } = res.json();
    expect(results.map((r: { status: number }) => r.status)).toEqual([201, 201, 200, 201, 204]);
    expect(results[0]).toMatchObject({ location: '/actors/ivan-example', version: 1, body: { id: 'ivan-example', name: 'Ivan Example' } });
    expect(results[2]).toMatchObject({ version: 2, body: { description: 'An example.' } });
    expect(results[3].body.status).toBe('withdrawn');
    expect(results[4]).toEqual({ status: 204, location: null, version: null, body: null });
    expect((await t.inject('/actors/ivan-example')).json().description).toBe('An example.');
    expect((await t.inject('/statements/ivan-example-said')).statusCode).toBe(404);
    // Each write logged as its route logs it (the span the actor and statement share is created once).
    expect(count('changes') - changes).toBe(6);
  });

  it('writes nothing when one operation fails, and names it and its field', async () => {
    const before = { actors: count('actors'), statements: count('statements'), changes: count('changes'), spans: count('evidence_spans') };
    const res = await batch([
      { method: 'POST', path: '/actors', body: newActor },
      { method: 'POST', path: '/statements', body: { ...newStatement, speaker_id: 'nobody-at-all' } },
    ]);
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.operation).toBe(1);
    expect(problem.detail).toMatch(/^Operation 1 \(POST \/statements\)/);
    expect(problem.errors).toContainEqual({ name: 'body.operations.1.body.speaker_id', reason: 'no actor has the id "nobody-at-all"' });
    expect({ actors: count('actors'), statements: count('statements'), changes: count('changes'), spans: count('evidence_spans') }).toEqual(before);
  });

  it('checks each body with its route\'s schema, and names the field', async () => {
    const res = await batch([{ method: 'POST', path: '/statements', body: { ...newStatement, speaker_id: 'sergei-lavrov', kind: 'speech', version: 3 } }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().operation).toBe(0);
    const names = res.json().errors.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['body.operations.0.body.kind', 'body.operations.0.body.version']));
  });

  it('needs If-Match where the route does, and answers 412 for a stale one', async () => {
    const missing = await batch([{ method: 'PATCH', path: '/actors/analysts', body: { description: 'x' } }]);
    expect(missing.statusCode).toBe(428);
    expect(missing.json().errors).toEqual([{ name: 'body.operations.0.if_match', reason: expect.stringMatching(/If-Match/) }]);
    const stale = await batch([{ method: 'PATCH', path: '/actors/analysts', body: { description: 'x' }, if_match: '"7"' }]);
    expect(stale.statusCode).toBe(412);
    expect(stale.json().operation).toBe(0);
  });

  it('refuses a path or method that is not one of the API\'s writes, and a body where none is taken', async () => {
    for (const op of [
      { method: 'POST', path: '/search' },
      { method: 'PATCH', path: '/actors' },
      { method: 'POST', path: '/actors/sergei-lavrov' },
      { method: 'GET', path: '/actors' },
      { method: 'DELETE', path: '/actors/sergei-lavrov', body: {}, if_match: '*' },
    ]) {
      const res = await batch([op]);
      expect(res.statusCode, JSON.stringify(op)).toBe(400);
      expect(res.json().errors[0].name, JSON.stringify(op)).toMatch(/^body\.operations\.0\.(path|body|method)$/);
    }
    expect((await batch([])).statusCode).toBe(400);
    expect((await batch(Array.from({ length: 1001 }, () => ({ method: 'DELETE', path: '/actors/x' })))).statusCode).toBe(400);
  });

  it('answers 404 and 409 as the routes do, naming the operation', async () => {
    const missing = await batch([{ method: 'DELETE', path: '/actors/no-such-actor', if_match: '*' }]);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().operation).toBe(0);
    const referred = await batch([{ method: 'DELETE', path: '/actors/sergei-lavrov', if_match: '*' }]);
    expect(referred.statusCode).toBe(409);
    expect(referred.json().referrers.length).toBeGreaterThan(0);
  });

  it('replays its first answer for a retry with the same Idempotency-Key, writing once', async () => {
    const first = await batch([{ method: 'POST', path: '/actors', body: newActor }], { 'idempotency-key': 'batch-1' });
    expect(first.statusCode).toBe(200);
    const again = await batch([{ method: 'POST', path: '/actors', body: newActor }], { 'idempotency-key': 'batch-1' });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(t.all("SELECT id FROM actors WHERE id = 'ivan-example'")).toHaveLength(1);
  });

  it('needs a write key', async () => {
    const res = await t.inject({ method: 'POST', url: '/batch', payload: { operations: [{ method: 'POST', path: '/actors', body: newActor }] } });
    expect(res.statusCode).toBe(401);
  });
});
