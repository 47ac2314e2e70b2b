/** The `sql` template: every value a parameter, unless it is a piece of SQL or text the code marks as SQL. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Where, join, list, raw, sql } from '../../src/repositories/sql.js';

describe('sql', () => {
  it('makes every interpolated value a parameter, whatever it holds', () => {
    const hostile = "x' OR 1=1 --";
    const piece = sql`a.kind = ${hostile} AND a.n > ${3}`;
    expect(piece.text).toBe('a.kind = ? AND a.n > ?');
    expect(piece.params).toEqual([hostile, 3]);
    const db = new Database(':memory:');
    db.exec("CREATE TABLE a (kind TEXT, n INTEGER); INSERT INTO a VALUES ('person', 5)");
    expect(db.prepare(`SELECT count(*) AS n FROM a WHERE ${piece.text}`).get(...piece.params)).toEqual({ n: 0 });
    db.close();
  });

  it('splices a piece of SQL with its parameters in order, and raw text as written', () => {
    const inner = sql`b.id = ${'x'}`;
    const outer = sql`SELECT * FROM ${raw('things b')} WHERE ${inner} AND b.year IN ${list([2007, 2008])} AND ${join([sql`c = ${1}`, sql`d = ${2}`], ' OR ')}`;
    expect(outer.text).toBe('SELECT * FROM things b WHERE b.id = ? AND b.year IN (?, ?) AND c = ? OR d = ?');
    expect(outer.params).toEqual(['x', 2007, 2008, 1, 2]);
    expect(join([], ', ').text).toBe('');
  });

  it('builds a WHERE whose text and parameters stay together', () => {
    const where = new Where().add(sql`a = ${1}`).when(undefined, (v) => sql`b = ${v as never}`).when('z', (v) => sql`c = ${v}`);
    expect(String(where)).toBe('WHERE (a = ?) AND (c = ?)');
    expect(where.params).toEqual([1, 'z']);
    expect(String(new Where())).toBe('');
  });
});
