/**
 * What callers may send when they write. Bodies are strict: unknown fields and
 * server-owned ones (ids of existing records, versions, timestamps, derived status)
 * are refused and named. Every fact carries evidence, as the seed's facts do.
 */
import { z } from 'zod';
import { DateValueSchema } from './dates.js';
import { ACTOR_KINDS, CLAIM_SUBJECT_TYPES, DATE_KINDS, ISSUE_LINK_KINDS, PARTICIPANT_ROLES, PLOVER_TYPES, PROPOSAL_KINDS, PROPOSAL_STATUSES, STANCES, STATEMENT_ACTOR_ROLES, STATEMENT_KINDS, CLAIM_KINDS } from './vocabulary.js';

export const MAX_TEXT = 10_000;
export const MAX_BODY_TEXT = 1_000_000;
export const MAX_ITEMS = 100;

const text = (description: string, max = MAX_TEXT) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).describe(description);
const optionalText = (description: string, max = MAX_TEXT) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).nullable().optional().describe(description);
const ref = (description: string) => z.string().min(1).max(200, 'is too long to be an id').describe(description);
const optionalRef = (description: string) => z.string().min(1).max(200, 'is too long to be an id').nullable().optional().describe(description);
const list = <T extends z.ZodType>(item: T, description: string) => z.array(item).max(MAX_ITEMS, `must have at most ${MAX_ITEMS} items`).describe(description);

export const SlugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug: letters, digits and single hyphens')
  .max(120, 'must be at most 120 characters')
  .describe('A readable id for the new record; made from its name or text when omitted.');

const spanFields = {
  exact: text('The words exactly as printed; line breaks and straight or curly quotes may be typed either way when no offsets are given.', 20_000),
  start: z.number().int().nonnegative().optional().describe('Offset of the first character. With `end`, the words must be exactly there; without, they are looked up and must occur once.'),
  end: z.number().int().positive().optional().describe('Offset just past the last character.'),
};
const bothOffsetsOrNone = (e: { start?: number; end?: number }) => (e.start === undefined) === (e.end === undefined);
const offsetsMessage = { message: 'give both start and end, or neither', path: ['end'] };

export const EvidenceInput = z
  .strictObject({ source_id: ref('The source the words are in.'), ...spanFields })
  .refine(bothOffsetsOrNone, offsetsMessage)
  .meta({ id: 'EvidenceQuote', description: 'A span of a source that supports a fact: the exact words, with or without their offsets.' });

/** Where a span should be instead, in the same source. */
export const EvidenceMove = z.strictObject(spanFields).refine(bothOffsetsOrNone, offsetsMessage);

const evidence = list(EvidenceInput, 'The spans of the sources that support this fact.').min(1, 'every fact needs at least one evidence span');
const date = DateValueSchema.nullable().optional();
const alias = z.strictObject({ name: text('The name as printed.', 500), note: optionalText('A note.'), evidence });

export const SourceInput = z.strictObject({
  id: SlugId.optional(),
  title: optionalText('The headline as printed.', 1000),
  outlet: optionalText('The publication.', 500),
  author: optionalText('The byline.', 500),
  url: z.url().max(2000).nullable().optional().describe('The article\'s URL.'),
  published: date.describe('The publication date.'),
  reference_date: date.describe('The date its relative expressions are counted from, when that is not `published` (say why in `basis`).'),
  notes: optionalText('Notes on the source.'),
  body: text('The article, verbatim. Offsets of evidence spans count into it, so it cannot change while spans cite it.', MAX_BODY_TEXT),
});

export const ActorInput = z.strictObject({
  id: SlugId.optional(),
  name: text('The name.', 500),
  kind: z.enum(ACTOR_KINDS).describe('Person, state, organization, group, or unnamed speaker.'),
  affiliation_id: optionalRef('The state or body the actor belongs to.'),
  description: optionalText('Who the actor is.'),
  aliases: list(alias, 'Names as printed.').optional(),
  roles: list(
    z.strictObject({
      title: text('The title as printed.', 500),
      organization_id: optionalRef('The body the role is held in.'),
      date: date.describe('When the role is held.'),
      note: optionalText('A note.'),
      evidence,
    }),
    'Titles and positions.',
  ).optional(),
  evidence,
});

export const IssueInput = z.strictObject({
  id: SlugId.optional(),
  name: text('The name.', 500),
  description: optionalText('What the issue is and what a stance toward it means.'),
  parent_id: optionalRef('The broader issue.'),
  aliases: list(alias, 'Names as printed.').optional(),
  links: list(
    z.strictObject({
      issue_id: ref('The issue linked to.'),
      kind: z.enum(ISSUE_LINK_KINDS).describe('How the issues are tied.'),
      note: optionalText('A note.'),
      evidence,
    }),
    'Links from this issue to others.',
  ).optional(),
  evidence,
});

