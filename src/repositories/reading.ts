/**
 * A read written once for both ways a database answers. SQLite answers on the thread that
 * asks, in microseconds; PostgreSQL answers over a socket, later. A `Reading` is a generator
 * that yields each query it needs and is handed back the query's rows, so the same code runs
 * either way: `readNow` answers each query at once (SQLite, and PostgreSQL through its bridge:
 * PGlite, writes reading back), `readLater` with a promise (a PostgreSQL server's client: the
 * read pool of views/runner.ts, a view thread's own), so the thread takes other work while the
 * server works.
 */
import type { Statement } from '../db/client.js';

/** A query a reading asks for: its SQL as the repositories write it, and its parameters. */
export interface Ask {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** A read that yields its queries and is handed back their rows; its value is the answer. */
export type Reading<T> = Generator<Ask, T, unknown[]>;

/** What a reading answers. */
export type AnswerOf<R> = R extends Reading<infer T> ? T : never;

/** The rows of a query, inside a reading: `const rows = yield* rowsOf<Row>(text, params)`. */
export function* rowsOf<Row>(text: string, params: readonly unknown[]): Generator<Ask, Row[], unknown[]> {
  return (yield { text, params }) as Row[];
}

/** Runs a reading to its answer, each query prepared (`prepare`, a statement cache) and run as it comes; a query's error is thrown inside the reading. */
export function readNow<T>(prepare: (text: string) => Statement, reading: Reading<T>): T {
  let step = reading.next();
  while (!step.done) {
    let rows: unknown[];
    try {
      rows = prepare(step.value.text).all(...step.value.params);
    } catch (error) {
      step = reading.throw(error);
      continue;
    }
    step = reading.next(rows);
  }
  return step.value;
}

/** Runs a reading to its answer, each query answered later by `ask`; a query's error is thrown inside the reading. */
export async function readLater<T>(ask: (query: Ask) => Promise<unknown[]>, reading: Reading<T>): Promise<T> {
  let step = reading.next();
  while (!step.done) {
    let rows: unknown[];
    try {
      rows = await ask(step.value);
    } catch (error) {
      step = reading.throw(error);
      continue;
    }
    step = reading.next(rows);
  }
  return step.value;
}

type ReadingFunction = (...args: never[]) => Reading<unknown>;
const SNAPSHOTS = new WeakSet<ReadingFunction>();

/**
 * Marks a reading of several queries that must all see one state of the database (a
 * snapshot: Connection.snapshot), so that every way of answering it opens one.
 */
export function inOneSnapshot<F extends ReadingFunction>(reading: F): F {
  SNAPSHOTS.add(reading);
  return reading;
}

/** Whether a reading was marked to be answered on one snapshot (`inOneSnapshot`). */
export const needsSnapshot = (reading: ReadingFunction): boolean => SNAPSHOTS.has(reading);
