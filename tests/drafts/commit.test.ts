/**
 * Each seed article, drafted against the knowledge base without it and committed as drafted
 * through `POST /batch`: every write is accepted, and the knowledge base is then as sound as
 * the integrity tests require of the seed.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadSeed } from '../../seed/loader.js';
import { ActorInput, ConflictInput, DateInput, StatementInput } from '../../src/domain/inputs.js';
import { buildApp } from '../../src/app.js';
import type { Connection } from '../../src/db/client.js';
import { actorNowOf, operationsOf } from '../../src/drafts/commit.js';
import type { Draft } from '../../src/drafts/draft.js';
import { knowledgeWithout } from '../../src/drafts/evaluate.js';
import { findQuotations } from '../../src/domain/quotations.js';
import { STALE_KNOWN_BY, STALE_POSITION_KEYS, STALE_STATUS_CHANGE_KEYS, TEST_KEY } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

const records = loadSeed();
const articles = records.filter((r) => r.collection === 'sources').map((r) => r.body.id);

function integrityProblems(connection: Connection): Record<string, unknown[]> {
  const all = (sql: string) => sqliteOf(connection).prepare(sql).all();
  return {
    spansOffTheirSource: all('SELECT e.id FROM evidence_spans e JOIN sources s ON s.id = e.source_id WHERE substr(s.body, e.start + 1, e."end" - e.start) IS NOT e.exact'),
    foreignKeys: all('PRAGMA foreign_key_check'),
    integrity: (all('PRAGMA integrity_check') as { integrity_check: string }[]).filter((r) => r.integrity_check !== 'ok'),
    statementsWithoutEvidence: all('SELECT id FROM statements WHERE id NOT IN (SELECT statement_id FROM citations WHERE statement_id IS NOT NULL)'),
    datesWithoutEvidence: all('SELECT id FROM dates WHERE id NOT IN (SELECT date_id FROM citations WHERE date_id IS NOT NULL)'),
    actorsWithoutEvidence: all('SELECT id FROM actors WHERE id NOT IN (SELECT actor_id FROM citations WHERE actor_id IS NOT NULL)'),
    statementsWithoutSpeaker: all('SELECT id FROM statements WHERE speaker_id IS NULL AND speaker_label IS NULL'),
    staleKnownBy: all(STALE_KNOWN_BY),
    stalePositionKeys: all(STALE_POSITION_KEYS),
    staleStatusChanges: all(STALE_STATUS_CHANGE_KEYS),
  };
}

describe('a drafted article committed through POST /batch', () => {
  it.each(articles)('%s: every write is accepted, and the knowledge base stays sound', async (article) => {
    const { connection } = knowledgeWithout(records, article);
    const app = await buildApp({ connection, apiKeys: [TEST_KEY] });
    const auth = { authorization: `Bearer ${TEST_KEY}` };
    try {
      const source = records.find((r) => r.collection === 'sources' && r.body.id === article)!;
      expect((await app.inject({ method: 'POST', url: '/sources', headers: auth, payload: source.body })).statusCode).toBe(201);
      const drafted = await app.inject({ method: 'POST', url: `/sources/${article}/draft`, headers: auth });
      expect(drafted.statusCode).toBe(200);
      const draft = drafted.json() as Draft;
      expect(draft.statements.length).toBeGreaterThan(0);

      const operations = await operationsOf(draft, async (id) => {
        const res = await app.inject(`/actors/${id}`);
        return res.statusCode === 200 ? actorNowOf(res.json()) : undefined;
      });
      const committed = await app.inject({ method: 'POST', url: '/batch', headers: auth, payload: { operations } });
      expect(committed.statusCode, committed.body.slice(0, 1000)).toBe(200);
      expect(committed.json().results).toHaveLength(operations.length);

      // What the draft wrote is there, cited from the article.
      const statements = sqliteOf(connection).prepare("SELECT count(DISTINCT c.statement_id) AS n FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ? AND c.statement_id IS NOT NULL").get(article) as { n: number };
      expect(statements.n).toBe(draft.statements.length);
      expect(Object.entries(integrityProblems(connection)).filter(([, rows]) => rows.length > 0)).toEqual([]);
      // Every quotation of four words or more in the article is covered by a statement's evidence.
      // The body as stored (the API trims the whitespace around it; offsets count into what it keeps).
      const { body } = sqliteOf(connection).prepare('SELECT body FROM sources WHERE id = ?').get(article) as { body: string };
      const spans = sqliteOf(connection).prepare('SELECT start, "end" FROM evidence_spans WHERE source_id = ?').all(article) as { start: number; end: number }[];
      const uncovered = findQuotations(body).filter((q) => q.text.split(/\s+/).length >= 4 && !spans.some((s) => s.start <= q.start && s.end >= q.end));
      expect(uncovered.map((q) => q.text.slice(0, 60))).toEqual([]);
      // Every record the draft proposed is one its collection's input schema takes.
      const inputs: Record<string, z.ZodType> = { actors: ActorInput, statements: StatementInput, dates: DateInput, conflicts: ConflictInput };
      for (const op of operations.filter((o) => o.method === 'POST')) {
        const parsed = inputs[op.path.split('/')[1]!]!.safeParse(op.body);
        expect(parsed.success, `${op.path} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    } finally {
      await app.close();
      connection.close();
    }
  });
});