export const StatusInput = z
  .strictObject({
    status: z.enum(PROPOSAL_STATUSES).describe('The status the proposal entered.'),
    actor_id: optionalRef('Who moved it into this status.'),
    date: date.describe('When.'),
    note: optionalText('A note.'),
    evidence,
  })
  .meta({ id: 'NewStatusEntry', description: 'A new entry of a proposal\'s status history.' });

export const ProposalInput = z.strictObject({
  id: SlugId.optional(),
  title: text('A short title.', 500),
  kind: z.enum(PROPOSAL_KINDS).describe('Offer, demand, request or agreement.'),
  summary: text('What was proposed.'),
  parent_id: optionalRef('The larger proposal this is an element of.'),
  participants: list(z.strictObject({ actor_id: ref('The actor.'), role: z.enum(PARTICIPANT_ROLES).describe('Their part.') }), 'Who proposed it, to whom, and so on.').min(1, 'a proposal needs at least one participant'),
  issues: list(z.strictObject({ issue_id: ref('The issue.') }), 'What it is about.').min(1, 'a proposal is about at least one issue'),
  history: list(StatusInput, 'The status history, oldest first; the current status is the last entry\'s.').min(1, 'a proposal needs at least one status entry'),
  evidence,
});

export const StatementInput = z
  .strictObject({
    id: SlugId.optional(),
    speaker_id: optionalRef('The speaker, when known as an actor.'),
    speaker_label: optionalText('The speaker as printed.', 500),
    kind: z.enum(STATEMENT_KINDS).describe('A direct quotation or a paraphrase.'),
    text: text('What was said.'),
    date: date.describe('When it was said.'),
    venue: optionalText('Where it was said.', 500),
    plover_type: z.enum(PLOVER_TYPES).nullable().optional().describe('The PLOVER event type.'),
    responds_to_id: optionalRef('The statement this one answers.'),
    note: optionalText('A note.'),
    issues: list(z.strictObject({ issue_id: ref('The issue.'), stance: z.enum(STANCES).describe('Stance toward it.') }), 'Issues it is about.').optional(),
    proposals: list(z.strictObject({ proposal_id: ref('The proposal.'), stance: z.enum(STANCES).describe('Stance toward it.') }), 'Proposals it is about.').optional(),
    actors: list(z.strictObject({ actor_id: ref('The actor.'), role: z.enum(STATEMENT_ACTOR_ROLES).describe('Addressed, or mentioned.') }), 'Actors it addresses or mentions.').optional(),
    evidence,
  });

export const DateInput = z.strictObject({
  id: SlugId.optional(),
  kind: z.enum(DATE_KINDS).describe('What kind of happening or deadline.'),
  label: text('What happened or falls due.', 1000),
  date: DateValueSchema.describe('When.'),
  location: optionalText('Where.', 500),
  note: optionalText('A note.'),
  actors: list(z.strictObject({ actor_id: ref('The actor.') }), 'Who was involved.').optional(),
  issues: list(z.strictObject({ issue_id: ref('The issue.') }), 'What it concerns.').optional(),
  evidence,
});

export const ConflictInput = z.strictObject({
  id: SlugId.optional(),
  subject: z.strictObject({ type: z.enum(CLAIM_SUBJECT_TYPES).describe('The kind of record disputed.'), id: ref('Its id.') }).describe('The record the disagreement is about.'),
  property: text('What about it is disputed.', 500),
  summary: text('The disagreement in a sentence.'),
  kind: z.enum(CLAIM_KINDS).default('between_sources').describe('What kind of disagreement: `between_sources` (the default), `within_source`, `plan_and_event` or `inference`.'),
  note: optionalText('A note.'),
  versions: list(
    z.strictObject({ value: text('What this version holds.', 1000), date: date.describe('The version as a date.'), note: optionalText('A note.'), evidence }),
    'Every version, with its evidence.',
  ).min(2, 'a disagreement keeps at least two versions'),
});

/** A PATCH body: any of the create fields but the id; lists replace the whole list. */
export function patchOf<T extends z.ZodObject>(input: T) {
  const { id: _id, ...shape } = input.shape as Record<string, z.ZodType>;
  return z
    .strictObject(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])))
    .refine((body) => Object.keys(body).length > 0, 'must change at least one field');
}
