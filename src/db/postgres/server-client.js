// @ts-check
/**
 * A client of a PostgreSQL server through `pg`, as Parley reads its answers: what the bridge
 * thread holds (bridge-worker.js), what the read pool holds on the event loop (views/runner.ts)
 * and a view thread holds (views/worker.ts). Plain JavaScript, so that the bridge thread loads it
 * with no compiler.
 */
import pg from 'pg';
import { compactJson } from './compact-json.js';

/** JSON the database wrote is read as compact text (PostgreSQL prints `{"a" : 1}`; SQLite and JSON.stringify print `{"a":1}`): compact-json.js. */
/** Integers past 2^53 do not occur in this schema: 8-byte integers (ids, counts) and numerics are read as numbers. */
/** @type {Record<number, (text: string) => unknown>} */
export const PARSERS = { 20: Number, 1700: Number, 114: compactJson, 3802: compactJson };

/** How long connecting may take. */
const CONNECT_TIMEOUT_MS = 10_000;
/** How much longer than its statement_timeout a query's answer may take before the client gives up on it (a server that no longer answers). */
const ANSWER_GRACE_MS = 5_000;

/**
 * A failed connection as SQLSTATE 08006, whatever the client's words for it (`EPIPE`, `ECONNRESET`,
 * a client that lost its connection), so that it reads as one (refusalOf: retry).
 * @param {any} error
 * @returns {never}
 */
function connectionFailed(error) {
  throw Object.assign(new Error(`The connection to the database failed: ${error?.message ?? error}`), { code: '08006' });
}

/**
 * @typedef {{ rows: Record<string, unknown>[]; fields: { name: string }[]; rowCount: number }} Result
 * @typedef {{ query(text: string, params: unknown[], prepare?: boolean): Promise<Result>; close(): Promise<void>; destroy?: () => void; readonly gone: boolean; dump?: () => Promise<Uint8Array> }} Client
 */

/**
 * Connects to a server: `readOnly` refuses writes in the session, `statementTimeoutMs` ends a
 * query that runs longer, `lockTimeoutMs` ends a wait for a lock. `gone` tells once the
 * connection has ended or failed.
 * @param {{ url: string; readOnly?: boolean | undefined; statementTimeoutMs?: number | undefined; lockTimeoutMs?: number | undefined; name?: string | undefined }} target
 * `name` is the connection's application_name, which the server shows in pg_stat_activity.
 * @returns {Promise<Client>}
 */
export async function connectServer(target) {
  const timeout = target.statementTimeoutMs ? Math.round(target.statementTimeoutMs) : undefined;
  const client = new pg.Client({
    connectionString: target.url,
    application_name: target.name ?? 'parley',
    // A server that cannot be reached, or a socket dropped on the way (no answer, no reset), fails
    // here in its time rather than when the system gives up on it.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    ...(timeout ? { query_timeout: timeout + ANSWER_GRACE_MS } : {}),
    types: /** @type {any} */ ({ getTypeParser: (/** @type {number} */ oid) => PARSERS[oid] ?? pg.types.getTypeParser(oid) }),
  });
  let gone = false;
  // A client that loses its server reports it on the next query; an error event with no listener would end the thread.
  client.on('error', () => {
    gone = true;
  });
  client.on('end', () => {
    gone = true;
  });
  /** An error of the server keeps its SQLSTATE; any other means the connection failed, and it is not used again. */
  const asServerError = (/** @type {any} */ error) => {
    if (error instanceof pg.DatabaseError) throw error;
    gone = true;
    connectionFailed(error);
  };
  await client.connect().catch(connectionFailed);
  try {
    if (target.readOnly) await client.query('SET default_transaction_read_only = on');
    if (timeout) await client.query(`SET statement_timeout = ${timeout}`);
    if (target.lockTimeoutMs) await client.query(`SET lock_timeout = ${Math.round(target.lockTimeoutMs)}`);
  } catch (error) {
    await client.end().catch(() => {});
    asServerError(error);
  }
  /** Each distinct statement is prepared once on the server, by name: parsed and planned once, not on every call. */
  /** @type {Map<string, string>} */
  const prepared = new Map();
  const nameOf = (/** @type {string} */ text) => {
    let name = prepared.get(text);
    if (name === undefined) prepared.set(text, (name = `parley_${prepared.size + 1}`));
    return name;
  };
  /** The query asked last: each query is sent once the one before it is answered, in the order they were asked (one not waited for, a COMMIT, goes first). */
  /** @type {Promise<unknown>} */
  let last = Promise.resolve();
  return {
    query(text, params, prepare = true) {
      const run = last.then(async () => {
        // Without parameters, the simple protocol, which takes several statements (the last one answers).
        const answer = await (params.length === 0 ? client.query(text) : client.query(prepare ? { name: nameOf(text), text, values: params } : { text, values: params })).catch(asServerError);
        const result = /** @type {any} */ (Array.isArray(answer) ? answer.at(-1) : answer);
        return { rows: result.rows, fields: result.fields, rowCount: result.rowCount ?? 0 };
      });
      last = run.catch(() => {});
      return run;
    },
    close: () => client.end(),
    destroy() {
      gone = true;
      /** @type {any} */ (client).connection?.stream?.destroy();
    },
    get gone() {
      return gone;
    },
  };
}
