/**
 * What a draft knows already: every actor, issue and proposal of the knowledge base with
 * the names it goes by, and how to find those names in an article. A name is found as
 * printed (its first letter may be capitalized at a sentence's start); a person is also
 * found by surname, alone or after a title, when no other person has it; an issue is also
 * found by the initials of its name and the words its initials stand for ("INF Treaty" and
 * "Intermediate-Range Nuclear Forces treaty"; "CFE" and "Conventional Forces in Europe pact").
 */
import type { Connection } from '../db/client.js';
import { editDistance, fold } from '../domain/suggest.js';

export interface KnownActor {
  id: string;
  name: string;
  kind: string;
  affiliation_id: string | null;
  aliases: string[];
  titles: string[];
  /** Each role's title with the evidence that prints it. */
  roles: { title: string; evidence: { source_id: string; start: number; end: number; exact: string }[] }[];
}

export interface KnownDate {
  id: string;
  kind: string;
  label: string;
  date: { value: string; precision: 'day' | 'month' | 'year'; text: string | null; basis: string | null };
  actors: string[];
  issues: string[];
  evidence: { source_id: string; start: number; end: number; exact: string }[];
}

export interface KnownIssue {
  id: string;
  name: string;
  aliases: string[];
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;
  /** How it was found: its name or an alias as printed, a surname, the initials of a name. */
  how: 'name' | 'surname' | 'initials' | 'spelled';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folds a name for comparing spellings: case, accents and punctuation aside. */
export { fold };

/** Transliteration variants folded together: Sergey/Sergei, Anatoliy/Anatoly, Kosachev/Kosachyov. */
export const translit = (s: string) =>
  fold(s)
    .replace(/iy\b/g, 'y')
    .replace(/ey\b/g, 'ei')
    .replace(/yo/g, 'e')
    .replace(/ya/g, 'ia')
    .replace(/yu/g, 'iu');


/** The adjective of a state's people, where English does not just add -n or -ian. */
const DEMONYMS: Record<string, string> = {
  'United States': 'American', China: 'Chinese', Poland: 'Polish', 'Czech Republic': 'Czech', Azerbaijan: 'Azerbaijani', 'Soviet Union': 'Soviet',
  'United Kingdom': 'British', Britain: 'British', France: 'French', Germany: 'German', Israel: 'Israeli', Pakistan: 'Pakistani', Iraq: 'Iraqi',
  Turkey: 'Turkish', Spain: 'Spanish', Netherlands: 'Dutch', Japan: 'Japanese', Belarus: 'Belarusian', Kazakhstan: 'Kazakh', Afghanistan: 'Afghan',
  'North Korea': 'North Korean', 'South Korea': 'South Korean', Greece: 'Greek', Switzerland: 'Swiss', Sweden: 'Swedish', Finland: 'Finnish',
  Denmark: 'Danish', Norway: 'Norwegian', Ireland: 'Irish', Portugal: 'Portuguese', Vietnam: 'Vietnamese', Lebanon: 'Lebanese', Sudan: 'Sudanese',
};
export function demonymOf(name: string): string | undefined {
  if (DEMONYMS[name]) return DEMONYMS[name];
  if (/\s/.test(name)) return undefined;
  if (/a$/.test(name)) return `${name}n`; // Russia, Georgia, Moldova, Ukraine-like names end otherwise
  if (/[nl]$/.test(name)) return `${name}ian`; // Iran, Brazil
  return undefined;
}

const STOP = new Set(['of', 'in', 'on', 'the', 'and', 'for', 'to', 'a', 'an']);

/** The initials of a name: "Intermediate-Range Nuclear Forces Treaty" → INFT (a hyphenated word gives one letter). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w.replace(/^[^A-Za-z]+/, '')[0] ?? '')
    .join('')
    .toUpperCase();
}

/** An acronym a name goes by ("INF" of "INF Treaty", "CFE"): a word of two or more capitals. */
const acronymIn = (name: string) => /\b([A-Z]{2,6})(?:-\d)?\b/.exec(name)?.[1];

const TREATY_WORDS = /\s+(treaty|pact|accord|agreement|convention)$/i;

/** Words that say nothing of which issue is meant. */
const VAGUE = new Set(['status', 'system', 'relations', 'treaty', 'plan', 'issue', 'issues', 'talks', 'sites', 'assessment', 'monitoring', 'reductions', 'troops', 'accession', 'ratification']);
const LEADING = /^(?:[A-Z][\w.]*['’]s|U\.S\.|US|Russian|American|New|Joint|Further)\s+/;

/** The shorter forms an issue's name goes by (see loadKnowledge). */
export function coresOf(name: string): string[] {
  const cores = new Set<string>();
  let rest = name.replace(TREATY_WORDS, '');
  while (LEADING.test(rest)) rest = rest.replace(LEADING, '');
  const [head, ...tails] = rest.split(/\s+(?:in|on|of the|of|at|and|with)\s+/);
  for (const part of [head!, ...tails]) {
    const words = part.split(/\s+/).filter(Boolean);
    if (words.length >= 2 || (words.length === 1 && words[0]!.length >= 8 && !VAGUE.has(words[0]!.toLowerCase()))) {
      if (!words.every((w) => VAGUE.has(w.toLowerCase()))) cores.add(words.join(' '));
    }
  }
  for (const m of name.matchAll(/\b[A-Z]{3,}\b/g)) cores.add(m[0]);
  for (const m of name.matchAll(/\b[A-Z][a-z]{3,}\b/g)) if (!/^(Russia|Iran|Kosovo|Europe|Treaty|Joint|Russian|American|Nuclear|Ratification|Conventional|Armed|Forces|Strategic|Arms|Reduction|Intermediate|Range|New)$/.test(m[0]) && !LEADING.test(`${m[0]} `)) cores.add(m[0]);
  return [...cores].filter((c) => c !== name);
}

export interface Knowledge {
  actors: Map<string, KnownActor>;
  issues: Map<string, KnownIssue>;
  proposals: { id: string; title: string }[];
  dates: KnownDate[];
  /** Every mention of a known actor in `text`, longest first where they overlap. */
  actorMentions(text: string): Mention[];
  issueMentions(text: string): Mention[];
  /** The known person a printed name is a spelling of ("Sergey Lavrov", "Robert M. Gates"), if exactly one. */
  personByName(name: string): KnownActor | undefined;
}

/** Every match of the forms in `text`, as mentions of their ids, longest first where they overlap. */
function scan(text: string, forms: { form: string; id: string; how: Mention['how']; caseless?: boolean }[]): Mention[] {
  const found: Mention[] = [];
  for (const { form, id, how, caseless } of forms) {
    const first = form[0]!;
    const head = /[a-z]/.test(first) ? `[${first}${first.toUpperCase()}]` : escape(first);
    // A name may be half of a compound ("U.S.-Russia relations", "Russian-US"), but not part of a longer word.
    const pattern = new RegExp(`(?<![\\w])${head}${escape(form.slice(1)).replace(/[–-]/g, '[–-]')}(?![\\w]|\\.\\w)`, caseless ? 'gi' : 'g');
    for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], id, how });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

export function loadKnowledge(connection: Connection): Knowledge {
  const actors = new Map<string, KnownActor>();
  for (const row of connection.prepare('SELECT id, name, kind, affiliation_id FROM actors ORDER BY id').all() as KnownActor[]) actors.set(row.id, { ...row, aliases: [], titles: [], roles: [] });
  for (const { actor_id, name } of connection.prepare('SELECT actor_id, name FROM actor_aliases ORDER BY id').all() as { actor_id: string; name: string }[]) actors.get(actor_id)?.aliases.push(name);
  const roleEvidence = new Map<number, KnownActor['roles'][number]['evidence']>();
  for (const { role, ...span } of connection
    .prepare('SELECT c.actor_role_id AS role, e.source_id, e.start, e."end", e.exact FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE c.actor_role_id IS NOT NULL ORDER BY c.actor_role_id, c.id')
    .all() as ({ role: number } & KnownActor['roles'][number]['evidence'][number])[]) {
    const list = roleEvidence.get(role);
    if (list) list.push(span);
    else roleEvidence.set(role, [span]);
  }
  for (const { id, actor_id, title } of connection.prepare('SELECT id, actor_id, title FROM actor_roles ORDER BY id').all() as { id: number; actor_id: string; title: string }[]) {
    const actor = actors.get(actor_id);
    if (!actor) continue;
    actor.titles.push(title);
    actor.roles.push({ title, evidence: roleEvidence.get(id) ?? [] });
  }
  const issues = new Map<string, KnownIssue>();
  for (const row of connection.prepare('SELECT id, name FROM issues ORDER BY id').all() as KnownIssue[]) issues.set(row.id, { ...row, aliases: [] });
  for (const { issue_id, name } of connection.prepare('SELECT issue_id, name FROM issue_aliases ORDER BY id').all() as { issue_id: string; name: string }[]) issues.get(issue_id)?.aliases.push(name);
  const proposals = connection.prepare('SELECT id, title FROM proposals ORDER BY id').all() as { id: string; title: string }[];
  // Each date with its actors, issues and evidence: one query a table, grouped here.
  const byDate = <T>(sql: string, pick: (row: Record<string, unknown>) => T) => {
    const grouped = new Map<string, T[]>();
    for (const row of connection.prepare(sql).all() as Record<string, unknown>[]) {
      const id = String(row.date_id);
      const list = grouped.get(id);
      if (list) list.push(pick(row));
      else grouped.set(id, [pick(row)]);
    }
    return grouped;
  };
  const dateActors = byDate('SELECT date_id, actor_id FROM date_actors ORDER BY date_id, position', (r) => String(r.actor_id));
  const dateIssues = byDate('SELECT date_id, issue_id FROM date_issues ORDER BY date_id, position', (r) => String(r.issue_id));
  const dateEvidence = byDate(
    'SELECT c.date_id, e.source_id, e.start, e."end", e.exact FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE c.date_id IS NOT NULL ORDER BY c.date_id, c.id',
    ({ source_id, start, end, exact }) => ({ source_id, start, end, exact }) as KnownDate['evidence'][number],
  );
  const dates = (
    connection.prepare('SELECT id, kind, label, date_value AS value, date_precision AS precision, date_text AS text, date_basis AS basis FROM dates ORDER BY id').all() as (Omit<KnownDate, 'date' | 'actors' | 'issues' | 'evidence'> & KnownDate['date'])[]
  ).map(({ id, kind, label, value, precision, text, basis }) => ({
    id,
    kind,
    label,
    date: { value, precision, text, basis },
    actors: dateActors.get(id) ?? [],
    issues: dateIssues.get(id) ?? [],
    evidence: dateEvidence.get(id) ?? [],
  }));

  // Surnames a single known person has.
  const persons = [...actors.values()].filter((a) => a.kind === 'person');
  const surnames = new Map<string, string[]>();
  for (const p of persons) {
    const last = p.name.split(/\s+/).at(-1)!;
    if (last.length >= 3 && /^[A-Z]/.test(last)) surnames.set(last, [...(surnames.get(last) ?? []), p.id]);
  }
  const actorForms: { form: string; id: string; how: Mention['how'] }[] = [];
  for (const a of actors.values()) {
    for (const form of [a.name, ...a.aliases]) if (form.length >= 2) actorForms.push({ form, id: a.id, how: 'name' });
  }
  for (const [surname, ids] of surnames) if (ids.length === 1) actorForms.push({ form: surname, id: ids[0]!, how: 'surname' });
  // A state by the adjective of its people ("Russian", "Iranian").
  for (const a of actors.values()) {
    const demonym = a.kind === 'state' ? demonymOf(a.name) : undefined;
    if (demonym) actorForms.push({ form: demonym, id: a.id, how: 'surname' });
  }

  const issueForms: { form: string; id: string; how: Mention['how']; caseless?: boolean }[] = [];
  const byInitials = new Map<string, string>();
  for (const i of issues.values()) {
    for (const form of [i.name, ...i.aliases]) {
      // A name without initials in capitals is found in any case ("nuclear proliferation").
      const caseless = !/[A-Z]{2}/.test(form);
      issueForms.push({ form, id: i.id, how: 'name', caseless });
      // "INF treaty" and "INF Treaty" alike; "the CFE pact".
      if (TREATY_WORDS.test(form)) issueForms.push({ form: form.replace(TREATY_WORDS, ''), id: i.id, how: 'name', caseless });
      const acronym = acronymIn(form);
      if (acronym) byInitials.set(acronym, i.id);
      const words = form.replace(TREATY_WORDS, '');
      if (words.split(/\s+/).length >= 3) byInitials.set(initialsOf(words), i.id);
    }
  }
  // A relation between two states is also their relationship, and their bilateral relations.
  for (const i of issues.values()) {
    const pair = /^(\S+)\s*[–-]\s*(\S+) relations$/.exec(i.name);
    if (!pair) continue;
    for (const form of [`${pair[1]}-${pair[2]} relationship`, `${pair[2]}-${pair[1]} relations`, `${pair[2]}-${pair[1]} relationship`, 'bilateral relations', 'relations between the two countries']) {
      issueForms.push({ form, id: i.id, how: 'name' });
    }
  }
  // The core of a name, found in any case: "missile defense" of "U.S. missile defense in Europe",
  // "nuclear program" of "Iran's nuclear program", "WTO" of "Russia's WTO accession".
  const taken = new Set(issueForms.map((f) => f.form.toLowerCase()));
  for (const i of issues.values()) {
    for (const core of [i.name, ...i.aliases].flatMap(coresOf)) {
      if (taken.has(core.toLowerCase())) continue;
      taken.add(core.toLowerCase());
      issueForms.push({ form: core, id: i.id, how: 'name', caseless: !/[A-Z]{2}/.test(core) });
    }
  }
  for (const [acronym, id] of byInitials) if (acronym.length >= 2 && !issueForms.some((f) => f.form === acronym)) issueForms.push({ form: acronym, id, how: 'initials' });

  return {
    actors,
    issues,
    proposals,
    dates,
    actorMentions: (text) => scan(text, actorForms).filter((m) => !(m.how === 'surname' && /^(the|a)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)))),
    issueMentions(text) {
      const found = scan(text, issueForms);
      // Names spelled out whose initials are a known issue's: "Conventional Forces in Europe pact".
      for (const m of text.matchAll(/\b(?:[A-Z][A-Za-z]+(?:-[A-Za-z]+)*)(?:\s+(?:of|in|on|the|and|for)?\s*[A-Z][A-Za-z]+(?:-[A-Za-z]+)*){1,6}(?:\s+(?:[Tt]reaty|[Pp]act|[Aa]ccord))?/g)) {
        const words = m[0].replace(TREATY_WORDS, '');
        const id = byInitials.get(initialsOf(words));
        if (!id || found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], id, how: 'spelled' });
      }
      return found.sort((a, b) => a.start - b.start);
    },
    personByName(name) {
      const words = name.split(/\s+/).filter((w) => !/^[A-Z]\.?$/.test(w));
      if (words.length < 2) return undefined;
      const first = translit(words[0]!);
      const last = translit(words.at(-1)!);
      const hits = persons.filter((p) => {
        const names = [p.name, ...p.aliases].map((n) => n.split(/\s+/).filter((w) => !/^[A-Z]\.?$/.test(w)));
        return names.some((n) => n.length >= 2 && editDistance(translit(n.at(-1)!), last, 1) <= 1 && editDistance(translit(n[0]!), first, 2) <= 2);
      });
      return hits.length === 1 ? hits[0] : undefined;
    },
  };
}
