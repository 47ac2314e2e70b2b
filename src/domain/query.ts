/** Query parameters shared by the collections, each with its description for the docs. */
import { z } from 'zod';
import { dateBounds, precisionOf } from './dates.js';
import { MAX_QUERY_WORDS, MIN_PREFIX_LENGTH } from './fts.js';

/** A whole number in a range, as a query parameter: anything else is refused in words. */
export const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

export const limit = wholeNumber(1, 100).default(25).describe('Page size, 1–100.');

export const cursor = z
  .string()
  .min(1)
  .max(512, 'is not a cursor this API issued')
  .optional()
  .describe('The `next_cursor` of the previous page.');

/**
 * The `q` filter of a list, searching `where`. Its bounds keep every query cheap
 * (see domain/fts.ts), and the description states them.
 */
export const textQuery = (where: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .optional()
    .describe(
      `Words that must all occur, each as the start of a word, in ${where}. Case and accents are ignored; a word repeated counts once. At most ${MAX_QUERY_WORDS} distinct words (more is a 400), and words shorter than ${MIN_PREFIX_LENGTH} characters match whole words only.`,
    );

const datePrefix = (edge: 'start' | 'end') =>
  z
    .string()
    .refine((v) => precisionOf(v) !== null, 'must be an ISO 8601 date or prefix: YYYY, YYYY-MM or YYYY-MM-DD')
    .transform((v) => dateBounds(v, precisionOf(v)!)[edge]);

export const from = datePrefix('start')
  .optional()
  .describe('Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover.');
export const to = datePrefix('end')
  .optional()
  .describe('Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`).');

/** `include=a,b` limited to the relations a resource can embed. */
export function include<const T extends readonly [string, ...string[]]>(allowed: T, detail: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const names = value.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = names.filter((n) => !(allowed as readonly string[]).includes(n));
      if (unknown.length) {
        ctx.addIssue({ code: 'custom', message: `unknown relation ${unknown.map((u) => `"${u}"`).join(', ')}; use ${allowed.join(', ')}` });
        return z.NEVER;
      }
      return new Set(names as T[number][]);
    })
    .describe(`Comma-separated relations to embed: ${allowed.map((a) => `\`${a}\``).join(', ')}. ${detail}`);
}

/**
 * An id filter, with an example from the knowledge base in its description. Not as a
 * parameter example: Swagger UI fills those in on "Try it out", and a list's examples
 * together (a speaker, an issue, a proposal, a source…) match nothing.
 */
export const idFilter = (description: string, example: string) => z.string().optional().meta({ description: `${description} For example \`${example}\`.` });

/** The `{id}` path parameter, with an example id from the knowledge base. */
export const idPath = (example: string) =>
  z.object({ id: z.string().min(1).max(200, 'is too long to be an id').meta({ description: 'The record\'s id.', examples: [example] }) });

export type Includes<T extends string> = Set<T> | undefined;

/** Which relations to embed: those asked for, or the defaults when `include` is absent. */
export function resolveIncludes<T extends string>(asked: Includes<T>, defaults: readonly T[]): Set<T> {
  return asked ?? new Set(defaults);
}

/**
 * Refuses `from` later than `to`: such a range holds nothing, which is more likely a
 * mistake than a question, so it is named rather than answered with an empty page.
 */
export function checkedRange<T extends z.ZodObject>(query: T): T {
  return query.superRefine((value, ctx) => {
    const { from: start, to: end } = value as { from?: string; to?: string };
    if (start !== undefined && end !== undefined && start > end) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'is earlier than from: the range holds no date' });
    }
  });
}
