/**
 * Proves the curated knowledge base is sound, computing every expectation from the
 * data and the article texts themselves, never from hand-typed counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/client.js';
import { dateBounds, type Precision } from '../../src/domain/dates.js';
import { findQuotations } from '../../src/domain/quotations.js';
import { STALE_POSITION_KEYS, STALE_STATUS_CHANGE_KEYS, createTestDatabase, STALE_KNOWN_BY } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

let connection: Connection;
const all = <T>(sql: string, ...params: unknown[]) => sqliteOf(connection).prepare(sql).all(...params) as T[];

beforeAll(() => {
  connection = createTestDatabase();
});
afterAll(() => connection.close());

describe('evidence spans', () => {
  it('each equals the slice of its source body at its offsets', () => {
    const spans = all<{ id: string; start: number; end: number; exact: string; body: string }>(
      'SELECT e.id, e.start, e."end", e.exact, s.body FROM evidence_spans e JOIN sources s ON s.id = e.source_id',
    );
    expect(spans.length).toBeGreaterThan(0);
    const mismatched = spans.filter((s) => s.body.slice(s.start, s.end) !== s.exact).map((s) => s.id);
    expect(mismatched).toEqual([]);
  });

  it('are each cited by at least one fact', () => {
    expect(all('SELECT id FROM evidence_spans WHERE id NOT IN (SELECT evidence_id FROM citations)')).toEqual([]);
  });

  it('come from every source', () => {
    expect(all('SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM evidence_spans)')).toEqual([]);
  });

  it('never cite the page furniture kept in the bodies', () => {
    const furniture = ['Your daily-updated analyses', 'UNITED24', 'Join the GlobalSecurity.org mailing list'];
    const citing = all<{ id: string; exact: string }>('SELECT id, exact FROM evidence_spans').filter((s) =>
      furniture.some((f) => s.exact.includes(f)),
    );
    expect(citing).toEqual([]);
  });
});

describe('every fact has evidence', () => {
  const facts: [string, string, string][] = [
    ['actors', 'id', 'actor_id'],
    ['actor_aliases', 'id', 'actor_alias_id'],
    ['actor_roles', 'id', 'actor_role_id'],
    ['issues', 'id', 'issue_id'],
    ['issue_aliases', 'id', 'issue_alias_id'],
    ['issue_links', 'id', 'issue_link_id'],
    ['proposals', 'id', 'proposal_id'],
    ['proposal_statuses', 'id', 'proposal_status_id'],
    ['statements', 'id', 'statement_id'],
    ['dates', 'id', 'date_id'],
    ['claim_versions', 'id', 'claim_version_id'],
  ];
  it.each(facts)('%s', (table, key, column) => {
    expect(all(`SELECT count(*) n FROM ${table}`)).not.toEqual([{ n: 0 }]);
    expect(all(`SELECT ${key} FROM ${table} WHERE ${key} NOT IN (SELECT ${column} FROM citations WHERE ${column} IS NOT NULL)`)).toEqual([]);
  });

  it('contested claims keep at least two versions, each with evidence', () => {
    expect(all('SELECT id FROM contested_claims WHERE (SELECT count(*) FROM claim_versions v WHERE v.claim_id = contested_claims.id) < 2')).toEqual([]);
  });

  it('a claim between articles cites more than one article', () => {
    const claims = all<{ id: string; sources: number; subject_source_id: string | null }>(`
      SELECT c.id, c.subject_source_id, count(DISTINCT e.source_id) sources
      FROM contested_claims c JOIN claim_versions v ON v.claim_id = c.id
      JOIN citations ci ON ci.claim_version_id = v.id JOIN evidence_spans e ON e.id = ci.evidence_id
      GROUP BY c.id`);
    expect(claims.filter((c) => c.subject_source_id === null && c.sources < 2)).toEqual([]);
  });
});

describe('quotations in the articles', () => {
  it('are each covered by a statement or by another fact\'s evidence', () => {
    const sources = all<{ id: string; body: string }>('SELECT id, body FROM sources');
    const spans = all<{ source_id: string; start: number; end: number }>('SELECT source_id, start, "end" FROM evidence_spans');
    const found = sources.flatMap((s) => findQuotations(s.body).map((q) => ({ source: s.id, ...q })));
    expect(found.length).toBeGreaterThan(0);
    const uncovered = found.filter((q) => !spans.some((e) => e.source_id === q.source && e.start <= q.start && e.end >= q.end));
    expect(uncovered.map((q) => `${q.source}: "${q.text}"`)).toEqual([]);
  });

  it('every direct quotation statement quotes words its evidence prints', () => {
    const normalize = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
    const statements = all<{ id: string; text: string }>("SELECT id, text FROM statements WHERE kind = 'direct_quote'");
    expect(statements.length).toBeGreaterThan(0);
    const unsupported = statements.flatMap((s) => {
      const evidence = all<{ exact: string }>(
        'SELECT e.exact FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE c.statement_id = ?', s.id,
      ).map((e) => normalize(e.exact));
      return s.text
        .split(' […] ')
        .map((segment) => normalize(segment).replace(/[.,]$/, ''))
        .filter((segment) => !evidence.some((e) => e.includes(segment)))
        .map((segment) => `${s.id}: "${segment}"`);
    });
    expect(unsupported).toEqual([]);
  });
});

describe('referential integrity', () => {
  it('holds for every foreign key, and the database is intact', () => {
    expect(sqliteOf(connection).pragma('foreign_key_check')).toEqual([]);
    expect(sqliteOf(connection).pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('leaves no actor unreferenced', () => {
    const orphans = all(`
      SELECT id FROM actors WHERE id NOT IN (
        SELECT speaker_id FROM statements WHERE speaker_id IS NOT NULL
        UNION SELECT actor_id FROM statement_actors
        UNION SELECT actor_id FROM proposal_participants
        UNION SELECT actor_id FROM proposal_statuses WHERE actor_id IS NOT NULL
        UNION SELECT actor_id FROM date_actors
        UNION SELECT affiliation_id FROM actors WHERE affiliation_id IS NOT NULL
        UNION SELECT organization_id FROM actor_roles WHERE organization_id IS NOT NULL
        UNION SELECT subject_actor_id FROM contested_claims WHERE subject_actor_id IS NOT NULL)`);
    expect(orphans).toEqual([]);
  });

  it('leaves no issue unreferenced', () => {
    const orphans = all(`
      SELECT id FROM issues WHERE id NOT IN (
        SELECT issue_id FROM statement_issues UNION SELECT issue_id FROM proposal_issues
        UNION SELECT issue_id FROM date_issues UNION SELECT from_issue_id FROM issue_links
        UNION SELECT to_issue_id FROM issue_links)`);
    expect(orphans).toEqual([]);
  });

  it('gives every proposal participants, issues, a proposer or party, and statements or a parent', () => {
    expect(all('SELECT id FROM proposals WHERE id NOT IN (SELECT proposal_id FROM proposal_participants)')).toEqual([]);
    expect(all('SELECT id FROM proposals WHERE id NOT IN (SELECT proposal_id FROM proposal_issues)')).toEqual([]);
    expect(all("SELECT id FROM proposals WHERE id NOT IN (SELECT proposal_id FROM proposal_participants WHERE role IN ('proposer', 'party'))")).toEqual([]);
  });

  it('gives every statement a speaker actor or a label', () => {
    expect(all('SELECT id FROM statements WHERE speaker_id IS NULL AND speaker_label IS NULL')).toEqual([]);
  });

  it('keeps each proposal\'s current status equal to its latest history entry', () => {
    const drift = all(`
      SELECT p.id, p.status, h.status latest FROM proposals p
      JOIN proposal_statuses h ON h.proposal_id = p.id
      WHERE h.seq = (SELECT max(seq) FROM proposal_statuses WHERE proposal_id = p.id) AND h.status <> p.status`);
    expect(drift).toEqual([]);
  });

  it('stores each date\'s interval as its value and precision imply', () => {
    const tables = ['sources', 'actor_roles', 'proposal_statuses', 'statements', 'dates', 'claim_versions'];
    for (const table of tables) {
      const rows = all<{ date_value: string; date_precision: Precision; date_start: string; date_end: string }>(
        `SELECT date_value, date_precision, date_start, date_end FROM ${table} WHERE date_value IS NOT NULL`,
      );
      for (const row of rows) {
        expect({ start: row.date_start, end: row.date_end }, `${table} ${row.date_value}`).toEqual(dateBounds(row.date_value, row.date_precision));
      }
    }
  });

  it('gives every statement the last day it can have been made: its date\'s last day, or the earliest publication reporting it', () => {
    expect(all(STALE_KNOWN_BY)).toEqual([]);
    expect(all('SELECT id FROM statements WHERE known_by IS NULL')).toEqual([]);
  });

  it('keeps each statement\'s sort key equal to its date\'s start or, undated, its known_by day', () => {
    expect(all("SELECT id FROM statements WHERE sort_date <> coalesce(date_start, known_by, '')")).toEqual([]);
    expect(all("SELECT id FROM statements WHERE sort_date = ''")).toEqual([]);
  });

  it('keeps the sort key copied into statement_issues equal to its statement\'s', () => {
    expect(all('SELECT si.statement_id FROM statement_issues si JOIN statements s ON s.id = si.statement_id WHERE si.sort_date <> s.sort_date')).toEqual([]);
  });

  it('keeps the speaker and known_by day copied into statement_issues equal to what they are derived from', () => {
    expect(all(STALE_POSITION_KEYS)).toEqual([]);
    expect(all('SELECT statement_id FROM statement_issues WHERE known_by IS NULL')).toEqual([]);
  });

  it('keeps a row of status changes by issue for each dated status change and issue of its proposal', () => {
    expect(all(STALE_STATUS_CHANGE_KEYS)).toEqual([]);
    expect(all('SELECT proposal_id FROM proposal_status_issues').length).toBeGreaterThan(0);
  });

  it('keeps the sort key copied into date_actors and date_issues equal to its date\'s', () => {
    for (const table of ['date_actors', 'date_issues']) {
      expect(all(`SELECT x.date_id FROM ${table} x JOIN dates d ON d.id = x.date_id WHERE x.sort_date <> d.date_start`)).toEqual([]);
    }
  });

  it('never has a statement answer one said later', () => {
    const backwards = all(`
      SELECT s.id FROM statements s JOIN statements r ON r.id = s.responds_to_id
      WHERE s.date_end IS NOT NULL AND r.date_start IS NOT NULL AND s.date_end < r.date_start`);
    expect(backwards).toEqual([]);
  });

  it('records a relative date\'s basis whenever its wording is relative', () => {
    const relative = /\b(ago|last|next|this|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in six months)\b/i;
    const tables = ['proposal_statuses', 'statements', 'dates', 'claim_versions'];
    for (const table of tables) {
      const rows = all<{ date_text: string; date_basis: string | null }>(`SELECT date_text, date_basis FROM ${table} WHERE date_text IS NOT NULL`);
      expect(rows.filter((r) => relative.test(r.date_text) && !r.date_basis), table).toEqual([]);
    }
  });
});
