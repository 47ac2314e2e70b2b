/** The negotiation views: the merged timeline and each actor's position on an issue. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkedRange, cursor, from, idPath, limit, oneIdFilter, textQuery, to, wholeNumber } from '../domain/query.js';
import { ActorRef, DateValue, IssueRef, pageOf } from '../domain/schemas.js';
import { PRECISIONS, dateBounds, precisionOf } from '../domain/dates.js';
import { cursorScope } from '../domain/cursor.js';
import { asBody } from '../domain/json.js';
import { STANCES, STATEMENT_KINDS } from '../domain/vocabulary.js';
import {
  DEFAULT_POSITIONS_PAGE,
  DEFAULT_POSITION_STATEMENTS,
  MAX_POSITION_STATEMENTS,
  POSITIONS_PAGE_TEXT_BYTES,
} from '../repositories/positions.js';
import { TIMELINE_TYPES } from '../repositories/timeline.js';
import { ProblemSchema, notFoundError } from '../domain/problem.js';
import { listResolved, viewErrors } from './common.js';

const TimelineEntry = z
  .object({
    type: z.enum(TIMELINE_TYPES).describe('A dated happening (`date`), something said (`statement`), or a proposal entering a status (`status_change`).'),
    id: z.string().describe('The entry\'s id: the date\'s or statement\'s id, or `<proposal_id>@<n>` for the n-th status of a proposal.'),
    date: DateValue,
    precision: z.enum(PRECISIONS).describe('The precision of `date`, repeated for convenience: entries of month or year precision are placed at the start of their interval.'),
    title: z.string().describe('What happened: the label, the speaker and words, or the proposal and its new status.'),
    detail: z.string().nullable().describe('The location, venue or curator\'s note, when there is one.'),
    record: z
      .object({ type: z.enum(['date', 'statement', 'proposal']).describe('The collection of the full record.'), id: z.string().describe('Its id.') })
      .describe('Where to read the full record.'),
    undated: z
      .boolean()
      .describe('True for a statement the articles do not date: it stands on the last day it can have been said (its `known_by`: the day the earliest article reporting it was written), and `date.basis` says so.'),
  })
  .meta({ id: 'TimelineEntry', description: 'One entry of the merged timeline.' });

/** The bound on a page of positions' statement text, as the docs say it. */
const TEXT_BYTES = `${POSITIONS_PAGE_TEXT_BYTES.toLocaleString('en-US')} bytes of UTF-8 (${POSITIONS_PAGE_TEXT_BYTES / 1024} KiB)`;

const PositionStatement = z.object({
  id: z.string().describe('The statement\'s id.'),
  kind: z.enum(STATEMENT_KINDS).describe('A direct quotation or a paraphrase.'),
  text: z.string().describe('What was said.'),
  stance: z.enum(STANCES).describe('Its stance toward the issue.'),
  date: DateValue.nullable().describe('When it was said, if known.'),
  known_by: z.string().describe('The day by which it had certainly been said: the end of its date\'s interval, or for an undated statement the earliest publication that reports it.'),
});

const Positions = z
  .object({
    issue: IssueRef,
    as_of: z.string().nullable().describe('The day the positions are given for (the end of `as_of`\'s interval); null for the latest.'),
    positions: z
      .array(
        z.object({
          actor: ActorRef,
          stance: z.enum(STANCES).describe('The stance of the actor\'s latest statement on the issue by `as_of`.'),
          since: z.string().describe('When the current stance began: the `known_by` day of the first statement of its unbroken run (the statements since the latest one with another stance).'),
          statement_count: z.number().int().describe('How many of the actor\'s statements on the issue count by `as_of`.'),
          statements: z
            .array(PositionStatement)
            .describe(
              `The latest \`statements\` of them (${DEFAULT_POSITION_STATEMENTS} unless asked, at most ${MAX_POSITION_STATEMENTS}), oldest first. All of them: \`GET /statements?issue={issue}&speaker={actor}\` (with \`to\` for \`as_of\`).`,
            ),
        }),
      )
      .describe(
        `One entry per actor who spoke on the issue, ordered by actor id: a page of at most \`limit\` of them, fewer when the text of their statements would pass ${TEXT_BYTES}; always at least one, whatever its size.`,
      ),
    next_cursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page of actors, which starts after the last actor of this one (a page may end before `limit` actors, so page on while it is set); null on the last page.'),
  })
  .meta({ id: 'Positions', description: 'Where each actor stood on an issue.' });

