import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Issue } from '../domain/schemas.js';
import type { IssueLinkKind } from '../domain/vocabulary.js';
import { groupBy, repositoryBase, textFilter } from './common.js';
import { Keyset, Where } from './sql.js';

export type IssueOut = z.infer<typeof Issue>;
export const ISSUE_INCLUDES = ['parent', 'children', 'aliases', 'links', 'evidence'] as const;
export type IssueInclude = (typeof ISSUE_INCLUDES)[number];

interface IssueRow {
  version: number;
  created_at: string | null;
  updated_at: string | null;
  id: string;
  name: string;
  description: string | null;
  parent_id: string | null;
}

const KEYSET = new Keyset('issues', [{ sql: 'i.id', type: 'text', read: (r: IssueRow) => r.id }]);
const COLUMNS = 'i.id, i.name, i.description, i.parent_id, i.version, i.created_at, i.updated_at';

export interface IssueFilters {
  parent?: string;
  q?: string;
}

export function createIssueRepository(connection: Connection) {
  const base = repositoryBase(connection);
  const refs = (ids: string[]) =>
    new Map(base.byIds<{ id: string; name: string }>('SELECT id, name FROM issues WHERE id IN IN_LIST', [...new Set(ids)]).map((r) => [r.id, r]));

  function embed(rows: IssueRow[], include: Set<IssueInclude>): IssueOut[] {
    const ids = rows.map((r) => r.id);
    const parents = include.has('parent') ? refs(rows.map((r) => r.parent_id).filter((p): p is string => p !== null)) : undefined;
    const children = include.has('children')
      ? groupBy(base.byIds<{ id: string; name: string; parent_id: string }>('SELECT id, name, parent_id FROM issues WHERE parent_id IN IN_LIST ORDER BY id', ids), (r) => r.parent_id)
      : undefined;
    let aliases: Map<string, IssueOut['aliases'] & {}> | undefined;
    if (include.has('aliases')) {
      const list = base.byIds<{ id: number; issue_id: string; name: string; note: string | null }>('SELECT id, issue_id, name, note FROM issue_aliases WHERE issue_id IN IN_LIST ORDER BY id', ids);
      const evidence = base.evidenceFor('issue_alias', list.map((a) => a.id));
      aliases = new Map([...groupBy(list, (a) => a.issue_id)].map(([k, v]) => [k, v.map((a) => ({ name: a.name, note: a.note, evidence: evidence.get(a.id) ?? [] }))]));
    }
    let links: Map<string, IssueOut['links'] & {}> | undefined;
    if (include.has('links')) {
      type LinkRow = { id: number; from_issue_id: string; to_issue_id: string; kind: IssueLinkKind; note: string | null };
      const list = [
        ...base.byIds<LinkRow>('SELECT id, from_issue_id, to_issue_id, kind, note FROM issue_links WHERE from_issue_id IN IN_LIST', ids),
        ...base.byIds<LinkRow>('SELECT id, from_issue_id, to_issue_id, kind, note FROM issue_links WHERE to_issue_id IN IN_LIST', ids),
      ].sort((a, b) => a.id - b.id);
      const evidence = base.evidenceFor('issue_link', [...new Set(list.map((l) => l.id))]);
      const names = refs(list.flatMap((l) => [l.from_issue_id, l.to_issue_id]));
      links = new Map();
      for (const id of ids) {
        const mine = list.filter((l) => l.from_issue_id === id || l.to_issue_id === id);
        links.set(
          id,
          mine.map((l) => {
            const outgoing = l.from_issue_id === id;
            return { kind: l.kind, direction: outgoing ? ('outgoing' as const) : ('incoming' as const), issue: names.get(outgoing ? l.to_issue_id : l.from_issue_id)!, note: l.note, evidence: evidence.get(l.id) ?? [] };
          }),
        );
      }
    }
    const evidence = include.has('evidence') ? base.evidenceFor('issue', ids) : undefined;
    return rows.map((r) => ({
      ...r,
      ...(parents ? { parent: r.parent_id ? (parents.get(r.parent_id) ?? null) : null } : {}),
      ...(children ? { children: (children.get(r.id) ?? []).map(({ id, name }) => ({ id, name })) } : {}),
      ...(aliases ? { aliases: aliases.get(r.id) ?? [] } : {}),
      ...(links ? { links: links.get(r.id) ?? [] } : {}),
      ...(evidence ? { evidence: evidence.get(r.id) ?? [] } : {}),
    }));
  }

  return base.reads({
    listIssues(filters: IssueFilters, options: { limit: number; cursor?: string; include: Set<IssueInclude> }) {
      const where = new Where()
        .when(filters.parent, (p) => (p === 'none' ? ['i.parent_id IS NULL'] : ['i.parent_id = ?', p]));
      textFilter(where, 'i.id', 'issue', filters.q);
      return base.page<IssueRow, IssueOut>({ select: `SELECT ${COLUMNS} FROM issues i`, where, keyset: KEYSET, ...options }, (rows) => embed(rows, options.include));
    },

    findIssue(id: string, include: Set<IssueInclude>): IssueOut | undefined {
      const row = base.prepare(`SELECT ${COLUMNS} FROM issues i WHERE i.id = ?`).get(id) as IssueRow | undefined;
      return row ? embed([row], include)[0] : undefined;
    },

    issueRef(id: string): { id: string; name: string; description: string | null } | undefined {
      return base.prepare('SELECT id, name, description FROM issues WHERE id = ?').get(id) as { id: string; name: string; description: string | null } | undefined;
    },
  });
}
