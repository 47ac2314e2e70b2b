import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema, problem } from '../domain/problem.js';

const HealthSchema = z
  .object({
    status: z.literal('ok').describe('Always `ok` when the service can answer.'),
    database: z.literal('ok').describe('The database answered a query.'),
  })
  .meta({ id: 'Health', description: 'Liveness of the service and its database.' });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      // A liveness answer is about this moment: never stored.
      config: { cache: 'no-store' },
      schema: {
        operationId: 'getHealth',
        tags: ['service'],
        summary: 'Check liveness',
        description: 'Answers 200 when the service is up and its database answers a query, 503 otherwise.',
        response: { 200: HealthSchema, 503: ProblemSchema },
      },
    },
    async (_request, reply) => {
      // Asked where records are read (app.reads): on PostgreSQL, a thread waits for the server, not the event loop.
      if (!(await app.reads.run('ping'))) return reply.code(503).type('application/problem+json').send(problem('unavailable', 'The database does not answer.'));
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
};
