/**
 * A reading answered on a PostgreSQL server's client (db/postgres/readings.ts): what the client
 * is asked, in order. A fake client records each message; the queries' text is kept as written.
 */
import { describe, expect, it } from 'vitest';
import type { PostgresConnection } from '../../src/db/postgres/connection.js';
import { answerOn } from '../../src/db/postgres/readings.js';
import type { Client, Result } from '../../src/db/postgres/server-client.js';
import { type Reading, rowsOf } from '../../src/repositories/reading.js';

const BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/** A client that answers each query with one row naming it, fails those `failing` names, and records every message. */
function fakeClient(failing: (text: string) => boolean = () => false) {
  const asked: { text: string; params: unknown[] }[] = [];
  const client: Client = {
    query: async (text, params): Promise<Result> => {
      asked.push({ text, params });
      if (failing(text)) throw Object.assign(new Error(`failed: ${text}`), { code: '42P01' });
      return { rows: [{ text }], fields: [{ name: 'text' }], rowCount: 1 };
    },
    close: async () => {},
    destroy: () => {},
    gone: false,
  };
  return { client, asked };
}

/** Writes each query as it is: this test is about the messages, not the dialect. */
const connection = { bind: (text: string, params: readonly unknown[]) => ({ text, values: [...params], planEach: false }) } as unknown as PostgresConnection;

function* twoQueries(firstParams: unknown[]): Reading<string[]> {
  const [first] = yield* rowsOf<{ text: string }>('SELECT totals', firstParams);
  const [second] = yield* rowsOf<{ text: string }>('SELECT matches WHERE x = ?', [1]);
  return [first!.text, second!.text];
}

describe('a reading on a server', () => {
  it('sends a snapshot’s BEGIN in one message with a first query that has no values, and answers with that query’s rows', async () => {
    const { client, asked } = fakeClient();
    const answer = await answerOn(connection, async () => client, twoQueries([]), { snapshot: true });
    expect(asked.map((a) => a.text)).toEqual([`${BEGIN}; SELECT totals`, 'SELECT matches WHERE x = ?', 'COMMIT']);
    expect(answer).toEqual([`${BEGIN}; SELECT totals`, 'SELECT matches WHERE x = ?']);
  });

  it('sends the BEGIN on its own before a first query with values, and nothing around a reading without a snapshot', async () => {
    const withValues = fakeClient();
    await answerOn(connection, async () => withValues.client, twoQueries([7]), { snapshot: true });
    expect(withValues.asked).toEqual([
      { text: BEGIN, params: [] },
      { text: 'SELECT totals', params: [7] },
      { text: 'SELECT matches WHERE x = ?', params: [1] },
      { text: 'COMMIT', params: [] },
    ]);
    const without = fakeClient();
    await answerOn(connection, async () => without.client, twoQueries([]), { snapshot: false });
    expect(without.asked.map((a) => a.text)).toEqual(['SELECT totals', 'SELECT matches WHERE x = ?']);
  });

  it('throws a failed first query inside the reading, and still ends the snapshot', async () => {
    const { client, asked } = fakeClient((text) => text.includes('SELECT totals'));
    function* recovering(): Reading<string> {
      try {
        yield* rowsOf('SELECT totals', []);
        return 'not reached';
      } catch (error) {
        return `${(error as { code?: string }).code}: ${(error as Error).message}`;
      }
    }
    expect(await answerOn(connection, async () => client, recovering(), { snapshot: true })).toBe(`42P01: failed: ${BEGIN}; SELECT totals`);
    expect(asked.map((a) => a.text)).toEqual([`${BEGIN}; SELECT totals`, 'COMMIT']);
  });
});
