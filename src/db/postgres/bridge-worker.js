// @ts-check
/**
 * The thread that talks to PostgreSQL for a Bridge (bridge.ts): it holds one client — a
 * server's, through `pg`, or PGlite's in-process engine — runs each query the calling
 * thread posts, and wakes that thread when the answer is on the port. Plain JavaScript,
 * so that it loads the same under `npm start`, the tests and any tool, with no compiler.
 */
import { workerData } from 'node:worker_threads';
import { compactJson } from './compact-json.js';

/** @type {{ target: import('./bridge.js').BridgeTarget; signal: SharedArrayBuffer; port: import('node:worker_threads').MessagePort }} */
const { target, signal, port } = workerData;
const flag = new Int32Array(signal);

/** JSON the database wrote is read as compact text (PostgreSQL prints `{"a" : 1}`; SQLite and JSON.stringify print `{"a":1}`): compact-json.js. */
/** Integers past 2^53 do not occur in this schema: 8-byte integers (ids, counts) and numerics are read as numbers. */
/** @type {Record<number, (text: string) => unknown>} */
const PARSERS = { 20: Number, 1700: Number, 114: compactJson, 3802: compactJson };

/**
 * @typedef {{ rows: Record<string, unknown>[]; fields: { name: string }[]; rowCount: number }} Result
 * @typedef {{ query(text: string, params: unknown[], prepare?: boolean): Promise<Result>; dump?: () => Promise<Uint8Array>; close(): Promise<void> }} Client
 */

/** @returns {Promise<Client>} */
async function connect() {
  if (target.kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(target.image ? { loadDataDir: new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (target.image)]) } : {}),
      parsers: PARSERS,
    });
    return {
      async query(text, params) {
        // Without parameters, the simple protocol, which takes several statements (the last one answers).
        const result = params.length === 0 ? /** @type {any} */ ((await db.exec(text)).at(-1)) : await db.query(text, params, { rowMode: 'object' });
        return { rows: result.rows, fields: result.fields, rowCount: result.affectedRows ?? 0 };
      },
      dump: async () => new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer()),
      close: () => db.close(),
    };
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: target.url, types: /** @type {any} */ ({ getTypeParser: (/** @type {number} */ oid) => PARSERS[oid] ?? pg.types.getTypeParser(oid) }) });
  await client.connect();
  if (target.readOnly) await client.query('SET default_transaction_read_only = on');
  if (target.statementTimeoutMs) await client.query(`SET statement_timeout = ${Math.round(target.statementTimeoutMs)}`);
  if (target.lockTimeoutMs) await client.query(`SET lock_timeout = ${Math.round(target.lockTimeoutMs)}`);
  // A client that loses its server reports it on the next query; an error event with no listener would end the thread.
  client.on('error', () => {});
  /** Each distinct statement is prepared once on the server, by name: parsed and planned once, not on every call. */
  /** @type {Map<string, string>} */
  const prepared = new Map();
  const nameOf = (/** @type {string} */ text) => {
    let name = prepared.get(text);
    if (name === undefined) prepared.set(text, (name = `parley_${prepared.size + 1}`));
    return name;
  };
  return {
    async query(text, params, prepare = true) {
      // Without parameters, the simple protocol, which takes several statements (the last one answers).
      const answer = params.length === 0 ? await client.query(text) : await client.query(prepare ? { name: nameOf(text), text, values: params } : { text, values: params });
      const result = /** @type {any} */ (Array.isArray(answer) ? answer.at(-1) : answer);
      return { rows: result.rows, fields: result.fields, rowCount: result.rowCount ?? 0 };
    },
    close: () => client.end(),
  };
}

/** @param {import('./bridge.js').BridgeResponse} message */
function reply(message) {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

/** @param {unknown} error */
const errorOf = (error) => {
  const e = /** @type {{ message?: string; code?: string; detail?: string; constraint?: string }} */ (error ?? {});
  return { message: String(e.message ?? error), code: e.code, detail: e.detail, constraint: e.constraint };
};

const done = { ok: /** @type {const} */ (true), rows: [], columns: [], rowCount: 0 };

try {
  const client = await connect();
  /**
   * One request at a time, in the order they came: a statement sent without waiting (`send`)
   * runs before the next query, whatever the client does with queries given at once.
   * @param {import('./bridge.js').BridgeRequest} request
   */
  const handle = async (request) => {
    if (request.type === 'send') {
      // No one waits for it: a failure (the connection gone) shows in the next query.
      for (const statement of request.statements) await client.query(statement.text, [...statement.params], statement.prepare).catch(() => {});
      return;
    }
    try {
      if (request.type === 'close') {
        await client.close().catch(() => {});
        reply(done);
        port.close();
      } else if (request.type === 'dump') {
        if (!client.dump) throw new Error('Only PGlite can dump its data folder.');
        reply({ ok: true, rows: [{ image: await client.dump() }], columns: ['image'], rowCount: 1 });
      } else {
        /** @type {Result} */
        let result = { rows: [], fields: [], rowCount: 0 };
        for (const statement of request.statements) result = await client.query(statement.text, [...statement.params], statement.prepare);
        reply({ ok: true, rows: result.rows, columns: result.fields.map((f) => f.name), rowCount: result.rowCount });
      }
    } catch (error) {
      reply({ ok: false, error: errorOf(error) });
    }
  };
  /** @type {Promise<void>} */
  let queue = Promise.resolve();
  port.on('message', (/** @type {import('./bridge.js').BridgeRequest} */ request) => {
    queue = queue.then(() => handle(request));
  });
  reply(done);
} catch (error) {
  reply({ ok: false, error: errorOf(error) });
}
