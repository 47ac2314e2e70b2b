/**
 * `npm run ingest:eval`: how good the drafts are, leave-one-out over the seed's articles.
 * For each article: the knowledge base without it (the article removed, and every fact,
 * part or piece of evidence only it supports), the article added as a new source, drafted,
 * and the draft compared with the curated facts of that article. Printed per article and in
 * all, with precision and recall per kind and each target met or missed.
 *
 * How each kind is counted:
 * - quotations: the curated direct quotations of the article; a drafted direct quotation
 *   finds one when their evidence overlaps. Precision: drafted quotations that overlap a
 *   curated statement of the article (a quotation or a paraphrase that quotes).
 * - speakers: of the quotations found, those whose drafted speaker is the curated one (or, for
 *   a speaker the knowledge base without the article does not know, a new actor of that name).
 * - paraphrases (reported speech): likewise, for the curated paraphrases.
 * - dates: the curated date expressions of the article (a statement's or a date's `text`,
 *   and the source's printed date), found where they are printed; one is resolved when a
 *   drafted date at that place has the same value and precision. Precision: drafted dates
 *   at a curated expression's place with its value and precision, of all drafted dates.
 * - actors and issues: the known ones (still in the knowledge base without the article)
 *   that the article names by the curation: those whose record cites it for their name, an
 *   alias or a role, and the speakers, actors and issues of its statements; a drafted link
 *   finds one when it names it. Precision: drafted links that are among them.
 * - PLOVER types: of the statements found whose curated type is set, those with the same type.
 */
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type Connection, connectionOf, openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { citedSpans } from '../domain/evidence.js';
import { ProblemError } from '../domain/problem.js';
import { SEED_FILES, type SeedRecord, loadSeed } from '../../seed/loader.js';
import { createWriteService } from '../writes/service.js';
import { type Draft, draftSource } from './draft.js';
import { fold } from './knowledge.js';

type Json = Record<string, any>;
interface Span {
  source_id: string;
  start: number;
  end: number;
  exact: string;
}

export const TARGETS = {
  quotations: { recall: 0.95 },
  speakers: { accuracy: 0.9 },
  dates: { recall: 0.9 },
  actors: { recall: 0.9 },
  issues: { recall: 0.85 },
  precision: 0.8,
} as const;

/** A record without what only `sourceId` supports; undefined when nothing of it is left. */
function withoutSource(value: Json, sourceId: string): Json | undefined {
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'evidence' && Array.isArray(v)) {
      const kept = v.filter((e: Span) => e.source_id !== sourceId);
      if (kept.length === 0) return undefined;
      out.evidence = kept;
    } else if (Array.isArray(v) && v.some((x) => x && typeof x === 'object' && 'evidence' in x)) {
      out[key] = v.map((x: Json) => withoutSource(x, sourceId)).filter((x): x is Json => x !== undefined);
    } else out[key] = v;
  }
  return out;
}

let template: Buffer | undefined;
function emptyDatabase(): Connection {
  if (!template) {
    const c = openDatabase(':memory:');
    migrateDatabase(c.sqlite);
    template = c.sqlite.serialize();
    c.close();
  }
  const sqlite = new Database(template);
  sqlite.pragma('foreign_keys = ON');
  return connectionOf(sqlite);
}

