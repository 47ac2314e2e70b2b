/**
 * `npm run ingest -- <file.txt> --published YYYY-MM-DD [--outlet …] [--title …] [--id …] [--commit]`:
 * adds an article to a running Parley (`PARLEY_URL`, by default http://127.0.0.1:$PORT or
 * :3000, with the write key `API_KEY`): creates the source (its body verbatim), drafts it,
 * and prints the draft for review — quotations and reported speech with their speakers,
 * dates with their basis, new actors, proposed aliases, linked issues. With `--commit` it
 * posts the draft as drafted through `POST /batch`, all or nothing. Run again with the same
 * file, it finds the source it made and drafts it again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../writes/service.js';
import { MAX_BATCH_OPERATIONS } from '../routes/batch.js';
import { actorNowOf, operationsOf } from './commit.js';
import type { Draft } from './draft.js';

/** The command was given wrongly: said with the usage. */
class UsageError extends Error {}
/** The command could not do what it was asked: said alone. */
class CommandError extends Error {}

interface Options {
  file: string;
  published: string;
  outlet?: string;
  title?: string;
  id?: string;
  commit: boolean;
}

export function parseArgs(argv: string[]): Options {
  const options: Partial<Options> & { commit: boolean } = { commit: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--') || v.trim() === '') throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--commit') options.commit = true;
    else if (arg === '--published') options.published = value();
    else if (arg === '--outlet') options.outlet = value();
    else if (arg === '--title') options.title = value();
    else if (arg === '--id') options.id = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else rest.push(arg);
  }
  if (rest.length !== 1) throw new UsageError('give one article file');
  if (!options.published || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(options.published)) throw new UsageError('--published YYYY-MM-DD (or YYYY-MM, YYYY) is required: relative dates count from it');
  return { ...options, file: rest[0]!, published: options.published } as Options;
}

const USAGE = 'Usage: npm run ingest -- <file.txt> --published YYYY-MM-DD [--outlet …] [--title …] [--id …] [--commit]';

