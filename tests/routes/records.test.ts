/** Records read whole: a proposal with its history and the statements about it, the contested claims. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

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
