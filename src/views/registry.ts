/**
 * The reads whose cost grows with what they are asked rather than with the page they
 * answer: full-text search, the lists' `q` filter, an issue's positions and timeline,
 * and the change log. They run through a ViewRunner (views/runner.ts), on worker
 * threads when the database is a file, so that however long they take, the event
 * loop stays free for everything else. Both the threads and the inline runner call
 * the same functions, made here from the same repositories.
 */
import type { Connection } from '../db/client.js';
import { createActorRepository } from '../repositories/actors.js';
import { createChangeRepository } from '../repositories/changes.js';
import { createDateRepository } from '../repositories/dates.js';
import { createIssueRepository } from '../repositories/issues.js';
import { createPositionRepository } from '../repositories/positions.js';
import { createProposalRepository } from '../repositories/proposals.js';
import { createSearchRepository } from '../repositories/search.js';
import { createSourceRepository } from '../repositories/sources.js';
import { createStatementRepository } from '../repositories/statements.js';
import { createTimelineRepository } from '../repositories/timeline.js';

export function createViews(connection: Connection) {
  const changes = createChangeRepository(connection);
  return {
    search: createSearchRepository(connection).search,
    positions: createPositionRepository(connection).positions,
    timeline: createTimelineRepository(connection).timeline,
    listChanges: changes.listChanges,
    findChange: changes.findChange,
    listStatements: createStatementRepository(connection).listStatements,
    listSources: createSourceRepository(connection).listSources,
    listActors: createActorRepository(connection).listActors,
    listIssues: createIssueRepository(connection).listIssues,
    listProposals: createProposalRepository(connection).listProposals,
    listDates: createDateRepository(connection).listDates,
    // Drafting needs compromise and chrono-node, which take a while to load: only when first asked for.
    draft: async (sourceId: string) => (await import('../drafts/draft.js')).draftSource(connection, sourceId),
  };
}

export type Views = ReturnType<typeof createViews>;
export type ViewName = keyof Views;