async function call(base: string, key: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

const problemText = (p: { detail?: string; errors?: { name: string; reason: string }[] } | undefined) =>
  [p?.detail ?? 'no answer', ...(p?.errors ?? []).slice(0, 10).map((e) => `  ${e.name}: ${e.reason}`)].join('\n');

/** The draft as a person reads it. */
export function summary(draft: Draft): string {
  const lines: string[] = [];
  const name = (id: string | null | undefined, label: unknown) => (id ? `${String(label ?? id)} [${id}]` : String(label ?? 'unattributed'));
  const quotes = draft.statements.filter((s) => s.record.kind === 'direct_quote');
  const reported = draft.statements.filter((s) => s.record.kind !== 'direct_quote');
  const dateOf = (d: unknown) => (d && typeof d === 'object' && 'value' in d ? ` (${(d as { value: string }).value})` : '');
  lines.push(`Quotations (${quotes.length}):`);
  for (const s of quotes) lines.push(`  ${s.confidence.toFixed(2)}  ${name(s.record.speaker_id as string, s.record.speaker_label)}: "${String(s.record.text).slice(0, 160)}"${dateOf(s.record.date)}${s.record.plover_type ? ` ${s.record.plover_type}` : ''}`);
  lines.push(`Reported speech (${reported.length}):`);
  for (const s of reported) lines.push(`  ${s.confidence.toFixed(2)}  ${name(s.record.speaker_id as string, s.record.speaker_label)}: ${String(s.record.text).slice(0, 160)}${dateOf(s.record.date)}${s.record.plover_type ? ` ${s.record.plover_type}` : ''}`);
  lines.push(`Dates (${draft.dates.length}):`);
  for (const d of draft.dates) {
    const date = d.record.date as { value: string; precision: string; text: string | null; basis: string | null };
    lines.push(`  "${date.text}" → ${date.value} (${date.precision})${date.basis ? ` — ${date.basis}` : ''}`);
  }
  const fresh = draft.actors.filter((a) => a.match === null);
  lines.push(`New actors (${fresh.length}):`);
  for (const a of fresh) lines.push(`  ${a.confidence.toFixed(2)}  ${String(a.record?.name)} [${String(a.record?.id)}], ${String(a.record?.kind)}`);
  const aliases = draft.actors.filter((a) => a.aliases?.length);
  lines.push(`Proposed aliases (${aliases.reduce((n, a) => n + a.aliases!.length, 0)}):`);
  for (const a of aliases) for (const alias of a.aliases!) lines.push(`  ${a.match}: "${alias.name}"`);
  lines.push(`Known actors named: ${draft.actors.filter((a) => a.match).map((a) => a.match).join(', ') || 'none'}`);
  lines.push(`Issues named: ${draft.issues.map((i) => i.match).join(', ') || 'none'}`);
  lines.push(`Proposed conflicts (${draft.conflicts.length}):`);
  for (const c of draft.conflicts) lines.push(`  ${String(c.record.summary)}`);
  return lines.join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const key = process.env.API_KEY?.split(',')[0]?.trim();
  if (!key) throw new CommandError('API_KEY must hold the write key of the server (drafting and committing need it).');
  const base = (process.env.PARLEY_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
  let body: string;
  try {
    body = readFileSync(options.file, 'utf8');
  } catch {
    throw new CommandError(`No article file at ${options.file}.`);
  }
  const id = options.id ?? slugify(basename(options.file).replace(/\.[^.]+$/, ''));
  const precision = options.published.length === 10 ? 'day' : options.published.length === 7 ? 'month' : 'year';
  const source = {
    id,
    ...(options.title ? { title: options.title } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
    published: { value: options.published, precision, text: null, basis: null },
    body,
  };

  const created = await call(base, key, 'POST', '/sources', source);
  if (created.status === 201) console.log(`Created source ${id}.`);
  else {
    const existing = await call(base, key, 'GET', `/sources/${encodeURIComponent(id)}?include=body`);
    if (existing.status !== 200 || existing.json.body !== body.trim()) throw new CommandError(`Could not create source ${id}:\n${problemText(created.json)}`);
    console.log(`Source ${id} exists with this body; drafting it again.`);
  }

  const drafted = await call(base, key, 'POST', `/sources/${encodeURIComponent(id)}/draft`);
  if (drafted.status !== 200) throw new CommandError(`Drafting failed (${drafted.status}):\n${problemText(drafted.json)}`);
  const draft = drafted.json as Draft;
  console.log(`\n${summary(draft)}\n`);
  if (!options.commit) {
    console.log(`Nothing written but the source. Review the draft (POST /sources/${id}/draft gives it as JSON), then commit it with --commit.`);
    return;
  }
  // An article committed before is not committed twice: its statements would be written again under new ids.
  const cited = await call(base, key, 'GET', `/statements?source=${encodeURIComponent(id)}&limit=1`);
  if (cited.status === 200 && cited.json.data.length > 0) {
    throw new CommandError(`Source ${id} has statements already: this article was committed before, and nothing was written. Review its records with GET /statements?source=${id}.`);
  }
  const operations = await operationsOf(draft, async (actor) => {
    const res = await call(base, key, 'GET', `/actors/${encodeURIComponent(actor)}`);
    return res.status === 200 ? actorNowOf(res.json) : undefined;
  });
  if (operations.length > MAX_BATCH_OPERATIONS) {
    throw new CommandError(`The draft makes ${operations.length} writes, more than one batch takes (${MAX_BATCH_OPERATIONS}): nothing was committed. Review it and commit it in parts with POST /batch.`);
  }
  const idempotency = createHash('sha256').update(JSON.stringify(operations)).digest('hex').slice(0, 40);
  const committed = await call(base, key, 'POST', '/batch', { operations }, { 'idempotency-key': `ingest-${idempotency}` });
  if (committed.status !== 200) throw new CommandError(`Nothing was committed (${committed.status}):\n${problemText(committed.json)}`);
  if (committed.replayed) {
    console.log('These writes were committed before (the same batch): nothing new was written.');
    return;
  }
  const counts = new Map<string, number>();
  for (const op of operations) counts.set(`${op.method} ${op.path.split('/')[1]}`, (counts.get(`${op.method} ${op.path.split('/')[1]}`) ?? 0) + 1);
  console.log(`Committed ${operations.length} writes in one batch: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error instanceof CommandError ? error.message : error instanceof TypeError && /fetch failed/.test(error.message) ? `No Parley answers at ${process.env.PARLEY_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`} (PARLEY_URL): start it with npm start.` : error);
    process.exit(1);
  });
}
