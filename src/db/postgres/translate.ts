import { phrasesOf } from '../../domain/words.js';
import { pairOf } from './words.js';

/**
 * The dialect seam for PostgreSQL: the repositories write each query once, in the SQL
 * both databases share, with the few SQLite spellings listed below, and a PostgreSQL
 * connection rewrites those as it prepares the statement (once per statement text).
 * Only the code's own SQL passes through here: what a client sends is always a parameter.
 *
 * | SQLite                                  | PostgreSQL                                             |
 * | --------------------------------------- | ------------------------------------------------------ |
 * | `?` parameters                          | `$1`, `$2`… (typed from the values: text, int8, float8) |
 * | `` `name` ``                            | `"name"`                                               |
 * | `json_object(…)`, `json_array(…)`       | `json_build_object(…)`, `json_build_array(…)`          |
 * | `json_group_array(x ORDER BY y)`        | `coalesce(json_agg(x ORDER BY y), '[]')` (`[]` for none) |
 * | `group_concat(x, sep)`                  | `string_agg(x, sep)`                                   |
 * | `min(a, b)`, `max(a, b)` (two values)   | `least(a, b)`, `greatest(a, b)`                        |
 * | `json_each(x)`                          | its `value` (JSON) and `key` (from 0), lateral         |
 * | `INDEXED BY index`                      | nothing: PostgreSQL's planner chooses                  |
 * | `a LIKE b` (case ignored)               | `a ILIKE b`                                            |
 * | `CROSS JOIN t ON …` (order kept)        | `JOIN t ON …`                                          |
 * | `search_index MATCH ?` (FTS5 syntax)    | `search_index.words @@ ?::tsquery`, the value made a tsquery (tsqueryOf) |
 * | `INSERT OR IGNORE INTO …`               | `INSERT INTO … ON CONFLICT DO NOTHING`                 |
 * | an aggregate's `ORDER BY x`, `x DESC`   | `x NULLS FIRST`, `x DESC NULLS LAST` (SQLite's order)  |
 * | `a IS NOT b`, `a IS b` (b not NULL)     | `IS DISTINCT FROM`, `IS NOT DISTINCT FROM`             |
 */

interface Token {
  kind: 'word' | 'string' | 'quoted' | 'param' | 'punct' | 'space';
  text: string;
}

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < sql.length; ) {
    const c = sql[i]!;
    let j = i + 1;
    let kind: Token['kind'];
    if (c === "'" || c === '"' || c === '`') {
      // A quoted string or name, its quote doubled inside it.
      for (;;) {
        if (j >= sql.length) break;
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2;
          else {
            j++;
            break;
          }
        } else j++;
      }
      kind = c === "'" ? 'string' : 'quoted';
    } else if (c === '-' && sql[j] === '-') {
      // A comment, to the end of its line: kept as it is, a ? in it no parameter.
      while (j < sql.length && sql[j] !== '\n') j++;
      kind = 'space';
    } else if (/\s/.test(c)) {
      while (j < sql.length && /\s/.test(sql[j]!)) j++;
      kind = 'space';
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      while (j < sql.length && /[\p{L}\p{N}_$]/u.test(sql[j]!)) j++;
      kind = 'word';
    } else if (c === '?') kind = 'param';
    else if (c === '@' && /[\p{L}_]/u.test(sql[j] ?? '')) {
      // A named parameter, @name (as better-sqlite3 binds an object's properties).
      while (j < sql.length && /[\p{L}\p{N}_]/u.test(sql[j]!)) j++;
      kind = 'param';
    }
    else if (c === '-' && sql[j] === '>' ) {
      j = sql[j + 1] === '>' ? j + 2 : j + 1;
      kind = 'punct';
    } else if ((c === '<' || c === '>' || c === '!' || c === '|' || c === ':') && /[=>|:]/.test(sql[j] ?? '')) {
      j++;
      kind = 'punct';
    } else kind = 'punct';
    tokens.push({ kind, text: sql.slice(i, j) });
    i = j;
  }
  return tokens;
}

/** The tokens of a call's arguments (from its opening parenthesis at `open`), split at its top-level commas; and where it closes. */
function callAt(tokens: Token[], open: number): { args: Token[][]; close: number } {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === '(') {
      depth++;
      if (depth === 1) continue;
    } else if (t.kind === 'punct' && t.text === ')') {
      depth--;
      if (depth === 0) return { args, close: i };
    } else if (depth === 1 && t.kind === 'punct' && t.text === ',') {
      args.push([]);
      continue;
    }
    args[args.length - 1]!.push(t);
  }
  throw new Error('unbalanced parentheses in SQL');
}

