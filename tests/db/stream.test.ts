/** Connection.stream: rows read a batch at a time on a connection of their own. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/db/setup.js';
import { createTestDatabase, tempDir } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function fileDatabase() {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const { connection } = await prepareDatabase(join(dir.path, 'parley.db'));
  cleanups.unshift(() => connection.close());
  return connection;
}

const STATEMENTS = { text: 'SELECT id FROM statements ORDER BY id', params: [] };

describe('Connection.stream', () => {
  it('reads in batches on its own connection, one snapshot, while writes go on through the main one', async () => {
    const connection = await fileDatabase();
    const all = (connection.sqlite.prepare(STATEMENTS.text).all() as { id: string }[]).map((r) => r.id);
    const seen: string[] = [];
    let batches = 0;
    for await (const batch of connection.stream<{ id: string }>(STATEMENTS, 10)) {
      batches++;
      seen.push(...batch.map((r) => r.id));
      // A write between batches: an open cursor on the main connection would refuse it.
      connection.sqlite.prepare("UPDATE statements SET note = 'seen' WHERE id = ?").run(batch[0]!.id);
      if (batches === 1) connection.sqlite.prepare("INSERT INTO statements (id, kind, text, sort_date, speaker_label, version, created_at, updated_at) VALUES ('aaa-written-meanwhile', 'paraphrase', 'x', '', 'x', 1, 'now', 'now')").run();
    }
    expect(batches).toBe(Math.ceil(all.length / 10));
    // Every row once, as they were when the reading began: not the one written meanwhile.
    expect(seen).toEqual(all);
  });

  it('closes its connection as soon as the reader stops, so nothing holds the database open', async () => {
    const connection = await fileDatabase();
    for await (const batch of connection.stream<{ id: string }>(STATEMENTS, 5)) {
      expect(batch).toHaveLength(5);
      break;
    }
    connection.sqlite.prepare("UPDATE statements SET note = 'after' WHERE id = (SELECT min(id) FROM statements)").run();
    // A reader still open would keep its snapshot, and the log could not be emptied.
    expect(connection.sqlite.pragma('wal_checkpoint(TRUNCATE)')).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
  });

  it('hands out an in-memory database\'s rows in batches too', async () => {
    const connection = createTestDatabase();
    cleanups.push(() => connection.close());
    const sizes: number[] = [];
    for await (const batch of connection.stream(STATEMENTS, 50)) sizes.push(batch.length);
    const total = (sqliteOf(connection).prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
    expect(sizes.slice(0, -1).every((n) => n === 50)).toBe(true);
  });
});
