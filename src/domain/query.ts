/** Query parameters shared by the collections, each with its description for the docs. */
import { z } from 'zod';
import { dateBounds, precisionOf } from './dates.js';
import { MAX_QUERY_WORDS, MIN_PREFIX_LENGTH } from './fts.js';
import { closest } from './suggest.js';
import type { NamedCollection } from '../repositories/names.js';

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
      `Words that must all occur, each as the start of a word, in ${where}, in any of their forms and in British or American spelling (\`negotiating\` finds negotiations, \`defence\` finds defense). Case and accents are ignored; a word repeated counts once. At most ${MAX_QUERY_WORDS} distinct words (more is a 400), and words shorter than ${MIN_PREFIX_LENGTH} characters match whole words only.`,
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

/** Most values one filter may list (`speaker=a,b,c`). */
export const MAX_FILTER_VALUES = 10;
/** Most combinations of values a list request's filters may make (repositories/common.ts checks it). */
export const MAX_COMBINATIONS = 20;

/** A filter's comma-separated values, trimmed, repeats dropped; refused when there are none or too many. */
function listedValues(raw: string, ctx: z.RefinementCtx): string[] {
  const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
  if (values.length === 0) ctx.addIssue({ code: 'custom', message: 'must name at least one value' });
  else if (values.length > MAX_FILTER_VALUES) ctx.addIssue({ code: 'custom', message: `lists ${values.length} values; at most ${MAX_FILTER_VALUES} are allowed` });
  return values;
}

/** The filters that take several values, whose repeated parameters (`speaker=a&speaker=b`) are joined as `a,b`. */
const SEVERAL = new WeakSet<z.core.$ZodType>();
export const takesSeveral = (schema: z.core.$ZodType) => SEVERAL.has(schema);

const REFERS = new WeakMap<z.core.$ZodType, { collection: NamedCollection; none: boolean }>();

/** The collection an id filter names records of, and whether it takes `none`; undefined for other filters. */
export const refersTo = (schema: z.core.$ZodType) => REFERS.get(schema);

/**
 * An id filter: one id or several separated by commas (any of them matches), each
 * resolved through names and aliases when it is not an id (see repositories/names.ts).
 * Its example from the knowledge base is in its description, not a parameter example:
 * Swagger UI fills those in on "Try it out", and a list's examples together (a speaker,
 * an issue, a proposal, a source…) match nothing.
 */
export function idFilter(collection: NamedCollection, description: string, example: string, { none = false } = {}) {
  const named = collection === 'statements' ? '' : ' A name or alias instead of an id is taken for the one record it names (the page\'s `resolved` says which).';
  const schema = z
    .string()
    .max(2000, 'is too long')
    .optional()
    .transform((raw, ctx) => (raw === undefined ? undefined : listedValues(raw, ctx)))
    .meta({ description: `${description} Several ids separated by commas (at most ${MAX_FILTER_VALUES}; a request's filters make at most ${MAX_COMBINATIONS} combinations) match any of them.${named} For example \`${example}\`.` });
  REFERS.set(schema, { collection, none });
  SEVERAL.add(schema);
  return schema;
}

/** An id filter that takes one id (or a name or alias for it). */
export function oneIdFilter(collection: NamedCollection, description: string, example: string) {
  const schema = z
    .string()
    .max(200, 'is too long to be an id')
    .optional()
    .meta({ description: `${description} A name or alias instead of an id is taken for the one record it names (the page's \`resolved\` says which). For example \`${example}\`.` });
  REFERS.set(schema, { collection, none: false });
  return schema;
}

/** A filter on one of a vocabulary's values, or several separated by commas (any of them matches). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  const schema = z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return undefined;
      const listed = listedValues(raw, ctx);
      const unknown = listed.filter((v) => !(values as readonly string[]).includes(v));
      if (unknown.length) {
        const near = closest(unknown[0]!, values, 1);
        ctx.addIssue({
          code: 'custom',
          message: `has ${unknown.map((u) => `"${u}"`).join(', ')}, which ${unknown.length === 1 ? 'is not one of' : 'are not among'} ${values.map((v) => `\`${v}\``).join(', ')}${near.length ? `; did you mean \`${near[0]}\`?` : ''}`,
        });
        return z.NEVER;
      }
      return listed as T[number][];
    })
    // Documented as what it is, a list of the vocabulary's values sent comma-separated
    // (finishDocument sets `explode: false`), so Swagger UI offers them to pick from.
    .meta({ description: `${description} Several values separated by commas (at most ${MAX_FILTER_VALUES}; a request's filters make at most ${MAX_COMBINATIONS} combinations) match any of them.`, type: 'array', items: { type: 'string', enum: [...values] }, maxItems: MAX_FILTER_VALUES });
  SEVERAL.add(schema);
  return schema;
}

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
