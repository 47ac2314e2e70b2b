/**
 * The rules a record must keep beyond its shape and its references, whoever writes it (the
 * API or the seed loader): lists without repeats, a status history in order, a relative date
 * counted from the day its article counts from. Each rule sees the record as it would be
 * stored (a snapshot) and names the field it breaks, relative to the record.
 */
import { type DateValue, dateColumnsOf } from '../domain/dates.js';
import type { CollectionName } from './model.js';

export interface FieldError {
  name: string;
  reason: string;
}

/** Words that place a date relative to when the article was written. */
export const RELATIVE_DATE = /\b(ago|last|this|next|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** A record as it would be stored: its fields by name (rules read them as they find them). */
type Fields = Record<string, any>;

/** The lists of a collection whose items must differ, and what makes two the same. */
const DISTINCT: Partial<Record<CollectionName, { field: string; key: (item: any) => string; what: (item: any) => string }[]>> = {
  actors: [{ field: 'aliases', key: (a) => a.name, what: (a) => `the alias "${a.name}"` }],
  issues: [
    { field: 'aliases', key: (a) => a.name, what: (a) => `the alias "${a.name}"` },
    { field: 'links', key: (l) => `${l.issue_id}|${l.kind}`, what: (l) => `the ${l.kind} link to "${l.issue_id}"` },
  ],
  proposals: [
    { field: 'participants', key: (p) => `${p.actor_id}|${p.role}`, what: (p) => `"${p.actor_id}" as ${p.role}` },
    { field: 'issues', key: (i) => i.issue_id, what: (i) => `the issue "${i.issue_id}"` },
  ],
  statements: [
    { field: 'issues', key: (i) => i.issue_id, what: (i) => `the issue "${i.issue_id}"` },
    { field: 'proposals', key: (p) => p.proposal_id, what: (p) => `the proposal "${p.proposal_id}"` },
    { field: 'actors', key: (a) => `${a.actor_id}|${a.role}`, what: (a) => `"${a.actor_id}" as ${a.role}` },
  ],
  dates: [
    { field: 'actors', key: (a) => a.actor_id, what: (a) => `the actor "${a.actor_id}"` },
    { field: 'issues', key: (i) => i.issue_id, what: (i) => `the issue "${i.issue_id}"` },
  ],
  conflicts: [{ field: 'versions', key: (v) => v.value, what: (v) => `the version "${v.value}"` }],
};

/** A piece of evidence, the same however it is given: a span's id, or a quote with or without offsets. */
const evidenceKey = (e: unknown): string =>
  typeof e === 'string' ? e : JSON.stringify([(e as { source_id?: string }).source_id, (e as { start?: number }).start, (e as { end?: number }).end, (e as { exact?: string }).exact]);

/** The dated facts of a record that cite their own evidence: where the date is, and the evidence read for it. */
function datedFacts(collection: CollectionName, snapshot: Fields): { field: string; date: DateValue | null | undefined; evidence: unknown[] }[] {
  const own = { field: 'date', date: snapshot.date, evidence: snapshot.evidence ?? [] };
  if (collection === 'statements' || collection === 'dates') return [own];
  if (collection === 'proposals') return (snapshot.history ?? []).map((h: any, i: number) => ({ field: `history.${i}.date`, date: h.date, evidence: h.evidence ?? [] }));
  if (collection === 'conflicts') return (snapshot.versions ?? []).map((v: any, i: number) => ({ field: `versions.${i}.date`, date: v.date, evidence: v.evidence ?? [] }));
  return [];
}

/** The source an evidence item is in: a span's id (`source:start-end`) or a quote (`{ source_id, … }`). */
const sourceOf = (evidence: unknown): string | undefined =>
  typeof evidence === 'string' ? evidence.slice(0, evidence.lastIndexOf(':')) : (evidence as { source_id?: string } | null)?.source_id;

/**
 * Every rule the record breaks. `referenceDate` gives a source's reference date (the day its
 * relative dates count from, when that is not its publication), if it has one.
 */
export function ruleErrors(collection: CollectionName, snapshot: Fields, referenceDate: (sourceId: string) => string | undefined): FieldError[] {
  const errors: FieldError[] = [];

  const distinct = [...(DISTINCT[collection] ?? []), { field: 'evidence', key: evidenceKey, what: (e: unknown) => (typeof e === 'string' ? `the span ${e}` : 'the same quote') }];
  for (const { field, key, what } of distinct) {
    const seen = new Set<string>();
    (snapshot[field] ?? []).forEach((item: unknown, i: number) => {
      const k = key(item);
      if (seen.has(k)) errors.push({ name: `${field}.${i}`, reason: `lists ${what(item)} twice` });
      seen.add(k);
    });
  }
  for (const [i, alias] of (snapshot.aliases ?? []).entries()) {
    if (alias.name === snapshot.name) errors.push({ name: `aliases.${i}.name`, reason: `repeats the name "${alias.name}"` });
  }
  for (const [i, link] of (snapshot.links ?? []).entries()) {
    if (link.issue_id === snapshot.id) errors.push({ name: `links.${i}.issue_id`, reason: 'an issue cannot be linked to itself' });
  }

  if (collection === 'sources' && snapshot.reference_date && !snapshot.reference_date.basis?.trim()) {
    errors.push({ name: 'reference_date.basis', reason: 'a reference date needs its basis: why the article counts from this date' });
  }

  if (collection === 'proposals') {
    // Each dated entry may not end before an earlier entry begins (a year may hold the day before it).
    let latest: DateValue | null = null;
    for (const [i, entry] of (snapshot.history ?? []).entries()) {
      if (!entry.date) continue;
      if (latest && dateColumnsOf(entry.date).dateEnd! < dateColumnsOf(latest).dateStart!) {
        errors.push({ name: `history.${i}.date`, reason: `${entry.date.value} comes before an earlier entry's ${latest.value}; list the history in order` });
      }
      if (!latest || dateColumnsOf(entry.date).dateStart! > dateColumnsOf(latest).dateStart!) latest = entry.date;
    }
  }

  // A relative date ("last week", "Monday") read in an article that counts from a reference
  // date is counted from that date, and its basis says so by naming it.
  for (const { field, date, evidence } of datedFacts(collection, snapshot)) {
    if (!date?.text || !RELATIVE_DATE.test(date.text)) continue;
    for (const source of new Set(evidence.map(sourceOf))) {
      const reference = source === undefined ? undefined : referenceDate(source);
      if (reference !== undefined && !(date.basis ?? '').includes(reference)) {
        errors.push({ name: `${field}.basis`, reason: `"${date.text}" is read in ${source}, whose relative dates count from ${reference} (its reference_date): say so in the basis` });
      }
    }
  }
  return errors;
}
