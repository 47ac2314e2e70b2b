import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Issue } from '../domain/schemas.js';
import type { JsonText } from '../domain/json.js';
import { evidenceJson, issueRefJson, recordJson, repositoryBase, textFilter } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, raw, sql } from './sql.js';
import { type Reading, rowsOf } from './reading.js';

export type IssueOut = z.infer<typeof Issue>;
export const ISSUE_INCLUDES = ['parent', 'children', 'aliases', 'links', 'evidence'] as const;
export type IssueInclude = (typeof ISSUE_INCLUDES)[number];

const KEYSET = new Keyset('issues', [{ sql: 'i.id', type: 'text', key: 'id' }]);

/** The issue at the other end of link `l` from issue `i`. */
const OTHER_END = 'CASE WHEN l.from_issue_id = i.id THEN l.to_issue_id ELSE l.from_issue_id END';

/** An issue `i` as JSON, in SQL: its fields in the schema's order, then the relations asked for. */
const issueJson = recordJson<IssueInclude>(
  `'id', i.id, 'name', i.name, 'description', i.description, 'parent_id', i.parent_id, 'version', i.version, 'created_at', i.created_at, 'updated_at', i.updated_at`,
  {
    parent: `(SELECT ${issueRefJson('o')} FROM issues o WHERE o.id = i.parent_id)`,
    children: `(SELECT json_group_array(${issueRefJson('o')} ORDER BY o.id) FROM issues o WHERE o.parent_id = i.id)`,
    aliases: `(SELECT json_group_array(json_object('name', x.name, 'note', x.note, 'evidence', ${evidenceJson('issue_alias', 'x.id')}) ORDER BY x.id)
      FROM issue_aliases x WHERE x.issue_id = i.id)`,
    links: `(SELECT json_group_array(json_object('kind', l.kind, 'direction', CASE WHEN l.from_issue_id = i.id THEN 'outgoing' ELSE 'incoming' END,
      'issue', (SELECT ${issueRefJson('o')} FROM issues o WHERE o.id = ${OTHER_END}), 'note', l.note, 'evidence', ${evidenceJson('issue_link', 'l.id')})
      ORDER BY l.from_issue_id <> i.id, l.from_issue_id, l.id)
      FROM issue_links l WHERE l.from_issue_id = i.id OR l.to_issue_id = i.id)`,
    evidence: evidenceJson('issue', 'i.id'),
  },
  ISSUE_INCLUDES,
);

export interface IssueFilters {
  parent?: string;
  q?: string;
}

/** The list's query for one value of each filter. */
const issueQuery = (include: Set<IssueInclude>) => (f: IssueFilters): ListQuery => {
  const where = new Where().when(f.parent, (p) => (p === 'none' ? sql`i.parent_id IS NULL` : sql`i.parent_id = ${p}`));
  textFilter(where, 'i.id', 'issue', f.q);
  return { select: `SELECT i.id, ${issueJson(include)} AS json FROM issues i`, where, keyset: KEYSET };
};

export function createIssueRepository(connection: Connection) {
  const base = repositoryBase(connection);
  return {
    listIssues(filters: AnyOf<IssueFilters>, options: { limit: number; cursor?: string; scope?: string; include: Set<IssueInclude> }) {
      return base.anyOfPage<IssueOut, IssueFilters>(filters, issueQuery(options.include), options);
    },

    /** Every record the filters select, in list order: an export's query. */
    selectIssues(filters: AnyOf<IssueFilters>, include: Set<IssueInclude>) {
      return base.anyOfQuery(filters, issueQuery(include));
    },

    findIssue(id: string, include: Set<IssueInclude>): Reading<JsonText<IssueOut> | undefined> {
      return base.jsonRecord(`SELECT ${issueJson(include)} AS json, i.version FROM issues i WHERE i.id = ?`, id);
    },

    *issueRef(id: string): Reading<{ id: string; name: string; description: string | null } | undefined> {
      const [issue] = yield* rowsOf<{ id: string; name: string; description: string | null }>('SELECT id, name, description FROM issues WHERE id = ?', [id]);
      return issue;
    },
  };
}
