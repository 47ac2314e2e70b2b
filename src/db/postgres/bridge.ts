/**
 * PostgreSQL, answered synchronously. The repositories and the write service are written
 * for a database that answers on the calling thread (SQLite does: a query is a function
 * call, a transaction is a block of code that no other request can interleave with). A
 * Bridge gives PostgreSQL the same shape: a worker thread holds the client and runs each
 * query, and the calling thread waits for the answer (Atomics.wait) as it would wait for
 * SQLite to read its file. Each process (and each view thread) has its own bridge, and so
 * its own connection; PostgreSQL serves them all at once.
 */
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';

/**
 * A server by its URL — `readOnly` refuses writes in the session, `statementTimeoutMs` ends a
 * query that runs longer (a view thread's budget), `lockTimeoutMs` ends a wait for a lock (the
 * write lock another writer holds) — or PGlite, in memory or in a folder.
 */
export type BridgeTarget =
  | { kind: 'server'; url: string; readOnly?: boolean; statementTimeoutMs?: number; lockTimeoutMs?: number }
  | { kind: 'pglite'; dataDir?: string; image?: Uint8Array };

export interface BridgeStatement {
  text: string;
  params: readonly unknown[];
  /** Whether a server prepares it once by name (its plan may then be one for any values); false plans it for its values each time. */
  prepare?: boolean;
}
/** `query` answers with the last statement's rows; `send` answers nothing (a read's COMMIT: see Bridge.send). */
export type BridgeRequest = { type: 'query'; statements: BridgeStatement[] } | { type: 'send'; statements: BridgeStatement[] } | { type: 'dump' } | { type: 'close' };
export type BridgeResponse =
  | { ok: true; rows: Record<string, unknown>[]; columns: string[]; rowCount: number }
  | { ok: false; error: { message: string; code?: string | undefined; detail?: string | undefined; constraint?: string | undefined } };

/** An error PostgreSQL answered with: its message, and its SQLSTATE as `code`. */
export class PostgresError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail?: string,
    readonly constraint?: string,
  ) {
    super(message);
    this.name = 'PostgresError';
  }
}

/** How long a query may take before the bridge gives up on its thread (the server's statement_timeout should come first). */
const WAIT_MS = 120_000;
/** How long an answer may lag its wake-up before the thread is taken for gone. */
const LATE_ANSWER_MS = 1000;

export class Bridge {
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  /** Waited on (never woken) to sleep a moment. */
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private closed = false;

  constructor(readonly target: BridgeTarget) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // Plain JavaScript: it loads the same wherever this runs.
    this.worker = new Worker(new URL('./bridge-worker.js', import.meta.url), {
      workerData: { target, signal: this.flag.buffer, port: port2 },
      transferList: [port2],
    });
    // The thread must not keep the process alive, nor its errors end it: they reach the caller as answers.
    this.worker.unref();
    this.worker.on('error', () => {});
    this.wait('connecting');
  }

  /** Runs the statements in order, answering with the last one's rows. */
  query(statements: BridgeStatement[]): { rows: Record<string, unknown>[]; columns: string[]; rowCount: number } {
    if (this.closed) throw new PostgresError('The database connection is closed.', '08003');
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ type: 'query', statements } satisfies BridgeRequest);
    const answer = this.wait('answering');
    return answer;
  }

  /**
   * Sends statements without waiting for them: the thread runs them before anything asked
   * after, and a failure shows in the next query (the connection gone). For what cannot fail
   * while the connection lives and whose answer no one needs: a read-only snapshot's COMMIT,
   * which so costs the caller no round trip.
   */
  send(statements: BridgeStatement[]): void {
    if (this.closed) return;
    this.port.postMessage({ type: 'send', statements } satisfies BridgeRequest);
  }

  /** PGlite's whole data folder, as bytes (a `BridgeTarget` image another bridge can start from). */
  dump(): Uint8Array {
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ type: 'dump' } satisfies BridgeRequest);
    return this.wait('dumping').rows[0]!.image as Uint8Array;
  }

  close(): void {
    if (this.closed) return;
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ type: 'close' } satisfies BridgeRequest);
    try {
      this.wait('closing', 5_000);
    } catch {
      // A connection that does not close in time is dropped with its thread.
    }
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }

  private wait(what: string, ms = WAIT_MS): Extract<BridgeResponse, { ok: true }> {
    if (Atomics.wait(this.flag, 0, 0, ms) === 'timed-out') {
      this.closed = true;
      void this.worker.terminate();
      throw new PostgresError(`The database did not answer within ${ms / 1000} s (${what}).`, '57014');
    }
    // The thread wakes this one after posting its answer, yet a large answer may reach the port a
    // moment later (seen here: up to 2 ms for a search's candidates): it is waited for, briefly.
    let message = receiveMessageOnPort(this.port)?.message as BridgeResponse | undefined;
    for (let i = 0; !message && i < LATE_ANSWER_MS; i++) {
      Atomics.wait(this.pause, 0, 0, 1);
      message = receiveMessageOnPort(this.port)?.message as BridgeResponse | undefined;
    }
    if (!message) throw new PostgresError(`The database connection ended (${what}).`, '08006');
    if (!message.ok) throw new PostgresError(message.error.message, message.error.code, message.error.detail, message.error.constraint);
    return message;
  }
}