/** The knowledge base without `sourceId`: what cannot stand without it is left out, round after round. */
export function knowledgeWithout(records: SeedRecord[], sourceId: string): { connection: Connection; kept: SeedRecord[] } {
  const valid = (r: SeedRecord) => {
    const { body: _article, ...fields } = r.body;
    return SEED_FILES.find((f) => f.collection === r.collection)!.schema.safeParse(r.collection === 'sources' ? fields : r.body).success;
  };
  let kept = records
    .filter((r) => !(r.collection === 'sources' && r.body.id === sourceId))
    .map((r) => ({ ...r, body: withoutSource(r.body, sourceId) as SeedRecord['body'] | undefined }))
    .filter((r): r is SeedRecord => r.body !== undefined)
    // A record whose required lists lost their last entry (a proposal's history, a claim's second version) goes too.
    .filter(valid);
  for (let round = 0; round < 20; round++) {
    const connection = emptyDatabase();
    try {
      createWriteService(connection).createAll(kept.map(({ collection, body }) => ({ collection, body })), { keyId: 'evaluation', now: new Date().toISOString() });
      return { connection, kept };
    } catch (error) {
      connection.close();
      if (!(error instanceof ProblemError) || !error.errors) throw error;
      // A reference to what is gone is let go: an entry of a list dropped, a field emptied.
      const edits = new Map<number, string[][]>();
      for (const e of error.errors) {
        const [index, ...path] = e.name.split('.');
        edits.set(Number(index), [...(edits.get(Number(index)) ?? []), path]);
      }
      kept = kept
        .map((r, i) => {
          const paths = edits.get(i);
          if (!paths) return r;
          const body = structuredClone(r.body) as Json;
          const drops = new Map<string, Set<number>>();
          for (const path of paths) {
            if (path.length >= 3 && Array.isArray(body[path[0]!])) drops.set(path[0]!, (drops.get(path[0]!) ?? new Set()).add(Number(path[1])));
            else if (path.length === 1) delete body[path[0]!];
            else return undefined;
          }
          for (const [field, indexes] of drops) body[field] = (body[field] as unknown[]).filter((_, k) => !indexes.has(k));
          return { ...r, body: body as SeedRecord['body'] };
        })
        .filter((r): r is SeedRecord => r !== undefined && valid(r));
    }
  }
  throw new Error(`the knowledge base without ${sourceId} does not settle`);
}

const overlaps = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => x.source_id === y.source_id && x.start < y.end && y.start < x.end));

export interface Score {
  found: number;
  expected: number;
  right: number;
  drafted: number;
}
const score = (): Score => ({ found: 0, expected: 0, right: 0, drafted: 0 });

export interface ArticleScores {
  article: string;
  ms: number;
  quotations: Score;
  speakers: Score;
  paraphrases: Score;
  dates: Score;
  actors: Score;
  issues: Score;
  plover: Score;
}

