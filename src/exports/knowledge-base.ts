/**
 * The knowledge base as one NDJSON file, and back. Each line is one record:
 *
 *     {"type":"statement","id":"…","version":2,"created_at":"…","updated_at":"…","record":{…}}
 *
 * `record` is exactly what the write API takes to create it (`POST /statements`, with its
 * id; the seed files hold the same shapes), its evidence given as spans with their
 * offsets; `type` is the collection's singular (`source`, `evidence`, `actor`, `issue`,
 * `proposal`, `statement`, `date`, `conflict`). Sources come first, then every evidence
 * span (cited or not), then the rest, each collection by id. Importing writes it all
 * through the write service in one transaction — every reference, quote and rule checked
 * as for any write — keeping each record's version and times, so that exporting again
 * gives the same bytes. The change log is not part of it: an import's records are logged
 * as created by the key id `import`.
 */
import { z } from 'zod';
import type { Connection } from '../db/client.js';
import { citedSpans, evidenceId } from '../domain/evidence.js';
import { ActorInput, ConflictInput, DateInput, EvidenceInput, IssueInput, MAX_BODY_TEXT, ProposalInput, SourceInput, StatementInput } from '../domain/inputs.js';
import { ProblemError } from '../domain/problem.js';
import { plainReason } from '../plugins/errors.js';
import { COLLECTIONS, COLLECTION_NAMES, CLAIM_SUBJECT_COLUMNS, type CollectionName, fieldName } from '../writes/model.js';
import { createWriteService, type Stamps } from '../writes/service.js';
import { type Snapshot, createRecordStore, listOf } from '../writes/store.js';

/** The key id the change log gives an import's entries. */
export const IMPORT_KEY_ID = 'import';

/** A line's `type`: the collection's singular. */
export const TYPE_OF: Record<CollectionName, string> = {
  sources: 'source',
  evidence: 'evidence',
  actors: 'actor',
  issues: 'issue',
  proposals: 'proposal',
  statements: 'statement',
  dates: 'date',
  conflicts: 'conflict',
};
const COLLECTION_OF = new Map(Object.entries(TYPE_OF).map(([collection, type]) => [type, collection as CollectionName]));

type Json = Record<string, unknown>;
interface Span {
  source_id: string;
  start: number;
  end: number;
  exact: string;
}

/** Puts `value` under `key` unless it says nothing (null, or an empty list): the input's defaults. */
function put(out: Json, key: string, value: unknown) {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return;
  out[key] = value;
}

const SUBJECT_OF_COLUMN = new Map<string, string>(Object.entries(CLAIM_SUBJECT_COLUMNS).map(([type, column]) => [column, type]));

/**
 * A record as the write API's input to create it: its fields in the write model's order,
 * its parts, its evidence as spans (`span` looks one up by id). Derived fields (a
 * proposal's status) are left out: the write derives them again.
 */
export function inputOf(collection: CollectionName, snapshot: Snapshot, span: (id: string) => Span): Json {
  const c = COLLECTIONS[collection];
  const spans = (value: unknown) => (Array.isArray(value) ? value.map((id) => span(String(id))) : []);
  if (collection === 'evidence') {
    const { source_id, start, end, exact } = snapshot as unknown as Span;
    return { source_id, start, end, exact };
  }
  const derived = new Set(Object.keys(c.derive?.(snapshot) ?? {}));
  const out: Json = { id: snapshot.id };
  for (const f of c.fields) {
    const name = fieldName(f);
    if (derived.has(name)) continue;
    const subject = SUBJECT_OF_COLUMN.get(name);
    if (collection === 'conflicts' && subject !== undefined) {
      if (typeof snapshot[name] === 'string') out.subject = { type: subject, id: snapshot[name] };
      continue;
    }
    put(out, name, snapshot[name]);
  }
  for (const part of c.parts) {
    put(
      out,
      part.field,
      listOf(snapshot[part.field]).map((item) => {
        const entry: Json = {};
        for (const f of part.fields) put(entry, fieldName(f), item[fieldName(f)]);
        if (part.citation) put(entry, 'evidence', spans(item.evidence));
        return entry;
      }),
    );
  }
  if (c.citation) put(out, 'evidence', spans(snapshot.evidence));
  return out;
}

/** The order of the file: sources, then their spans, then every other collection. */
const FILE_ORDER: readonly CollectionName[] = ['sources', 'evidence', ...COLLECTION_NAMES.filter((c) => c !== 'sources' && c !== 'evidence')];

