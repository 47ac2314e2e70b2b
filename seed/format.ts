/**
 * The shape of the curated data files in `seed/data/`. Every fact carries its
 * evidence inline: the source it comes from, the character offsets into that
 * source's verbatim body, and the exact text found there.
 */
import { z } from 'zod';
import { DateValueSchema } from '../src/domain/dates.js';
import {
  ACTOR_KINDS,
  CLAIM_SUBJECT_TYPES,
  DATE_KINDS,
  ISSUE_LINK_KINDS,
  PARTICIPANT_ROLES,
  PLOVER_TYPES,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  STANCES,
  STATEMENT_KINDS,
  CLAIM_KINDS,
} from '../src/domain/vocabulary.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (letters, digits and single hyphens)');
const note = z.string().min(1).optional();

export const SeedEvidence = z.strictObject({
  source: slug,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1),
});
export type SeedEvidence = z.infer<typeof SeedEvidence>;

const evidence = z.array(SeedEvidence).min(1, 'every fact needs at least one evidence span');

export const SeedSource = z.strictObject({
  id: slug,
  title: z.string().min(1).nullable(),
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  url: z.url().nullable(),
  published: DateValueSchema.nullable(),
  /** When the article's relative dates count from another day than its dateline: that day, and why (its basis is required). */
  reference_date: DateValueSchema.refine((d) => d.basis !== null && d.basis.trim() !== '', 'needs its basis: why the article counts from this date').optional(),
  notes: note,
});

const alias = z.strictObject({ name: z.string().min(1), note, evidence });

export const SeedActor = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  affiliation: slug.optional(),
  description: note,
  aliases: z.array(alias).default([]),
  roles: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        organization: slug.optional(),
        date: DateValueSchema.optional(),
        note,
        evidence,
      }),
    )
    .default([]),
  evidence,
});

export const SeedIssue = z.strictObject({
  id: slug,
  name: z.string().min(1),
  description: note,
  parent: slug.optional(),
  aliases: z.array(alias).default([]),
  evidence,
});

export const SeedIssueLink = z.strictObject({
  from: slug,
  to: slug,
  kind: z.enum(ISSUE_LINK_KINDS),
  note,
  evidence,
});

export const SeedProposal = z.strictObject({
  id: slug,
  title: z.string().min(1),
  kind: z.enum(PROPOSAL_KINDS),
  summary: z.string().min(1),
  parent: slug.optional(),
  participants: z.array(z.strictObject({ actor: slug, role: z.enum(PARTICIPANT_ROLES) })).min(1),
  issues: z.array(slug).min(1),
  statuses: z
    .array(
      z.strictObject({
        status: z.enum(PROPOSAL_STATUSES),
        actor: slug.optional(),
        date: DateValueSchema.optional(),
        note,
        evidence,
      }),
    )
    .min(1, 'a proposal needs at least one status entry'),
  evidence,
});

export const SeedStatement = z.strictObject({
  id: slug,
  speaker: slug.optional(),
  speaker_label: z.string().min(1).optional(),
  kind: z.enum(STATEMENT_KINDS),
  text: z.string().min(1),
  date: DateValueSchema.optional(),
  venue: z.string().min(1).optional(),
  addressees: z.array(slug).default([]),
  mentions: z.array(slug).default([]),
  issues: z.array(z.strictObject({ issue: slug, stance: z.enum(STANCES) })).default([]),
  proposals: z.array(z.strictObject({ proposal: slug, stance: z.enum(STANCES) })).default([]),
  plover: z.enum(PLOVER_TYPES).optional(),
  responds_to: slug.optional(),
  note,
  evidence,
});

export const SeedDate = z.strictObject({
  id: slug,
  kind: z.enum(DATE_KINDS),
  label: z.string().min(1),
  date: DateValueSchema,
  location: z.string().min(1).optional(),
  actors: z.array(slug).default([]),
  issues: z.array(slug).default([]),
  note,
  evidence,
});

export const SeedClaim = z.strictObject({
  id: slug,
  subject: z.strictObject({ type: z.enum(CLAIM_SUBJECT_TYPES), id: slug }),
  property: z.string().min(1),
  summary: z.string().min(1),
  kind: z.enum(CLAIM_KINDS),
  note,
  versions: z
    .array(z.strictObject({ value: z.string().min(1), date: DateValueSchema.optional(), note, evidence }))
    .min(2, 'a contested claim keeps at least two versions'),
});

/** Each data file, in the order the loader reads them. */
export const SEED_FILES = {
  sources: { file: 'sources.json', schema: z.array(SeedSource) },
  actors: { file: 'actors.json', schema: z.array(SeedActor) },
  issues: { file: 'issues.json', schema: z.array(SeedIssue) },
  issueLinks: { file: 'issue-links.json', schema: z.array(SeedIssueLink) },
  proposals: { file: 'proposals.json', schema: z.array(SeedProposal) },
  statements: { file: 'statements.json', schema: z.array(SeedStatement) },
  dates: { file: 'dates.json', schema: z.array(SeedDate) },
  claims: { file: 'claims.json', schema: z.array(SeedClaim) },
} as const;

export type SeedKey = keyof typeof SEED_FILES;
export type SeedData = { [K in SeedKey]: z.infer<(typeof SEED_FILES)[K]['schema']> };
