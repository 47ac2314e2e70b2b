import { z } from 'zod';

/** RFC 9457 problem details: the one error shape every response uses. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the kind of problem; stable, for programs to branch on.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.number().int().min(400).max(599).meta({ examples: [400] }).describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request, for a person to read.'),
    request_id: z.string().optional().describe('The request\'s id, as in its `X-Request-Id` answer header and in the service\'s logs: give it when reporting a problem.'),
    errors: z
      .array(
        z.object({
          name: z.string().describe('The parameter or field at fault, e.g. `query.limit`.'),
          reason: z.string().describe('Why it was refused.'),
        }),
      )
      .optional()
      .describe('Each bad parameter or field, when the request failed validation: at most the first 50 (the detail gives the total). Text the request sent is echoed clipped to 300 characters.'),
    referrers: z
      .array(
        z.object({
          collection: z.string().describe('The collection of a record that still refers to this one.'),
          id: z.string().describe('Its id.'),
          field: z.string().describe('The field that holds the reference.'),
        }),
      )
      .optional()
      .describe('On a refused delete: every record that still refers to the one being deleted.'),
    operation: z.number().int().min(0).optional().describe('On a refused batch: the place (from 0) of the operation that failed. Nothing of the batch was written.'),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem details object.' });

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEMS = {
  validation: { status: 400, title: 'Invalid request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  read_only: { status: 403, title: 'Read-only service' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  precondition_failed: { status: 412, title: 'Precondition failed' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  request_timeout: { status: 408, title: 'Request timeout' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  unprocessable: { status: 422, title: 'Unprocessable content' },
  precondition_required: { status: 428, title: 'Precondition required' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  request_header_fields_too_large: { status: 431, title: 'Request header fields too large' },
  internal: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'Service unavailable' },
  insufficient_storage: { status: 507, title: 'Insufficient storage' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/**
 * A failure the domain reports and the error handler answers as a problem: an
 * unknown record, a stale version, a record still referenced, a bad reference.
 */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    detail: string,
    readonly errors?: Problem['errors'],
    /** Extra members of the problem, e.g. the records that still refer to one being deleted. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  /** The same problem with each field it names placed under `part` of the request (`parent_id` → `body.parent_id`). */
  within(part: string): ProblemError {
    const errors = this.errors?.map((e) => ({ ...e, name: e.name ? `${part}.${e.name}` : part }));
    return new ProblemError(this.code, this.message, errors, this.extensions);
  }
}

/** At most this many entries of `errors` are listed; the detail says how many there were. */
export const MAX_LISTED_ERRORS = 50;
const MAX_DETAIL = 2000;
const MAX_FIELD = 300;

/** Text a client sent may be echoed in an error, but never more than `max` characters of it. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A problem of this kind. Its size is bounded whatever the request: the first 50
 * errors are listed (the detail gives the total), and echoed text is clipped.
 */
export function problem(code: ProblemCode, detail: string, errors?: Problem['errors']): Problem {
  const { status, title } = PROBLEMS[code];
  const listed = errors?.slice(0, MAX_LISTED_ERRORS).map((e) => ({ name: clip(e.name, MAX_FIELD), reason: clip(e.reason, MAX_FIELD) }));
  const more = errors && errors.length > MAX_LISTED_ERRORS ? ` (${errors.length} in all; the first ${MAX_LISTED_ERRORS} are listed)` : '';
  return { type: `/problems/${code.replaceAll('_', '-')}`, title, status, detail: clip(detail, MAX_DETAIL - more.length) + more, ...(listed ? { errors: listed } : {}) };
}

/** The one answer for a record that is not there, thrown wherever that is found out (a route, the write service). */
export function notFoundError(kind: string, id: string): ProblemError {
  return new ProblemError('not_found', `No ${kind} has the id "${id}".`);
}
