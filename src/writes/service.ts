/**
 * The one writer: validates references, resolves evidence, checks versions and
 * referrers, and writes each change with its change-log entry, for the routes and the
 * seed loader alike. Every method runs inside one transaction, so a write that touches
 * several rows applies whole or not at all. It knows nothing of HTTP: the fields its
 * problems name are the input's (`parent_id`, `evidence.0.exact`), and each caller says
 * where they were (the routes: `body.parent_id`).
 */
import type { Connection } from '../db/client.js';
import { CLAIM_SUBJECT_COLUMNS, COLLECTIONS, type CollectionName } from './model.js';
import { anchor } from '../domain/anchor.js';
import { evidenceId } from '../domain/evidence.js';
import { ProblemError, notFoundError } from '../domain/problem.js';
import type { ClaimSubjectType } from '../domain/vocabulary.js';
import { type FieldError, ruleErrors } from './rules.js';
import { type RecordStore, type Snapshot, createRecordStore, listOf } from './store.js';

/**
 * A record's version and times as another database kept them: what an import restores,
 * so the records read back exactly as they were exported.
 */
export interface Stamps {
  version: number;
  created_at: string | null;
  updated_at: string | null;
}

export interface Writer {
  /** The id of the API key that authorized the write (never the key itself). */
  keyId: string;
  now: string;
}

type InputBody = Record<string, any>;
type EvidenceBody = { source_id: string; exact: string; start?: number; end?: number };

export interface ChangeEntry {
  id: number;
  at: string;
  key_id: string;
  collection: CollectionName;
  record_id: string;
  action: 'create' | 'update' | 'delete';
  before: Snapshot | null;
  after: Snapshot | null;
}

/**
 * How many characters of sources one write may search to find its quotes (those given
 * without offsets): about 120 ms of searching. A quote with its offsets is only compared.
 */
export const MAX_SEARCHED_CHARACTERS = 20_000_000;

/** Runs one record's write of a batch, naming the fields of its problems under its place (`12.speaker_id`). */
function inItem<T>(index: number, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw error instanceof ProblemError ? error.within(String(index)) : error;
  }
}

/** The places of a batch's records in writing order: its order, but each after the record of the batch it is nested under. */
function parentsFirst(items: { collection: string; body: InputBody }[]): number[] {
  const place = new Map(items.map((item, i) => [`${item.collection}\u0000${item.body.id}`, i]));
  const order: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (i: number) => {
    if (state.has(i)) return; // written, or a loop, which the check names
    state.set(i, 'visiting');
    const { collection, body } = items[i]!;
    const parent = typeof body.parent_id === 'string' ? place.get(`${collection}\u0000${body.parent_id}`) : undefined;
    if (parent !== undefined) visit(parent);
    state.set(i, 'done');
    order.push(i);
  };
  items.forEach((_, i) => visit(i));
  return order;
}

/** A field's name under its parent's (`evidence.0` + `exact`), or alone at the top of the input. */
const at = (parent: string, field: string) => (parent ? `${parent}.${field}` : field);

/** Turns a name or text into a readable id: `Sergei Lavrov` → `sergei-lavrov`. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + word.length + 1 > 60) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, 60);
  }
  return slug || 'record';
}


/** What to make a new record's id from, when the caller gives none. */
const NAME_FIELD: Record<CollectionName, string> = {
  sources: 'title',
  evidence: 'exact',
  actors: 'name',
  issues: 'name',
  proposals: 'title',
  statements: 'text',
  dates: 'label',
  conflicts: 'summary',
};

