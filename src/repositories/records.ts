/**
 * The record store: reads any writable record as a snapshot and writes a snapshot
 * back as rows, using the write model in `db/collections.ts`. Callers run it inside
 * a transaction.
 */
import type { Connection } from '../db/client.js';
import { COLLECTIONS, type Collection, type CollectionName, type Field, type Part, fieldName } from '../db/collections.js';
import { dateColumnsOf } from '../domain/dates.js';
import { type DatedRow, dateOf, repositoryBase } from './common.js';

export type Snapshot = Record<string, any> & { id: string; version: number; created_at: string | null; updated_at: string | null };

export interface Referrer {
  collection: CollectionName;
  id: string;
  field: string;
}

const DATE_SUFFIXES = ['value', 'precision', 'text', 'basis', 'start', 'end'];

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
      (list) => `SELECT ${column} AS fact, evidence_id FROM citations WHERE ${column} IN ${list} ORDER BY id`,
      ids,
    )) {
      const list = map.get(row.fact) ?? [];
      list.push(row.evidence_id);
      map.set(row.fact, list);
    }
    return map;
  }

  function readParts(part: Part, ownerId: string): Record<string, unknown>[] {
    const columns = [...(part.hasId ? ['id'] : []), ...part.fields.flatMap(columnsOf)];
    const order = part.seq ? quote(part.seq) : part.hasId ? 'id' : 'rowid';
    const rows = base.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${part.table} WHERE ${part.parent} = ? ORDER BY ${order}`).all(ownerId) as Record<string, any>[];
    const evidence = part.citation ? citedBy(part.citation, rows.map((r) => r.id)) : undefined;
    return rows.map((row) => ({
      ...Object.fromEntries(part.fields.map((f) => [fieldName(f), readField(f, row)])),
      ...(evidence ? { evidence: evidence.get(row.id) ?? [] } : {}),
    }));
  }

  function read(name: CollectionName, id: string): Snapshot | undefined {
    const c = COLLECTIONS[name];
    const columns = ['id', ...c.fields.flatMap(columnsOf), 'version', 'created_at', 'updated_at'];
    const row = base.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${c.table} WHERE id = ?`).get(id) as Record<string, any> | undefined;
    if (!row) return undefined;
    const snapshot: Snapshot = {
      id: row.id,
      ...Object.fromEntries(c.fields.map((f) => [fieldName(f), readField(f, row)])),
      ...Object.fromEntries(c.parts.map((p) => [p.field, readParts(p, id)])),
      ...(c.citation ? { evidence: citedBy(c.citation, [id]).get(id) ?? [] } : {}),
      version: row.version,
      created_at: row.created_at,
      updated_at: row.updated_at,
    };
    return snapshot;
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
      const items: Record<string, any>[] = snapshot[part.field] ?? [];
      items.forEach((item, index) => {
        const inherited = Object.entries(part.inherited ?? {});
        const cols = [part.parent, ...(part.seq ? [part.seq] : []), ...part.fields.flatMap(columnsOf), ...inherited.map(([column]) => column)];
        const vals = [id, ...(part.seq ? [index + 1] : []), ...part.fields.flatMap((f) => valuesOf(f, item[fieldName(f)])), ...inherited.map(([, value]) => value(snapshot))];
        const result = run(`INSERT INTO ${part.table} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, ...vals);
        if (part.citation) cite(part.citation, Number(result.lastInsertRowid), item.evidence);
      });
    }
    if (c.citation) cite(c.citation, id, snapshot.evidence);
  }

  /** The collection and id that own a row of any table holding record data, or undefined. */
  function owner(table: string, row: Record<string, any>): { collection: CollectionName; id: string; path: string } | undefined {
    for (const c of Object.values(COLLECTIONS)) {
      if (c.table === table) return { collection: c.name, id: row.id, path: '' };
      for (const part of c.parts) if (part.table === table) return { collection: c.name, id: row[part.parent], path: part.field };
    }
    return undefined;
  }

  /** Every other record that refers to this one, with the field that does. */
  function referrers(name: CollectionName, id: string): Referrer[] {
    const target = COLLECTIONS[name].table;
    const found = new Map<string, Referrer>();
    const tables = base.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    for (const { name: table } of tables) {
      const keys = base.prepare(`SELECT "from", "table" FROM pragma_foreign_key_list(?)`).all(table) as { from: string; table: string }[];
      for (const key of keys.filter((k) => k.table === target)) {
        const rows = base.prepare(`SELECT * FROM ${table} WHERE ${quote(key.from)} = ?`).all(id) as Record<string, any>[];
        for (const row of rows) {
          const via = table === 'citations' ? citationOwner(row) : owner(table, row);
          if (!via || (via.collection === name && via.id === id)) continue;
          const field = [via.path, table === 'citations' ? 'evidence' : key.from].filter(Boolean).join('.');
          found.set(`${via.collection}|${via.id}|${field}`, { collection: via.collection, id: via.id, field });
        }
      }
    }
    return [...found.values()].sort((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id) || a.field.localeCompare(b.field));
  }

  /** The record whose evidence a citation row belongs to. */
  function citationOwner(row: Record<string, any>): { collection: CollectionName; id: string; path: string } | undefined {
    for (const c of Object.values(COLLECTIONS)) {
      if (c.citation && row[c.citation] != null) return { collection: c.name, id: row[c.citation], path: '' };
      for (const part of c.parts) {
        if (part.citation && row[part.citation] != null) {
          const parent = base.prepare(`SELECT ${part.parent} AS id FROM ${part.table} WHERE id = ?`).get(row[part.citation]) as { id: string };
          return { collection: c.name, id: parent.id, path: part.field };
        }
      }
    }
    return undefined;
  }

  return { read, exists, apply, referrers };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
