/**
 * Runs the costly views (views/registry.ts) so that they cannot starve cheap requests.
 *
 * SQLite answers on the thread that asks, so a search that reads for 500 ms on the
 * event loop holds up every other client for 500 ms. On a database file, the views
 * run instead on a few worker threads, each with its own read-only connection: the
 * event loop only hands a request over and sends the answer back, and records by id,
 * lists and /health keep answering while the views work. Each view request has a time
 * budget, counted from its arrival: one that is still waiting or running when the
 * budget runs out is answered 503 with Retry-After (a thread still running it is
 * stopped and replaced). Past a bounded queue, new view requests are answered 503 at
 * once rather than waiting behind the others. Waiting requests take turns by view, so
 * a pile of slow searches does not hold up a change-log page that takes 2 ms (views/turns.ts).
 *
 * An in-memory database cannot be opened from another thread; there the views run
 * inline, with the same interface (what the tests use unless they ask for threads).
 *
 * Records and lists go through a runner too (createReadRunner): inline on SQLite, on
 * connections of their own on a PostgreSQL server, answered by promises on the event loop.
 */
import { Worker } from 'node:worker_threads';
import type { Connection } from '../db/client.js';
import type { PostgresConnection } from '../db/postgres/connection.js';
import { type Client, connectServer } from '../db/postgres/server-client.js';
import { answerOn, asPostgresError } from '../db/postgres/readings.js';
import { type Reading, needsSnapshot } from '../repositories/reading.js';
import { ProblemError } from '../domain/problem.js';
import { type ReadingName, type Readings, type ViewName, type Views, createReadings, createViews } from './registry.js';
import { Turns } from './turns.js';
import { type ViewRequest, type ViewResponse, errorFromWire, fromWire } from './wire.js';

export interface ViewRunner {
  run<K extends ViewName>(name: K, ...args: Parameters<Views[K]>): Promise<ReturnType<Views[K]>>;
  close(): Promise<void>;
}

export interface ViewOptions {
  /** Worker threads for the views; 0 runs them inline on the event loop. */
  threads?: number;
  /** Each view request's time budget, from arrival to answer. */
  timeoutMs?: number;
  /** View requests that may wait for a thread; past that, 503 at once. */
  maxQueued?: number;
  /** PostgreSQL: the server the threads read from (a replica: DATABASE_READ_URL); the connection's own when unset. */
  readUrl?: string | undefined;
  /** PostgreSQL: the connections records and lists are read on (READ_CONNECTIONS_PER_THREAD for each view thread unless given). */
  readConnections?: number | undefined;
}

/** What a view thread opens: the SQLite file read-only, or a PostgreSQL server. */
export type ViewSource = { backend: 'sqlite' | 'postgres'; path: string; timeoutMs: number };

export const DEFAULT_VIEW_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_QUEUED = 64;
/** The young generation of each view thread's heap, in MB (V8's default may grow to several times this). */
const VIEW_YOUNG_GENERATION_MB = 8;

/**
 * A view's time budget: the configured one (`VIEW_TIMEOUT_MS`), six times it for drafting an
 * article, which reads the whole text (about 4 s for 200 KB on a two-core machine).
 */
export const BUDGET_FACTOR: Partial<Record<ViewName, number>> = { draft: 6 };
const budgetOf = (name: string, timeoutMs: number) => timeoutMs * (BUDGET_FACTOR[name as ViewName] ?? 1);

/** Inline: the views run on the caller's thread (no budget: nothing could stop them there). */
function inlineRunner(connection: Connection): ViewRunner {
  const views = createViews(connection);
  return {
    run: async (name, ...args) => (views[name] as (...a: unknown[]) => never)(...args),
    close: async () => {},
  };
}

interface Job {
  request: ViewRequest;
  settled?: boolean;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  job?: Job;
  ready: boolean;
}

const overBudget = (ms: number) =>
  new ProblemError('unavailable', `This request needed more than its ${ms / 1000} s: narrow it (fewer or longer words, a filter, a smaller limit) or retry later.`);

/**
 * Requests waiting for a worker (a thread, a connection), served in turn (views/turns.ts),
 * each within its time budget from arrival, and refused at once past a bounded queue.
 */
abstract class JobPool implements ViewRunner {
  /** Waiting jobs, served in turn (views/turns.ts). */
  protected readonly turns: Turns<Job>;
  private nextId = 1;
  protected closing = false;

  constructor(
    protected readonly timeoutMs: number,
    private readonly maxQueued: number,
    /** What its requests are, for the 503 past the queue: "searches and views". */
    private readonly what: string,
    /** The requests served ahead of the others (views/turns.ts). */
    ahead?: (name: string) => boolean,
  ) {
    this.turns = new Turns(ahead);
  }

