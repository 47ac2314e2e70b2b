/** Every read method answers from one snapshot of the database. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Connection, openDatabase, sqliteOf } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { repositoryBase } from '../../src/repositories/common.js';
import { tempDir } from '../helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** The app's connection and a second one to the same file, as another process would write. */
function twoConnections(): { reader: Connection; writer: Connection } {
  const dir = tempDir();
  const file = join(dir.path, 'kb.db');
  const reader = openDatabase(file);
  migrateDatabase(reader.sqlite);
  const writer = openDatabase(file);
  cleanups.push(dir.remove, () => writer.close(), () => reader.close());
  return { reader, writer };
}

describe('reads', () => {
  it('keeps a method on one snapshot while another connection commits', () => {
    const { reader, writer } = twoConnections();
    const base = repositoryBase(reader);
    const count = () => (base.prepare('SELECT count(*) AS n FROM actors').get() as { n: number }).n;
    const addActor = (id: string) => sqliteOf(writer).prepare("INSERT INTO actors (id, name, kind) VALUES (?, ?, 'person')").run(id, id);

    const methods = base.reads({
      countAroundAWrite: () => {
        const before = count();
        addActor('written-meanwhile');
        return [before, count()];
      },
    });
    expect(methods.countAroundAWrite()).toEqual([0, 0]);
    expect(count(), 'the next read sees the write').toBe(1);
    expect(sqliteOf(reader).inTransaction).toBe(false);

    // Unwrapped, the same two queries straddle the write: this is what the wrapper prevents.
    const before = count();
    addActor('written-unwrapped');
    expect([before, count()]).toEqual([1, 2]);
  });

  it('ends its transaction when the method throws, and runs inside a transaction already open', () => {
    const { reader } = twoConnections();
    const base = repositoryBase(reader);
    const methods = base.reads({
      fail: () => {
        throw new Error('no such record');
      },
      inTransaction: () => sqliteOf(reader).inTransaction,
    });
    expect(() => methods.fail()).toThrow('no such record');
    expect(sqliteOf(reader).inTransaction).toBe(false);
    expect(methods.inTransaction()).toBe(true);

    const write = sqliteOf(reader).transaction(() => {
      sqliteOf(reader).prepare("INSERT INTO actors (id, name, kind) VALUES ('a', 'A', 'person')").run();
      return methods.inTransaction();
    });
    expect(write()).toBe(true);
    expect(sqliteOf(reader).inTransaction).toBe(false);
  });
});
