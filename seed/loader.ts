/**
 * Reads the curated knowledge base from `seed/`, checks it completely, and writes
 * it in one transaction. Nothing is written unless every file, record and field
 * is sound, and any defect is reported with the file, the record and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTableColumns } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { z } from 'zod';
import type { Connection } from '../src/db/client.js';
import * as t from '../src/db/schema.js';
import { type DateValue, dateColumnsOf, sortDateOf } from '../src/domain/dates.js';
import { evidenceId } from '../src/domain/evidence.js';
import type { ClaimSubjectType } from '../src/domain/vocabulary.js';
import { SEED_FILES, type SeedData, type SeedEvidence, type SeedKey } from './format.js';

export const SEED_DIR = fileURLToPath(new URL('.', import.meta.url));

export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const lines = problems.map((p) => `${p.file}: record ${p.record}: field "${p.field}": ${p.message}`);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(`Seed data rejected${more}:\n  ${lines.join('\n  ')}`);
    this.name = 'SeedError';
  }
}

/** Where each file lives, relative to the seed directory, for messages a curator can follow. */
const dataPath = (key: SeedKey) => `seed/data/${SEED_FILES[key].file}`;

function recordName(record: unknown, index: number): string {
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `"${id}" (#${index})` : `#${index}`;
}

