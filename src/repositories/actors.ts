import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Actor } from '../domain/schemas.js';
import type { ActorKind } from '../domain/vocabulary.js';
import type { JsonText } from '../domain/json.js';
import { actorRefJson, dateJson, evidenceJson, recordJson, repositoryBase, textFilter } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, raw, sql } from './sql.js';
import type { Reading } from './reading.js';

export type ActorOut = z.infer<typeof Actor>;
export const ACTOR_INCLUDES = ['affiliation', 'aliases', 'roles', 'evidence'] as const;
export type ActorInclude = (typeof ACTOR_INCLUDES)[number];

const KEYSET = new Keyset('actors', [{ sql: 'a.id', type: 'text', key: 'id' }]);

/** An actor `a` as JSON, in SQL: its fields in the schema's order, then the relations asked for. */
const actorJson = recordJson<ActorInclude>(
  `'id', a.id, 'name', a.name, 'kind', a.kind, 'affiliation_id', a.affiliation_id, 'description', a.description,
    'version', a.version, 'created_at', a.created_at, 'updated_at', a.updated_at`,
  {
    affiliation: `(SELECT ${actorRefJson('o')} FROM actors o WHERE o.id = a.affiliation_id)`,
    aliases: `(SELECT json_group_array(json_object('name', x.name, 'note', x.note, 'evidence', ${evidenceJson('actor_alias', 'x.id')}) ORDER BY x.id)
      FROM actor_aliases x WHERE x.actor_id = a.id)`,
    roles: `(SELECT json_group_array(json_object('title', x.title, 'organization_id', x.organization_id, 'date', ${dateJson('x')}, 'note', x.note,
      'evidence', ${evidenceJson('actor_role', 'x.id')}) ORDER BY x.id) FROM actor_roles x WHERE x.actor_id = a.id)`,
    evidence: evidenceJson('actor', 'a.id'),
  },
  ACTOR_INCLUDES,
);

export interface ActorFilters {
  kind?: ActorKind;
  affiliation?: string;
  q?: string;
}

/** The list's query for one value of each filter. */
const actorQuery = (include: Set<ActorInclude>) => (f: ActorFilters): ListQuery => {
  const where = new Where()
    .when(f.kind, (k) => sql`a.kind = ${k}`)
    .when(f.affiliation, (a) => sql`a.affiliation_id = ${a}`);
  textFilter(where, 'a.id', 'actor', f.q);
  return { select: `SELECT a.id, ${actorJson(include)} AS json FROM actors a`, where, keyset: KEYSET };
};

export function createActorRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    listActors(filters: AnyOf<ActorFilters>, options: { limit: number; cursor?: string; scope?: string; include: Set<ActorInclude> }) {
      return base.anyOfPage<ActorOut, ActorFilters>(filters, actorQuery(options.include), options);
    },

    /** Every record the filters select, in list order: an export's query. */
    selectActors(filters: AnyOf<ActorFilters>, include: Set<ActorInclude>) {
      return base.anyOfQuery(filters, actorQuery(include));
    },

    findActor(id: string, include: Set<ActorInclude>): Reading<JsonText<ActorOut> | undefined> {
      return base.jsonRecord(`SELECT ${actorJson(include)} AS json, a.version FROM actors a WHERE a.id = ?`, id);
    },

    actorExists(id: string): boolean {
      return base.prepare('SELECT 1 FROM actors WHERE id = ?').get(id) !== undefined;
    },
  };
}
