/** Real records, shown as examples in the docs; a test checks each still matches what the API answers. */

/** When the examples' knowledge base was loaded: a seeded record's created_at is the time it entered the database. */
const LOADED_AT = '2026-11-29T09:00:00.000Z';
export const EXAMPLES = {
  evidence: {
    id: 'xinhua-2007-10-14:1257-1425',
    source_id: 'xinhua-2007-10-14',
    start: 1257,
    end: 1425,
    exact: "At a press conference after Friday's talks, Russian Foreign\nMinister Sergei Lavrov said Moscow had urged the US to freeze the\nplan during consultations between experts.",
  },
  date: { value: '2007-10-12', precision: 'day', text: "Friday's talks", basis: 'The Friday before the publication date of xinhua-2007-10-14 (a Sunday).' },
  actor: { id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', affiliation_id: 'russia', description: 'Foreign Minister of Russia.', version: 1, created_at: LOADED_AT, updated_at: LOADED_AT },
} as const;
const EXAMPLE_STATEMENT = {
  id: 'lavrov-urged-freeze',
  speaker_id: 'sergei-lavrov',
  speaker_label: 'Russian Foreign Minister Sergei Lavrov',
  kind: 'paraphrase',
  text: 'Moscow urged the U.S. to freeze the missile defense plan during consultations between experts.',
  date: EXAMPLES.date,
  known_by: '2007-10-12',
  known_by_source: null,
  venue: 'Press conference after the talks',
  plover_type: 'REQUEST',
  responds_to_id: null,
  note: null,
  version: 1,
  created_at: LOADED_AT,
  updated_at: LOADED_AT,
  evidence: [EXAMPLES.evidence],
} as const;
const EXAMPLE_CONFLICT = {
  id: 'start-1-expiry-year',
  subject: { type: 'issue', id: 'start-1' },
  property: 'expiry year',
  summary: 'The year START(-1) expires: 2009 or 2012.',
  kind: 'between_sources',
  note: null,
  version: 1,
  created_at: LOADED_AT,
  updated_at: LOADED_AT,
  versions: [
    {
      value: '2009',
      date: { value: '2009', precision: 'year', text: 'expires in 2009', basis: null },
      note: null,
      evidence: [{ id: 'voa-2007-10-12:2699-2778', source_id: 'voa-2007-10-12', start: 2699, end: 2778, exact: 'the START Treaty, an agreement to limit strategic missiles that expires in 2009' }],
    },
    {
      value: '2012',
      date: { value: '2012', precision: 'year', text: 'expires in 2012', basis: null },
      note: null,
      evidence: [{ id: 'xinhua-2007-10-14:440-503', source_id: 'xinhua-2007-10-14', start: 440, end: 503, exact: 'after START-1 (Strategic Arms\nReduction Treaty) expires in 2012' }],
    },
  ],
} as const;
export const EXAMPLE_RECORDS = { statement: EXAMPLE_STATEMENT, conflict: EXAMPLE_CONFLICT, actor: EXAMPLES.actor };

/**
 * The shapes the API answers with. Each reused shape is named with `.meta({ id })`
 * so the OpenAPI document refers to one component instead of repeating it.
 */
import { z } from 'zod';
import { PRECISIONS } from './dates.js';
import { ACTOR_KINDS, CLAIM_SUBJECT_TYPES, DATE_KINDS, ISSUE_LINK_KINDS, PARTICIPANT_ROLES, PLOVER_TYPES, PROPOSAL_KINDS, PROPOSAL_STATUSES, STANCES, STATEMENT_ACTOR_ROLES, STATEMENT_KINDS, CLAIM_KINDS } from './vocabulary.js';

export const DateValue = z
  .object({
    value: z.string().describe('ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`.'),
    precision: z.enum(PRECISIONS).describe('How much of the value is known.'),
    text: z.string().nullable().describe('The wording as printed ("on Friday", "two weeks ago"); null when the date comes from context.'),
    basis: z.string().nullable().describe('How the value was reached: the publication date a relative expression was counted from, or the inference made.'),
  })
  .meta({ id: 'DateValue', examples: [EXAMPLES.date], description: 'A date as printed, with its precision and how it was resolved. It covers the whole interval its precision implies.' });

export const Evidence = z
  .object({
    id: z.string().describe('The span\'s id: `<source_id>:<start>-<end>`.'),
    source_id: z.string().describe('The source article the span lies in.'),
    start: z.number().int().describe('Offset of the first character, counted in UTF-16 code units into the source body.'),
    end: z.number().int().describe('Offset just past the last character.'),
    exact: z.string().describe('The text at those offsets, exactly as printed (`source.body.slice(start, end)`).'),
  })
  .meta({ id: 'Evidence', examples: [EXAMPLES.evidence], description: 'A span of a source article that supports a fact.' });

const evidence = z.array(Evidence).describe('The spans of the sources that support this fact.');

/** Fields every record carries for writes: its version (the ETag) and when it was created and last changed. */
const recordMeta = {
  version: z.number().int().describe('Grows by one with every change; the record\'s ETag starts with it, and PATCH and DELETE must send it back in If-Match.'),
  created_at: z.string().nullable().describe('When the record was created through the API (ISO 8601); null for records from the seed.'),
  updated_at: z.string().nullable().describe('When it last changed through the API; null for records from the seed.'),
};

export const EvidenceRecord = Evidence.extend(recordMeta).meta({ id: 'EvidenceRecord', description: 'An evidence span as a record of its own.' });
const note = z.string().nullable().describe('A curator\'s note: inferences, caveats, cross-references.');

export const ActorRef = z
  .object({
    id: z.string().describe('The actor\'s id.'),
    name: z.string().describe('The actor\'s name.'),
    kind: z.enum(ACTOR_KINDS).describe('Person, state, organization, group, or unnamed speaker.'),
  })
  .meta({ id: 'ActorRef', description: 'An actor, named.' });

export const IssueRef = z
  .object({ id: z.string().describe('The issue\'s id.'), name: z.string().describe('The issue\'s name.') })
  .meta({ id: 'IssueRef', description: 'An issue, named.' });

export const Source = z
  .object({
    id: z.string().describe('Readable id: outlet and date, e.g. `xinhua-2007-10-14`.'),
    title: z.string().nullable().describe('The headline as printed; null when none is printed.'),
    outlet: z.string().nullable().describe('The publication; null when not printed.'),
    author: z.string().nullable().describe('The byline as printed; null when none.'),
    url: z.string().nullable().describe('The article\'s URL when printed.'),
    published: DateValue.nullable().describe('Publication date; inferred when not printed (see `basis`), null when unknown.'),
    reference_date: DateValue.nullable().describe('The date the article\'s relative expressions ("last week", "Monday") are counted from, when that is not its dateline, with the reasoning in `basis`: an article reposted under a later date, a text written days before it was stamped. Null when they count from `published`.'),
    notes: note,
    ...recordMeta,
    body: z.string().optional().describe('The article verbatim. Included on a single source, or with `include=body`.'),
    evidence: z.array(Evidence).optional().describe('Every evidence span cited from this source (with `include=evidence`).'),
  })
  .meta({ id: 'Source', description: 'A source article.' });

const Alias = z.object({
  name: z.string().describe('The name as printed, misprints included.'),
  note,
  evidence,
});

export const Actor = z
  .object({
    id: z.string().describe('Readable id, e.g. `sergei-lavrov`.'),
    name: z.string().describe('The name the knowledge base uses.'),
    kind: z.enum(ACTOR_KINDS).describe('Person, state, organization, group, or unnamed speaker.'),
    affiliation_id: z.string().nullable().describe('The state or body the actor belongs to.'),
    description: z.string().nullable().describe('Who the actor is, in a sentence.'),
    ...recordMeta,
    affiliation: ActorRef.nullable().optional().describe('The affiliation, embedded (with `include=affiliation`).'),
    aliases: z.array(Alias).optional().describe('Names as printed in the sources (with `include=aliases`).'),
    roles: z
      .array(
        z.object({
          title: z.string().describe('The title as printed.'),
          organization_id: z.string().nullable().describe('The body the role is held in.'),
          date: DateValue.nullable().describe('When the role is held, if stated.'),
          note,
          evidence,
        }),
      )
      .optional()
      .describe('Titles and positions (with `include=roles`).'),
    evidence: evidence.optional().describe('Spans that mention the actor (with `include=evidence`).'),
  })
  .meta({ id: 'Actor', examples: [EXAMPLES.actor], description: 'A person, state, organization, group or unnamed speaker.' });

export const IssueLink = z
  .object({
    kind: z.enum(ISSUE_LINK_KINDS).describe('How the issues are tied.'),
    direction: z.enum(['outgoing', 'incoming']).describe('Whether this issue is the link\'s `from` (outgoing) or `to` (incoming) side.'),
    issue: IssueRef.describe('The issue at the other end.'),
    note,
    evidence,
  })
  .meta({ id: 'IssueLink', description: 'A typed link from or to another issue.' });

export const Issue = z
  .object({
    id: z.string().describe('Readable id, e.g. `cfe-treaty`.'),
    name: z.string().describe('The issue\'s name.'),
    description: z.string().nullable().describe('What the issue is and what a stance toward it means.'),
    parent_id: z.string().nullable().describe('The broader issue this one is part of.'),
    ...recordMeta,
    parent: IssueRef.nullable().optional().describe('The parent, embedded (with `include=parent`).'),
    children: z.array(IssueRef).optional().describe('Narrower issues (with `include=children`).'),
    aliases: z.array(Alias).optional().describe('Names as printed (with `include=aliases`).'),
    links: z.array(IssueLink).optional().describe('Links to other issues (with `include=links`): its own (outgoing) first, in the order they were written, then those of other issues to it (incoming), by those issues\' ids.'),
    evidence: evidence.optional().describe('Spans that state the issue (with `include=evidence`).'),
  })
  .meta({ id: 'Issue', description: 'A subject of negotiation.' });

export const StatusEntry = z
  .object({
    status: z.enum(PROPOSAL_STATUSES).describe('The status the proposal entered.'),
    date: DateValue.nullable().describe('When, if the sources say.'),
    actor_id: z.string().nullable().describe('Who moved the proposal into this status.'),
    note,
    evidence,
  })
  .meta({ id: 'StatusEntry', description: 'One entry of a proposal\'s status history.' });

export const Proposal = z
  .object({
    id: z.string().describe('Readable id.'),
    title: z.string().describe('A short title.'),
    kind: z.enum(PROPOSAL_KINDS).describe('Offer, demand, request or agreement.'),
    summary: z.string().describe('What was proposed.'),
    parent_id: z.string().nullable().describe('The larger proposal this one is an element of.'),
    status: z.enum(PROPOSAL_STATUSES).describe('Current status: the latest history entry\'s.'),
    ...recordMeta,
    participants: z
      .array(z.object({ actor: ActorRef, role: z.enum(PARTICIPANT_ROLES).describe('The actor\'s part in the proposal.') }))
      .optional()
      .describe('Who proposed it, to whom, who presented, endorsed or was briefed (with `include=participants`).'),
    issues: z.array(IssueRef).optional().describe('What it is about (with `include=issues`).'),
    history: z.array(StatusEntry).optional().describe('Status history, oldest first (with `include=history`).'),
    statements: z
      .array(z.object({ id: z.string().describe('The statement\'s id.'), speaker_id: z.string().nullable().describe('Who said it.'), text: z.string().describe('What was said.'), date: DateValue.nullable().describe('When.'), stance: z.enum(STANCES).describe('The statement\'s stance toward this proposal.') }))
      .optional()
      .describe('Statements about or in response to it (with `include=statements`).'),
    evidence: evidence.optional().describe('Spans that state the proposal (with `include=evidence`).'),
  })
  .meta({ id: 'Proposal', description: 'An offer, demand, request or agreement.' });

export const Statement = z
  .object({
    id: z.string().describe('Readable id.'),
    speaker_id: z.string().nullable().describe('The speaker, when known as an actor.'),
    speaker_label: z.string().nullable().describe('The speaker as printed ("a senior U.S. official").'),
    kind: z.enum(STATEMENT_KINDS).describe('A direct quotation or a paraphrase.'),
    text: z.string().describe('What was said. Parts of a quotation interrupted by its attribution are joined by ` […] `.'),
    date: DateValue.nullable().describe('When it was said; null when the sources do not say.'),
    known_by: z
      .string()
      .nullable()
      .describe('The last day it can have been said (`YYYY-MM-DD`): the last day of `date`, or, when the articles do not date it, the day the earliest article reporting it (`known_by_source`) was written: its `reference_date` when it has one, else its publication. Undated statements stand at this day in the lists, the date filters, the timeline and `as_of`. Null only when no article reporting it is dated.'),
    known_by_source: z
      .string()
      .nullable()
      .describe('For a statement the articles do not date: the earliest article reporting it, whose day `known_by` is. Null when `date` is given.'),
    venue: z.string().nullable().describe('Where it was said (news conference, interview…).'),
    plover_type: z.enum(PLOVER_TYPES).nullable().describe('The PLOVER event type.'),
    responds_to_id: z.string().nullable().describe('The statement this one answers.'),
    note,
    ...recordMeta,
    speaker: ActorRef.nullable().optional().describe('The speaker, embedded (with `include=speaker`).'),
    issues: z.array(IssueRef.extend({ stance: z.enum(STANCES).describe('Stance toward the issue.') })).optional().describe('Issues it is about, with its stance (with `include=issues`).'),
    proposals: z
      .array(z.object({ id: z.string().describe('The proposal\'s id.'), title: z.string().describe('Its title.'), stance: z.enum(STANCES).describe('Stance toward the proposal.') }))
      .optional()
      .describe('Proposals it is about, with its stance (with `include=proposals`).'),
    actors: z.array(ActorRef.extend({ role: z.enum(STATEMENT_ACTOR_ROLES).describe('Addressed, or mentioned.') })).optional().describe('Actors it addresses or mentions (with `include=actors`).'),
    evidence: evidence.optional().describe('Spans that report it (with `include=evidence`).'),
  })
  .meta({ id: 'Statement', examples: [EXAMPLE_STATEMENT], description: 'Something an actor said: a quotation or an attributed paraphrase.' });

export const DateRecord = z
  .object({
    id: z.string().describe('Readable id.'),
    kind: z.enum(DATE_KINDS).describe('What kind of happening or deadline.'),
    label: z.string().describe('What happened or falls due.'),
    date: DateValue.describe('When.'),
    location: z.string().nullable().describe('Where, if stated.'),
    note,
    ...recordMeta,
    actors: z.array(ActorRef).optional().describe('Who was involved (with `include=actors`).'),
    issues: z.array(IssueRef).optional().describe('What it concerns (with `include=issues`).'),
    evidence: evidence.optional().describe('Spans that state it (with `include=evidence`).'),
  })
  .meta({ id: 'Date', description: 'A dated happening, deadline, expiry or anniversary.' });

export const ClaimVersion = z
  .object({
    value: z.string().describe('What this version holds.'),
    date: DateValue.nullable().describe('The version as a date, when the dispute is about one.'),
    note,
    evidence,
  })
  .meta({ id: 'ClaimVersion', description: 'One side of a disagreement, with its evidence.' });

export const Conflict = z
  .object({
    id: z.string().describe('Readable id.'),
    subject: z.object({ type: z.enum(CLAIM_SUBJECT_TYPES).describe('What kind of record is disputed.'), id: z.string().describe('The disputed record\'s id.') }).describe('The record the disagreement is about.'),
    property: z.string().describe('What about it is disputed: a name, a title, a date…'),
    summary: z.string().describe('The disagreement in a sentence.'),
    kind: z
      .enum(CLAIM_KINDS)
      .describe('What kind of disagreement: articles that say different things (`between_sources`), one article that says both (`within_source`), a plan or announcement against what later happened (`plan_and_event`), or a reading of the knowledge base\'s own the articles do not settle (`inference`).'),
    note,
    ...recordMeta,
    versions: z.array(ClaimVersion).describe('Every version, none dropped.'),
  })
  .meta({ id: 'Conflict', examples: [EXAMPLE_CONFLICT], description: 'A point on which the sources disagree.' });

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item).describe('This page\'s records.'),
      next_cursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
      resolved: z
        .record(z.string(), z.string())
        .optional()
        .describe('Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup.'),
    })
    .meta({ id, description: `A page of results.` });
}
