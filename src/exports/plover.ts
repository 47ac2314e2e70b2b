/**
 * Statements as PLOVER event records (Political Language Ontology for Verifiable Event
 * Records, Open Event Data Alliance, "JSON Data Fields", draft 0.7b1), one a line (JSONL,
 * as the specification suggests). Every field is PLOVER's except those marked as this
 * service's own (`date_precision`, `stances`, `evidence`), which the specification allows.
 * See PLOVER_FIELDS for each field and where it comes from.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Connection } from '../db/client.js';
import type { PloverType } from '../domain/vocabulary.js';

countries.registerLocale(english);

/**
 * PLOVER's quad categories (its table "Quad categories in PLOVER"). REQUEST, which later
 * versions of PLOVER have in place of DEMAND, takes DEMAND's quad.
 */
const QUAD: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** Each field of a record, as the documents list it. */
export const PLOVER_FIELDS: [string, string][] = [
  ['id', 'The statement\'s id (unique in the file).'],
  ['has_event', '`true` when the statement has a PLOVER event type, `false` when the knowledge base has not coded one (then `event` is empty).'],
  ['date', 'The first day of the statement\'s date (`YYYY-MM-DD`); for a month or a year, its first day. Null when the articles do not date it.'],
  ['enddate', 'The last day of its date; for an undated statement, its `known_by` day: the publication of the earliest article reporting it.'],
  ['date_precision', 'This service\'s: `day`, `month` or `year`, or `undated`.'],
  ['source', 'The speaker, as a list of one PLOVER actor object: `code` (the ISO 3166 alpha-3 code of the state it is, or belongs to through its affiliations, when the knowledge base has one), `sector` (`GOV` for a state\'s own officials and bodies: a person holding a role in it or in one of its bodies, or an organization affiliated with it; otherwise null), `actor_text` (the speaker as the article names them), `identifier_id` (the actor\'s id here), `identifier_text` (its name), `office` (the title of its first role, if any).'],
  ['recipient', 'The actors the statement addresses (role `addressee`), as actor objects; empty when it addresses no one in particular.'],
  ['event', 'The PLOVER event type as a list of one (`["THREATEN"]`), or empty.'],
  ['quad_code', 'PLOVER\'s quad category of the event: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (REQUEST, which later PLOVER has in place of DEMAND, takes DEMAND\'s 3); null when uncoded.'],
  ['mode', 'Null: the knowledge base does not record PLOVER modes.'],
  ['context', 'Null: the knowledge base does not record PLOVER contexts.'],
  ['event_text', 'The statement\'s text, as a list of one.'],
  ['text_info', 'The first evidence span\'s offsets in its article: `start`, `end` (UTF-16 code units).'],
  ['cite_info', 'The article of the first evidence span: `citation` (its source id here), `title`, `url`, `publication` (its outlet).'],
  ['coder', '`parley`: curated by analysts, each fact with its evidence.'],
  ['coded_date', 'The day the statement was last changed here.'],
  ['comment', 'The statement\'s note.'],
  ['stances', 'This service\'s: the issues and proposals the statement is about, each `{type, id, stance}`.'],
  ['evidence', 'This service\'s: every evidence span, `{id, source_id, start, end, exact}`.'],
];

interface ActorRow {
  id: string;
  name: string;
  kind: string;
  affiliation_id: string | null;
  title: string | null;
  organization_id: string | null;
}

type Json = Record<string, any>;

/** The alpha-3 code of a state's name or aliases (`Russia` → RUS; `Moldova` as `Moldova, Republic of` → MDA). */
function alpha3(names: string[]): string | null {
  for (const name of names) {
    const code = countries.getAlpha3Code(name, 'en');
    if (code) return code;
  }
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const name of names) {
    for (const [alpha2, known] of Object.entries(all)) {
      if (known.some((k) => k.toLowerCase().startsWith(`${name.toLowerCase()},`))) return countries.alpha2ToAlpha3(alpha2) ?? null;
    }
  }
  return null;
}

/**
 * What a PLOVER export reads about actors and sources, looked up once each per export
 * (there are far fewer of them than statements).
 */