const text = (tokens: Token[]) => tokens.map((t) => t.text).join('');
const nextNonSpace = (tokens: Token[], i: number) => {
  while (i < tokens.length && tokens[i]!.kind === 'space') i++;
  return i;
};
const isWord = (t: Token | undefined, word: string) => t?.kind === 'word' && t.text.toUpperCase() === word;

/**
 * An aggregate's ORDER BY with NULLs where SQLite puts them: first going up, last going
 * down (PostgreSQL does the reverse). Only inside aggregates, whose rows are sorted anyway:
 * a query's own ORDER BY is over keys that are never NULL, and PostgreSQL would not read
 * an index in an order that names NULLS.
 */
function sqliteNulls(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  let ordering = false;
  let item: Token[] = [];
  const flush = () => {
    const words = item.filter((t) => t.kind === 'word').map((t) => t.text.toUpperCase());
    if (item.length && !words.includes('NULLS')) item.push({ kind: 'word', text: words.at(-1) === 'DESC' ? ' NULLS LAST' : ' NULLS FIRST' });
    out.push(...item);
    item = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (depth === 0 && isWord(t, 'ORDER') && isWord(tokens[nextNonSpace(tokens, i + 1)], 'BY')) {
      ordering = true;
      const by = nextNonSpace(tokens, i + 1);
      out.push(...tokens.slice(i, by + 1));
      i = by;
      continue;
    }
    if (!ordering) out.push(t);
    else if (depth === 0 && t.text === ',') {
      flush();
      out.push(t);
    } else item.push(t);
  }
  if (ordering) flush();
  return out;
}

/**
 * Rewrites the SQLite spellings in `sql` (see the table above); `?` becomes `$n` with
 * `cast(n)` after it. Named parameters (`@name`) are numbered in the order first met, each
 * name one number however often it appears: `names` lists them in that order.
 */
export function translate(sql: string, cast: (index: number) => string = () => '', names: string[] = [], matches: Set<number> = new Set()): string {
  let param = 0;
  const rewrite = (tokens: Token[]): string => {
    let out = '';
    let ignoreConflicts = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'param' && t.text.startsWith('@')) {
        const name = t.text.slice(1);
        if (!names.includes(name)) names.push(name);
        const n = names.indexOf(name) + 1;
        out += `$${n}${cast(n)}`;
        continue;
      }
      if (t.kind === 'param') {
        param++;
        out += `$${param}${cast(param)}`;
        continue;
      }
      if (t.kind === 'word' && t.text.toUpperCase() === 'MATCH' && tokens[nextNonSpace(tokens, i + 1)]?.text === '?') {
        // search_index MATCH ?: the document's words against the query, made a tsquery (tsqueryOf) from FTS5's syntax.
        out = `${out.replace(/search_index\s*$/, '')}search_index.words @@ `;
        i = nextNonSpace(tokens, i + 1);
        param++;
        matches.add(param);
        out += `$${param}::tsquery`;
        continue;
      }
      if (t.kind === 'quoted' && t.text.startsWith('`')) {
        out += `"${t.text.slice(1, -1).replace(/"/g, '""')}"`;
        continue;
      }
      if (t.kind !== 'word') {
        out += t.text;
        continue;
      }
      const upper = t.text.toUpperCase();
      const open = nextNonSpace(tokens, i + 1);
      const isCall = tokens[open]?.text === '(' && !/[."]$/.test(out.trimEnd().slice(-1));
      if (upper === 'INDEXED' && isWord(tokens[nextNonSpace(tokens, i + 1)], 'BY')) {
        // INDEXED BY name: dropped with its name.
        i = nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1);
        if (tokens[i + 1]?.kind === 'space' && /\s$/.test(out)) i++;
        continue;
      }
      if (upper === 'INSERT' && isWord(tokens[nextNonSpace(tokens, i + 1)], 'OR') && isWord(tokens[nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1)], 'IGNORE')) {
        i = nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1);
        out += 'INSERT';
        ignoreConflicts = true;
        continue;
      }
      if (upper === 'LIKE') {
        // SQLite's LIKE ignores (ASCII) case.
        out += 'ILIKE';
        continue;
      }
      if (upper === 'CROSS' && isWord(tokens[nextNonSpace(tokens, i + 1)], 'JOIN')) {
        // SQLite's CROSS JOIN … ON (an inner join the planner keeps in the order written) is a JOIN here.
        let k = nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1);
        while (k < tokens.length && (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'quoted' || tokens[k]!.kind === 'space' || tokens[k]!.text === '.') && !isWord(tokens[k], 'ON')) k++;
        if (isWord(tokens[k], 'ON')) {
          i = nextNonSpace(tokens, i + 1) - 1;
          continue;
        }
      }
      if (upper === 'IS') {
        const next = nextNonSpace(tokens, i + 1);
        if (isWord(tokens[next], 'NOT')) {
          const after = nextNonSpace(tokens, next + 1);
          if (!isWord(tokens[after], 'NULL') && !isWord(tokens[after], 'DISTINCT')) {
            out += 'IS DISTINCT FROM';
            i = next;
            continue;
          }
        } else if (!isWord(tokens[next], 'NULL') && !isWord(tokens[next], 'DISTINCT')) {
          out += 'IS NOT DISTINCT FROM';
          continue;
        }
      }
      if (!isCall) {
        out += t.text;
        continue;
      }
      const lower = t.text.toLowerCase();
      const { args, close } = callAt(tokens, open);
      const inner = () => args.map(rewrite).join(',');
      if (lower === 'json_object') out += `json_build_object(${inner()})`;
      else if (lower === 'json_array') out += `json_build_array(${inner()})`;
      else if (lower === 'json_group_array') {
        // Its FILTER (WHERE …), if any, goes inside the coalesce with it.
        const filter = nextNonSpace(tokens, close + 1);
        let filtered = '';
        let end = close;
        if (isWord(tokens[filter], 'FILTER') && tokens[nextNonSpace(tokens, filter + 1)]?.text === '(') {
          const clause = callAt(tokens, nextNonSpace(tokens, filter + 1));
          filtered = ` FILTER (${clause.args.map(rewrite).join(',')})`;
          end = clause.close;
        }
        out += `coalesce(json_agg(${rewrite(sqliteNulls(tokens.slice(open + 1, close)))})${filtered}, '[]'::json)`;
        i = end;
        continue;
      }
      else if (lower === 'group_concat') out += `string_agg(${rewrite(sqliteNulls(tokens.slice(open + 1, close)))})`;
      else if ((lower === 'min' || lower === 'max') && args.length === 2) out += `${lower === 'min' ? 'least' : 'greatest'}(${inner()})`;
      else if (lower === 'json_each') out += `LATERAL (SELECT e.value, e.key - 1 AS key FROM json_array_elements(${inner()}) WITH ORDINALITY AS e(value, key))`;
      else out += `${text(tokens.slice(i, open))}(${inner()})`;
      i = close;
    }
    return ignoreConflicts ? `${out.replace(/;?\s*$/, '')} ON CONFLICT DO NOTHING` : out;
  };
  return rewrite(tokenize(sql));
}