/** Reads and validates each data file against its zod schema; returns the parsed data and the article bodies. */
export function readSeed(dir: string = SEED_DIR): { data: SeedData; bodies: Map<string, string> } {
  const problems: SeedProblem[] = [];
  const data = {} as Record<SeedKey, unknown>;
  for (const key of Object.keys(SEED_FILES) as SeedKey[]) {
    const { file, schema } = SEED_FILES[key];
    const path = join(dir, 'data', file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file: dataPath(key), record: '(file)', field: '(file)', message: `cannot be read as JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = (schema as z.ZodType).safeParse(raw);
    if (parsed.success) {
      data[key] = parsed.data;
      continue;
    }
    for (const issue of parsed.error.issues) {
      const [index, ...field] = issue.path;
      const record = typeof index === 'number' && Array.isArray(raw) ? recordName(raw[index], index) : '(file)';
      problems.push({ file: dataPath(key), record, field: field.join('.') || '(record)', message: issue.message });
    }
  }
  if (problems.length > 0) throw new SeedError(problems);

  const bodies = new Map<string, string>();
  for (const [index, source] of (data.sources as SeedData['sources']).entries()) {
    const path = join(dir, 'articles', `${source.id}.txt`);
    if (!existsSync(path)) {
      problems.push({ file: dataPath('sources'), record: recordName(source, index), field: 'id', message: `no article at seed/articles/${source.id}.txt` });
      continue;
    }
    bodies.set(source.id, readFileSync(path, 'utf8'));
  }
  if (problems.length > 0) throw new SeedError(problems);
  return { data: data as SeedData, bodies };
}

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Words that place a date relative to when the article was written. */
const RELATIVE_DATE = /\b(ago|last|this|next|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Every row the knowledge base consists of, in insertion order, with ids assigned deterministically. */
export interface SeedPlan {
  sources: Row<typeof t.sources>[];
  evidenceSpans: Row<typeof t.evidenceSpans>[];
  actors: Row<typeof t.actors>[];
  actorAliases: Row<typeof t.actorAliases>[];
  actorRoles: Row<typeof t.actorRoles>[];
  issues: Row<typeof t.issues>[];
  issueAliases: Row<typeof t.issueAliases>[];
  issueLinks: Row<typeof t.issueLinks>[];
  proposals: Row<typeof t.proposals>[];
  proposalParticipants: Row<typeof t.proposalParticipants>[];
  proposalIssues: Row<typeof t.proposalIssues>[];
  proposalStatuses: Row<typeof t.proposalStatuses>[];
  statements: Row<typeof t.statements>[];
  statementIssues: Row<typeof t.statementIssues>[];
  statementProposals: Row<typeof t.statementProposals>[];
  statementActors: Row<typeof t.statementActors>[];
  dates: Row<typeof t.dates>[];
  dateActors: Row<typeof t.dateActors>[];
  dateIssues: Row<typeof t.dateIssues>[];
  contestedClaims: Row<typeof t.contestedClaims>[];
  claimVersions: Row<typeof t.claimVersions>[];
  citations: Row<typeof t.citations>[];
}

/** Checks references, evidence and ordering across files, and turns the data into rows. */
export function planSeed(data: SeedData, bodies: Map<string, string>): SeedPlan {
  const problems: SeedProblem[] = [];
  const plan: SeedPlan = {
    sources: [], evidenceSpans: [], actors: [], actorAliases: [], actorRoles: [], issues: [], issueAliases: [],
    issueLinks: [], proposals: [], proposalParticipants: [], proposalIssues: [], proposalStatuses: [], statements: [],
    statementIssues: [], statementProposals: [], statementActors: [], dates: [], dateActors: [], dateIssues: [],
    contestedClaims: [], claimVersions: [], citations: [],
  };

  let at: { file: string; record: string } = { file: '', record: '' };
  const fail = (field: string, message: string) => problems.push({ ...at, field, message });

  const ids = {
    source: new Set<string>(),
    actor: new Set<string>(),
    issue: new Set<string>(),
    proposal: new Set<string>(),
    statement: new Set<string>(),
    date: new Set<string>(),
    claim: new Set<string>(),
  };
  const collect = (key: SeedKey, kind: keyof typeof ids, records: { id: string }[]) => {
    for (const [index, record] of records.entries()) {
      at = { file: dataPath(key), record: recordName(record, index) };
      if (ids[kind].has(record.id)) fail('id', `duplicate id "${record.id}"`);
      ids[kind].add(record.id);
    }
  };
  collect('sources', 'source', data.sources);
  collect('actors', 'actor', data.actors);
  collect('issues', 'issue', data.issues);
  collect('proposals', 'proposal', data.proposals);
  collect('statements', 'statement', data.statements);
  collect('dates', 'date', data.dates);
  collect('claims', 'claim', data.claims);

  const ref = (kind: keyof typeof ids, id: string | undefined, field: string) => {
    if (id !== undefined && !ids[kind].has(id)) fail(field, `unknown ${kind} "${id}"`);
  };

  const spans = new Map<string, Row<typeof t.evidenceSpans>>();
  const cite = (evidence: SeedEvidence[], field: string, fact: Partial<Row<typeof t.citations>>) => {
    for (const [i, span] of evidence.entries()) {
      const body = bodies.get(span.source);
      if (body === undefined) {
        fail(`${field}.${i}.source`, `unknown source "${span.source}"`);
        continue;
      }
      if (span.end <= span.start || span.end > body.length) {
        fail(`${field}.${i}`, `offsets ${span.start}-${span.end} lie outside source "${span.source}" (${body.length} characters)`);
        continue;
      }
      const found = body.slice(span.start, span.end);
      if (found !== span.exact) {
        fail(`${field}.${i}.exact`, `does not match source "${span.source}" at ${span.start}-${span.end}: expected ${JSON.stringify(span.exact)}, the source has ${JSON.stringify(found)}`);
        continue;
      }
      const id = evidenceId(span.source, span.start, span.end);
      if (!spans.has(id)) spans.set(id, { id, sourceId: span.source, start: span.start, end: span.end, exact: span.exact });
      plan.citations.push({ id: plan.citations.length + 1, evidenceId: id, ...fact });
    }
  };

  /** Sources whose relative dates count from a reference date, not their dateline: that date. */
  const references = new Map<string, string>();
  /**
   * A relative date ("last week", "Monday", "two weeks ago") read in a source with a reference
   * date is counted from that date, and its basis says so by naming it.
   */
  const countedFromReference = (date: DateValue | null | undefined, evidence: readonly { source: string }[], field: string) => {
    if (!date?.text || !RELATIVE_DATE.test(date.text)) return;
    for (const source of new Set(evidence.map((e) => e.source))) {
      const reference = references.get(source);
      if (reference !== undefined && !(date.basis ?? '').includes(reference)) {
        fail(`${field}.basis`, `"${date.text}" is read in ${source}, whose relative dates count from ${reference} (its reference_date): say so in the basis`);
      }
    }
  };

  for (const [index, source] of data.sources.entries()) {
    at = { file: dataPath('sources'), record: recordName(source, index) };
    const reference = dateColumnsOf(source.reference_date);
    plan.sources.push({
      id: source.id, title: source.title, outlet: source.outlet, author: source.author, url: source.url,
      ...dateColumnsOf(source.published),
      referenceValue: reference.dateValue, referencePrecision: reference.datePrecision, referenceText: reference.dateText,
      referenceBasis: reference.dateBasis, referenceStart: reference.dateStart, referenceEnd: reference.dateEnd,
      notes: source.notes ?? null, body: bodies.get(source.id) ?? '',
    });
    if (source.reference_date) references.set(source.id, source.reference_date.value);
  }

  for (const [index, actor] of data.actors.entries()) {
    at = { file: dataPath('actors'), record: recordName(actor, index) };
    ref('actor', actor.affiliation, 'affiliation');
    if (actor.affiliation === actor.id) fail('affiliation', 'an actor cannot be affiliated with itself');
    plan.actors.push({ id: actor.id, name: actor.name, kind: actor.kind, affiliationId: actor.affiliation ?? null, description: actor.description ?? null });
    cite(actor.evidence, 'evidence', { actorId: actor.id });
    const seen = new Set<string>();
    for (const [i, alias] of actor.aliases.entries()) {
      if (seen.has(alias.name) || alias.name === actor.name) fail(`aliases.${i}.name`, `repeats the name or another alias: "${alias.name}"`);
      seen.add(alias.name);
      const id = plan.actorAliases.length + 1;
      plan.actorAliases.push({ id, actorId: actor.id, name: alias.name, note: alias.note ?? null });
      cite(alias.evidence, `aliases.${i}.evidence`, { actorAliasId: id });
    }
    for (const [i, role] of actor.roles.entries()) {
      ref('actor', role.organization, `roles.${i}.organization`);
      const id = plan.actorRoles.length + 1;
      plan.actorRoles.push({ id, actorId: actor.id, title: role.title, organizationId: role.organization ?? null, ...dateColumnsOf(role.date), note: role.note ?? null });
      cite(role.evidence, `roles.${i}.evidence`, { actorRoleId: id });
    }
  }

  const issueParent = new Map<string, string | undefined>();
  for (const [index, issue] of data.issues.entries()) {
    at = { file: dataPath('issues'), record: recordName(issue, index) };
    ref('issue', issue.parent, 'parent');
    issueParent.set(issue.id, issue.parent);
    plan.issues.push({ id: issue.id, name: issue.name, description: issue.description ?? null, parentId: issue.parent ?? null });
    cite(issue.evidence, 'evidence', { issueId: issue.id });
    const seen = new Set<string>();
    for (const [i, alias] of issue.aliases.entries()) {
      if (seen.has(alias.name) || alias.name === issue.name) fail(`aliases.${i}.name`, `repeats the name or another alias: "${alias.name}"`);
      seen.add(alias.name);
      const id = plan.issueAliases.length + 1;
      plan.issueAliases.push({ id, issueId: issue.id, name: alias.name, note: alias.note ?? null });
      cite(alias.evidence, `aliases.${i}.evidence`, { issueAliasId: id });
    }
  }
  for (const [index, issue] of data.issues.entries()) {
    at = { file: dataPath('issues'), record: recordName(issue, index) };
    const chain = new Set([issue.id]);
    for (let parent = issue.parent; parent !== undefined; parent = issueParent.get(parent)) {
      if (chain.has(parent)) {
        fail('parent', `nesting loops back to "${parent}"`);
        break;
      }
      chain.add(parent);
    }
  }

  const linkKeys = new Set<string>();
  for (const [index, link] of data.issueLinks.entries()) {
    at = { file: dataPath('issueLinks'), record: `#${index} (${link.from} ${link.kind} ${link.to})` };
    ref('issue', link.from, 'from');
    ref('issue', link.to, 'to');
    if (link.from === link.to) fail('to', 'an issue cannot be linked to itself');
    const key = `${link.from}|${link.to}|${link.kind}`;
    if (linkKeys.has(key)) fail('kind', 'duplicate link');
    linkKeys.add(key);
    const id = plan.issueLinks.length + 1;
    plan.issueLinks.push({ id, fromIssueId: link.from, toIssueId: link.to, kind: link.kind, note: link.note ?? null });
    cite(link.evidence, 'evidence', { issueLinkId: id });
  }

  for (const [index, proposal] of data.proposals.entries()) {
    at = { file: dataPath('proposals'), record: recordName(proposal, index) };
    ref('proposal', proposal.parent, 'parent');
    if (proposal.parent === proposal.id) fail('parent', 'a proposal cannot be part of itself');
    const latest = proposal.statuses[proposal.statuses.length - 1]!;
    plan.proposals.push({ id: proposal.id, title: proposal.title, kind: proposal.kind, summary: proposal.summary, parentId: proposal.parent ?? null, status: latest.status });
    cite(proposal.evidence, 'evidence', { proposalId: proposal.id });
    const participants = new Set<string>();
    for (const [i, p] of proposal.participants.entries()) {
      ref('actor', p.actor, `participants.${i}.actor`);
      if (participants.has(`${p.actor}|${p.role}`)) fail(`participants.${i}`, `"${p.actor}" is listed twice as ${p.role}`);
      participants.add(`${p.actor}|${p.role}`);
      plan.proposalParticipants.push({ proposalId: proposal.id, actorId: p.actor, role: p.role });
    }
    unique(proposal.issues, 'issues', fail);
    for (const [i, issue] of proposal.issues.entries()) {
      ref('issue', issue, `issues.${i}`);
      plan.proposalIssues.push({ proposalId: proposal.id, issueId: issue });
    }
    let previous: DateValue | undefined;
    for (const [i, entry] of proposal.statuses.entries()) {
      ref('actor', entry.actor, `statuses.${i}.actor`);
      if (entry.date && previous && dateColumnsOf(entry.date).dateEnd! < dateColumnsOf(previous).dateStart!) {
        fail(`statuses.${i}.date`, `${entry.date.value} comes before the previous entry's ${previous.value}; list the history in order`);
      }
      previous = entry.date ?? previous;
      const id = plan.proposalStatuses.length + 1;
      plan.proposalStatuses.push({ id, proposalId: proposal.id, seq: i + 1, status: entry.status, actorId: entry.actor ?? null, ...dateColumnsOf(entry.date), note: entry.note ?? null });
      cite(entry.evidence, `statuses.${i}.evidence`, { proposalStatusId: id });
      countedFromReference(entry.date, entry.evidence, `statuses.${i}.date`);
    }
  }

  for (const [index, statement] of data.statements.entries()) {
    at = { file: dataPath('statements'), record: recordName(statement, index) };
    ref('actor', statement.speaker, 'speaker');
    if (!statement.speaker && !statement.speaker_label) fail('speaker', 'a statement needs a speaker or a speaker_label');
    ref('statement', statement.responds_to, 'responds_to');
    if (statement.responds_to === statement.id) fail('responds_to', 'a statement cannot answer itself');
    plan.statements.push({
      id: statement.id, speakerId: statement.speaker ?? null, speakerLabel: statement.speaker_label ?? null, kind: statement.kind,
      text: statement.text, ...dateColumnsOf(statement.date), venue: statement.venue ?? null, ploverType: statement.plover ?? null,
      respondsToId: statement.responds_to ?? null, note: statement.note ?? null, sortDate: sortDateOf(statement.date),
    });
    cite(statement.evidence, 'evidence', { statementId: statement.id });
    countedFromReference(statement.date, statement.evidence, 'date');
    unique(statement.issues.map((x) => x.issue), 'issues', fail);
    for (const [i, x] of statement.issues.entries()) {
      ref('issue', x.issue, `issues.${i}.issue`);
      plan.statementIssues.push({ statementId: statement.id, issueId: x.issue, stance: x.stance, sortDate: sortDateOf(statement.date) });
    }
    unique(statement.proposals.map((x) => x.proposal), 'proposals', fail);
    for (const [i, x] of statement.proposals.entries()) {
      ref('proposal', x.proposal, `proposals.${i}.proposal`);
      plan.statementProposals.push({ statementId: statement.id, proposalId: x.proposal, stance: x.stance });
    }
    for (const [field, role] of [['addressees', 'addressee'], ['mentions', 'mentioned']] as const) {
      unique(statement[field], field, fail);
      for (const [i, actor] of statement[field].entries()) {
        ref('actor', actor, `${field}.${i}`);
        plan.statementActors.push({ statementId: statement.id, actorId: actor, role });
      }
    }
  }

  for (const [index, date] of data.dates.entries()) {
    at = { file: dataPath('dates'), record: recordName(date, index) };
    plan.dates.push({ id: date.id, kind: date.kind, label: date.label, ...dateColumnsOf(date.date), location: date.location ?? null, note: date.note ?? null });
    cite(date.evidence, 'evidence', { dateId: date.id });
    countedFromReference(date.date, date.evidence, 'date');
    unique(date.actors, 'actors', fail);
    for (const [i, actor] of date.actors.entries()) {
      ref('actor', actor, `actors.${i}`);
      plan.dateActors.push({ dateId: date.id, actorId: actor, sortDate: sortDateOf(date.date) });
    }
    unique(date.issues, 'issues', fail);
    for (const [i, issue] of date.issues.entries()) {
      ref('issue', issue, `issues.${i}`);
      plan.dateIssues.push({ dateId: date.id, issueId: issue, sortDate: sortDateOf(date.date) });
    }
  }

  for (const [index, claim] of data.claims.entries()) {
    at = { file: dataPath('claims'), record: recordName(claim, index) };
    ref(claim.subject.type, claim.subject.id, 'subject.id');
    plan.contestedClaims.push({ id: claim.id, property: claim.property, summary: claim.summary, kind: claim.kind, note: claim.note ?? null, ...claimSubject(claim.subject.type, claim.subject.id) });
    unique(claim.versions.map((v) => v.value), 'versions', fail);
    for (const [i, version] of claim.versions.entries()) {
      const id = plan.claimVersions.length + 1;
      plan.claimVersions.push({ id, claimId: claim.id, seq: i + 1, value: version.value, ...dateColumnsOf(version.date), note: version.note ?? null });
      cite(version.evidence, `versions.${i}.evidence`, { claimVersionId: id });
      countedFromReference(version.date, version.evidence, `versions.${i}.date`);
    }
  }

  if (problems.length > 0) throw new SeedError(problems);
  plan.evidenceSpans = [...spans.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start || a.end - b.end);
  return plan;
}

function unique(values: string[], field: string, fail: (field: string, message: string) => void) {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) fail(field, `lists "${value}" twice`);
    seen.add(value);
  }
}