export function ploverCoder(connection: Connection) {
  const actorOf = connection.prepare(
    `SELECT a.id, a.name, a.kind, a.affiliation_id, r.title, r.organization_id FROM actors a
       LEFT JOIN actor_roles r ON r.id = (SELECT min(id) FROM actor_roles WHERE actor_id = a.id) WHERE a.id = ?`,
  );
  const aliasesOf = connection.prepare('SELECT name FROM actor_aliases WHERE actor_id = ? ORDER BY id').pluck();
  const sourceOf = connection.prepare('SELECT id, title, url, outlet FROM sources WHERE id = ?');
  const actors = new Map<string, ActorRow | undefined>();
  const codes = new Map<string, string | null>();
  const sources = new Map<string, Json | undefined>();

  const actor = (id: string): ActorRow | undefined => {
    if (!actors.has(id)) actors.set(id, actorOf.get(id) as ActorRow | undefined);
    return actors.get(id);
  };
  /** The state an actor is, or belongs to through its affiliations. */
  const stateOf = (id: string): ActorRow | undefined => {
    const seen = new Set<string>();
    for (let a = actor(id); a && !seen.has(a.id); a = a.affiliation_id ? actor(a.affiliation_id) : undefined) {
      seen.add(a.id);
      if (a.kind === 'state') return a;
    }
    return undefined;
  };
  const codeOf = (state: ActorRow): string | null => {
    if (!codes.has(state.id)) codes.set(state.id, alpha3([state.name, ...(aliasesOf.all(state.id) as string[])]));
    return codes.get(state.id)!;
  };

  function actorObject(id: string | null, text: string | null): Json {
    const a = id ? actor(id) : undefined;
    const state = a ? stateOf(a.id) : undefined;
    const official = !!a && !!state && a.kind !== 'state' && (a.kind === 'organization' ? true : a.organization_id !== null && stateOf(a.organization_id)?.id === state.id);
    return {
      code: state ? codeOf(state) : null,
      sector: official ? 'GOV' : null,
      actor_text: text ?? a?.name ?? null,
      identifier_id: a?.id ?? id,
      identifier_text: a?.name ?? null,
      office: a?.title ?? null,
    };
  }

  /** A statement (as `GET /statements/{id}` gives it, with every relation) as a PLOVER record. */
  return function ploverRecord(s: Json): Json {
    const type = s.plover_type as PloverType | null;
    const date = s.date as { value: string; precision: 'day' | 'month' | 'year' } | null;
    const first = (s.evidence ?? [])[0] as Json | undefined;
    if (first && !sources.has(first.source_id)) sources.set(first.source_id, sourceOf.get(first.source_id) as Json | undefined);
    const cited = first ? sources.get(first.source_id) : undefined;
    return {
      id: s.id,
      has_event: type !== null,
      date: date ? dayBounds(date)[0] : null,
      enddate: date ? dayBounds(date)[1] : s.known_by,
      date_precision: date ? date.precision : 'undated',
      source: [actorObject(s.speaker_id, s.speaker_label)],
      recipient: (s.actors ?? []).filter((a: Json) => a.role === 'addressee').map((a: Json) => actorObject(a.id, null)),
      event: type ? [type] : [],
      quad_code: type ? QUAD[type] : null,
      mode: null,
      context: null,
      event_text: [s.text],
      text_info: first ? { start: first.start, end: first.end } : null,
      cite_info: cited ? { citation: cited.id, title: cited.title, url: cited.url, publication: cited.outlet } : null,
      coder: 'parley',
      coded_date: String(s.updated_at ?? '').slice(0, 10) || null,
      comment: s.note,
      stances: [
        ...(s.issues ?? []).map((i: Json) => ({ type: 'issue', id: i.id, stance: i.stance })),
        ...(s.proposals ?? []).map((p: Json) => ({ type: 'proposal', id: p.id, stance: p.stance })),
      ],
      evidence: s.evidence ?? [],
    };
  };
}

/** The first and last day of a date of any precision. */
function dayBounds(date: { value: string; precision: 'day' | 'month' | 'year' }): [string, string] {
  if (date.precision === 'day') return [date.value, date.value];
  if (date.precision === 'year') return [`${date.value}-01-01`, `${date.value}-12-31`];
  const [year, month] = date.value.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${date.value}-01`, `${date.value}-${String(last).padStart(2, '0')}`];
}
