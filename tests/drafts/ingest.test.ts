/** `npm run ingest` and `npm run ingest:eval`, run as a user runs them: real processes, a real server. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/loader.js';
import { knowledgeWithout } from '../../src/drafts/evaluate.js';
import { parseArgs, summary } from '../../src/drafts/ingest.js';
import { draftText, loadKnowledge } from '../../src/drafts/draft.js';
import { createTestDatabase, tempDir } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

const ROOT = join(import.meta.dirname, '..', '..');
const KEY = 'ingest-test-key-0123456789';
const dir = tempDir();
let server: ChildProcess;
let port: number;
let article: string;

const ingest = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/drafts/ingest.ts', ...args], { cwd: ROOT, env: { ...process.env, API_KEY: KEY, PARLEY_URL: `http://127.0.0.1:${port}`, ...env }, encoding: 'utf8' });

beforeAll(async () => {
  // A knowledge base without the VOA article, as a database file a server starts on.
  const records = loadSeed();
  const { connection } = knowledgeWithout(records, 'voa-2007-10-12');
  const path = join(dir.path, 'parley.db');
  writeFileSync(path, sqliteOf(connection).serialize());
  connection.close();
  article = join(dir.path, 'voa-2007-10-12.txt');
  writeFileSync(article, String(records.find((r) => r.body.id === 'voa-2007-10-12')!.body.body));
  port = 20_000 + Math.floor(Math.random() * 20_000);
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env: { ...process.env, PORT: String(port), DATABASE_PATH: path, API_KEY: KEY, LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
}, 30_000);
afterAll(() => {
  server?.kill('SIGKILL');
  dir.remove();
});

describe('npm run ingest', () => {
  it('creates the source and prints the draft for review, writing nothing else; with --commit, posts it through /batch', async () => {
    const review = ingest([article, '--published', '2007-10-12', '--outlet', 'Voice of America']);
    expect(review.status, review.stderr).toBe(0);
    expect(review.stdout).toContain('Created source voa-2007-10-12.');
    expect(review.stdout).toMatch(/Quotations \(1\):\n {2}0\.\d\d {2}Rice \[condoleezza-rice\]: "The United States is engaged/);
    expect(review.stdout).toMatch(/"in six months" → 2008-04 \(month\) — Counted from 2007-10-12/);
    expect(review.stdout).toContain('Nothing written but the source.');
    const before = (await (await fetch(`http://127.0.0.1:${port}/statements?source=voa-2007-10-12`)).json()) as { data: unknown[] };
    expect(before.data).toEqual([]);

    const commit = ingest([article, '--published', '2007-10-12', '--commit']);
    expect(commit.status, commit.stderr).toBe(0);
    expect(commit.stdout).toContain('Source voa-2007-10-12 exists with this body; drafting it again.');
    expect(commit.stdout).toMatch(/Committed \d+ writes in one batch: .*POST statements/);
    const again = ingest([article, '--published', '2007-10-12', '--commit']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Source voa-2007-10-12 has statements already: this article was committed before, and nothing was written.');
    const after = (await (await fetch(`http://127.0.0.1:${port}/statements?source=voa-2007-10-12&limit=100`)).json()) as { data: { speaker_id: string }[] };
    expect(after.data.length).toBeGreaterThan(5);
    expect(after.data.map((s: { speaker_id: string }) => s.speaker_id)).toEqual(expect.arrayContaining(['sergei-lavrov', 'condoleezza-rice', 'vladimir-putin']));
  }, 60_000);

  it('names what is wrong with its arguments, and a server that does not answer', () => {
    expect(() => parseArgs([article])).toThrow(/--published YYYY-MM-DD/);
    expect(() => parseArgs([article, '--published', 'Friday'])).toThrow(/--published/);
    expect(() => parseArgs([article, '--published', '2007-10-12', '--bogus'])).toThrow(/unknown option --bogus/);
    const missing = ingest([article]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Usage: npm run ingest');
    const noFile = ingest([join(dir.path, 'absent.txt'), '--published', '2007-10-12']);
    expect(noFile.status).toBe(1);
    expect(noFile.stderr.trim()).toBe(`No article file at ${join(dir.path, 'absent.txt')}.`);
    expect(() => parseArgs([article, '--published', '2007-10-12', '--title', ''])).toThrow(/--title needs a value/);
    const nobody = ingest([article, '--published', '2007-10-12'], { PARLEY_URL: 'http://127.0.0.1:9' });
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toContain('No Parley answers at http://127.0.0.1:9');
  }, 30_000);
});

describe('the README\'s worked example', () => {
  it('prints what the README shows for its article', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf('`reuters-2007-10-13.txt`:');
    const block = (from: number) => {
      const start = readme.indexOf('```text\n', from) + '```text\n'.length;
      return { text: readme.slice(start, readme.indexOf('```', start)), end: readme.indexOf('```', start) + 3 };
    };
    const article = block(at);
    const shown = block(readme.indexOf('prints the draft for review', article.end)).text.split('\n').filter((l) => l && l !== '…' && !l.startsWith('Created source'));
    const connection = createTestDatabase();
    const draft = draftText(loadKnowledge(connection), 'reuters-2007-10-13', article.text, { value: '2007-10-13', precision: 'day', describe: '2007-10-13, the date of reuters-2007-10-13' });
    connection.close();
    const printed = summary(draft).split('\n');
    expect(shown.length).toBeGreaterThan(10);
    expect(printed.slice(0, shown.length)).toEqual(shown);
  });
});

describe('npm run ingest:eval', () => {
  it('prints precision and recall per kind, and each target met or missed', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/drafts/evaluate.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const article of ['amt-2007-11-01', 'iht-2007-10-22', 'times-2008', 'voa-2007-10-12', 'xinhua-2007-10-14']) expect(run.stdout).toContain(`| ${article} |`);
    expect(run.stdout).toMatch(/\| quotations found ≥ 95% \| \d+\.\d% \| (met|\*\*missed\*\*) \|/);
    expect(run.stdout).toMatch(/\| precision of issues ≥ 80% \| \d+\.\d% \| (met|\*\*missed\*\*) \|/);
  }, 60_000);
});
