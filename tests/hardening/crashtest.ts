/**
 * `npm run crashtest [-- --rounds N]`: runs the real server on a scratch database,
 * drives acknowledged writes over HTTP, kills the process with SIGKILL at a random
 * moment, restarts it and checks that every write acknowledged with a 2xx is there,
 * that no write is half-applied, and that SQLite's integrity and foreign-key checks
 * pass. Prints the totals; exits 1 on any loss.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/client.js';

const ROOT = join(import.meta.dirname, '..', '..');
const KEY = 'crash-key-0123456789abcdef';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 20);
const WRITERS = 8;

const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
const path = join(dir, 'parley.db');
const port = 20_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${port}`;
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

function start(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: path, API_KEY: KEY, LOG_LEVEL: 'error', WRITE_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function healthy() {
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not come up');
}

/** What the server acknowledged: statement id → its body, and the last acknowledged version of the PATCHed actor. */
const acknowledged = new Map<string, { text: string; version: number }>();
let patchedVersion = 0;
let sent = 0;
let counter = 0;

async function writer(stop: { stopped: boolean }) {
  while (!stop.stopped) {
    const n = counter++;
    sent++;
    try {
      if (n % 4 === 3) {
        const response = await fetch(`${base}/actors/analysts`, { method: 'PATCH', headers: { ...headers, 'if-match': '*' }, body: JSON.stringify({ description: `Unnamed analysts, revision ${n}.` }) });
        if (response.ok) patchedVersion = Math.max(patchedVersion, ((await response.json()) as { version: number }).version);
        continue;
      }
      const id = `crash-${n}`;
      const text = `Statement ${n}: Russia will take steps to neutralize the threat.`;
      const response = await fetch(`${base}/statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          id,
          speaker_id: 'sergei-lavrov',
          kind: 'paraphrase',
          text,
          issues: [{ issue_id: 'missile-defense', stance: 'opposes' }, { issue_id: 'us-russia-relations', stance: 'neutral' }],
          actors: [{ actor_id: 'united-states', role: 'addressee' }],
          evidence: [{ source_id: 'voa-2007-10-12', exact: 'his country will need to take steps to neutralize the threat' }],
        }),
      });
      if (response.status === 201) acknowledged.set(id, { text, version: ((await response.json()) as { version: number }).version });
    } catch {
      return; // the process died under us: the write was not acknowledged
    }
  }
}

const totals = { rounds: 0, sent: 0, acknowledged: 0, found: 0, missing: 0, halfApplied: 0, integrityFailures: 0 };
let child = start();
try {
  await healthy();
  for (let round = 1; round <= ROUNDS; round++) {
    const stop = { stopped: false };
    const writers = Array.from({ length: WRITERS }, () => writer(stop));
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 600));
    child.kill('SIGKILL');
    stop.stopped = true;
    await Promise.all(writers);
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

    const db = openDatabase(path);
    const integrity = db.sqlite.pragma('integrity_check', { simple: true });
    const foreignKeys = db.sqlite.pragma('foreign_key_check') as unknown[];
    if (integrity !== 'ok' || foreignKeys.length) totals.integrityFailures++;
    const statements = db.sqlite.prepare("SELECT id, text FROM statements WHERE id LIKE 'crash-%'").all() as { id: string; text: string }[];
    const present = new Map(statements.map((s) => [s.id, s.text]));
    for (const [id, { text }] of acknowledged) if (present.get(id) !== text) totals.missing++;
    const partsOf = db.sqlite.prepare(
      `SELECT (SELECT count(*) FROM statement_issues WHERE statement_id = ?) issues, (SELECT count(*) FROM statement_actors WHERE statement_id = ?) actors,
              (SELECT count(*) FROM citations WHERE statement_id = ?) evidence, (SELECT count(*) FROM changes WHERE record_id = ? AND collection = 'statements') logged`,
    );
    for (const { id } of statements) {
      const parts = partsOf.get(id, id, id, id) as { issues: number; actors: number; evidence: number; logged: number };
      if (parts.issues !== 2 || parts.actors !== 1 || parts.evidence !== 1 || parts.logged !== 1) totals.halfApplied++;
    }
    const analysts = db.sqlite.prepare("SELECT version FROM actors WHERE id = 'analysts'").get() as { version: number };
    if (analysts.version < patchedVersion) totals.missing++;
    db.close();

    totals.rounds = round;
    totals.sent = sent;
    totals.acknowledged = acknowledged.size;
    totals.found = [...acknowledged.keys()].filter((id) => present.has(id)).length;
    console.log(`round ${round}: ${acknowledged.size} statements acknowledged so far, ${present.size} present, integrity ${integrity}`);
    child = start();
    await healthy();
  }
} finally {
  child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\n${totals.rounds} rounds of SIGKILL: ${totals.sent} writes sent, ${totals.acknowledged} statements acknowledged, ${totals.found} found after restarts, ` +
    `${totals.missing} missing, ${totals.halfApplied} half-applied, ${totals.integrityFailures} integrity failures; last acknowledged actor version ${patchedVersion} kept.`,
);
process.exit(totals.missing || totals.halfApplied || totals.integrityFailures ? 1 : 0);
