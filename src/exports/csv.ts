/**
 * Each collection's records as CSV rows: one row a record, its columns stated here once,
 * for the writer and for the documents. Relations are their ids joined by `;` (with a
 * parallel column for a link's stance or role), a date is its value, precision, printed
 * words and basis, and evidence is the ids of its spans (`GET /evidence/{id}`, or the
 * evidence export). Structured lists that have no ids of their own (aliases, roles, an
 * issue's links, a proposal's history, a claim's versions) are named by their main field,
 * with the whole list as JSON beside it, so nothing a record holds is lost.
 */
import type { CollectionName } from '../writes/model.js';

type Json = Record<string, any>;
type Cell = string | number | null | undefined;

export interface CsvColumn {
  name: string;
  description: string;
  value(record: Json): Cell;
}

const list = (value: unknown): Json[] => (Array.isArray(value) ? value : []);
const joined = (values: unknown[]): string => values.map((v) => (v === null || v === undefined ? '' : String(v))).join(';');
/** `ids` of a list of records or references: `cfe-treaty;missile-defense`. */
const ids = (value: unknown, key = 'id'): string => joined(list(value).map((item) => item[key]));

const column = (name: string, description: string, value: (record: Json) => Cell = (r) => r[name]): CsvColumn => ({ name, description, value });

/** A date field as four columns: `published_value`, `published_precision`, `published_text`, `published_basis`. */
const dateColumns = (field: string, what: string): CsvColumn[] => [
  column(`${field}_value`, `${what}: its value (\`2007\`, \`2007-10\` or \`2007-10-12\`), empty when undated.`, (r) => r[field]?.value),
  column(`${field}_precision`, `${what}: \`day\`, \`month\` or \`year\`.`, (r) => r[field]?.precision),
  column(`${field}_text`, `${what}: the words the article dates it with.`, (r) => r[field]?.text),
  column(`${field}_basis`, `${what}: how the date was worked out.`, (r) => r[field]?.basis),
];
const evidence = (what = 'the record'): CsvColumn => column('evidence', `The ids of the evidence spans that support ${what}, \`;\`-joined.`, (r) => ids(r.evidence));
const stamps: CsvColumn[] = [
  column('version', 'The record\'s version: 1 when created, one more at each change.'),
  column('created_at', 'When the record was created (ISO 8601).'),
  column('updated_at', 'When the record last changed (ISO 8601).'),
];
/** A structured list as JSON in one cell. */
const asJson = (field: string, description: string): CsvColumn => column(`${field}_json`, `${description} The whole list as JSON.`, (r) => JSON.stringify(r[field] ?? []));

