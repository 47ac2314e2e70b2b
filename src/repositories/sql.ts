/**
 * A small helper the repositories share: prepared statements cached by their SQL,
 * and a WHERE builder that keeps each condition next to its parameters.
 */
import type { Connection, Statement } from '../db/client.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import { JsonText } from '../domain/json.js';

export type Param = string | number | null;

/**
 * A piece of SQL with its parameters, built only by the `sql` template: every value
 * interpolated into it is a parameter, unless it is itself a piece of SQL (a fragment, its
 * parameters with it) or text the code marks as SQL with `raw` (a column or table name,
 * an expression the code writes). A value a client sent can only reach SQL as a parameter.
 */
export class Sql {
  private constructor(
    readonly text: string,
    readonly params: readonly Param[],
  ) {}

  /** Builds a piece from template parts: see `sql`. */
  static of(strings: readonly string[], values: readonly (Param | Sql)[]): Sql {
    let text = strings[0]!;
    const params: Param[] = [];
    values.forEach((value, i) => {
      if (value instanceof Sql) {
        text += value.text;
        params.push(...value.params);
      } else {
        text += '?';
        params.push(value);
      }
      text += strings[i + 1]!;
    });
    return new Sql(text, params);
  }

  /** SQL text the code writes itself (never a client's): a column, a table, an expression, a keyword. */
  static raw(text: string): Sql {
    return new Sql(text, []);
  }
}

/** `sql\`a.kind = ${kind}\``: the text with a placeholder for each value, and the values as its parameters. */
export const sql = (strings: TemplateStringsArray, ...values: (Param | Sql)[]): Sql => Sql.of(strings, values);

/** Trusted SQL text: see Sql.raw. */
export const raw = (text: string): Sql => Sql.raw(text);

/** Pieces joined by `separator` (`, `, ` AND `, ` UNION ALL `). */
export const join = (pieces: readonly Sql[], separator: string): Sql =>
  pieces.length === 0 ? raw('') : Sql.of([...pieces.map((_, i) => (i === 0 ? '' : separator)), ''], pieces);

/** `(?, ?, ?)` for a list of values: `x IN ${list(ids)}`. */
export const list = (values: readonly Param[]): Sql => sql`(${join(values.map((v) => sql`${v}`), ', ')})`;

export class Where {
  private readonly parts: Sql[] = [];
  /** A disjunction that a page reads as one query per alternative (`eitherOf`). */
  private alternatives: Sql[] | undefined;

  add(condition: Sql): this {
    this.parts.push(condition);
    return this;
  }

  /**
   * Adds `a OR b OR …`, where each alternative is a range of the index a page is read
   * from. As one query PostgreSQL reads every range whole and sorts the rows (for a date
   * filter, 21,000 rows for a page of 25); there a page instead reads a page of each
   * alternative, in the list's order, and keeps the first rows of them all
   * (repositoryBase.pageRows). Used as it is (an export, or on SQLite), the WHERE holds the
   * disjunction. The alternatives must not overlap: a row matching two would be read twice.
   */
  eitherOf(alternatives: Sql[]): this {
    if (this.alternatives) throw new Error('one disjunction a query');
    if (alternatives.length === 1) return this.add(alternatives[0]!);
    this.alternatives = alternatives;
    return this;
  }

  /** One WHERE for each alternative of `eitherOf`, holding it and every other condition (this one when there is none). */
  variants(): Where[] {
    const alternatives = this.alternatives;
    if (!alternatives) return [this];
    return alternatives.map((alternative) => {
      const variant = new Where();
      variant.parts.push(...this.parts, alternative);
      return variant;
    });
  }

  private get conditions(): Sql[] {
    return this.alternatives ? [...this.parts, join(this.alternatives.map((a) => sql`(${a})`), ' OR ')] : this.parts;
  }

  /** Adds the condition only when the value is present. */
  when<T>(value: T | undefined | null, condition: (value: T) => Sql): this {
    if (value === undefined || value === null) return this;
    return this.add(condition(value));
  }

  /** The conditions ANDed, without WHERE: to qualify another query's WHERE. */
  get sql(): Sql {
    return join(this.conditions.map((p) => sql`(${p})`), ' AND ');
  }

  get params(): Param[] {
    return this.conditions.flatMap((p) => p.params);
  }