  run<K extends ViewName>(name: K, ...args: Parameters<Views[K]>): Promise<ReturnType<Views[K]>> {
    if (this.closing) return Promise.reject(new ProblemError('unavailable', 'The service is shutting down.'));
    if (this.turns.size >= this.maxQueued) {
      return Promise.reject(new ProblemError('unavailable', `Too many ${this.what} are waiting (${this.maxQueued}); retry shortly.`));
    }
    return new Promise((resolve, reject) => {
      const job: Job = {
        request: { id: this.nextId++, name, args },
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: setTimeout(() => this.expire(job), budgetOf(name, this.timeoutMs)),
      };
      this.turns.push(name, job);
      this.pump();
    });
  }

  abstract close(): Promise<void>;

  /** Hands waiting jobs to free workers. */
  protected abstract pump(): void;

  /** Stops the work on a job whose budget ran out (it was waiting, or is running). */
  protected abstract stop(job: Job): void;

  private expire(job: Job) {
    this.turns.remove(job.request.name, job);
    this.stop(job);
    this.settle(job, overBudget(budgetOf(job.request.name, this.timeoutMs)));
  }

  /** Answers a job, once: a worker that answers after its budget ran out is not heard. */
  protected settle(job: Job, error?: Error, value?: unknown) {
    if (job.settled) return;
    job.settled = true;
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(value);
  }
}

/** Views on worker threads, each with its own connection. */
class ViewPool extends JobPool {
  private readonly threads = new Set<Thread>();