/** Drafts one seed article against the knowledge base without it and scores the draft. */
export function evaluateArticle(records: SeedRecord[], sourceId: string): ArticleScores & { draft: Draft } {
  const { connection, kept } = knowledgeWithout(records, sourceId);
  try {
    const source = records.find((r) => r.collection === 'sources' && r.body.id === sourceId)!;
    createWriteService(connection).create('sources', source.body, { keyId: 'evaluation', now: new Date().toISOString() });
    const started = performance.now();
    const draft = draftSource(connection, sourceId)!;
    const ms = performance.now() - started;
    const body = String(source.body.body);
    const cites = (r: SeedRecord) => citedSpans<Span>(r.body).some((s) => s.source_id === sourceId);
    const curated = records.filter((r) => r.collection !== 'sources' && cites(r));
    const statements = curated.filter((r) => r.collection === 'statements');
    const inArticle = (r: Json) => citedSpans<Span>(r).filter((s) => s.source_id === sourceId);
    const scores: ArticleScores = { article: sourceId, ms, quotations: score(), speakers: score(), paraphrases: score(), dates: score(), actors: score(), issues: score(), plover: score() };

    // Statements: quotations and paraphrases, found by overlapping evidence.
    const drafted = draft.statements.map((s) => s.record as Json);
    for (const [kind, tally] of [['direct_quote', scores.quotations], ['paraphrase', scores.paraphrases]] as const) {
      const want = statements.filter((s) => s.body.kind === kind);
      const mine = drafted.filter((d) => d.kind === kind);
      tally.expected = want.length;
      tally.drafted = mine.length;
      for (const w of want) {
        const hit = mine.find((d) => overlaps(citedSpans<Span>(d), inArticle(w.body)));
        if (!hit) continue;
        tally.found++;
        if (kind === 'direct_quote') {
          scores.speakers.expected++;
          scores.speakers.drafted++;
          // A speaker the knowledge base does not know yet is right when the draft proposes them by their name.
          const proposed = draft.actors.find((a) => a.match === null && a.record?.id === hit.speaker_id)?.record;
          const curatedName = records.find((r) => r.collection === 'actors' && r.body.id === w.body.speaker_id)?.body.name;
          const sameName = proposed && typeof curatedName === 'string' && fold(String(proposed.name)) === fold(curatedName);
          if (hit.speaker_id === w.body.speaker_id || sameName) scores.speakers.found++;
        }
        if (w.body.plover_type) {
          scores.plover.expected++;
          scores.plover.drafted++;
          if (hit.plover_type === w.body.plover_type) scores.plover.found++;
        }
      }
      tally.right = mine.filter((d) => statements.some((w) => overlaps(citedSpans<Span>(d), inArticle(w.body)))).length;
    }
    scores.speakers.right = scores.speakers.found;
    scores.plover.right = scores.plover.found;

    // Dates: each curated expression where it is printed.
    const expressions: { start: number; end: number; value: string; precision: string }[] = [];
    // Where a curated expression is printed, a line break counting as a space (hard-wrapped articles).
    const place = (text: string, within: Span[]): { start: number; end: number } | undefined => {
      const pattern = new RegExp(text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
      const all = [...body.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      return all.find((m) => within.some((s) => m.start >= s.start && m.start < s.end)) ?? all[0];
    };
    const addExpression = (date: Json | null | undefined, within: Span[]) => {
      if (!date?.text) return;
      const at = place(date.text, within);
      if (!at || expressions.some((e) => e.start === at.start)) return;
      expressions.push({ start: at.start, end: at.end, value: date.value, precision: date.precision });
    };
    for (const r of curated) {
      if (r.collection === 'statements' || r.collection === 'dates') addExpression(r.body.date as Json | null | undefined, inArticle(r.body));
    }
    addExpression(source.body.published as Json | null | undefined, []);
    const draftedDates = draft.dates.map((d) => {
      const date = d.record.date as { value: string; precision: string; text: string };
      return { value: date.value, precision: date.precision, text: date.text, span: (d.record.evidence as Span[])[0]! };
    });
    const draftedAt = draftedDates.map((d) => ({ ...d, start: body.indexOf(d.text, d.span.start) }));
    scores.dates.expected = expressions.length;
    scores.dates.drafted = draftedAt.length;
    for (const e of expressions) {
      const hit = draftedAt.find((d) => d.start < e.end && d.start + d.text.length > e.start);
      if (hit && hit.value === e.value && hit.precision === e.precision) scores.dates.found++;
      else if (process.env.EVAL_DEBUG) console.error(sourceId, 'date', JSON.stringify(body.slice(e.start, e.end)), e.value, e.precision, 'drafted', hit ? `${hit.value} ${hit.precision}` : 'nothing');
    }
    if (process.env.EVAL_DEBUG) for (const d of draftedAt) if (!expressions.some((e) => d.start < e.end && d.start + d.text.length > e.start)) console.error(sourceId, 'date drafted, not curated', JSON.stringify(d.text), d.value, d.precision);
    scores.dates.right = draftedAt.filter((d) => expressions.some((e) => d.start < e.end && d.start + d.text.length > e.start && d.value === e.value && d.precision === e.precision)).length;

    // Actors and issues: the known ones the article's curated facts refer to or cite it for.
    const known = (collection: string) => new Set(kept.filter((r) => r.collection === collection).map((r) => r.body.id));
    const refs = (collection: 'actors' | 'issues') => {
      const ids = new Set<string>();
      const walk = (value: unknown, key?: string) => {
        if (Array.isArray(value)) value.forEach((v) => walk(v, key));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
        else if (typeof value === 'string' && key && (collection === 'actors' ? /^(speaker_id|actor_id|affiliation_id|organization_id)$/ : /^issue_id$/).test(key)) ids.add(value);
      };
      // The ones the article names: those whose own record cites it (for their name, an alias or a role),
      // and the speakers, actors and issues of its statements. (A record's links to others, and the
      // lists of a proposal or a date several articles report, are facts about them, not mentions here.)
      for (const r of curated) {
        if (r.collection === collection && (citedSpans<Span>({ evidence: r.body.evidence }).some((e) => e.source_id === sourceId) || citedSpans<Span>({ a: r.body.aliases, r: r.body.roles }).some((e) => e.source_id === sourceId))) ids.add(r.body.id);
        if (r.collection === 'statements') walk(r.body);
      }
      const have = known(collection);
      return new Set([...ids].filter((id) => have.has(id)));
    };
    for (const [collection, tally, entries] of [
      ['actors', scores.actors, draft.actors],
      ['issues', scores.issues, draft.issues],
    ] as const) {
      const want = refs(collection);
      const linked = new Set(entries.flatMap((e) => (e.match ? [e.match] : [])));
      tally.expected = want.size;
      tally.drafted = linked.size;
      tally.found = [...want].filter((id) => linked.has(id)).length;
      if (process.env.EVAL_DEBUG) console.error(sourceId, collection, 'missed', [...want].filter((id) => !linked.has(id)), 'extra', [...linked].filter((id) => !want.has(id)));
      tally.right = [...linked].filter((id) => want.has(id)).length;
    }
    return { ...scores, draft };
  } finally {
    connection.close();
  }
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

export function evaluateAll(): ArticleScores[] {
  const records = loadSeed();
  return records.filter((r) => r.collection === 'sources').map((r) => evaluateArticle(records, r.body.id));
}

function main() {
  const results = evaluateAll();
  const kinds = ['quotations', 'speakers', 'paraphrases', 'dates', 'actors', 'issues', 'plover'] as const;
  console.log('Leave-one-out over the seed articles: each drafted against the knowledge base without it.\n');
  console.log(`| article | ms | ${kinds.map((k) => `${k} found/expected (precision)`).join(' | ')} |`);
  console.log(`| --- | ---: | ${kinds.map(() => '---').join(' | ')} |`);
  const total = Object.fromEntries(kinds.map((k) => [k, score()])) as Record<(typeof kinds)[number], Score>;
  for (const r of results) {
    console.log(`| ${r.article} | ${Math.round(r.ms)} | ${kinds.map((k) => `${r[k].found}/${r[k].expected} (${pct(r[k].right, r[k].drafted)})`).join(' | ')} |`);
    for (const k of kinds) for (const f of ['found', 'expected', 'right', 'drafted'] as const) total[k][f] += r[k][f];
  }
  console.log(`| all | | ${kinds.map((k) => `${total[k].found}/${total[k].expected} (${pct(total[k].right, total[k].drafted)})`).join(' | ')} |`);
  const rate = (s: Score) => (s.expected ? s.found / s.expected : 0);
  const precision = (s: Score) => (s.drafted ? s.right / s.drafted : 1);
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  console.log('\n| target | measured | verdict |\n| --- | --- | --- |');
  const rows: [string, number, number][] = [
    ['quotations found ≥ 95%', rate(total.quotations), TARGETS.quotations.recall],
    ['quotations with the right speaker ≥ 90%', rate(total.speakers), TARGETS.speakers.accuracy],
    ['date expressions resolved ≥ 90%', rate(total.dates), TARGETS.dates.recall],
    ['actors linked ≥ 90%', rate(total.actors), TARGETS.actors.recall],
    ['issues linked ≥ 85%', rate(total.issues), TARGETS.issues.recall],
  ];
  for (const [label, value, target] of rows) console.log(`| ${label} | ${(100 * value).toFixed(1)}% | ${verdict(value >= target)} |`);
  for (const k of ['quotations', 'dates', 'actors', 'issues'] as const) {
    console.log(`| precision of ${k} ≥ 80% | ${(100 * precision(total[k])).toFixed(1)}% | ${verdict(precision(total[k]) >= TARGETS.precision)} |`);
  }
  console.log(`| PLOVER types (no target) | ${(100 * rate(total.plover)).toFixed(1)}% of ${total.plover.expected} | — |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
