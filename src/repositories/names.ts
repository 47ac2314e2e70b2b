/**
 * Filters name records by id; people type names. This resolves what a filter was given
 * to the id it means: the id itself, or else the one record whose name, alias or id
 * matches it (case, accents and punctuation aside), or it says why not — nothing
 * matches (with the closest names), or several do (listing them).
 *
 * Actors, issues, proposals and sources are matched by their names (an actor's and an
 * issue's aliases, a proposal's or a source's title) and by the words of their ids;
 * statements, which have no names, by id alone. The names are read once and kept
 * until the database changes.
 */
import type { Connection } from '../db/client.js';
import { DATA_VERSION_SQL } from '../db/dialect.js';
import { closest, fold } from '../domain/suggest.js';
import { type Reading, rowsOf } from './reading.js';

export const NAMED_COLLECTIONS = ['actors', 'issues', 'proposals', 'sources', 'statements'] as const;
export type NamedCollection = (typeof NAMED_COLLECTIONS)[number];

export type Resolution =
  | { kind: 'id'; id: string }
  | { kind: 'name'; id: string; name: string }
  | { kind: 'none'; near: { id: string; name: string }[] }
  | { kind: 'several'; count: number; matches: { id: string; name: string }[] };

/** The names of each record, folded (domain/suggest.ts), with the words of its id among them. */
interface Names {
  records: { id: string; name: string; keys: string[]; words: Set<string>[] }[];
}

const NAMES_SQL: Record<Exclude<NamedCollection, 'statements'>, string> = {
  actors: `SELECT a.id, a.name, (SELECT json_group_array(x.name) FROM actor_aliases x WHERE x.actor_id = a.id) AS aliases FROM actors a`,
  issues: `SELECT i.id, i.name, (SELECT json_group_array(x.name) FROM issue_aliases x WHERE x.issue_id = i.id) AS aliases FROM issues i`,
  proposals: `SELECT p.id, p.title AS name, '[]' AS aliases FROM proposals p`,
  sources: `SELECT s.id, coalesce(s.title, s.id) AS name, '[]' AS aliases FROM sources s`,
};

const EXISTS_SQL: Record<NamedCollection, string> = {
  actors: 'SELECT 1 FROM actors WHERE id = ?',
  issues: 'SELECT 1 FROM issues WHERE id = ?',
  proposals: 'SELECT 1 FROM proposals WHERE id = ?',
  sources: 'SELECT 1 FROM sources WHERE id = ?',
  statements: 'SELECT 1 FROM statements WHERE id = ?',
};

/** A folded name without a leading article: "the Kremlin" and "Kremlin" are one name. */
const bare = (folded: string) => folded.replace(/^(the|a|an) /, '');

const words = (folded: string) => new Set(folded.split(' ').filter(Boolean));

export function createNameResolver(connection: Connection) {
  const cache = new Map<NamedCollection, { version: string; names: Names }>();

  function* namesOf(collection: Exclude<NamedCollection, 'statements'>): Reading<Names> {
    const [now] = yield* rowsOf<{ v: unknown }>(DATA_VERSION_SQL[connection.backend], []);
    const version = String(now?.v);
    const cached = cache.get(collection);
    if (cached && cached.version === version) return cached.names;
    const rows = yield* rowsOf<{ id: string; name: string; aliases: string }>(NAMES_SQL[collection], []);
    const names: Names = {
      records: rows.map((row) => {
        const all = [row.id.replace(/-/g, ' '), row.name, ...(JSON.parse(row.aliases) as string[])];
        const keys = [...new Set(all.map((n) => bare(fold(n))).filter(Boolean))];
        return { id: row.id, name: row.name, keys, words: keys.map(words) };
      }),
    };
    cache.set(collection, { version, names });
    return names;
  }

  /** Up to three ids that start like `typed`, from the id index: for records without names. */
  function* idsLike(collection: NamedCollection, typed: string): Reading<{ id: string; name: string }[]> {
    const start = typed.toLowerCase();
    const rows = yield* rowsOf<{ id: string }>(`SELECT id FROM ${collection} WHERE id >= ? AND id < ? ORDER BY id LIMIT 3`, [start, `${start}\uffff`]);
    return rows.map(({ id }) => ({ id, name: id }));
  }

  return {
    *resolve(collection: NamedCollection, typed: string): Reading<Resolution> {
      if ((yield* rowsOf(EXISTS_SQL[collection], [typed])).length > 0) return { kind: 'id', id: typed };
      if (collection === 'statements') return { kind: 'none', near: yield* idsLike(collection, typed) };
      const asked = bare(fold(typed));
      if (asked === '') return { kind: 'none', near: [] };
      const { records } = yield* namesOf(collection);
      // Only a whole name, alias or id is taken for a record: a word of one (`missile`, `state`)
      // could as well be a mistake, so records that merely contain the words are suggestions.
      const matches = records.filter((r) => r.keys.includes(asked));
      const named = (r: { id: string; name: string }) => ({ id: r.id, name: r.name });
      if (matches.length === 1) return { kind: 'name', ...named(matches[0]!) };
      if (matches.length > 1) return { kind: 'several', count: matches.length, matches: matches.slice(0, 10).map(named) };
      const wanted = [...words(asked)];
      const containing = records.filter((r) => r.words.some((have) => wanted.every((w) => have.has(w))));
      if (containing.length > 0) return { kind: 'none', near: containing.slice(0, 5).map(named) };
      const byKey = new Map<string, { id: string; name: string }>();
      for (const r of records) for (const key of r.keys) if (!byKey.has(key)) byKey.set(key, named(r));
      const near = closest(asked, byKey.keys(), 6).map((key) => byKey.get(key)!);
      const unique = [...new Map(near.map((r) => [r.id, r])).values()].slice(0, 3);
      return { kind: 'none', near: unique.length ? unique : yield* idsLike(collection, typed) };
    },
  };
}

export type NameResolver = ReturnType<typeof createNameResolver>;
