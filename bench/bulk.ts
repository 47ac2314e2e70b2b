/**
 * Writes a generated knowledge base straight into the tables, in bulk: a million
 * statements through the write service would take many minutes and leave a change log
 * of a million snapshots that no real base has. The rows are the schema's (`$inferInsert`),
 * so its keys and checks hold, and the migrations' triggers derive what they derive (the
 * search index, known_by days, issue timelines) as they do for every write.
 */
import { getTableColumns } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Connection } from '../src/db/client.js';
import * as t from '../src/db/schema.js';
import { sqliteOf } from '../src/db/client.js';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Every row of a generated knowledge base, by table, in insertion order. */
export interface BulkRows {
  sources: Row<typeof t.sources>[];
  evidenceSpans: Row<typeof t.evidenceSpans>[];
  actors: Row<typeof t.actors>[];
  actorAliases: Row<typeof t.actorAliases>[];
  actorRoles: Row<typeof t.actorRoles>[];
  issues: Row<typeof t.issues>[];
  issueAliases: Row<typeof t.issueAliases>[];
  issueLinks: Row<typeof t.issueLinks>[];
  proposals: Row<typeof t.proposals>[];
  proposalParticipants: Row<typeof t.proposalParticipants>[];
  proposalIssues: Row<typeof t.proposalIssues>[];
  proposalStatuses: Row<typeof t.proposalStatuses>[];
  statements: Row<typeof t.statements>[];
  statementIssues: Row<typeof t.statementIssues>[];
  statementProposals: Row<typeof t.statementProposals>[];
  statementActors: Row<typeof t.statementActors>[];
  dates: Row<typeof t.dates>[];
  dateActors: Row<typeof t.dateActors>[];
  dateIssues: Row<typeof t.dateIssues>[];
  contestedClaims: Row<typeof t.contestedClaims>[];
  claimVersions: Row<typeof t.claimVersions>[];
  citations: Row<typeof t.citations>[];
}

const INSERT_ORDER = [
  ['sources', t.sources],
  ['evidenceSpans', t.evidenceSpans],
  ['actors', t.actors],
  ['actorAliases', t.actorAliases],
  ['actorRoles', t.actorRoles],
  ['issues', t.issues],
  ['issueAliases', t.issueAliases],
  ['issueLinks', t.issueLinks],
  ['proposals', t.proposals],
  ['proposalParticipants', t.proposalParticipants],
  ['proposalIssues', t.proposalIssues],
  ['proposalStatuses', t.proposalStatuses],
  ['statements', t.statements],
  ['statementIssues', t.statementIssues],
  ['statementProposals', t.statementProposals],
  ['statementActors', t.statementActors],
  ['dates', t.dates],
  ['dateActors', t.dateActors],
  ['dateIssues', t.dateIssues],
  ['contestedClaims', t.contestedClaims],
  ['claimVersions', t.claimVersions],
  ['citations', t.citations],
] as const;

/** The link tables whose rows keep their place in a record's list, by the field naming the record. */
const POSITIONED: Partial<Record<keyof BulkRows, string>> = {
  proposalParticipants: 'proposalId',
  proposalIssues: 'proposalId',
  statementIssues: 'statementId',
  statementProposals: 'statementId',
  statementActors: 'statementId',
  dateActors: 'dateId',
  dateIssues: 'dateId',
};

/**
 * Writes the rows in one transaction, each record stamped as created at `at`. References
 * may point forward (a parent issue generated later), so foreign keys are checked at commit.
 */
export function writeRows(connection: Connection, rows: BulkRows, { at = new Date().toISOString() }: { at?: string } = {}): void {
  drizzle(sqliteOf(connection)).transaction((tx) => {
    sqliteOf(connection).pragma('defer_foreign_keys = ON');
    for (const [key, table] of INSERT_ORDER) {
      const columns = getTableColumns(table);
      const stamped = 'createdAt' in columns;
      let list = (stamped ? (rows[key] as object[]).map((row) => ({ ...row, createdAt: at, updatedAt: at })) : rows[key]) as Row<typeof table>[];
      // A link row's place in its record's list: the order the rows were generated in.
      const owner = POSITIONED[key];
      if (owner && 'position' in columns) {
        const counts = new Map<unknown, number>();
        list = (list as Record<string, unknown>[]).map((row) => {
          const n = (counts.get(row[owner]) ?? 0) + 1;
          counts.set(row[owner], n);
          return { ...row, position: n };
        }) as typeof list;
      }
      for (let i = 0; i < list.length; i += 200) tx.insert(table).values(list.slice(i, i + 200) as never).run();
    }
  });
}
