/**
 * The record store: reads any writable record as a snapshot and writes a snapshot
 * back as rows, using the write model in `model.ts`. Callers run it inside
 * a transaction.
 */
import type { Connection } from '../db/client.js';
import { COLLECTIONS, type Collection, type CollectionName, type Field, type Part, fieldName } from './model.js';
import { dateColumnsOf } from '../domain/dates.js';
import { type DatedRow, dateOf, repositoryBase } from '../repositories/common.js';
import { raw, sql } from '../repositories/sql.js';

/** A snapshot's list field (its parts) as the list it is; nothing when it is not one. */
export const listOf = (value: unknown): Record<string, any>[] => (Array.isArray(value) ? value : []);

/** A snapshot's evidence: the ids of the spans it cites. */
const evidenceIds = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export type Snapshot = Record<string, unknown> & { id: string; version: number; created_at: string | null; updated_at: string | null };

export interface Referrer {
  collection: CollectionName;
  id: string;
  field: string;
}

const DATE_SUFFIXES = ['value', 'precision', 'text', 'basis', 'start', 'end'];

/** The column of a plain field, by its name in the snapshot. */
const columnOf = (fields: Field[], name: string): string => {
  const f = fields.find((x) => fieldName(x) === name);
  return f === undefined || typeof f === 'string' ? name : f.column;
};

/** The SQL columns a field occupies: a date's six (`date_value`… or, for another date of the record, `reference_value`…). */
const columnsOf = (f: Field): string[] => (typeof f === 'string' ? [f] : f.kind === 'date' ? DATE_SUFFIXES.map((s) => `${f.column}_${s}`) : [f.column]);
const quote = (column: string) => `"${column}"`;

/** Row values for a field's columns from a snapshot value. */
function valuesOf(f: Field, value: any): unknown[] {
  if (typeof f !== 'string' && f.kind === 'date') {
    const c = dateColumnsOf(value ?? null);
    return [c.dateValue, c.datePrecision, c.dateText, c.dateBasis, c.dateStart, c.dateEnd];
  }
  return [value ?? null];
}

/** A snapshot value for a field from a row. */
function readField(f: Field, row: Record<string, any>): unknown {
  if (typeof f !== 'string' && f.kind === 'date') {
    const [value, precision, text, basis, start, end] = columnsOf(f).map((c) => row[c]);
    return dateOf({ date_value: value, date_precision: precision, date_text: text, date_basis: basis, date_start: start, date_end: end } as DatedRow);
  }
  return row[typeof f === 'string' ? f : f.column];
}

