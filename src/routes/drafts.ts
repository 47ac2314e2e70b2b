/**
 * `POST /sources/{id}/draft`: what an article adds to the knowledge base, drafted for an
 * analyst to review (drafts/draft.ts). It writes nothing; the reviewed records are committed
 * with `POST /batch`. Drafting reads the whole article, so it runs as a costly view, on a
 * thread of its own within its time budget.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ActorInput, ConflictInput, DateInput, EvidenceInput, IssueInput, ProposalInput, StatementInput } from '../domain/inputs.js';
import { ProblemSchema, notFoundError } from '../domain/problem.js';
import { idPath } from '../domain/query.js';
import { DEFAULT_VIEW_TIMEOUT_MS, BUDGET_FACTOR } from '../views/runner.js';
import { viewErrors } from './common.js';
import { SECURITY, writeErrors } from './writes.js';

const confidence = z.number().min(0).max(1).describe('How sure the draft is, from 0 to 1: a name as printed or an explicit attribution is high, a surname, a pronoun or a title pointing back lower, a speaker carried over from the paragraph before lowest.');
const match = z.string().nullable().describe('The id of the record already in the knowledge base this is, or null for a new one.');

export const DraftSchema = z
  .object({
    source_id: z.string().describe('The source drafted.'),
    actors: z
      .array(
        z.object({
          match,
          record: ActorInput.nullable().describe('For a new actor, the body of `POST /actors` (with its id, which statements use as `speaker_id`); null for a known one.'),
          aliases: z
            .array(z.object({ name: z.string().describe('The name as printed.'), evidence: z.array(EvidenceInput).describe('Where.') }))
            .optional()
            .describe('For a known actor printed under a name it does not have yet ("Sergey Lavrov"): the aliases to add (`PATCH /actors/{id}` with its `aliases` and these). A spelling is never changed behind the analyst\'s back.'),
          confidence,
        }),
      )
      .describe('Every known actor the article names (by name, alias, surname, title and surname, the adjective of a state), and the new people it names.'),
    issues: z.array(z.object({ match, record: IssueInput.nullable().describe('Null: a known issue (new issues are not proposed).'), confidence })).describe('Every known issue the article names, by name, alias, the core of its name, or its initials spelled out.'),
    statements: z
      .array(z.object({ record: StatementInput.describe('The body of `POST /statements`.'), confidence }))
      .describe('Quotations (`direct_quote`, pieces of one quotation joined with […]) and reported speech (`paraphrase`), each with its speaker, the date and issues of its sentence, and a PLOVER type where the wording says one.'),
    dates: z.array(z.object({ record: DateInput.describe('The body of `POST /dates`.'), confidence })).describe('Every date expression, resolved against the article\'s reference date (or publication) the way the knowledge base records dates: a bare weekday is the last one, a week is its month, "in six months" a month, "next year" a year.'),
    proposals: z.array(z.object({ match, record: ProposalInput.nullable().describe('The body of `POST /proposals` for a new proposal; null for a known one.'), confidence })).describe('Proposals are not drafted yet: always empty.'),
    conflicts: z.array(z.object({ record: ConflictInput.describe('The body of `POST /conflicts`.'), confidence })).describe('Disagreements with the knowledge base proposed as contested claims, both versions with their evidence: a title printed for a known person that none of their roles holds, and a known happening (same kind, actors and issues) the article dates to another day. Spellings of known names are proposed as aliases in `actors` instead. Numbers are not compared yet.'),
  })
  .meta({ id: 'Draft', description: 'A draft of what an article adds: nothing of it is written until an analyst commits it.' });

export function registerDraft(app: FastifyInstance) {
  app.post<{ Params: { id: string } }>(
    '/sources/:id/draft',
    {
      onRequest: app.requireWriteKey,
      config: { costly: true, cache: 'no-store' },
      schema: {
        operationId: 'draftSource',
        tags: ['sources'],
        summary: 'Draft what an article adds to the knowledge base',
        description: `Reads the article of a source (create it first with \`POST /sources\`, its body verbatim and its publication date) and drafts its quotations and reported speech with their speakers, the actors and issues it names (linked to the known ones, new people proposed), its date expressions resolved, and PLOVER types where the wording supports one. Writes nothing: every \`record\` is a body the write API takes as it is, its evidence exact spans of the article with their offsets, for an analyst to review, correct and commit with \`POST /batch\` (\`npm run ingest\` does this from the command line). An empty or non-prose body gives an empty draft. Drafting a 200 KB article takes about 4 s on a two-core machine; its budget is ${BUDGET_FACTOR.draft}× \`VIEW_TIMEOUT_MS\` (${(DEFAULT_VIEW_TIMEOUT_MS * BUDGET_FACTOR.draft!) / 1000} s by default), and it runs on a view thread, so other requests are not held up.`,
        security: SECURITY,
        params: idPath('voa-2007-10-12'),
        response: {
          200: DraftSchema,
          ...viewErrors,
          401: writeErrors[401],
          403: writeErrors[403],
          404: ProblemSchema.describe('No source has this id.'),
        },
      },
    },
    async (request) => {
      const draft = await app.views.run('draft', request.params.id);
      if (!draft) throw notFoundError('source', request.params.id);
      return draft;
    },
  );
}