/** The cast that types a parameter in PostgreSQL from its value: text, 8-byte integer or double. */
export function castOf(value: unknown): string {
  if (typeof value === 'string') return '::text';
  if (typeof value === 'bigint') return '::int8';
  if (typeof value === 'number') return Number.isInteger(value) ? '::int8' : '::float8';
  if (typeof value === 'boolean') return '::bool';
  if (value instanceof Uint8Array) return '::bytea';
  return '';
}

/**
 * An FTS5 query as domain/fts.ts writes it — quoted words and phrases, a trailing `*` for a
 * prefix, AND, OR and parentheses — as a tsquery's text: each quoted text's words, split and
 * folded as the index's are (domain/words.ts): a word, a pair of two (words.ts), or a longer
 * phrase's pairs and its words joined by `<->`; a prefix `:*`. Written as
 * tsquery input, not through to_tsquery, so that the database's parser and locale do not
 * split or fold them again. A quoted text with no words matches nothing, as in FTS5.
 */
export function tsqueryOf(fts: string): string {
  let out = '';
  let at = 0;
  const operators = (between: string) => between.replace(/\bAND\b/g, '&').replace(/\bOR\b/g, '|');
  for (const { phrase, from, to } of phrasesOf(fts)) {
    out += operators(fts.slice(at, from));
    const { words, prefix } = phrase;
    const lexeme = (text: string, last: boolean) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix && last ? ':*' : ''}`;
    const lexemes = words.map((w, k) => lexeme(w, k === words.length - 1));
    // A phrase's pairs of words, each a lexeme of the documents that hold it (words.ts), find them in the word index: a pair is the
    // phrase of two words itself; a longer phrase's positions confirm its pairs are in a row.
    const pairs = words.slice(1).map((w, k) => lexeme(pairOf(words[k]!, w), k === words.length - 2));
    // No words: a lexeme no index holds (every indexed word is a word's characters only).
    out += lexemes.length === 0 ? "' '" : lexemes.length === 1 ? lexemes[0] : lexemes.length === 2 ? pairs[0] : `(${pairs.join(' & ')} & (${lexemes.join(' <-> ')}))`;
    at = to;
  }
  return out + operators(fts.slice(at));
}