  constructor(
    private readonly source: ViewSource,
    count: number,
    timeoutMs: number,
    maxQueued: number,
    what: string,
  ) {
    super(timeoutMs, maxQueued, what);
    for (let i = 0; i < count; i++) this.spawn();
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.turns.drain()) this.settle(job, new ProblemError('unavailable', 'The service is shutting down.'));
    await Promise.all([...this.threads].map((t) => t.worker.terminate()));
    this.threads.clear();
  }

  private spawn() {
    // Threads load TypeScript the way the main thread does, through tsx.
    const api = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./worker.ts', import.meta.url).href;
    const worker = new Worker(`import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, {
      eval: true,
      workerData: { source: this.source },
      // A view's garbage is short-lived: a small young generation is collected often and cheaply,
      // instead of each thread's heap growing by tens of megabytes before its first collection.
      resourceLimits: { maxYoungGenerationSizeMb: VIEW_YOUNG_GENERATION_MB },
    });
    const thread: Thread = { worker, ready: false };
    this.threads.add(thread);
    worker.on('message', (message: ViewResponse | 'ready') => {
      if (message === 'ready') {
        thread.ready = true;
        return this.pump();
      }
      const job = thread.job;
      thread.job = undefined;
      if (job && job.request.id === message.id) this.settle(job, message.ok ? undefined : errorFromWire(message.error), message.ok ? fromWire(message.result) : undefined);
      this.pump();
    });
    worker.on('error', (error) => {
      if (thread.job) this.settle(thread.job, error);
      thread.job = undefined;
    });
    worker.on('exit', () => {
      this.threads.delete(thread);
      if (thread.job) this.settle(thread.job, new Error('a view thread stopped'));
      // A replacement starts once the old thread has really gone, so a query that
      // ignores termination cannot multiply threads.
      if (!this.closing) setTimeout(() => this.closing || this.spawn(), thread.ready ? 0 : 1_000).unref();
    });
  }

  protected pump() {
    for (const thread of this.threads) {
      if (this.turns.size === 0) return;
      if (!thread.ready || thread.job) continue;
      const job = this.turns.next()!;
      thread.job = job;
      thread.worker.postMessage(job.request);
    }
  }

  protected stop(job: Job) {
    for (const thread of this.threads) {
      if (thread.job === job) {
        thread.job = undefined;
        thread.ready = false;
        void thread.worker.terminate();
      }
    }
  }
}

/**
 * Records and lists on a PostgreSQL server, read on the event loop: each request's reading
 * (repositories/reading.ts) runs on a connection of its own from a few kept open, each query
 * answered by a promise, so the event loop takes other requests while the server works and
 * no thread stands between them. A read past its budget is answered 503 and asks no further
 * query; the server ends the one it runs (each query's statement_timeout is the budget).
 */
class ServerReadPool extends JobPool {
  private readonly readings: Readings;
  private readonly idle: Client[] = [];
  /** The jobs being read, each with its connection once it has one. */
  private readonly running = new Map<Job, { done: Promise<void>; client?: Client }>();

  constructor(
    private readonly connection: PostgresConnection,
    private readonly size: number,
    timeoutMs: number,
  ) {
    super(timeoutMs, MAX_QUEUED_READS, 'reads', readsAhead);
    this.readings = createReadings(connection);
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.turns.drain()) this.settle(job, new ProblemError('unavailable', 'The service is shutting down.'));
    // The reads running end within their budget; a connection that still has not answered then is dropped.
    const ended = Promise.allSettled([...this.running.values()].map((r) => r.done));
    const late = setTimeout(() => {
      for (const { client } of this.running.values()) client?.destroy();
    }, this.timeoutMs);
    await ended;
    clearTimeout(late);
    await Promise.allSettled(this.idle.splice(0).map((client) => client.close()));
  }

  protected pump() {
    while (this.turns.size > 0 && this.running.size < this.size) {
      const job = this.turns.next()!;
      const entry: { done: Promise<void>; client?: Client } = { done: Promise.resolve() };
      this.running.set(job, entry);
      entry.done = this.execute(job, entry);
    }
  }

  protected stop(): void {
    // A read past its budget asks no further query (execute), and the server ends the one it runs at the
    // connections' statement_timeout (the client gives up on a server that no longer answers a little later).
  }

  /** A connection kept open that the server has not ended meanwhile (a restart, an administrator). */
  private idleClient(): Client | undefined {
    for (let client = this.idle.pop(); client; client = this.idle.pop()) {
      if (!client.gone) return client;
      void client.close().catch(() => {});
    }
    return undefined;
  }

  private async execute(job: Job, entry: { client?: Client }): Promise<void> {
    try {
      const reading = this.readings[job.request.name as ReadingName] as (...args: unknown[]) => Reading<unknown>;
      const clientOf = async () =>
        (entry.client = this.idleClient() ?? (await connectServer({ url: this.connection.location.path, readOnly: true, statementTimeoutMs: this.timeoutMs, name: READ_POOL_NAME }).catch(asPostgresError)));
      this.settle(job, undefined, await answerOn(this.connection, clientOf, reading(...job.request.args), { snapshot: needsSnapshot(reading), stopped: () => job.settled === true }));
    } catch (error) {
      this.settle(job, error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.running.delete(job);
      const { client } = entry;
      if (client && !client.gone && !this.closing) this.idle.push(client);
      else void client?.close().catch(() => {});
      if (!this.closing) this.pump();
    }
  }
}

/** Threads on a database file, inline in memory (or when asked for 0 threads). */
export function createViewRunner(connection: Connection, { threads = 0, timeoutMs = DEFAULT_VIEW_TIMEOUT_MS, maxQueued = DEFAULT_MAX_QUEUED, readUrl }: ViewOptions = {}): ViewRunner {
  const { path, memory } = connection.location;
  if (threads === 0 || memory) return inlineRunner(connection);
  return new ViewPool({ backend: connection.backend, path: (connection.backend === 'postgres' && readUrl) || path, timeoutMs }, threads, timeoutMs, maxQueued, 'searches and views');
}

/** Reads of records and lists that may wait for a connection: many more than views, since each takes a few milliseconds. */
export const MAX_QUEUED_READS = 1_000;

/** PostgreSQL: the connections records and lists are read on, for each view thread (each is a server process while it works). */
const READ_CONNECTIONS_PER_THREAD = 2;
/** Their application_name, as pg_stat_activity shows them. */
export const READ_POOL_NAME = 'parley reads';

/**
 * Where records by id and lists are read (`app.reads`): inline on SQLite, whose reads are
 * function calls that take microseconds (a thread would only add its hop); on a PostgreSQL
 * server, on connections of their own to the primary (ServerReadPool) — never
 * DATABASE_READ_URL, so a record reads as the last write left it — answered by promises, so
 * that the event loop is free while the server answers. A read waiting for a connection, or
 * running, past its time budget is answered 503 as a view is.
 */
export function createReadRunner(connection: Connection, { threads = 0, timeoutMs = DEFAULT_VIEW_TIMEOUT_MS, readConnections }: ViewOptions = {}): ViewRunner {
  if (connection.backend === 'sqlite' || threads === 0 || connection.location.memory) return inlineRunner(connection);
  const postgres = connection as PostgresConnection;
  if (postgres.bridge.target.kind !== 'server') return inlineRunner(connection);
  return new ServerReadPool(postgres, readConnections ?? threads * READ_CONNECTIONS_PER_THREAD, timeoutMs);
}

/**
 * The reads taken before lists and names (views/turns.ts): `/health`, records by id
 * and the issue whose positions are asked for, one indexed lookup each, so that however many
 * lists and costly requests wait (each of which resolves its names here first), a record
 * waits for little more than the reads already running.
 */
export const readsAhead = (name: string) => name === 'ping' || name === 'issueRef' || name.startsWith('find');
