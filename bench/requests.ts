/**
 * Randomized requests for the benchmark: every request is a fresh draw from the
 * database being measured, so no cache is flattered by one URL asked again and again.
 *
 * Each parameter is drawn Zipf-distributed (s = 1.1) over its candidates taken in a
 * fixed shuffled order: a few values are asked for often, most rarely, and which ones
 * are popular has nothing to do with the order of the data itself (a popular speaker of
 * the generated data is not necessarily a popular one in the requests).
 */
import Database from 'better-sqlite3';
import { RARE, WORDS } from './generate.js';

/** mulberry32: the same sequence for the same seed everywhere. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Draws candidates[k] with probability proportional to 1 / (k + 1)^s. */
export function zipf<T>(candidates: readonly T[], next: () => number, s = 1.1): () => T {
  if (candidates.length === 0) throw new Error('no candidates to draw from');
  const cdf = new Float64Array(candidates.length);
  let total = 0;
  for (let k = 0; k < candidates.length; k++) cdf[k] = total += 1 / Math.pow(k + 1, s);
  return () => {
    const u = next() * total;
    let lo = 0;
    let hi = candidates.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return candidates[lo]!;
  };
}

/** A Zipf draw over the candidates in a fixed order shuffled with `seed`. */
export function popular<T>(candidates: readonly T[], seed: number): () => T {
  const next = seeded(seed);
  return zipf(shuffled(candidates, next), next);
}

const enc = encodeURIComponent;

/** Every month and every day between two dates (`YYYY-MM-DD`), as `from`/`to` values. */
function calendar(first: string, last: string) {
  const months: string[] = [];
  const days: string[] = [];
  const end = new Date(`${last}T00:00:00Z`);
  for (let d = new Date(`${first.slice(0, 7)}-01T00:00:00Z`); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    if (day < first) continue;
    days.push(day);
    if (day.endsWith('-01') || months.length === 0) months.push(day.slice(0, 7));
  }
  return { months, days };
}

