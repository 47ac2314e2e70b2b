import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Actor } from '../domain/schemas.js';
import type { ActorKind } from '../domain/vocabulary.js';
import { type DatedRow, dateOf, groupBy, repositoryBase, textFilter } from './common.js';
import { Keyset, Where } from './sql.js';

export type ActorOut = z.infer<typeof Actor>;
export const ACTOR_INCLUDES = ['affiliation', 'aliases', 'roles', 'evidence'] as const;
export type ActorInclude = (typeof ACTOR_INCLUDES)[number];

interface ActorRow {
  version: number;
  created_at: string | null;
  updated_at: string | null;
  id: string;
  name: string;
  kind: ActorKind;
  affiliation_id: string | null;
  description: string | null;
}

const KEYSET = new Keyset('actors', [{ sql: 'a.id', type: 'text', read: (r: ActorRow) => r.id }]);
const COLUMNS = 'a.id, a.name, a.kind, a.affiliation_id, a.description, a.version, a.created_at, a.updated_at';

export interface ActorFilters {
  kind?: ActorKind;
  affiliation?: string;
  q?: string;
}

export function createActorRepository(connection: Connection) {
  const base = repositoryBase(connection);

  function embed(rows: ActorRow[], include: Set<ActorInclude>): ActorOut[] {
    const ids = rows.map((r) => r.id);
    const affiliations = include.has('affiliation') ? base.actorRefs(rows.map((r) => r.affiliation_id)) : undefined;
    let aliases: Map<string, ActorOut['aliases'] & {}> | undefined;
    if (include.has('aliases')) {
      const rows = base.byIds<{ id: number; actor_id: string; name: string; note: string | null }>(
        'SELECT id, actor_id, name, note FROM actor_aliases WHERE actor_id IN IN_LIST ORDER BY id',
        ids,
      );
      const evidence = base.evidenceFor('actor_alias', rows.map((r) => r.id));
      aliases = new Map(
        [...groupBy(rows, (r) => r.actor_id)].map(([actor, list]) => [
          actor,
          list.map((a) => ({ name: a.name, note: a.note, evidence: evidence.get(a.id) ?? [] })),
        ]),
      );
    }
    let roles: Map<string, ActorOut['roles'] & {}> | undefined;
    if (include.has('roles')) {
      const rows = base.byIds<DatedRow & { id: number; actor_id: string; title: string; organization_id: string | null; note: string | null }>(
        'SELECT id, actor_id, title, organization_id, note, date_value, date_precision, date_text, date_basis FROM actor_roles WHERE actor_id IN IN_LIST ORDER BY id',
        ids,
      );
      const evidence = base.evidenceFor('actor_role', rows.map((r) => r.id));
      roles = new Map(
        [...groupBy(rows, (r) => r.actor_id)].map(([actor, list]) => [
          actor,
          list.map((r) => ({ title: r.title, organization_id: r.organization_id, date: dateOf(r), note: r.note, evidence: evidence.get(r.id) ?? [] })),
        ]),
      );
    }
    const evidence = include.has('evidence') ? base.evidenceFor('actor', ids) : undefined;
    return rows.map((r) => ({
      ...r,
      ...(affiliations ? { affiliation: r.affiliation_id ? (affiliations.get(r.affiliation_id) ?? null) : null } : {}),
      ...(aliases ? { aliases: aliases.get(r.id) ?? [] } : {}),
      ...(roles ? { roles: roles.get(r.id) ?? [] } : {}),
      ...(evidence ? { evidence: evidence.get(r.id) ?? [] } : {}),
    }));
  }

  return base.reads({
    listActors(filters: ActorFilters, options: { limit: number; cursor?: string; include: Set<ActorInclude> }) {
      const where = new Where()
        .when(filters.kind, (k) => ['a.kind = ?', k])
        .when(filters.affiliation, (a) => ['a.affiliation_id = ?', a]);
      textFilter(where, 'a.id', 'actor', filters.q);
      return base.page<ActorRow, ActorOut>({ select: `SELECT ${COLUMNS} FROM actors a`, where, keyset: KEYSET, ...options }, (rows) => embed(rows, options.include));
    },

    findActor(id: string, include: Set<ActorInclude>): ActorOut | undefined {
      const row = base.prepare(`SELECT ${COLUMNS} FROM actors a WHERE a.id = ?`).get(id) as ActorRow | undefined;
      return row ? embed([row], include)[0] : undefined;
    },

    actorExists(id: string): boolean {
      return base.prepare('SELECT 1 FROM actors WHERE id = ?').get(id) !== undefined;
    },
  });
}
