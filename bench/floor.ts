/**
 * The floor: a bare Fastify process that answers with a precomputed JSON body of a
 * given size — what answering costs with no database, validation or serialization.
 *   PORT=4000 npx tsx bench/floor.ts     then  GET /floor?bytes=2048
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const bodies = new Map<number, string>();
app.get('/floor', async (request, reply) => {
  const bytes = Math.max(2, Number((request.query as { bytes?: string }).bytes ?? 2));
  let body = bodies.get(bytes);
  if (body === undefined) {
    body = `{"d":"${'x'.repeat(Math.max(0, bytes - 8))}"}`;
    bodies.set(bytes, body);
  }
  return reply.type('application/json; charset=utf-8').send(body);
});
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT ?? 4000), host: '127.0.0.1' });