/** Both views read as much as their issue tree or speakers hold: costly reads, run as views (views/runner.ts). */
const timelineFilters = {
  issue: oneIdFilter('issues', 'Only entries about this issue id or any issue nested under it.', 'cfe-treaty'),
  actor: oneIdFilter('actors', 'Only entries involving this actor id: as participant, speaker, addressee, or mentioned.', 'vladimir-putin'),
};

export const viewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/timeline',
    {
      config: { costly: true },
      schema: {
        operationId: 'getTimeline',
        tags: ['views'],
        summary: 'The negotiation in chronological order',
        description:
          'Dates, dated statements and dated proposal status changes merged into one stream, ordered by the start of each entry\'s date interval (then type and id). Each entry says its precision. A statement the articles do not date stands on the last day it can have been said, the day the earliest article reporting it was written (`undated` says so); an undated status change is left out.',
        querystring: checkedRange(z.object({
          ...timelineFilters,
          type: z.enum(TIMELINE_TYPES).optional().describe('Only entries of this type.'),
          q: textQuery('the entry\'s record: the date\'s label and place, the statement\'s text and venue, or the title and summary of the proposal whose status changed'),
          from,
          to,
          limit,
          cursor,
        })),
        response: { 200: pageOf(TimelineEntry, 'TimelinePage'), ...viewErrors },
      },
    },
    async (request) => {
      const { limit, cursor, ...given } = request.query;
      return listResolved(app, timelineFilters, given, (filters, scope) => app.views.run('timeline', filters, { limit, cursor, scope }));
    },
  );

  app.get(
    '/issues/:id/positions',
    {
      config: { costly: true },
      schema: {
        operationId: 'getIssuePositions',
        tags: ['views', 'issues'],
        summary: 'Where each actor stood on an issue',
        description:
          `For every actor who spoke on the issue (a page of actors at a time, by id), the stance of their latest statement, how many statements they made, and the latest \`statements\` of them (${DEFAULT_POSITION_STATEMENTS} unless asked, 0–${MAX_POSITION_STATEMENTS}). A page holds at most \`limit\` actors (${DEFAULT_POSITIONS_PAGE} unless asked, 1–100), and fewer when adding the next actor would take the text of the page's statements past ${TEXT_BYTES}: it always holds at least one actor, and \`next_cursor\` continues after the last actor it holds. With \`as_of\`, only statements certainly made by the end of that day (or month, or year) count, so the answer is where things stood then.`,
        params: idPath('missile-defense'),
        querystring: z.object({
          as_of: z
            .string()
            .refine((v) => precisionOf(v) !== null, 'must be an ISO 8601 date or prefix: YYYY, YYYY-MM or YYYY-MM-DD')
            .optional()
            .meta({ description: 'A day (`2007-10-13`), month or year; positions as they stood at its end.', examples: ['2007-10-13'] }),
          statements: wholeNumber(0, MAX_POSITION_STATEMENTS)
            .default(DEFAULT_POSITION_STATEMENTS)
            .describe(`How many of each actor's latest statements to list, 0–${MAX_POSITION_STATEMENTS}; ${DEFAULT_POSITION_STATEMENTS} unless asked. With 0, a position still gives the stance, \`since\` and \`statement_count\`.`),
          limit: limit
            .unwrap()
            .default(DEFAULT_POSITIONS_PAGE)
            .describe(`How many actors a page lists at most, 1–100; ${DEFAULT_POSITIONS_PAGE} unless asked. A page ends sooner when the next actor's statements would take its text past ${TEXT_BYTES}.`),
          cursor,
        }),
        response: { 200: Positions, ...viewErrors, 404: ProblemSchema.describe('No issue has this id.') },
      },
    },
    async (request) => {
      const issue = await app.reads.run('issueRef', request.params.id);
      if (!issue) throw notFoundError('issue', request.params.id);
      const { as_of, limit, cursor, statements } = request.query;
      const asOf = as_of ? dateBounds(as_of, precisionOf(as_of)!).end : undefined;
      return asBody(await app.views.run('positions', { id: issue.id, name: issue.name }, asOf, { limit, cursor, statements, scope: cursorScope({ issue: issue.id, as_of, statements }) }));
    },
  );
};