export function createRecordStore(connection: Connection) {
  const base = repositoryBase(connection);
  const run = (sql: string, ...params: unknown[]) => base.prepare(sql).run(...params);

  function citedBy(column: string, ids: readonly (string | number)[]): Map<string | number, string[]> {
    const map = new Map<string | number, string[]>();
    for (const row of base.byIds<{ fact: string | number; evidence_id: string }>(
      (ids) => sql`SELECT ${raw(column)} AS fact, evidence_id FROM citations WHERE ${raw(column)} IN ${ids} ORDER BY id`,
      ids,
    )) {
      const list = map.get(row.fact) ?? [];
      list.push(row.evidence_id);
      map.set(row.fact, list);
    }
    return map;
  }

  /** A part's items for several owners at once, by owner, each list in its order. */
  function partsOf(part: Part, ownerIds: readonly string[]): Map<string, Record<string, unknown>[]> {
    const columns = [...(part.hasId ? ['id'] : []), ...part.fields.flatMap(columnsOf)];
    // A part keeps its list's order in its position column, or, having ids, in the order of its ids.
    const parent = quote(part.parent);
    const rows = base.byIds<Record<string, any>>(
      (ids) => sql`SELECT ${raw(parent)} AS owner_id_, ${raw(columns.map(quote).join(', '))} FROM ${raw(part.table)} WHERE ${raw(parent)} IN ${ids} ORDER BY ${raw(parent)}, ${raw(quote(part.seq ?? 'id'))}`,
      ownerIds,
    );
    const evidence = part.citation ? citedBy(part.citation, rows.map((r) => r.id)) : undefined;
    const byOwner = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      let items = byOwner.get(row.owner_id_);
      if (!items) byOwner.set(row.owner_id_, (items = []));
      items.push({
        ...Object.fromEntries(part.fields.map((f) => [fieldName(f), readField(f, row)])),
        ...(evidence ? { evidence: evidence.get(row.id) ?? [] } : {}),
      });
    }
    return byOwner;
  }

  /** Several records of a collection as snapshots, by id, in a few queries whatever their number (the ids that exist). */
  function readMany(name: CollectionName, ids: readonly string[]): Map<string, Snapshot> {
    const c = COLLECTIONS[name];
    const columns = ['id', ...c.fields.flatMap(columnsOf), 'version', 'created_at', 'updated_at'];
    const rows = base.byIds<Record<string, any>>((list) => sql`SELECT ${raw(columns.map(quote).join(', '))} FROM ${raw(c.table)} WHERE id IN ${list}`, ids);
    const found = rows.map((r) => r.id as string);
    const parts = c.parts.map((p) => [p, found.length ? partsOf(p, found) : new Map()] as const);
    const evidence = c.citation && found.length ? citedBy(c.citation, found) : undefined;
    const snapshots = new Map<string, Snapshot>();
    for (const row of rows) {
      snapshots.set(row.id, {
        id: row.id,
        ...Object.fromEntries(c.fields.map((f) => [fieldName(f), readField(f, row)])),
        ...Object.fromEntries(parts.map(([p, byOwner]) => [p.field, byOwner.get(row.id) ?? []])),
        ...(c.citation ? { evidence: evidence?.get(row.id) ?? [] } : {}),
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
      });
    }
    return snapshots;
  }

  function read(name: CollectionName, id: string): Snapshot | undefined {
    return readMany(name, [id]).get(id);
  }

  function exists(name: CollectionName, id: string): boolean {
    return base.prepare(`SELECT 1 FROM ${COLLECTIONS[name].table} WHERE id = ?`).get(id) !== undefined;
  }

  function cite(column: string, fact: string | number, evidence: readonly string[] | undefined) {
    for (const span of evidence ?? []) run(`INSERT INTO citations (evidence_id, ${column}) VALUES (?, ?)`, span, fact);
  }

  function clearParts(c: Collection, id: string) {
    for (const part of c.parts) {
      if (part.citation) run(`DELETE FROM citations WHERE ${part.citation} IN (SELECT id FROM ${part.table} WHERE ${part.parent} = ?)`, id);
      run(`DELETE FROM ${part.table} WHERE ${part.parent} = ?`, id);
    }
    if (c.citation) run(`DELETE FROM citations WHERE ${c.citation} = ?`, id);
  }

  /** Makes the rows of a record exactly what the snapshot says; null deletes the record and its parts. */
  function apply(name: CollectionName, id: string, snapshot: Snapshot | null): void {
    const c = COLLECTIONS[name];
    clearParts(c, id);
    if (snapshot === null) {
      run(`DELETE FROM ${c.table} WHERE id = ?`, id);
      return;
    }
    const columns = [...c.fields.flatMap(columnsOf), 'version', 'created_at', 'updated_at'];
    const values = [...c.fields.flatMap((f) => valuesOf(f, snapshot[fieldName(f)])), snapshot.version, snapshot.created_at, snapshot.updated_at];
    if (exists(name, id)) {
      run(`UPDATE ${c.table} SET ${columns.map((col) => `${quote(col)} = ?`).join(', ')} WHERE id = ?`, ...values, id);
    } else {
      run(`INSERT INTO ${c.table} (id, ${columns.map(quote).join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`, id, ...values);
    }
    for (const part of c.parts) {
      const items = listOf(snapshot[part.field]);
      items.forEach((item, index) => {
        const inherited = Object.entries(part.inherited ?? {});
        const cols = [part.parent, ...(part.seq ? [part.seq] : []), ...part.fields.flatMap(columnsOf), ...inherited.map(([column]) => column)];
        const vals = [id, ...(part.seq ? [index + 1] : []), ...part.fields.flatMap((f) => valuesOf(f, item[fieldName(f)])), ...inherited.map(([, value]) => value(snapshot))];
        const insert = `INSERT INTO ${part.table} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
        if (!part.citation) run(insert, ...vals);
        else cite(part.citation, (base.prepare(`${insert} RETURNING id`).get(...vals) as { id: number }).id, item.evidence);
      });
    }
    if (c.citation) cite(c.citation, id, evidenceIds(snapshot.evidence));
  }

  /**
   * Every other record that refers to this one, with the field that does, found from the
   * write model: each reference it declares (a field of a record or of one of its parts)
   * and, for an evidence span, every fact that cites it.
   */
  function referrers(name: CollectionName, id: string): Referrer[] {
    const found = new Map<string, Referrer>();
    const add = (collection: CollectionName, owner: string, field: string) => {
      if (collection === name && owner === id) return;
      found.set(`${collection}|${owner}|${field}`, { collection, id: owner, field });
    };
    const ids = (sql: string) => (base.prepare(sql).all(id) as { id: string }[]).map((r) => r.id);
    for (const c of Object.values(COLLECTIONS)) {
      for (const reference of c.references.filter((r) => r.collection === name)) {
        const [head, tail] = reference.path.split('.') as [string, string | undefined];
        const part = tail === undefined ? undefined : c.parts.find((p) => p.field === head)!;
        const column = columnOf((part ? part.fields : c.fields), part ? tail! : head);
        const sql = part ? `SELECT ${quote(part.parent)} AS id FROM ${part.table} WHERE ${quote(column)} = ?` : `SELECT id FROM ${c.table} WHERE ${quote(column)} = ?`;
        for (const owner of ids(sql)) add(c.name, owner, reference.path);
      }
      if (name !== 'evidence') continue;
      if (c.citation) for (const owner of ids(`SELECT ${c.citation} AS id FROM citations WHERE evidence_id = ? AND ${c.citation} IS NOT NULL`)) add(c.name, owner, 'evidence');
      for (const part of c.parts.filter((p) => p.citation)) {
        const sql = `SELECT p.${quote(part.parent)} AS id FROM citations ci JOIN ${part.table} p ON p.id = ci.${part.citation} WHERE ci.evidence_id = ?`;
        for (const owner of ids(sql)) add(c.name, owner, `${part.field}.evidence`);
      }
    }
    return [...found.values()].sort((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id) || a.field.localeCompare(b.field));
  }

  return { read, readMany, exists, apply, referrers };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