/** Records read between two pauses for the event loop. */
const BATCH = 200;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The lines of the knowledge-base file, a batch at a time, read on a connection of its
 * own (one snapshot of the database however long the reading takes; closed when the
 * reader stops, early or not).
 */
export async function* knowledgeBaseLines(connection: Connection): AsyncGenerator<string> {
  const reader = connection.openReader();
  try {
    const store = createRecordStore(reader);
    const spanOf = reader.prepare('SELECT source_id, start, "end", exact FROM evidence_spans WHERE id = ?');
    const span = (id: string) => spanOf.get(id) as Span;
    for (const collection of FILE_ORDER) {
      const page = reader.prepare(`SELECT id FROM ${COLLECTIONS[collection].table} WHERE id > ? ORDER BY id LIMIT ${BATCH}`).pluck();
      for (let after = ''; ; ) {
        const ids = page.all(after) as string[];
        if (ids.length === 0) break;
        let chunk = '';
        const snapshots = store.readMany(collection, ids);
        for (const id of ids) {
          const snapshot = snapshots.get(id)!;
          const { version, created_at, updated_at } = snapshot;
          chunk += `${JSON.stringify({ type: TYPE_OF[collection], id, version, created_at, updated_at, record: inputOf(collection, snapshot, span) })}\n`;
        }
        yield chunk;
        after = ids[ids.length - 1]!;
        await nextTick();
      }
    }
  } finally {
    reader.close();
  }
}

/** A problem with one line of a file being imported. */
export interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `line ${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    super(`Nothing was imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n  ${shown.join('\n  ')}${problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''}`);
    this.name = 'ImportError';
  }
}

export interface Line {
  line: number;
  collection: CollectionName;
  body: Json;
  stamps: Stamps;
}

/**
 * What each line's record must be: exactly what the write API takes to create it (with its id),
 * a source's body kept verbatim (the API's schema trims text; offsets count into the body as it is).
 */
const RECORDS: Record<CollectionName, z.ZodType> = {
  sources: SourceInput.omit({ body: true }).extend({
    body: z.string().refine((b) => b.trim().length > 0, 'must not be empty').refine((b) => b.length <= MAX_BODY_TEXT, `must be at most ${MAX_BODY_TEXT} characters`),
  }),
  evidence: EvidenceInput,
  actors: ActorInput,
  issues: IssueInput,
  proposals: ProposalInput,
  statements: StatementInput,
  dates: DateInput,
  conflicts: ConflictInput,
};
const Stamps = z.strictObject({
  type: z.string(),
  id: z.string().min(1).max(300),
  version: z.number().int().min(1).max(2_147_483_647),
  created_at: z.iso.datetime({ offset: true }).nullable(),
  updated_at: z.iso.datetime({ offset: true }).nullable(),
  record: z.record(z.string(), z.unknown()),
});

function parseLine(text: string, line: number, problems: ImportProblem[]): Line | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ line, field: '', message: `is not JSON: ${(error as Error).message}` });
    return undefined;
  }
  const bad = (field: string, message: string) => {
    problems.push({ line, field, message });
    return undefined;
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return bad('', 'is not a JSON object');
  const collection = COLLECTION_OF.get(String((value as Json).type));
  if (!collection) return bad('type', `must be one of ${[...COLLECTION_OF.keys()].join(', ')}`);
  const fieldsOf = (error: z.ZodError, under: string) => {
    for (const issue of error.issues.slice(0, 20)) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (const path of keys) bad([under, ...path.map(String)].filter(Boolean).join('.'), issue.code === 'unrecognized_keys' ? 'is not a field of this line' : plainReason(issue.message));
    }
    return undefined;
  };
  const envelope = Stamps.safeParse(value);
  if (!envelope.success) return fieldsOf(envelope.error, '');
  const v = envelope.data;
  if (v.created_at !== null && v.updated_at !== null && Date.parse(v.updated_at) < Date.parse(v.created_at)) return bad('updated_at', 'is earlier than created_at');
  const record = RECORDS[collection].safeParse(v.record);
  if (!record.success) return fieldsOf(record.error, 'record');
  const body = record.data as Json;
  if (collection === 'evidence') {
    const span = body as unknown as Span;
    if (span.start === undefined || span.end === undefined) return bad('record.start', 'an evidence line gives its start and end');
    if (v.id !== evidenceId(span.source_id, span.start, span.end)) return bad('id', `must be the span's id, "${evidenceId(span.source_id, span.start, span.end)}" (its source and offsets)`);
  } else if (body.id !== v.id) return bad('record.id', `must be the line's id ("${v.id}")`);
  return { line, collection, body, stamps: { version: v.version, created_at: v.created_at, updated_at: v.updated_at } };
}