function claimSubject(type: ClaimSubjectType, id: string) {
  const columns = {
    subjectSourceId: null as string | null,
    subjectActorId: null as string | null,
    subjectIssueId: null as string | null,
    subjectProposalId: null as string | null,
    subjectStatementId: null as string | null,
    subjectDateId: null as string | null,
  };
  const column = {
    source: 'subjectSourceId',
    actor: 'subjectActorId',
    issue: 'subjectIssueId',
    proposal: 'subjectProposalId',
    statement: 'subjectStatementId',
    date: 'subjectDateId',
  } as const satisfies Record<ClaimSubjectType, keyof typeof columns>;
  columns[column[type]] = id;
  return columns;
}

/** Reads and checks the seed directory; throws a SeedError naming every defect. */
export function loadSeed(dir: string = SEED_DIR): SeedPlan {
  const { data, bodies } = readSeed(dir);
  return planSeed(data, bodies);
}

export type SeedCounts = { [K in keyof SeedPlan]: number };

const INSERT_ORDER = [
  ['sources', t.sources],
  ['evidenceSpans', t.evidenceSpans],
  ['actors', t.actors],
  ['actorAliases', t.actorAliases],
  ['actorRoles', t.actorRoles],
  ['issues', t.issues],
  ['issueAliases', t.issueAliases],
  ['issueLinks', t.issueLinks],
  ['proposals', t.proposals],
  ['proposalParticipants', t.proposalParticipants],
  ['proposalIssues', t.proposalIssues],
  ['proposalStatuses', t.proposalStatuses],
  ['statements', t.statements],
  ['statementIssues', t.statementIssues],
  ['statementProposals', t.statementProposals],
  ['statementActors', t.statementActors],
  ['dates', t.dates],
  ['dateActors', t.dateActors],
  ['dateIssues', t.dateIssues],
  ['contestedClaims', t.contestedClaims],
  ['claimVersions', t.claimVersions],
  ['citations', t.citations],
] as const;

/**
 * Writes a checked plan in one transaction. Self-references (affiliations, parents,
 * answered statements) may point forward in a file, so foreign keys are checked at
 * commit rather than per row.
 */
/**
 * Writes the plan in one transaction. Every record is stamped as created (and last updated)
 * at `at`, the time it entered this database: the time of loading unless given.
 */
export function writeSeed(connection: Connection, plan: SeedPlan, { at = new Date().toISOString() }: { at?: string } = {}): SeedCounts {
  const counts = {} as SeedCounts;
  drizzle(connection.sqlite).transaction((tx) => {
    connection.sqlite.pragma('defer_foreign_keys = ON');
    for (const [key, table] of INSERT_ORDER) {
      const stamped = 'createdAt' in getTableColumns(table);
      const rows = (stamped ? (plan[key] as object[]).map((row) => ({ ...row, createdAt: at, updatedAt: at })) : plan[key]) as Row<typeof table>[];
      for (let i = 0; i < rows.length; i += 200) {
        tx.insert(table).values(rows.slice(i, i + 200) as never).run();
      }
      counts[key] = rows.length;
    }
  });
  return counts;
}

