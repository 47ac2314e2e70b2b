import Fastify, { type FastifyServerOptions } from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Connection } from './db/client.js';
import { docsPlugin } from './plugins/docs.js';
import { errorsPlugin } from './plugins/errors.js';
import { healthRoutes } from './routes/health.js';

export interface AppOptions {
  connection: Connection;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the application: plugins and routes, ready to inject or listen. It never listens itself. */
export async function buildApp({ connection, logger = false }: AppOptions) {
  const app = Fastify({ logger }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(docsPlugin);
  await app.register(healthRoutes, { connection });

  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