/**
 * Reads a knowledge-base file, checking every line before anything is written: its shape (the
 * write API's input), its id, version and times, one line an id, and every span a record cites
 * among the evidence lines. Names every line at fault; the references between records are
 * checked when they are written (importKnowledgeBase).
 */
export function readKnowledgeBase(lines: Iterable<string>): Line[] {
  const problems: ImportProblem[] = [];
  const parsed: Line[] = [];
  let number = 0;
  for (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    const line = parseLine(text, number, problems);
    if (line) parsed.push(line);
  }
  // One record an id: a second line with an id already given is at fault, named with the first.
  const first = new Map<string, number>();
  for (const l of parsed) {
    const key = `${l.collection}/${l.collection === 'evidence' ? evidenceId(String(l.body.source_id), Number(l.body.start), Number(l.body.end)) : String(l.body.id)}`;
    const seen = first.get(key);
    if (seen !== undefined) problems.push({ line: l.line, field: 'id', message: `repeats the ${TYPE_OF[l.collection]} of line ${seen}` });
    else first.set(key, l.line);
  }
  if (parsed.length === 0 && problems.length === 0) problems.push({ line: 0, field: '', message: 'the file holds no records' });
  // The file holds every span, cited or not: a record citing one it does not hold is a file cut short or edited.
  const spans = new Set(parsed.filter((l) => l.collection === 'evidence').map((l) => evidenceId(String(l.body.source_id), Number(l.body.start), Number(l.body.end))));
  for (const l of parsed) {
    if (l.collection === 'evidence') continue;
    const missing = citedSpans<Span>(l.body).find((e) => e.start !== undefined && e.end !== undefined && !spans.has(evidenceId(e.source_id, e.start, e.end)));
    if (missing) problems.push({ line: l.line, field: 'record', message: `cites the span ${evidenceId(missing.source_id, missing.start, missing.end)}, which no evidence line holds` });
  }
  if (problems.length > 0) throw new ImportError(problems);
  return parsed;
}

/**
 * Loads a knowledge-base file (its lines, or what readKnowledgeBase made of them) into a
 * database that holds none: every record through the write service, in one transaction, all
 * or nothing. Refuses a database that already has records, and names every line at fault.
 */
export function importKnowledgeBase(connection: Connection, file: Iterable<string> | Line[], { now = new Date().toISOString() }: { now?: string } = {}): Record<CollectionName, number> {
  const parsed = Array.isArray(file) && file.length > 0 && typeof file[0] !== 'string' ? (file as Line[]) : readKnowledgeBase(file as Iterable<string>);
  const held = COLLECTION_NAMES.filter((c) => connection.prepare(`SELECT 1 FROM ${COLLECTIONS[c].table} LIMIT 1`).get() !== undefined);
  if (held.length > 0) throw new ImportError([{ line: 0, field: '', message: `the database already holds ${held.join(', ')}: import into an empty one` }]);

  const writes = createWriteService(connection);
  const writer = { keyId: IMPORT_KEY_ID, now };
  const counts = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, 0])) as Record<CollectionName, number>;
  for (const line of parsed) counts[line.collection]++;
  const named = (batch: Line[], error: unknown): never => {
    if (!(error instanceof ProblemError)) throw error;
    throw new ImportError(
      (error.errors ?? [{ name: '', reason: error.message }]).map(({ name, reason }) => {
        const [index, ...field] = name.split('.');
        const line = batch[Number(index)];
        return line ? { line: line.line, field: field.length ? `record.${field.join('.')}` : '', message: reason } : { line: 0, field: name, message: reason };
      }),
    );
  };
  const create = (batch: Line[]) => {
    try {
      writes.createAll(batch.map(({ collection, body, stamps }) => ({ collection: collection as Exclude<CollectionName, 'evidence'>, body, stamps })), writer);
    } catch (error) {
      named(batch, error);
    }
  };
  connection.transaction(() => {
    create(parsed.filter((l) => l.collection === 'sources'));
    for (const line of parsed.filter((l) => l.collection === 'evidence')) {
      try {
        writes.createSpan(line.body as unknown as Span, writer, line.stamps);
      } catch (error) {
        named([line], error instanceof ProblemError ? error.within('0') : error);
      }
    }
    create(parsed.filter((l) => l.collection !== 'sources' && l.collection !== 'evidence'));
  });
  return counts;
}
