/**
 * A deterministic, seedable synthetic knowledge base of any size, made by the project's
 * own migrations and written in bulk into its tables (`bench/bulk.ts`), so the schema's
 * keys and checks hold for it as for the real one.
 *
 *   npx tsx bench/generate.ts --statements 100000 [--seed 1] [--out bench/data/kb-100k.db]
 *
 * Proportions follow the curated data: about 20 statements per source, a few
 * speakers say most (Zipf), dates cluster around a few summits, every fact cites a
 * sentence of a generated article body.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { type BulkRows, writeRows } from './bulk.js';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { compactSearchIndex } from '../src/db/setup.js';
import { type Precision, dateColumnsOf, sortDateOf } from '../src/domain/dates.js';
import { evidenceId } from '../src/domain/evidence.js';
import {
  ACTOR_KINDS,
  DATE_KINDS,
  PLOVER_TYPES,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  STANCES,
  STATEMENT_KINDS,
} from '../src/domain/vocabulary.js';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    /** Zipf-like: index 0 is drawn most, the tail rarely. */
    zipf: (n: number) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1)) - 1)),
  };
}

export const WORDS = (
  'missile defense treaty talks Moscow Washington minister secretary offer proposal radar interceptors Poland Czech Republic ' +
  'Iran Kosovo status sanctions expert consultations security threat Europe NATO alliance troika deadline summit agreement ' +
  'ratification suspension withdrawal forces conventional strategic arms reduction negotiators delegation concession demand ' +
  'request position stance warning cooperation assessment monitoring liaison officers framework document bilateral relations'
).split(' ');
export const RARE = ['zeugma', 'quillwort', 'obelisk', 'marzipan', 'tamarisk', 'vermilion'];
const CLUSTERS = ['2007-07', '2007-10', '2007-12', '2008-03', '2008-04', '2009-07'];

export interface GenerateOptions {
  statements: number;
  seed?: number;
  out: string;
}

