// @ts-check
/**
 * The thread that talks to PostgreSQL for a Bridge (bridge.ts): it holds one client — a
 * server's, through `pg`, or PGlite's in-process engine — runs each query the calling
 * thread posts, and wakes that thread when the answer is on the port. Plain JavaScript,
 * so that it loads the same under `npm start`, the tests and any tool, with no compiler.
 */
import { workerData } from 'node:worker_threads';
import { PARSERS, connectServer } from './server-client.js';

/** @type {{ target: import('./bridge.js').BridgeTarget; signal: SharedArrayBuffer; port: import('node:worker_threads').MessagePort }} */
const { target, signal, port } = workerData;
const flag = new Int32Array(signal);

/**
 * @typedef {import('./server-client.js').Result} Result
 * @typedef {import('./server-client.js').Client} Client
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
      gone: false,
    };
  }
  return connectServer(target);
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
