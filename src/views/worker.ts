/**
 * A view thread: its own read-only connection, answering the main thread's requests one at a
 * time. On a PostgreSQL server, what is written as a reading (repositories/reading.ts) is
 * answered on a client this thread holds, by promises; the rest through the connection's bridge.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openReadConnection } from '../db/client.js';
import { openPostgres } from '../db/postgres/connection.js';
import { answerOn, asPostgresError } from '../db/postgres/readings.js';
import { type Client, connectServer } from '../db/postgres/server-client.js';
import { type Reading, needsSnapshot } from '../repositories/reading.js';
import { createReadings, createViews } from './registry.js';
import type { ViewSource } from './runner.js';
import { type ViewRequest, type ViewResponse, errorToWire, toWire } from './wire.js';

/** The application_name of a view thread's own client, as pg_stat_activity shows it. */
const VIEW_CLIENT_NAME = 'parley views';

const port = parentPort!;
const { source } = workerData as { source: ViewSource };
const postgres = source.backend === 'postgres' ? openPostgres({ kind: 'server', url: source.path, readOnly: true, statementTimeoutMs: source.timeoutMs }) : undefined;
const connection = postgres ?? openReadConnection(source.path);
// One set of readings (one cache of names) for both ways of answering them.
const made = createReadings(connection);
const views = createViews(connection, made) as unknown as Record<string, (...args: unknown[]) => unknown>;
const readings = postgres && (made as unknown as Record<string, (...args: unknown[]) => Reading<unknown>>);
let client: Client | undefined;
const clientOf = async () => {
  if (!client || client.gone) {
    void client?.close().catch(() => {});
    client = await connectServer({ url: source.path, readOnly: true, statementTimeoutMs: source.timeoutMs, name: VIEW_CLIENT_NAME }).catch(asPostgresError);
  }
  return client;
};

port.on('message', async ({ id, name, args }: ViewRequest) => {
  let response: ViewResponse;
  try {
    const reading = readings && Object.hasOwn(readings, name) ? readings[name]! : undefined;
    // A view may answer later (drafting loads its language tools on first use).
    const result = postgres && reading ? await answerOn(postgres, clientOf, reading(...args), { snapshot: needsSnapshot(reading) }) : await views[name]!(...args);
    response = { id, ok: true, result: toWire(result) };
  } catch (error) {
    response = { id, ok: false, error: errorToWire(error) };
  }
  port.postMessage(response);
});
port.postMessage('ready');
