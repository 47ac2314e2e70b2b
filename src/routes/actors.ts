import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idFilter, oneOf, textQuery } from '../domain/query.js';
import { Actor } from '../domain/schemas.js';
import { ACTOR_KINDS } from '../domain/vocabulary.js';
import { ACTOR_INCLUDES, type createActorRepository } from '../repositories/actors.js';
import { ActorInput } from '../domain/inputs.js';
import { registerCollection } from './collection.js';
import { type WriteContext, registerWrites } from './writes.js';

export const actorRoutes: FastifyPluginAsyncZod<{ actors: ReturnType<typeof createActorRepository>; ctx: WriteContext }> = async (app, { actors, ctx }) => {
  registerCollection(app, {
    path: '/actors',
    tag: 'actors',
    noun: ['actor', 'actors'],
    item: Actor,
    exampleId: 'sergei-lavrov',
    pageId: 'ActorPage',
    includes: ACTOR_INCLUDES,
    listSummary: 'List actors',
    listDescription: 'People, states, organizations, groups and unnamed speakers, ordered by id.',
    getSummary: 'Get an actor',
    getDescription: 'One actor with its affiliation, its aliases and roles as printed, and the spans that mention it.',
    filters: {
      kind: oneOf(ACTOR_KINDS, 'Only actors of this kind.'),
      affiliation: idFilter('actors', 'Only actors affiliated with this actor id.', 'russia'),
      q: textQuery('the name, an alias as printed (so `William Gates` finds Robert Gates) or the description'),
    },
    list: (filters, options) => app.reads.run('listActors', filters, options),
    listByText: (filters, options) => app.views.run('listActors', filters, options),
    find: (id, include) => app.reads.run('findActor', id, include),
    select: actors.selectActors,
  });
  registerWrites(app, ctx, {
    collection: 'actors',
    path: '/actors',
    tag: 'actors',
    noun: ['actor', 'actors'],
    input: ActorInput,
    item: Actor,
    exampleId: 'sergei-lavrov',
    find: (id) => ctx.read(actors.findActor(id, new Set(ACTOR_INCLUDES))),
  });
};