  /** The text of `WHERE …` (its parameters are `params`), or nothing. */
  toString(): string {
    return this.conditions.length ? `WHERE ${this.sql.text}` : '';
  }
}

export function statementCache(connection: Connection) {
  const cache = new Map<string, Statement>();
  return (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}


export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

/**
 * Keyset pagination over an ordering of non-null expressions, ascending (or, `reversed`,
 * descending), the last of which is unique (the id). The page after a cursor is one
 * row-value range, `(a, b) > (?, ?)`, which SQLite answers from the matching index (read
 * backwards for a descending order).
 */
export class Keyset<Row = unknown> {
  constructor(
    readonly name: string,
    /**
     * Each key: its SQL, its type, and the column of the list's rows that holds it (`key`),
     * read as it is or through `read`. `expression` marks a key that is an expression (not a
     * column): SQLite seeks those only by a plain bound.
     */
    readonly columns: { sql: string; type: 'text' | 'number'; key: string; expression?: boolean; read?(row: Row): string | number }[],
    readonly descending = false,
  ) {}

  /** The same order, the other way round, under its own name (a cursor of one is refused by the other). */
  reversed(): Keyset<Row> {
    return new Keyset(`${this.name}-desc`, this.columns, !this.descending);
  }

  get orderBy(): string {
    return `ORDER BY ${this.columns.map((c) => `${c.sql}${this.descending ? ' DESC' : ''}`).join(', ')}`;
  }

  /** Adds the "after this cursor" condition to a WHERE. */
  after(where: Where, cursor: string | undefined, scope?: string): void {
    if (cursor === undefined) return;
    const key = decodeCursor(cursor, this.name, this.columns.length, scope);
    this.columns.forEach((column, i) => {
      if (typeof key[i] !== (column.type === 'text' ? 'string' : 'number')) throw new CursorError('The cursor is not one this API issued for this list.');
    });
    const [past, bound] = this.descending ? ['<', '<='] : ['>', '>='];
    const first = raw(this.columns[0]!.sql);
    const values = key as Param[];
    if (this.columns.length === 1) where.add(sql`${first} ${raw(past)} ${values[0]!}`);
    else {
      const rowValue = sql`(${raw(this.columns.map((c) => c.sql).join(', '))}) ${raw(past)} ${list(values)}`;
      // On columns SQLite seeks the row value itself; on an expression it seeks only a plain bound, so one is added.
      if (this.columns[0]!.expression) where.add(sql`${first} ${raw(bound)} ${values[0]!} AND ${rowValue}`);
      else where.add(rowValue);
    }
  }

  /** A row's key in this order (the row is one of the list's query, as SQLite returned it). */
  keyOf(row: unknown): (string | number)[] {
    return this.columns.map((c) => (c.read ? c.read(row as Row) : (row as Record<string, string | number>)[c.key]!));
  }

  /** Compares two keys in this order, as SQLite compares them (text by code point). */
  compare(a: readonly (string | number)[], b: readonly (string | number)[]): number {
    const sign = this.descending ? -1 : 1;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
      return sign * Buffer.compare(Buffer.from(String(x)), Buffer.from(String(y)));
    }
    return 0;
  }

  /** Cuts a page out of `limit + 1` rows fetched in this order. */
  page<Row, T>(rows: Row[], limit: number, map: (rows: Row[]) => T[], scope?: string): Page<T> {
    const kept = rows.slice(0, limit);
    return { data: map(kept), next_cursor: this.cursorAfter(kept, rows.length > limit, scope) };
  }

  /** The same, for rows SQLite wrote as JSON (`json`): the page as JSON text. */
  jsonPage<T>(rows: { json: string }[], limit: number, scope?: string, keyOf = (row: unknown) => this.keyOf(row)): JsonText<Page<T>> {
    const kept = rows.slice(0, limit);
    const data = kept.map((row) => row.json).join(',');
    return new JsonText(`{"data":[${data}],"next_cursor":${JSON.stringify(this.cursorAfter(kept, rows.length > limit, scope, keyOf))}}`);
  }

  private cursorAfter(kept: unknown[], more: boolean, scope?: string, keyOf = (row: unknown) => this.keyOf(row)): string | null {
    const last = kept[kept.length - 1];
    return more && last ? encodeCursor(this.name, keyOf(last), scope) : null;
  }
}