export const CSV_COLUMNS: Record<CollectionName, CsvColumn[]> = {
  sources: [
    column('id', 'The source\'s id.'),
    column('title', 'The headline.'),
    column('outlet', 'The outlet that published it.'),
    column('author', 'The author, as printed.'),
    column('url', 'Where it was published.'),
    ...dateColumns('published', 'When it was published'),
    ...dateColumns('reference_date', 'The day its relative dates count from, when not its publication'),
    column('notes', 'Notes on the source.'),
    ...stamps,
  ],
  evidence: [
    column('id', 'The span\'s id: its source and offsets.'),
    column('source_id', 'The source it quotes.'),
    column('start', 'Where the span starts in the source\'s body (UTF-16 code units).'),
    column('end', 'Where it ends (exclusive).'),
    column('exact', 'The words of the span.'),
    ...stamps,
  ],
  actors: [
    column('id', 'The actor\'s id.'),
    column('name', 'The actor\'s name.'),
    column('kind', 'What kind of actor.'),
    column('affiliation_id', 'The id of the actor it belongs to.'),
    column('description', 'Who or what the actor is.'),
    column('aliases', 'Its aliases as printed, `;`-joined.', (r) => ids(r.aliases, 'name')),
    asJson('aliases', 'Its aliases, each with a note and its evidence.'),
    column('roles', 'The titles of its roles, `;`-joined.', (r) => ids(r.roles, 'title')),
    column('roles_organization_id', 'The organization of each role, in the same order.', (r) => ids(r.roles, 'organization_id')),
    asJson('roles', 'Its roles, each with its organization, date, note and evidence.'),
    evidence('the actor'),
    ...stamps,
  ],
  issues: [
    column('id', 'The issue\'s id.'),
    column('name', 'The issue\'s name.'),
    column('description', 'What the issue is.'),
    column('parent_id', 'The id of the broader issue it is part of.'),
    column('children', 'The ids of the issues part of it, `;`-joined.', (r) => ids(r.children)),
    column('aliases', 'Its aliases as printed, `;`-joined.', (r) => ids(r.aliases, 'name')),
    asJson('aliases', 'Its aliases, each with a note and its evidence.'),
    column('links', 'The ids of the issues it is linked with, `;`-joined.', (r) => joined(list(r.links).map((l) => l.issue?.id))),
    column('links_kind', 'The kind of each link, in the same order.', (r) => ids(r.links, 'kind')),
    column('links_direction', 'Whether each link goes from this issue (`outgoing`) or to it (`incoming`), in the same order.', (r) => ids(r.links, 'direction')),
    asJson('links', 'Its links, each with its note and evidence.'),
    evidence('the issue'),
    ...stamps,
  ],
  proposals: [
    column('id', 'The proposal\'s id.'),
    column('title', 'The proposal\'s title.'),
    column('kind', 'What kind of proposal.'),
    column('summary', 'What it proposes.'),
    column('parent_id', 'The id of the proposal it is part of.'),
    column('status', 'Its status now: that of the last entry of its history.'),
    column('participants', 'The ids of the actors taking part, `;`-joined.', (r) => joined(list(r.participants).map((p) => p.actor?.id))),
    column('participants_role', 'The role of each, in the same order.', (r) => ids(r.participants, 'role')),
    column('issues', 'The ids of the issues it is about, `;`-joined.', (r) => ids(r.issues)),
    column('statements', 'The ids of the statements about it, `;`-joined.', (r) => ids(r.statements)),
    column('statements_stance', 'The stance of each, in the same order.', (r) => ids(r.statements, 'stance')),
    column('history', 'The statuses of its history in order, `;`-joined.', (r) => ids(r.history, 'status')),
    column('history_dates', 'The date of each entry (its value), in the same order.', (r) => joined(list(r.history).map((h) => h.date?.value))),
    asJson('history', 'Its history, each entry with its date, actor, note and evidence.'),
    evidence('the proposal'),
    ...stamps,
  ],
  statements: [
    column('id', 'The statement\'s id.'),
    column('speaker_id', 'The id of the actor who said it.'),
    column('speaker_label', 'The speaker as the article names them.'),
    column('kind', '`direct_quote` or `paraphrase`.'),
    column('text', 'What was said.'),
    ...dateColumns('date', 'When it was said'),
    column('known_by', 'The last day it can have been said: its date\'s last day or, undated, the publication of the earliest article reporting it.'),
    column('known_by_source', 'For an undated statement, the source whose publication gives `known_by`.'),
    column('venue', 'Where it was said.'),
    column('plover_type', 'Its PLOVER event type.'),
    column('responds_to_id', 'The id of the statement it answers.'),
    column('note', 'A note on the statement.'),
    column('issues', 'The ids of the issues it is about, `;`-joined.', (r) => ids(r.issues)),
    column('issues_stance', 'Its stance toward each, in the same order.', (r) => ids(r.issues, 'stance')),
    column('proposals', 'The ids of the proposals it is about, `;`-joined.', (r) => ids(r.proposals)),
    column('proposals_stance', 'Its stance toward each, in the same order.', (r) => ids(r.proposals, 'stance')),
    column('actors', 'The ids of the actors it addresses or mentions, `;`-joined.', (r) => ids(r.actors)),
    column('actors_role', 'The role of each, in the same order.', (r) => ids(r.actors, 'role')),
    evidence('the statement'),
    ...stamps,
  ],
  dates: [
    column('id', 'The date\'s id.'),
    column('kind', 'What kind of date.'),
    column('label', 'What happens on it.'),
    ...dateColumns('date', 'The date'),
    column('location', 'Where.'),
    column('note', 'A note on the date.'),
    column('actors', 'The ids of the actors involved, `;`-joined.', (r) => ids(r.actors)),
    column('issues', 'The ids of the issues it concerns, `;`-joined.', (r) => ids(r.issues)),
    evidence('the date'),
    ...stamps,
  ],
  conflicts: [
    column('id', 'The contested claim\'s id.'),
    column('subject_type', 'The kind of record it is about.', (r) => r.subject?.type),
    column('subject_id', 'The id of the record it is about.', (r) => r.subject?.id),
    column('property', 'What is contested.'),
    column('summary', 'The disagreement in a sentence.'),
    column('kind', 'What kind of disagreement.'),
    column('note', 'A note on it.'),
    column('versions', 'The value each version gives, in order, `;`-joined.', (r) => ids(r.versions, 'value')),
    asJson('versions', 'Its versions, each with its date, note and evidence.'),
    column('evidence', 'The ids of the spans supporting each version, `;`-joined, versions separated by `|`.', (r) => list(r.versions).map((v) => ids(v.evidence)).join('|')),
    ...stamps,
  ],
};

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or trailing space; a formula-like start is kept as text. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A spreadsheet would run a cell starting with = + - @ as a formula: a leading quote mark keeps it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of a collection's CSV. */
export const csvHeader = (collection: CollectionName): string => `${CSV_COLUMNS[collection].map((c) => csvField(c.name)).join(',')}\r\n`;

/** One record as a CSV line. */
export const csvLine = (collection: CollectionName, record: Json): string => `${CSV_COLUMNS[collection].map((c) => csvField(c.value(record))).join(',')}\r\n`;

/** The columns as the documents list them. */
export const csvColumnsDoc = (collection: CollectionName): string => CSV_COLUMNS[collection].map((c) => `\`${c.name}\` — ${c.description}`).join('; ');
