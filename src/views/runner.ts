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
 * threads of their own on a PostgreSQL server, where the thread that asks waits for it.
 */
import { Worker } from 'node:worker_threads';
import type { Connection } from '../db/client.js';
import { ProblemError } from '../domain/problem.js';
import { type ViewName, type Views, createViews } from './registry.js';
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

class ViewPool implements ViewRunner {
  private readonly threads = new Set<Thread>();
  /** Waiting jobs, served in turn (views/turns.ts). */
  private readonly turns: Turns<Job>;
  private nextId = 1;
  private closing = false;

  constructor(
    private readonly source: ViewSource,
    count: number,
    private readonly timeoutMs: number,
    private readonly maxQueued: number,
    /** What its requests are, for the 503 past the queue: "searches and views". */
    private readonly what: string,
    /** The requests served ahead of the others (views/turns.ts). */
    ahead?: (name: string) => boolean,
  ) {
    this.turns = new Turns(ahead);
    for (let i = 0; i < count; i++) this.spawn();
  }

  run<K extends ViewName>(name: K, ...args: Parameters<Views[K]>): Promise<ReturnType<Views[K]>> {
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

  private pump() {
    for (const thread of this.threads) {
      if (this.turns.size === 0) return;
      if (!thread.ready || thread.job) continue;
      const job = this.turns.next()!;
      thread.job = job;
      thread.worker.postMessage(job.request);
    }
  }

  private expire(job: Job) {
    this.turns.remove(job.request.name, job);
    for (const thread of this.threads) {
      if (thread.job === job) {
        thread.job = undefined;
        thread.ready = false;
        void thread.worker.terminate();
      }
    }
    this.settle(job, overBudget(budgetOf(job.request.name, this.timeoutMs)));
  }

  private settle(job: Job, error?: Error, value?: unknown) {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(value);
  }
}

/** Threads on a database file, inline in memory (or when asked for 0 threads). */
export function createViewRunner(connection: Connection, { threads = 0, timeoutMs = DEFAULT_VIEW_TIMEOUT_MS, maxQueued = DEFAULT_MAX_QUEUED, readUrl }: ViewOptions = {}): ViewRunner {
  const { path, memory } = connection.location;
  if (threads === 0 || memory) return inlineRunner(connection);
  return new ViewPool({ backend: connection.backend, path: (connection.backend === 'postgres' && readUrl) || path, timeoutMs }, threads, timeoutMs, maxQueued, 'searches and views');
}

/** Reads of records and lists that may wait for a thread: many more than views, since each takes a few milliseconds. */
export const MAX_QUEUED_READS = 1_000;

/**
 * Where records by id and lists are read (`app.reads`): inline on SQLite, whose reads are
 * function calls that take microseconds (a thread would only add its hop); on a PostgreSQL
 * server, on threads of their own (as many as the views'), each with its own connection to
 * the primary — never DATABASE_READ_URL, so a record reads as the last write left it — so
 * that the event loop is free while the server answers. A read waiting for a thread, or
 * running, past its time budget is answered 503 as a view is.
 */
export function createReadRunner(connection: Connection, { threads = 0, timeoutMs = DEFAULT_VIEW_TIMEOUT_MS }: ViewOptions = {}): ViewRunner {
  const { path, memory } = connection.location;
  if (connection.backend === 'sqlite' || threads === 0 || memory) return inlineRunner(connection);
  return new ViewPool({ backend: 'postgres', path, timeoutMs }, threads, timeoutMs, MAX_QUEUED_READS, 'reads', readsAhead);
}

/**
 * The reads a thread takes before lists and names (views/turns.ts): `/health`, records by id
 * and the issue whose positions are asked for, one indexed lookup each, so that however many
 * lists and costly requests wait (each of which resolves its names here first), a record
 * waits for little more than the reads already running.
 */
export const readsAhead = (name: string) => name === 'ping' || name === 'issueRef' || name.startsWith('find');
