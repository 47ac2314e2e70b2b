/**
 * The reads that may run off the event loop, through a ViewRunner (views/runner.ts).
 *
 * - The costly views, whose cost grows with what they are asked rather than with the
 *   page they answer: full-text search, the lists' `q` filter, an issue's positions and
 *   timeline, the change log. On a database file they run on worker threads, so that
 *   however long they take, the event loop stays free for everything else.
 * - Records by id and lists (`app.reads`), written as readings (repositories/reading.ts).
 *   SQLite answers them in microseconds on the event loop; PostgreSQL over a socket, each
 *   query by a promise on a connection of the read pool (views/runner.ts), so the event
 *   loop takes other requests while the server works.
 *
 * The threads, the inline runner and the read pool call the same functions, made here from
 * the same repositories.
 */
import type { Connection } from '../db/client.js';
import { createActorRepository } from '../repositories/actors.js';
import { createChangeRepository } from '../repositories/changes.js';
import { createConflictRepository } from '../repositories/conflicts.js';
import { createDateRepository } from '../repositories/dates.js';
import { createEvidenceRepository } from '../repositories/evidence.js';
import { createIssueRepository } from '../repositories/issues.js';
import { createNameResolver } from '../repositories/names.js';
import { createPositionRepository } from '../repositories/positions.js';
import { createProposalRepository } from '../repositories/proposals.js';
import { createSearchRepository } from '../repositories/search.js';
import { createSourceRepository } from '../repositories/sources.js';
import { createStatementRepository } from '../repositories/statements.js';
import { createTimelineRepository } from '../repositories/timeline.js';
import { type Reading, needsSnapshot, readNow, rowsOf } from '../repositories/reading.js';
import { statementCache } from '../repositories/sql.js';

/**
 * The reads of records and lists (`app.reads`), written once as readings
 * (repositories/reading.ts): answered at once on SQLite; on a PostgreSQL server by promises,
 * on the read pool's connections on the event loop (views/runner.ts), or on a view thread's own
 * client (views/worker.ts) for a list's `q` and search.
 */
export function createReadings(connection: Connection) {
  const statements = createStatementRepository(connection);
  const sources = createSourceRepository(connection);
  const actors = createActorRepository(connection);
  const issues = createIssueRepository(connection);
  const proposals = createProposalRepository(connection);
  const dates = createDateRepository(connection);
  const conflicts = createConflictRepository(connection);
  const evidence = createEvidenceRepository(connection);
  return {
    listStatements: statements.listStatements,
    findStatement: statements.findStatement,
    listSources: sources.listSources,
    findSource: sources.findSource,
    listActors: actors.listActors,
    findActor: actors.findActor,
    listIssues: issues.listIssues,
    findIssue: issues.findIssue,
    listProposals: proposals.listProposals,
    findProposal: proposals.findProposal,
    listDates: dates.listDates,
    findDate: dates.findDate,
    listConflicts: conflicts.listConflicts,
    findConflict: conflicts.findConflict,
    listEvidence: evidence.listEvidence,
    findEvidence: evidence.findEvidence,
    /** An issue's id and name (the positions of an issue). */
    issueRef: issues.issueRef,
    /** Whether the database answers a query (`/health`). */
    *ping(): Reading<boolean> {
      try {
        yield* rowsOf('SELECT 1', []);
        return true;
      } catch {
        return false;
      }
    },
    /** What an id filter's value means: an id, a record's name or alias, or nothing (repositories/names.ts). */
    resolveName: createNameResolver(connection).resolve,
    /** Full-text search: a costly view (app.views), on a view thread like the others. */
    search: createSearchRepository(connection).search,
  };
}

export type Readings = ReturnType<typeof createReadings>;
export type ReadingName = keyof Readings;

/** The readings, each run to its answer at once on `connection`. */
type Answered<R> = { [K in keyof R]: R[K] extends (...args: infer A) => Reading<infer T> ? (...args: A) => T : never };

/** The views on `connection`, its readings (`readings`, made here unless given) each answered at once. */
export function createViews(connection: Connection, readings: Readings = createReadings(connection)) {
  const changes = createChangeRepository(connection);
  const prepare = statementCache(connection);
  const answered = Object.fromEntries(
    Object.entries(readings).map(([name, reading]) => {
      const read = reading as (...a: unknown[]) => Reading<unknown>;
      return [name, needsSnapshot(read) ? (...args: unknown[]) => connection.snapshot(() => readNow(prepare, read(...args))) : (...args: unknown[]) => readNow(prepare, read(...args))];
    }),
  ) as Answered<Readings>;
  return {
    ...answered,
    positions: createPositionRepository(connection).positions,
    timeline: createTimelineRepository(connection).timeline,
    listChanges: changes.listChanges,
    findChange: changes.findChange,
    // Drafting needs compromise and chrono-node, which take a while to load: only when first asked for.
    draft: async (sourceId: string) => (await import('../drafts/draft.js')).draftSource(connection, sourceId),
  };
}

export type Views = ReturnType<typeof createViews>;
export type ViewName = keyof Views;
