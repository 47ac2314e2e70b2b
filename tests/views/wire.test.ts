/**
 * What crosses between a view thread and the main thread (views/wire.ts): answers and errors
 * are made again on the main thread as what they were, so that the error handler answers the
 * same status as it would for the same error thrown on the event loop.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../src/db/client.js';
import { PostgresError } from '../../src/db/postgres/bridge.js';
import { CursorError } from '../../src/domain/cursor.js';
import { JsonText } from '../../src/domain/json.js';
import { ProblemError } from '../../src/domain/problem.js';
import { errorFromWire, errorToWire, fromWire, toWire } from '../../src/views/wire.js';

/** Through structured cloning, as a message between threads is. */
const across = <T>(value: T): T => structuredClone(value);

describe('the wire between a view thread and the main thread', () => {
  it('keeps a database refusal a refusal: a lost PostgreSQL connection, a busy SQLite file', () => {
    const lost = errorFromWire(across(errorToWire(new PostgresError('The connection to the database failed: write EPIPE', '08006'))));
    expect(lost).toBeInstanceOf(PostgresError);
    expect(lost.message).toContain('EPIPE');
    expect(refusalOf(lost)).toBe('busy');
    const constraint = errorFromWire(across(errorToWire(new PostgresError('duplicate key', '23505', 'Key (id)=(x) already exists.', 'actors_pkey')))) as PostgresError;
    expect([constraint.code, constraint.detail, constraint.constraint]).toEqual(['23505', 'Key (id)=(x) already exists.', 'actors_pkey']);
    expect(refusalOf(constraint)).toBeUndefined();
    const busy = errorFromWire(across(errorToWire(Object.assign(new Error('database is locked'), { name: 'SqliteError', code: 'SQLITE_BUSY' }))));
    expect(refusalOf(busy)).toBe('busy');
  });

  it('keeps problems, cursors, other errors and answers as they were', () => {
    const problem = errorFromWire(across(errorToWire(new ProblemError('unavailable', 'retry later'))));
    expect(problem).toBeInstanceOf(ProblemError);
    expect((problem as ProblemError).code).toBe('unavailable');
    expect(errorFromWire(across(errorToWire(new CursorError('bad cursor'))))).toBeInstanceOf(CursorError);
    const other = errorFromWire(across(errorToWire(new TypeError('x is undefined'))));
    expect(other.message).toBe('x is undefined');
    expect(refusalOf(other)).toBeUndefined();
    const answer = fromWire(across(toWire(new JsonText('{"a":1}', 3)))) as JsonText<unknown>;
    expect([answer.text, answer.version]).toEqual(['{"a":1}', 3]);
    expect(fromWire(across(toWire({ kind: 'id', id: 'x' })))).toEqual({ kind: 'id', id: 'x' });
  });
});