export function createWriteService(connection: Connection) {
  const store: RecordStore = createRecordStore(connection);
  const logStatement = connection.prepare(
    'INSERT INTO changes (at, key_id, collection, record_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const sourceBody = connection.prepare('SELECT body FROM sources WHERE id = ?');
  const spansOfSource = connection.prepare('SELECT count(*) AS n FROM evidence_spans WHERE source_id = ?');
  const sourceReference = connection.prepare('SELECT reference_value FROM sources WHERE id = ?').pluck();

  function log(writer: Writer, collection: CollectionName, id: string, before: Snapshot | null, after: Snapshot | null) {
    const action = before === null ? 'create' : after === null ? 'delete' : 'update';
    logStatement.run(writer.now, writer.keyId, collection, id, action, before && JSON.stringify(before), after && JSON.stringify(after));
  }

  /** Finds or creates the span the caller means; names `field` when the words are not where they say. */
  function resolveSpan(span: EvidenceBody, field: string, writer: Writer, stamps?: Stamps): { snapshot: Snapshot; created: boolean } {
    const body = (sourceBody.get(span.source_id) as { body: string } | undefined)?.body;
    if (body === undefined) throw new ProblemError('unprocessable', `No source has the id "${span.source_id}".`, [{ name: at(field, 'source_id'), reason: `no source has the id "${span.source_id}"` }]);
    let start: number;
    let end: number;
    let exact: string;
    if (span.start !== undefined && span.end !== undefined) {
      if (span.end > body.length || span.end <= span.start) {
        throw new ProblemError('unprocessable', 'The evidence offsets lie outside its source.', [
          { name: at(field, 'end'), reason: `offsets ${span.start}-${span.end} lie outside source "${span.source_id}" (${body.length} characters)` },
        ]);
      }
      if (body.slice(span.start, span.end) !== span.exact) {
        throw new ProblemError('unprocessable', 'The evidence does not match its source at the given offsets.', [
          { name: at(field, 'exact'), reason: `does not match source "${span.source_id}" at ${span.start}-${span.end}, which reads ${JSON.stringify(body.slice(span.start, span.end).slice(0, 200))}` },
        ]);
      }
      ({ start, end, exact } = { start: span.start, end: span.end, exact: span.exact });
    } else {
      // Finding a quote reads its whole source (about 6 ms a million characters): a write's quotes
      // without offsets may read so much in all, so that no write holds the service for long.
      searched += body.length;
      if (searched > MAX_SEARCHED_CHARACTERS) {
        throw new ProblemError('validation', `The write's quotes without offsets would search more than ${MAX_SEARCHED_CHARACTERS.toLocaleString('en-US')} characters of sources.`, [
          { name: at(field, 'exact'), reason: `finding this quote would take the write past ${MAX_SEARCHED_CHARACTERS.toLocaleString('en-US')} characters of sources searched; give its start and end, or split the write` },
        ]);
      }
      const found = anchor(body, span.exact);
      if (!found.ok) {
        const reason =
          found.reason === 'absent'
            ? `is not in source "${span.source_id}"`
            : `occurs ${found.matches} times in source "${span.source_id}"; quote more words or give start and end`;
        throw new ProblemError('unprocessable', `The evidence text ${found.reason === 'absent' ? 'is absent from' : 'is ambiguous in'} its source.`, [{ name: at(field, 'exact'), reason }]);
      }
      ({ start, end, exact } = found);
    }
    const id = evidenceId(span.source_id, start, end);
    const existing = store.read('evidence', id);
    if (existing) return { snapshot: existing, created: false };
    const snapshot: Snapshot = { id, source_id: span.source_id, start, end, exact, version: 1, created_at: writer.now, updated_at: writer.now, ...stamps };
    store.apply('evidence', id, snapshot);
    log(writer, 'evidence', id, null, snapshot);
    return { snapshot, created: true };
  }

  /** Replaces every `evidence` list of span descriptions in a body with the ids of the spans. */
  function resolveEvidence(body: InputBody, path: string, writer: Writer): InputBody {
    const out: InputBody = {};
    for (const [key, value] of Object.entries(body)) {
      if (key === 'evidence' && Array.isArray(value)) {
        out.evidence = value.map((span: EvidenceBody, i: number) => resolveSpan(span, `${path}evidence.${i}`, writer).snapshot.id);
      } else if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
        out[key] = value.map((item: InputBody, i: number) => resolveEvidence(item, `${path}${key}.${i}.`, writer));
      } else {
        out[key] = value;
      }
    }
    return out;
  }

  /** The references the write model lists for the collection that name no record. */
  function missingReferences(collection: CollectionName, snapshot: Snapshot, unwritten: Set<string>): FieldError[] {
    const errors: FieldError[] = [];
    for (const { path, collection: target } of COLLECTIONS[collection].references) {
      const [head, tail] = path.split('.') as [string, string | undefined];
      const check = (value: unknown, name: string) => {
        if (typeof value === 'string' && !store.exists(target, value) && !unwritten.has(`${target}/${value}`)) errors.push({ name, reason: `no ${target.replace(/s$/, '')} has the id "${value}"` });
      };
      if (tail === undefined) check(snapshot[head], head);
      else listOf(snapshot[head]).forEach((item, i) => check(item[tail], `${head}.${i}.${tail}`));
    }
    return errors;
  }

  /**
   * Checks the record as it would be stored: its references, then the rules of writing
   * (rules.ts); names every field at fault. `unwritten` are records of the same batch that
   * were refused (`actors/sergei-lavrov`): a reference to one is not a second problem. With
   * `touched` (the fields a change writes), a rule is held against those fields only: a
   * change is not refused for a field it leaves as it was.
   */
  function check(collection: CollectionName, snapshot: Snapshot, { unwritten = new Set<string>(), touched }: { unwritten?: Set<string>; touched?: Set<string> } = {}) {
    const errors = missingReferences(collection, snapshot, unwritten);
    // A contested claim's subject is written as `subject.id`, whatever column holds it.
    if (collection === 'conflicts') for (const e of errors) if (e.name.startsWith('subject_')) e.name = 'subject.id';
    const missing = errors.length;
    for (const field of ['parent_id', 'responds_to_id', 'affiliation_id'] as const) {
      if (snapshot[field] !== undefined && snapshot[field] === snapshot.id) errors.push({ name: field, reason: 'a record cannot refer to itself here' });
    }
    // An issue or a proposal nested under one of its own descendants would make its tree a loop.
    const parentOf = (record: Snapshot | undefined) => (typeof record?.parent_id === 'string' ? record.parent_id : null);
    if (parentOf(snapshot) && snapshot.parent_id !== snapshot.id) {
      const seen = new Set<string>();
      for (let above = parentOf(snapshot); above && !seen.has(above); above = parentOf(store.read(collection, above))) {
        seen.add(above);
        if (above !== snapshot.id) continue;
        errors.push({ name: 'parent_id', reason: `"${snapshot.parent_id}" is nested under "${snapshot.id}": a record cannot be nested under its own descendant` });
        break;
      }
    }
    if (collection === 'statements' && !snapshot.speaker_id && !snapshot.speaker_label) {
      errors.push({ name: 'speaker_id', reason: 'a statement needs a speaker_id or a speaker_label' });
    }
    const broken = ruleErrors(collection, snapshot, (source) => (sourceReference.get(source) as string | null | undefined) ?? undefined);
    errors.push(...(touched ? broken.filter((e) => touched.has(e.name.split('.')[0]!)) : broken));
    if (errors.length === 0) return;
    const detail =
      missing === errors.length
        ? `The request refers to ${errors.length === 1 ? 'a record that does' : 'records that do'} not exist.`
        : errors.length === 1
          ? `${errors[0]!.reason[0]!.toUpperCase()}${errors[0]!.reason.slice(1)}.`
          : `${errors.length} fields cannot be kept as given.`;
    throw new ProblemError('unprocessable', detail, errors);
  }

  /** Writes a new record, checked (`checked`: false when a batch checks it after all its records are written). */
  function createRecord(collection: Exclude<CollectionName, 'evidence'>, body: InputBody, writer: Writer, checked = true, stamps?: Stamps): Snapshot {
    const id = newId(collection, body);
    if (checked) check(collection, complete(collection, { ...fieldsOf(collection, body), id, version: 1, created_at: null, updated_at: null }));
    const resolved = resolveEvidence(fieldsOf(collection, body), '', writer);
    const snapshot = complete(collection, { ...resolved, id, version: 1, created_at: writer.now, updated_at: writer.now, ...stamps });
    store.apply(collection, id, snapshot);
    log(writer, collection, id, null, snapshot);
    return snapshot;
  }

  /** The snapshot fields a body sets (subject → subject columns; every other field as is). */
  function fieldsOf(collection: CollectionName, body: InputBody): InputBody {
    const { id: _id, subject, ...rest } = body;
    if (collection !== 'conflicts' || subject === undefined) return rest;
    const columns = Object.fromEntries(Object.values(CLAIM_SUBJECT_COLUMNS).map((f) => [f, null]));
    columns[CLAIM_SUBJECT_COLUMNS[subject.type as ClaimSubjectType]] = subject.id;
    return { ...rest, ...columns };
  }

  function complete(collection: CollectionName, snapshot: Snapshot): Snapshot {
    const c = COLLECTIONS[collection];
    const full: Snapshot = { ...snapshot };
    for (const f of c.fields) {
      const name = typeof f === 'string' ? f : f.name;
      if (full[name] === undefined) full[name] = null;
    }
    for (const part of c.parts) full[part.field] ??= [];
    if (c.citation) full.evidence ??= [];
    return { ...full, ...(c.derive?.(full) ?? {}) };
  }

  function newId(collection: CollectionName, body: InputBody): string {
    if (body.id !== undefined) {
      if (store.exists(collection, body.id)) throw new ProblemError('unprocessable', `A record with the id "${body.id}" already exists.`, [{ name: 'id', reason: 'is the id of an existing record' }]);
      return body.id;
    }
    const base = slugify(String(body[NAME_FIELD[collection]] ?? collection));
    let id = base;
    for (let n = 2; store.exists(collection, id); n++) id = `${base}-${n}`;
    return id;
  }

  /** The record as it stands, if it is at the version the caller expects (`*`: any version). */
  function current(collection: CollectionName, id: string, expectedVersion: number | '*'): Snapshot {
    const found = store.read(collection, id);
    if (!found) throw notFoundError(collection === 'evidence' ? 'evidence span' : collection.replace(/s$/, ''), id);
    if (expectedVersion !== '*' && found.version !== expectedVersion) {
      throw new ProblemError('precondition_failed', `The record has changed: it is at version ${found.version}, and the request expected version ${expectedVersion}. Fetch it again and reapply the change.`);
    }
    return found;
  }

  /** Characters of sources the current write has searched for its quotes (see MAX_SEARCHED_CHARACTERS). */
  let searched = 0;
  const inTransaction = <A extends unknown[], R>(fn: (...args: A) => R) => {
    return (...args: A): R => {
      if (!connection.inTransaction) searched = 0;
      return connection.transaction(() => fn(...args));
    };
  };

  return {
    store,

    create: inTransaction((collection: Exclude<CollectionName, 'evidence'>, body: InputBody, writer: Writer): Snapshot => createRecord(collection, body, writer)),

    /**
     * Creates many records at once, all or none: what the seed loader writes, and what an
     * import or a reviewed draft will. A record may refer to any record of the batch, listed
     * before or after it (an actor's affiliation, a statement answered later in the file):
     * references and rules are checked once every record is written, and a record nested
     * under another of the batch (`parent_id`) is written after it, so what triggers derive
     * from the tree is whole. A problem names each field under its record's place in the
     * batch (`12.speaker_id`).
     */
    createAll: inTransaction((items: { collection: Exclude<CollectionName, 'evidence'>; body: InputBody; stamps?: Stamps }[], writer: Writer): Snapshot[] => {
      connection.deferForeignKeys();
      const created = new Map<number, Snapshot>();
      const errors: FieldError[] = [];
      // Every record's problems are gathered, so one load names them all; nothing is kept when there are any.
      const gather = (i: number, work: () => void) => {
        try {
          inItem(i, work);
        } catch (error) {
          if (!(error instanceof ProblemError)) throw error;
          errors.push(...(error.errors ?? [{ name: String(i), reason: error.message }]));
        }
      };
      for (const i of parentsFirst(items)) gather(i, () => created.set(i, createRecord(items[i]!.collection, items[i]!.body, writer, false, items[i]!.stamps)));
      const refused = new Set(items.flatMap(({ collection, body }, i) => (created.has(i) || typeof body.id !== 'string' ? [] : [`${collection}/${body.id}`])));
      for (const [i, snapshot] of created) gather(i, () => check(items[i]!.collection, snapshot, { unwritten: refused }));
      if (errors.length > 0) throw new ProblemError('unprocessable', `${errors.length} field${errors.length === 1 ? '' : 's'} of the batch cannot be written as given.`, errors);
      return items.map((_, i) => created.get(i)!);
    }),

    /** Finds or creates a span (with `stamps`, an imported one as it was kept). */
    createSpan: inTransaction((body: EvidenceBody, writer: Writer, stamps?: Stamps): { snapshot: Snapshot; created: boolean } => resolveSpan(body, '', writer, stamps)),

    update: inTransaction((collection: CollectionName, id: string, patch: InputBody, expectedVersion: number | '*', writer: Writer): Snapshot => {
      const before = current(collection, id, expectedVersion);
      if (collection === 'sources' && patch.body !== undefined && patch.body !== before.body && (spansOfSource.get(id) as { n: number }).n > 0) {
        throw new ProblemError('conflict', 'The body of a source cannot change while evidence spans cite it: their offsets count into it.', [
          { name: 'body', reason: 'evidence spans cite this source' },
        ]);
      }
      check(collection, complete(collection, { ...before, ...fieldsOf(collection, patch), id }), { touched: new Set(Object.keys(patch)) });
      const resolved = resolveEvidence(fieldsOf(collection, patch), '', writer);
      const after = complete(collection, { ...before, ...resolved, id, version: before.version + 1, updated_at: writer.now });
      store.apply(collection, id, after);
      log(writer, collection, id, before, after);
      return after;
    }),

    appendStatus: inTransaction((id: string, entry: InputBody, expectedVersion: number | '*', writer: Writer): Snapshot => {
      const before = current('proposals', id, expectedVersion);
      const resolved = resolveEvidence(entry, '', writer);
      const history = listOf(before.history);
      const after = complete('proposals', { ...before, history: [...history, { status: null, actor_id: null, date: null, note: null, ...resolved }], version: before.version + 1, updated_at: writer.now });
      // The body is the new entry: its fields are named as the body's (`date`, not `history.3.date`).
      const entryField = `history.${history.length}.`;
      try {
        check('proposals', after, { touched: new Set(['history']) });
      } catch (error) {
        if (!(error instanceof ProblemError) || !error.errors) throw error;
        throw new ProblemError(error.code, error.message, error.errors.map((e) => (e.name.startsWith(entryField) ? { ...e, name: e.name.slice(entryField.length) } : e)), error.extensions);
      }
      store.apply('proposals', id, after);
      log(writer, 'proposals', id, before, after);
      return after;
    }),

    /**
     * Corrects a span: registers the span the caller means (in the same source), points
     * every fact that cited the old one at it, and deletes the old one. A span's id is
     * its place, so the corrected span has a new id; each change is logged on its own.
     */
    moveSpan: inTransaction((id: string, body: Omit<EvidenceBody, 'source_id'>, expectedVersion: number | '*', writer: Writer): Snapshot => {
      const before = current('evidence', id, expectedVersion);
      const { snapshot: moved } = resolveSpan({ ...body, source_id: String(before.source_id) }, '', writer);
      if (moved.id === id) return moved;
      const swap = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map((v) => (v === id ? moved.id : swap(v)));
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
        return value;
      };
      // A record may cite the span through several fields (its evidence and a role's): it is rewritten once.
      const citers = new Map(store.referrers('evidence', id).map((r) => [`${r.collection}\u0000${r.id}`, r]));
      for (const { collection, id: citing } of citers.values()) {
        const was = store.read(collection, citing);
        if (!was || collection === 'evidence') continue;
        const now = { ...(swap(was) as Snapshot), version: was.version + 1, updated_at: writer.now };
        store.apply(collection, citing, now);
        log(writer, collection, citing, was, now);
      }
      store.apply('evidence', id, null);
      log(writer, 'evidence', id, before, null);
      return moved;
    }),

    remove: inTransaction((collection: CollectionName, id: string, expectedVersion: number | '*', writer: Writer): void => {
      const before = current(collection, id, expectedVersion);
      const referrers = store.referrers(collection, id);
      if (referrers.length > 0) {
        throw new ProblemError('conflict', `${referrers.length} record${referrers.length === 1 ? '' : 's'} still refer${referrers.length === 1 ? 's' : ''} to this one; change or delete ${referrers.length === 1 ? 'it' : 'them'} first.`, undefined, { referrers });
      }
      store.apply(collection, id, null);
      log(writer, collection, id, before, null);
    }),

    /** Applies logged changes in order: the same store writes the API made. */
    replay: inTransaction((entries: Pick<ChangeEntry, 'collection' | 'record_id' | 'after'>[]): void => {
      // A batch's records may refer to one logged after them (a statement answered later in the seed).
      connection.deferForeignKeys();
      for (const entry of entries) store.apply(entry.collection, entry.record_id, entry.after);
    }),
  };
}

export type WriteService = ReturnType<typeof createWriteService>;
