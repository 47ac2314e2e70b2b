import cluster from 'node:cluster';
import { buildApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { prepareDatabase } from './db/setup.js';

/** A line of the primary's log, as the server processes write theirs (pino's JSON), at LOG_LEVEL or above. */
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
function primaryLog(config: Config, level: 'info' | 'error', msg: string) {
  if (LEVELS[level] < LEVELS[config.logLevel]) return;
  (level === 'error' ? process.stderr : process.stdout).write(`${JSON.stringify({ level: LEVELS[level], time: Date.now(), pid: process.pid, role: 'primary', msg })}\n`);
}

/** The database, as a log may name it: the SQLite file, or the PostgreSQL server and database without user or password. */
function databaseName(config: Config): string {
  if (typeof config.database === 'string') return config.database;
  const url = new URL(config.database.postgresUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

/** A server process that dies this often within a minute is not restarted again: something is wrong with all of them. */
const MAX_RESTARTS_A_MINUTE = 5;

/**
 * With WORKERS=N (N > 1), this process prepares the database once (migrations, and the seed on
 * a fresh one), then runs N server processes that share the port (Node's cluster: the
 * connections are dealt out in turn). A process that dies after it started serving is replaced
 * (at most five times a minute); one that cannot start (the port taken, the database unreadable)
 * stops them all, with exit code 1, as a single process would. On SIGTERM or SIGINT it passes
 * the signal on and exits 0 once every one has finished its requests and stopped.
 */
async function primary(config: Config) {
  const { connection, seeded } = await prepareDatabase(config.database);
  connection.close();
  if (seeded) primaryLog(config, 'info', `created the database (${databaseName(config)}) and loaded the knowledge base`);
  let stopping = false;
  let exitCode = 0;
  const restarts: number[] = [];
  const serving = new Set<number>();
  const stopAll = (signal: NodeJS.Signals, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
  };
  cluster.on('listening', (worker) => {
    serving.add(worker.id);
    if (serving.size === config.workers && restarts.length === 0) primaryLog(config, 'info', `${config.workers} server processes on http://${config.host}:${config.port}, docs at /docs`);
  });
  cluster.on('exit', (worker, code, signal) => {
    const served = serving.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    if (!served) {
      primaryLog(config, 'error', `a server process could not start (${signal ?? `exit code ${code}`}); stopping`);
      return stopAll('SIGTERM', 1);
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_A_MINUTE) {
      primaryLog(config, 'error', `server processes died ${restarts.length} times in a minute; stopping`);
      return stopAll('SIGTERM', 1);
    }
    primaryLog(config, 'error', `server process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`);
    cluster.fork();
  });
  for (let i = 0; i < config.workers; i++) cluster.fork();
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  process.on('SIGINT', () => stopAll('SIGINT'));
}

async function main() {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) return primary(config);
  const { connection, seeded } = await prepareDatabase(config.database);
  const app = await buildApp({
    connection,
    apiKeys: config.apiKeys,
    privateChanges: config.privateChanges,
    views: { threads: config.viewThreads, timeoutMs: config.viewTimeoutMs, readUrl: config.databaseReadUrl },
    trustProxy: config.trustProxy,
    requestTimeoutMs: config.requestTimeoutMs,
    protection: { corsOrigins: config.corsOrigins, writeRateLimit: config.writeRateLimit, authFailureLimit: config.authFailureLimit },
    logger: { level: config.logLevel, redact: { paths: ['req.headers.authorization', 'req.headers["idempotency-key"]'], censor: '[hidden]' } },
  });
  app.log.info(
    config.viewThreads
      ? `searches and views on ${config.viewThreads} worker thread${config.viewThreads === 1 ? '' : 's'}${typeof config.database === 'string' ? '' : ', records and lists on as many more'}, ${config.viewTimeoutMs} ms each at most`
      : 'searches and views on the event loop, with no time budget (VIEW_THREADS=0)',
  );
  app.log.info(config.apiKeys.length ? `writes accepted with ${config.apiKeys.length} API key${config.apiKeys.length === 1 ? '' : 's'}` : 'read-only: no API_KEY set');
  app.log.info({ database: databaseName(config) }, seeded ? 'created the database and loaded the knowledge base' : 'opened the database');

  let closing = false;
  // On SIGTERM: refuse new requests with 503, let those in flight finish, then
  // stop listening, checkpoint the WAL into the database file, close it, exit 0.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const { waitedFor } = await app.drain(config.requestTimeoutMs);
    await app.close();
    connection.checkpoint();
    connection.close();
    app.log.info({ waitedFor }, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`docs at http://${config.host}:${config.port}/docs`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || (error instanceof Error && error.name === 'SeedError')) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
