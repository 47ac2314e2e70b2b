/**
 * A reviewed draft as the writes that commit it, in the order `POST /batch` needs them:
 * new actors first (statements name them as speakers), then the aliases proposed for known
 * actors, then statements, dates and contested claims. Used by `npm run ingest -- --commit`
 * and by anyone committing a draft they reviewed.
 */
import type { Draft } from './draft.js';

export interface BatchOperation {
  method: 'POST' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
  if_match?: string;
}

/** What a known actor holds now, to add aliases to: its aliases as the write API takes them, and its version. */
export interface ActorNow {
  version: number;
  aliases: { name: string; note?: string | null; evidence: { source_id: string; start: number; end: number; exact: string }[] }[];
}

/** The writes that commit `draft`; `actorNow` reads a known actor (for the aliases proposed for it). */
export async function operationsOf(draft: Draft, actorNow: (id: string) => Promise<ActorNow | undefined>): Promise<BatchOperation[]> {
  const ops: BatchOperation[] = [];
  for (const a of draft.actors) if (a.match === null && a.record) ops.push({ method: 'POST', path: '/actors', body: a.record });
  for (const a of draft.actors) {
    if (a.match === null || !a.aliases?.length) continue;
    const now = await actorNow(a.match);
    if (!now) continue;
    const known = new Set(now.aliases.map((x) => x.name));
    const added = a.aliases.filter((x) => !known.has(x.name));
    if (added.length === 0) continue;
    ops.push({ method: 'PATCH', path: `/actors/${encodeURIComponent(a.match)}`, body: { aliases: [...now.aliases, ...added] }, if_match: `"${now.version}"` });
  }
  for (const s of draft.statements) ops.push({ method: 'POST', path: '/statements', body: s.record });
  for (const d of draft.dates) ops.push({ method: 'POST', path: '/dates', body: d.record });
  for (const c of draft.conflicts) ops.push({ method: 'POST', path: '/conflicts', body: c.record });
  return ops;
}

/** An actor as `GET /actors/{id}` answers it, read as what an alias list write takes. */
export function actorNowOf(actor: { version: number; aliases?: { name: string; note: string | null; evidence: { source_id: string; start: number; end: number; exact: string }[] }[] }): ActorNow {
  return {
    version: actor.version,
    aliases: (actor.aliases ?? []).map((a) => ({ name: a.name, ...(a.note ? { note: a.note } : {}), evidence: a.evidence.map(({ source_id, start, end, exact }) => ({ source_id, start, end, exact })) })),
  };
}