export function generate({ statements: total, seed = 1, out }: GenerateOptions) {
  const r = random(seed);
  if (existsSync(out)) rmSync(out);
  for (const suffix of ['-wal', '-shm']) rmSync(out + suffix, { force: true });
  mkdirSync(dirname(out), { recursive: true });
  const connection = openDatabase(out);
  migrateDatabase(connection.sqlite);
  connection.sqlite.pragma('synchronous = OFF'); // a throwaway benchmark file: durability is not what is measured here

  const counts = {
    sources: Math.max(5, Math.ceil(total / 20)),
    actors: Math.max(40, Math.ceil(total / 250)),
    issues: Math.max(16, Math.ceil(total / 5000)),
    proposals: Math.max(20, Math.ceil(total / 50)),
    dates: Math.max(20, Math.ceil(total / 10)),
    claims: Math.max(10, Math.ceil(total / 1000)),
  };

  const date = () => {
    const cluster = r.pick(CLUSTERS);
    const [y, m] = cluster.split('-').map(Number) as [number, number];
    const shift = Math.round((r.next() + r.next() + r.next() - 1.5) * 4); // months around the cluster
    const month = ((m - 1 + shift + 120) % 12) + 1;
    const year = y + Math.floor((m - 1 + shift) / 12);
    const day = 1 + r.int(28);
    const roll = r.next();
    const precision: Precision = roll < 0.7 ? 'day' : roll < 0.9 ? 'month' : 'year';
    const value = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { value, precision, text: null, basis: 'Generated.' } as const;
  };

  // Sources: bodies of ~25 sentences; every fact cites one sentence.
  const sentences: { source: string; start: number; end: number; exact: string }[] = [];
  const empty = (): BulkRows => ({
    sources: [], evidenceSpans: [], actors: [], actorAliases: [], actorRoles: [], issues: [], issueAliases: [], issueLinks: [], proposals: [],
    proposalParticipants: [], proposalIssues: [], proposalStatuses: [], statements: [], statementIssues: [], statementProposals: [],
    statementActors: [], dates: [], dateActors: [], dateIssues: [], contestedClaims: [], claimVersions: [], citations: [],
  });
  let citation = 0;
  const cite = (plan: BulkRows, fact: Record<string, string | number>) => {
    const s = sentences[r.int(sentences.length)]!;
    const id = evidenceId(s.source, s.start, s.end);
    plan.citations.push({ id: ++citation, evidenceId: id, ...fact });
  };

  let plan = empty();
  for (let i = 0; i < counts.sources; i++) {
    const id = `source-${i}`;
    let body = '';
    for (let k = 0; k < 25; k++) {
      const words = Array.from({ length: 8 + r.int(10) }, () => (r.next() < 0.002 ? r.pick(RARE) : r.pick(WORDS)));
      const sentence = `${words.join(' ')} ${k}-${i}.`;
      const start = body.length;
      body += `${sentence} `;
      const span = { source: id, start, end: start + sentence.length, exact: sentence };
      sentences.push(span);
      plan.evidenceSpans.push({ id: evidenceId(id, span.start, span.end), sourceId: id, start: span.start, end: span.end, exact: sentence });
    }
    plan.sources.push({ id, title: `Report ${i}`, outlet: `Outlet ${i % 40}`, author: null, url: null, ...dateColumnsOf(date()), notes: null, body });
  }
  for (let i = 0; i < counts.actors; i++) {
    const id = `actor-${i}`;
    plan.actors.push({ id, name: `Actor ${i} ${r.pick(WORDS)}`, kind: i < 10 ? 'state' : r.pick(ACTOR_KINDS), affiliationId: i >= 10 ? `actor-${i % 10}` : null, description: null });
    cite(plan, { actorId: id });
    plan.actorAliases.push({ id: i + 1, actorId: id, name: `A${i}`, note: null });
    cite(plan, { actorAliasId: i + 1 });
  }
  for (let i = 0; i < counts.issues; i++) {
    const id = `issue-${i}`;
    plan.issues.push({ id, name: `Issue ${i} ${r.pick(WORDS)}`, description: null, parentId: i >= 8 ? `issue-${i % 8}` : null });
    cite(plan, { issueId: id });
  }
  writeRows(connection, plan);

  const actor = () => `actor-${r.zipf(counts.actors)}`;
  const issue = () => `issue-${r.zipf(counts.issues)}`;
  let statusId = 0;
  plan = empty();
  for (let i = 0; i < counts.proposals; i++) {
    const id = `proposal-${i}`;
    const entries = 1 + r.int(4);
    const history = Array.from({ length: entries }, () => r.pick(PROPOSAL_STATUSES));
    plan.proposals.push({ id, title: `Proposal ${i}`, kind: r.pick(PROPOSAL_KINDS), summary: `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)}`, parentId: null, status: history.at(-1)! });
    cite(plan, { proposalId: id });
    const proposer = actor();
    plan.proposalParticipants.push({ proposalId: id, actorId: proposer, role: 'proposer' });
    const recipient = actor();
    if (recipient !== proposer) plan.proposalParticipants.push({ proposalId: id, actorId: recipient, role: 'recipient' });
    plan.proposalIssues.push({ proposalId: id, issueId: issue() });
    const dates = history.map(() => date()).sort((a, b) => dateColumnsOf(a).dateStart!.localeCompare(dateColumnsOf(b).dateStart!));
    history.forEach((status, k) => {
      plan.proposalStatuses.push({ id: ++statusId, proposalId: id, seq: k + 1, status, actorId: actor(), ...dateColumnsOf(dates[k]), note: null });
      cite(plan, { proposalStatusId: statusId });
    });
  }
  writeRows(connection, plan);

  const CHUNK = 50_000;
  for (let from = 0; from < total; from += CHUNK) {
    plan = empty();
    for (let i = from; i < Math.min(total, from + CHUNK); i++) {
      const id = `statement-${i}`;
      const words = Array.from({ length: 10 + r.int(15) }, () => (r.next() < 0.001 ? r.pick(RARE) : r.pick(WORDS)));
      plan.statements.push({
        id,
        speakerId: actor(),
        speakerLabel: null,
        kind: r.pick(STATEMENT_KINDS),
        text: words.join(' '),
        ...dateColumnsOf(r.next() < 0.95 ? date() : null),
        venue: null,
        ploverType: r.next() < 0.7 ? r.pick(PLOVER_TYPES) : null,
        respondsToId: i > 0 && r.next() < 0.1 ? `statement-${r.int(i)}` : null,
        note: null,
      });
      const sortDate = plan.statements.at(-1)!.dateStart ?? '';
      plan.statements.at(-1)!.sortDate = sortDate;
      const a = issue();
      plan.statementIssues.push({ statementId: id, issueId: a, stance: r.pick(STANCES), sortDate });
      const b = issue();
      if (b !== a) plan.statementIssues.push({ statementId: id, issueId: b, stance: r.pick(STANCES), sortDate });
      if (r.next() < 0.3) plan.statementProposals.push({ statementId: id, proposalId: `proposal-${r.int(counts.proposals)}`, stance: r.pick(STANCES) });
      if (r.next() < 0.3) plan.statementActors.push({ statementId: id, actorId: actor(), role: r.next() < 0.5 ? 'addressee' : 'mentioned' });
      cite(plan, { statementId: id });
    }
    for (let i = Math.floor((from / total) * counts.dates); i < Math.floor((Math.min(total, from + CHUNK) / total) * counts.dates); i++) {
      const id = `date-${i}`;
      const value = date();
      plan.dates.push({ id, kind: r.pick(DATE_KINDS), label: `${r.pick(WORDS)} ${r.pick(WORDS)} ${i}`, ...dateColumnsOf(value), location: null, note: null });
      plan.dateActors.push({ dateId: id, actorId: actor(), sortDate: sortDateOf(value) });
      plan.dateIssues.push({ dateId: id, issueId: issue(), sortDate: sortDateOf(value) });
      cite(plan, { dateId: id });
    }
    writeRows(connection, plan);
  }

  plan = empty();
  let versionId = 0;
  for (let i = 0; i < counts.claims; i++) {
    const id = `claim-${i}`;
    plan.contestedClaims.push({ id, property: 'date', summary: `Claim ${i}`, note: null, subjectSourceId: null, subjectActorId: null, subjectIssueId: null, subjectProposalId: null, subjectStatementId: `statement-${r.int(total)}`, subjectDateId: null });
    for (let k = 0; k < 2; k++) {
      plan.claimVersions.push({ id: ++versionId, claimId: id, seq: k + 1, value: `version ${k}`, ...dateColumnsOf(date()), note: null });
      cite(plan, { claimVersionId: versionId });
    }
  }
  writeRows(connection, plan);
  compactSearchIndex(connection);
  connection.sqlite.exec('ANALYZE');
  connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  connection.close();
  return { ...counts, statements: total, evidenceSpans: sentences.length, citations: citation };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const statements = Number(arg('statements') ?? 10_000);
  const out = arg('out') ?? `bench/data/kb-${statements}.db`;
  const started = performance.now();
  const counts = generate({ statements, seed: Number(arg('seed') ?? 1), out });
  console.log(`wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);
}