/** The two-word phrases that actually occur, adjacent, in the generated statements. */
function adjacentPairs(texts: string[]): string[] {
  const pairs = new Set<string>();
  for (const text of texts) {
    const words = text.split(/\s+/).filter((w) => /^[\p{L}]+$/u.test(w));
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return [...pairs].sort();
}

/**
 * The costliest search words the service still accepts: 3-letter prefixes of the generated
 * words, the prefixes shared by most words first (`con*` is conventional, concession and
 * consultations), then alphabetically.
 */
export function commonPrefixes(length: number): string[] {
  const counts = new Map<string, number>();
  for (const word of WORDS) {
    if (word.length < length) continue;
    const prefix = word.slice(0, length).toLowerCase();
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([prefix]) => prefix);
}

export interface Endpoint {
  name: string;
  /** The one URL the harness used to measure, kept as the fixed-URL column; null when there is none. */
  fixed: string | null;
  /** A fresh request path for each call; absent for the two endpoints run.ts builds itself. */
  draw?: () => string;
  special?: 'deep' | 'write';
  /** A costly read (search, positions, timeline): the service lets one client have only a few in flight. */
  costly?: boolean;
}

export interface Candidates {
  statementIds: string[];
  speakers: string[];
  issueStances: { issue: string; stance: string }[];
  sourceWithSpan: { source: string; start: number; end: number; exact: string };
  /** The root issue whose tree holds the most issues (then the most statements), with its size. */
  biggestTree: { root: string; issues: number; statements: number };
  /** The issue with the most statements. */
  biggestIssue: { id: string; statements: number };
  firstDay: string;
  lastDay: string;
}

/** What the requests are drawn from, read from the generated base of one size. */
export function candidatesOf(path: string): Candidates {
  const db = new Database(path, { readonly: true });
  try {
    const pluck = (sql: string) => db.prepare(sql).pluck().all() as string[];
    const firstDay = db.prepare("SELECT min(sort_date) FROM statements WHERE sort_date <> ''").pluck().get() as string;
    const lastDay = db.prepare('SELECT max(date_end) FROM statements').pluck().get() as string;
    const tree = db
      .prepare(
        `WITH RECURSIVE tree(root, id) AS (SELECT id, id FROM issues WHERE parent_id IS NULL UNION ALL SELECT tree.root, i.id FROM issues i JOIN tree ON i.parent_id = tree.id)
         SELECT root, count(*) AS issues, (SELECT count(*) FROM statement_issues si WHERE si.issue_id IN (SELECT id FROM tree t2 WHERE t2.root = tree.root)) AS statements
         FROM tree GROUP BY root ORDER BY issues DESC, statements DESC, root LIMIT 1`,
      )
      .get() as { root: string; issues: number; statements: number };
    const biggestIssue = db.prepare('SELECT issue_id AS id, count(*) AS statements FROM statement_issues GROUP BY issue_id ORDER BY statements DESC, issue_id LIMIT 1').get() as Candidates['biggestIssue'];
    return {
      statementIds: pluck('SELECT id FROM statements ORDER BY rowid'),
      speakers: pluck('SELECT DISTINCT speaker_id FROM statements WHERE speaker_id IS NOT NULL ORDER BY speaker_id'),
      issueStances: db.prepare('SELECT DISTINCT issue_id AS issue, stance FROM statement_issues ORDER BY issue_id, stance').all() as Candidates['issueStances'],
      sourceWithSpan: db.prepare("SELECT source_id AS source, start, \"end\", exact FROM evidence_spans WHERE source_id = 'source-0' ORDER BY start LIMIT 1").get() as Candidates['sourceWithSpan'],
      biggestTree: tree,
      biggestIssue,
      firstDay: firstDay.slice(0, 10),
      lastDay: lastDay.slice(0, 10),
    };
  } finally {
    db.close();
  }
}

/** The endpoints measured at each size, each with its fixed URL and a generator of random ones from that base. */
export function endpoints(path: string, c: Candidates = candidatesOf(path)): Endpoint[] {
  const db = new Database(path, { readonly: true });
  const pluck = (sql: string) => db.prepare(sql).pluck().all() as string[];
  const some = (sql: string) => db.prepare(sql).pluck().get() as string;
  const fixedStatement = some('SELECT id FROM statements ORDER BY rowid LIMIT 1 OFFSET 1000');
  const fixedProposal = some('SELECT id FROM proposals ORDER BY rowid LIMIT 1 OFFSET 10');
  const fixedSource = some('SELECT id FROM sources ORDER BY rowid LIMIT 1 OFFSET 5');
  const proposals = pluck('SELECT id FROM proposals ORDER BY rowid');
  const sources = pluck('SELECT id FROM sources ORDER BY rowid');
  const kinds = pluck('SELECT DISTINCT kind FROM statements ORDER BY kind');
  const statuses = pluck('SELECT DISTINCT status FROM proposals ORDER BY status');
  const actorKinds = pluck('SELECT DISTINCT kind FROM actors ORDER BY kind');
  const dateActors = pluck('SELECT DISTINCT actor_id FROM date_actors ORDER BY actor_id');
  const issues = pluck('SELECT id FROM issues ORDER BY rowid');
  const spokenIssues = pluck('SELECT DISTINCT issue_id FROM statement_issues ORDER BY issue_id');
  const phrases = adjacentPairs(pluck('SELECT text FROM statements ORDER BY rowid LIMIT 20000'));
  db.close();

  const { months, days } = calendar(c.firstDay, c.lastDay);
  const statement = popular(c.statementIds, 1);
  const proposal = popular(proposals, 2);
  const speaker = popular(c.speakers, 3);
  const issueStance = popular(c.issueStances, 4);
  const month = popular(months, 5);
  const day = popular(days, 6);
  const kind = popular(kinds, 7);
  const source = popular(sources, 8);
  const status = popular(statuses, 9);
  const dateActor = popular(dateActors, 10);
  const actorKind = popular(actorKinds, 11);
  const common = popular(WORDS, 12);
  const rare = popular(RARE, 13);
  const phrase = popular(phrases, 14);
  const timelineIssue = popular(issues, 15);
  const positionIssue = popular(spokenIssues, 16);
  const asOf = popular(days, 17);
  const coin = seeded(18);

  return [
    { name: 'statement by id, include all', fixed: `/statements/${fixedStatement}`, draw: () => `/statements/${enc(statement())}` },
    { name: 'proposal by id, include all', fixed: `/proposals/${fixedProposal}`, draw: () => `/proposals/${enc(proposal())}` },
    { name: 'statements by speaker', fixed: '/statements?speaker=actor-3', draw: () => `/statements?speaker=${enc(speaker())}` },
    {
      name: 'statements by issue + stance',
      fixed: '/statements?issue=issue-2&stance=opposes',
      draw: () => {
        const { issue, stance } = issueStance();
        return `/statements?issue=${enc(issue)}&stance=${stance}`;
      },
    },
    {
      name: 'statements by date range',
      fixed: '/statements?from=2007-10-01&to=2007-10-31',
      // Half a month, half a single day.
      draw: () => {
        const range = coin() < 0.5 ? month() : day();
        return `/statements?from=${range}&to=${range}`;
      },
    },
    { name: 'statements by kind', fixed: '/statements?kind=direct_quote', draw: () => `/statements?kind=${kind()}` },
    { name: 'statements by source', fixed: `/statements?source=${fixedSource}`, draw: () => `/statements?source=${enc(source())}` },
    { name: 'proposals by status', fixed: '/proposals?status=tabled', draw: () => `/proposals?status=${status()}` },
    { name: 'dates by actor', fixed: '/dates?actor=actor-3', draw: () => `/dates?actor=${enc(dateActor())}` },
    { name: 'actors by kind', fixed: '/actors?kind=person', draw: () => `/actors?kind=${actorKind()}` },
    // The first page is one URL whatever is drawn: it stays a fixed-URL measure.
    { name: 'statements page 1 (limit 5)', fixed: '/statements?limit=5', draw: () => '/statements?limit=5' },
    { name: 'statements page 501–1000 (limit 5)', fixed: null, special: 'deep' },
    { name: 'search, common word', costly: true, fixed: '/search?q=missile', draw: () => `/search?q=${enc(common())}` },
    { name: 'search, rare word', costly: true, fixed: '/search?q=zeugma', draw: () => `/search?q=${enc(rare())}` },
    { name: 'search, phrase', costly: true, fixed: '/search?q=%22missile%20defense%22', draw: () => `/search?q=${enc(`"${phrase()}"`)}` },
    // The fixed URL is the root issue with the biggest tree: the one whose cost would grow with the tree.
    { name: 'timeline of an issue', costly: true, fixed: `/timeline?issue=${enc(c.biggestTree.root)}`, draw: () => `/timeline?issue=${enc(timelineIssue())}` },
    {
      name: 'positions as_of',
      costly: true,
      fixed: '/issues/issue-3/positions?as_of=2007-10-13',
      draw: () => `/issues/${enc(positionIssue())}/positions?as_of=${asOf()}`,
    },
    { name: 'write mix (POST statement)', fixed: null, special: 'write' },
  ];
}

/** Bodies for the write mix: a new statement by a drawn speaker on a drawn issue and stance, citing a span that exists. */
export function writeBodies(c: Candidates): () => string {
  const speaker = popular(c.speakers, 21);
  const issueStance = popular(c.issueStances, 22);
  let written = 0;
  return () => {
    const { issue, stance } = issueStance();
    written++;
    return JSON.stringify({
      id: `bench-${process.pid}-${written}`,
      speaker_id: speaker(),
      kind: 'paraphrase',
      text: `A statement written by the benchmark, number ${written}.`,
      issues: [{ issue_id: issue, stance }],
      evidence: [{ source_id: c.sourceWithSpan.source, start: c.sourceWithSpan.start, end: c.sourceWithSpan.end, exact: c.sourceWithSpan.exact }],
    });
  };
}
