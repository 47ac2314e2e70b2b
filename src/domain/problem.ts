import { z } from 'zod';

/** RFC 9457 problem details: the one error shape every response uses. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the kind of problem; stable, for programs to branch on.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.number().int().describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request, for a person to read.'),
    errors: z
      .array(
        z.object({
          name: z.string().describe('The parameter or field at fault, e.g. `query.limit`.'),
          reason: z.string().describe('Why it was refused.'),
        }),
      )
      .optional()
      .describe('Each bad parameter or field, when the request failed validation.'),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem details object.' });

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEMS = {
  validation: { status: 400, title: 'Invalid request' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  internal: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export function problem(code: ProblemCode, detail: string, errors?: Problem['errors']): Problem {
  const { status, title } = PROBLEMS[code];
  return { type: `/problems/${code.replaceAll('_', '-')}`, title, status, detail, ...(errors ? { errors } : {}) };
}
