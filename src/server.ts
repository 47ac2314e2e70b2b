import cluster from 'node:cluster';
import { buildApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { prepareDatabase } from './db/setup.js';

/**
 * With WORKERS=N (N > 1), this process prepares the database once (migrations, and the seed on
 * a fresh one), then runs N server processes that share the port (Node's cluster: the
 * connections are dealt out in turn), restarts one that dies, and on SIGTERM or SIGINT passes
 * the signal on and exits 0 once every one has finished its requests and stopped.
 */
async function primary(config: Config) {
  const { connection, seeded } = await prepareDatabase(config.databasePath);
  connection.close();
  if (seeded) console.log(`created the database at ${config.databasePath} and loaded the knowledge base`);
  let stopping = false;
  const start = () => cluster.fork();
  for (let i = 0; i < config.workers; i++) start();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    start();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  console.log(`${config.workers} server processes on http://${config.host}:${config.port}, docs at /docs`);
}

async function main() {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) return primary(config);
  const { connection, seeded } = await prepareDatabase(config.databasePath);
  const app = await buildApp({
    connection,
    apiKeys: config.apiKeys,
    privateChanges: config.privateChanges,
    views: { threads: config.viewThreads, timeoutMs: config.viewTimeoutMs },
    trustProxy: config.trustProxy,
    requestTimeoutMs: config.requestTimeoutMs,
    protection: { corsOrigins: config.corsOrigins, writeRateLimit: config.writeRateLimit, authFailureLimit: config.authFailureLimit },
    logger: { level: config.logLevel, redact: { paths: ['req.headers.authorization', 'req.headers["idempotency-key"]'], censor: '[hidden]' } },
  });
  app.log.info(
    config.viewThreads
      ? `searches and views on ${config.viewThreads} worker thread${config.viewThreads === 1 ? '' : 's'}, ${config.viewTimeoutMs} ms each at most`
      : 'searches and views on the event loop, with no time budget (VIEW_THREADS=0)',
  );
  app.log.info(config.apiKeys.length ? `writes accepted with ${config.apiKeys.length} API key${config.apiKeys.length === 1 ? '' : 's'}` : 'read-only: no API_KEY set');
  if (seeded) app.log.info({ database: config.databasePath }, 'created the database and loaded the knowledge base');

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
