import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openDatabase, sqliteOf } from '../../src/db/client.js';
import { compactSearchIndex, hasPendingMigrations, prepareDatabase } from '../../src/db/setup.js';
import { STALE_KNOWN_BY, copySeed, createTestDatabase, seededBefore, tempDir } from '../helpers.js';
import { migrateDatabase } from '../../src/db/migrate.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function scratch() {
  const dir = tempDir();
  cleanups.push(dir.remove);
  return join(dir.path, 'nested', 'parley.db');
}
const count = (path: string) => {
  const c = openDatabase(path);
  const n = c.sqlite.prepare('SELECT (SELECT count(*) FROM statements) s, (SELECT count(*) FROM evidence_spans) e').get();
  c.close();
  return n;
};

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every connection', () => {
    const path = scratch();
    for (let i = 0; i < 2; i++) {
      const { sqlite, close } = openDatabase(path);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
      close();
    }
  });
});

describe('compactSearchIndex', () => {
  it('merges the segments that separate writes leave in the search index into one, and every search finds what it found', () => {
    const connection = createTestDatabase();
    const sqlite = sqliteOf(connection);
    const segments = () => sqlite.prepare('SELECT count(DISTINCT segid) FROM search_index_idx').pluck().get();
    const found = (word: string) => sqlite.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid').pluck().all(word);
    const add = sqlite.prepare("INSERT INTO search_index (title, body, related) VALUES (?, ?, '')");
    for (let i = 0; i < 12; i++) add.run(`note ${i}`, `a zeugma among the missile talks, number ${i}`);
    expect(segments()).toBeGreaterThan(1);
    const before = ['zeugma', 'missile', 'lavrov'].map(found);
    expect(before[0]).toHaveLength(12);

    compactSearchIndex(connection);
    expect(segments()).toBe(1);
    expect(['zeugma', 'missile', 'lavrov'].map(found)).toEqual(before);
    connection.close();
  });
});

describe('migration 0021', () => {
  it('gives every link row its place in its record\'s list, in the order the rows were stored', () => {
    const connection = seededBefore('0021');
    const sqlite = sqliteOf(connection);
    const stored = sqlite.prepare('SELECT statement_id, issue_id FROM statement_issues ORDER BY statement_id, rowid').all();
    migrateDatabase(sqlite);
    expect(sqlite.prepare('SELECT statement_id, issue_id FROM statement_issues ORDER BY statement_id, position').all()).toEqual(stored);
    for (const [table, owner] of [['statement_issues', 'statement_id'], ['statement_actors', 'statement_id'], ['date_issues', 'date_id'], ['proposal_participants', 'proposal_id']]) {
      // Positions run 1, 2, 3… within each record.
      const gaps = sqlite.prepare(`SELECT ${owner} FROM ${table} GROUP BY ${owner} HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`).all();
      expect(gaps, table).toEqual([]);
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).not.toEqual({ n: 0 });
    }
    connection.close();
  });
});

describe('migration 0022', () => {
  it('stores each undated statement\'s known_by_source, as the triggers will keep it', () => {
    const connection = seededBefore('0022');
    migrateDatabase(sqliteOf(connection));
    expect(sqliteOf(connection).prepare(STALE_KNOWN_BY).all()).toEqual([]);
    expect((sqliteOf(connection).prepare('SELECT count(*) AS n FROM statements WHERE known_by_source IS NOT NULL').get() as { n: number }).n).toBeGreaterThan(0);
    connection.close();
  });
});

describe('prepareDatabase', () => {
  it('creates, migrates and seeds a new database, and only migrates it afterwards', async () => {
    const path = scratch();
    const first = await prepareDatabase(path);
    expect(first.seeded).toBe(true);
    first.connection.close();
    expect(existsSync(path)).toBe(true);
    const seeded = count(path);

    const second = await prepareDatabase(path);
    expect(second.seeded).toBe(false);
    second.connection.close();
    expect(count(path)).toEqual(seeded);
  });

  it('stops on bad seed data and leaves the database empty, so a fixed seed loads on the next start', async () => {
    const path = scratch();
    const seed = copySeed();
    cleanups.push(seed.remove);
    seed.edit('dates.json', (dates) => {
      dates[0].kind = 'party';
    });
    await expect(prepareDatabase(path, seed.dir)).rejects.toThrow(/seed\/data\/dates\.json: record "[^"]+" \(#0\): field "kind"/);
    expect(count(path)).toEqual({ s: 0, e: 0 });

    const retry = await prepareDatabase(path);
    expect(retry.seeded).toBe(true);
    retry.connection.close();
  });

  it('knows when a committed migration is missing, as the migrator does', async () => {
    const path = scratch();
    const fresh = openDatabase(path);
    expect(hasPendingMigrations(fresh)).toBe(true);
    fresh.close();
    const { connection } = await prepareDatabase(path);
    expect(hasPendingMigrations(connection)).toBe(false);
    connection.sqlite.exec('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)');
    expect(hasPendingMigrations(connection)).toBe(true);
    connection.close();
  });
});
