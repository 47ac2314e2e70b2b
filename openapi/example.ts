/**
 * Calling Parley from TypeScript: the generated types (`parley.d.ts`) with openapi-fetch.
 * Paths, parameters and answers are checked by the compiler; a misspelled filter or a
 * field the API does not send is a type error. Run by the test suite against a real server.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './parley.js';

type Statement = components['schemas']['Statement'];

/** Who an actor is, what they said (latest first) and where a phrase is found. */
export async function example(baseUrl: string) {
  const parley = createClient<paths>({ baseUrl });

  const actor = await parley.GET('/actors/{id}', { params: { path: { id: 'sergei-lavrov' }, query: { include: 'roles' } } });
  if (!actor.data) throw new Error(`no actor: ${actor.error?.detail}`);
  const title: string | undefined = actor.data.roles?.[0]?.title;

  const said = await parley.GET('/statements', { params: { query: { speaker: 'sergei-lavrov', sort: '-date', limit: 3 } } });
  if (!said.data) throw new Error(`no statements: ${said.error?.detail}`);
  const statements: Statement[] = said.data.data;

  const found = await parley.GET('/search', { params: { query: { q: 'missile defense', type: 'statement', limit: 5 } } });
  if (!found.data) throw new Error(`no search: ${found.error?.detail}`);

  return {
    name: actor.data.name,
    title,
    latest: statements.map((s) => ({ id: s.id, date: s.date?.value ?? null, text: s.text })),
    hits: found.data.data.map((hit) => hit.id),
  };
}
