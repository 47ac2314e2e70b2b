/**
 * Readings (repositories/reading.ts) answered on a PostgreSQL server's client held on the
 * calling thread, each query by a promise: no bridge thread between the reading and the
 * socket. What the read pool (views/runner.ts) and a view thread (views/worker.ts) use.
 */
import { type Reading, readLater } from '../../repositories/reading.js';
import { PostgresError } from './bridge.js';
import type { PostgresConnection } from './connection.js';
import type { Client } from './server-client.js';

/** An error of the server's client (server-client.js) as the bridge reports one: a PostgresError, its SQLSTATE as `code`. */
export function asPostgresError(error: { message?: string; code?: string; detail?: string; constraint?: string }): never {
  throw new PostgresError(String(error.message ?? error), error.code, error.detail, error.constraint);
}

/** What begins a reading's snapshot: one state of the database for all its queries. */
const BEGIN_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * Answers `reading` on the client `clientOf` gives, asked for with the first query (so that a
 * server that cannot be reached fails that query, inside the reading). `connection` writes
 * each query as PostgreSQL takes it. With `snapshot`, the queries are one REPEATABLE READ
 * transaction, whose BEGIN goes with the first query (in one message with it, when it has no
 * values) and whose COMMIT is not waited for
 * (the client runs it before anything asked after). Once `stopped` says so, no query is asked.
 */
export async function answerOn<T>(
  connection: PostgresConnection,
  clientOf: () => Promise<Client>,
  reading: Reading<T>,
  { snapshot = false, stopped = () => false }: { snapshot?: boolean; stopped?: () => boolean } = {},
): Promise<T> {
  let client: Client | undefined;
  try {
    return await readLater(async ({ text, params }) => {
      // A read whose answer no one waits for any more (its budget ran out) asks nothing more.
      if (stopped()) throw new Error('The read was stopped.');
      const bound = connection.bind(text, params);
      if (!client) {
        client = await clientOf();
        if (snapshot) {
          // A first query with no values goes in one message with the BEGIN (the simple protocol takes several statements, the last one answers).
          if (bound.values.length === 0) return (await client.query(`${BEGIN_SNAPSHOT}; ${bound.text}`, []).catch(asPostgresError)).rows;
          void client.query(BEGIN_SNAPSHOT, []).catch(() => {});
        }
      }
      return (await client.query(bound.text, bound.values, !bound.planEach).catch(asPostgresError)).rows;
    }, reading);
  } finally {
    // A failed query left the transaction aborted: its COMMIT ends it all the same.
    if (client && snapshot) void client.query('COMMIT', []).catch(() => {});
  }
}
