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
import type { Connection } from '../db/client.js';
import { ProblemError } from '../domain/problem.js';
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
        for (const id of ids) {
          const snapshot = store.read(collection, id)!;
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

interface Line {
  line: number;
  collection: CollectionName;
  body: Json;
  stamps: Stamps;
}

function parseLine(text: string, line: number, problems: ImportProblem[]): Line | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ line, field: '', message: `is not JSON: ${(error as Error).message}` });
    return undefined;
  }
  const v = value as Json;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    problems.push({ line, field: '', message: 'is not a JSON object' });
    return undefined;
  }
  const collection = COLLECTION_OF.get(String(v.type));
  const bad = (field: string, message: string) => {
    problems.push({ line, field, message });
    return undefined;
  };
  if (!collection) return bad('type', `must be one of ${[...COLLECTION_OF.keys()].join(', ')}`);
  if (!v.record || typeof v.record !== 'object' || Array.isArray(v.record)) return bad('record', 'must be an object');
  if (!Number.isInteger(v.version) || (v.version as number) < 1) return bad('version', 'must be a whole number from 1');
  for (const time of ['created_at', 'updated_at'] as const) if (v[time] !== null && typeof v[time] !== 'string') return bad(time, 'must be a time (ISO 8601) or null');
  const body = v.record as Json;
  if (collection !== 'evidence' && body.id !== v.id) return bad('record.id', `must be the line's id ("${String(v.id)}")`);
  return { line, collection, body, stamps: { version: v.version as number, created_at: v.created_at as string | null, updated_at: v.updated_at as string | null } };
}

/**
 * Loads a knowledge-base file into a database that holds none: every record through the
 * write service, in one transaction, all or nothing. Refuses a database that already has
 * records, and names every line at fault.
 */
export function importKnowledgeBase(connection: Connection, lines: Iterable<string>, { now = new Date().toISOString() }: { now?: string } = {}): Record<CollectionName, number> {
  const problems: ImportProblem[] = [];
  const parsed: Line[] = [];
  let number = 0;
  for (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    const line = parseLine(text, number, problems);
    if (line) parsed.push(line);
  }
  if (problems.length > 0) throw new ImportError(problems);
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
