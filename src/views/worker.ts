/** A view thread: its own read-only connection, answering the main thread's requests one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { openReadConnection } from '../db/client.js';
import { openPostgres } from '../db/postgres/connection.js';
import { createViews } from './registry.js';
import type { ViewSource } from './runner.js';
import { type ViewRequest, type ViewResponse, errorToWire, toWire } from './wire.js';

const port = parentPort!;
const { source } = workerData as { source: ViewSource };
const views = createViews(source.backend === 'postgres' ? openPostgres({ kind: 'server', url: source.path, readOnly: true, statementTimeoutMs: source.timeoutMs }) : openReadConnection(source.path)) as unknown as Record<
  string,
  (...args: unknown[]) => unknown
>;

port.on('message', async ({ id, name, args }: ViewRequest) => {
  let response: ViewResponse;
  try {
    // A view may answer later (drafting loads its language tools on first use).
    response = { id, ok: true, result: toWire(await views[name]!(...args)) };
  } catch (error) {
    response = { id, ok: false, error: errorToWire(error) };
  }
  port.postMessage(response);
});
port.postMessage('ready');
