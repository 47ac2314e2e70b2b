import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AHEAD_IN_A_ROW, Turns } from '../../src/views/turns.js';

const isRecord = (name: string) => name === 'ping' || name.startsWith('find');
const all = <T>(turns: Turns<T>) => {
  const out: T[] = [];
  for (let item = turns.next(); item !== undefined; item = turns.next()) out.push(item);
  return out;
};

describe('the turns of waiting requests', () => {
  it('serves names in turn, each name first come first served, a name just served going to the back', () => {
    const turns = new Turns<string>();
    for (const item of ['s1', 's2', 's3']) turns.push('search', item);
    turns.push('listChanges', 'c1');
    turns.push('search', 's4');
    turns.push('timeline', 't1');
    expect(all(turns)).toEqual(['s1', 'c1', 't1', 's2', 's3', 's4']);
    expect(turns.size).toBe(0);
  });

  it('serves the names that go ahead first, but lets another through after AHEAD_IN_A_ROW of them', () => {
    const turns = new Turns<string>(isRecord);
    for (let i = 1; i <= 3; i++) turns.push('listStatements', `list${i}`);
    for (let i = 1; i <= 10; i++) turns.push(i % 2 ? 'findStatement' : 'ping', `record${i}`);
    const order = all(turns);
    expect(order.slice(0, AHEAD_IN_A_ROW)).toEqual(['record1', 'record2', 'record3', 'record4'].slice(0, AHEAD_IN_A_ROW));
    expect(order[AHEAD_IN_A_ROW]).toBe('list1');
    expect(order).toHaveLength(13);
  });

  it('never leaves a request waiting longer than its turn allows, whatever arrives', () => {
    // Any mix of pushes and takes: every item comes out once; those ahead come out in their
    // order, as do the others; and while others wait, at most AHEAD_IN_A_ROW of those ahead pass in a row.
    const step = fc.oneof(fc.constantFrom('findActor', 'ping', 'listActors', 'resolveName', 'search').map((name) => ({ push: name })), fc.constant({ take: true as const }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const turns = new Turns<{ name: string; n: number }>(isRecord);
        const waiting: { name: string; n: number }[] = [];
        const taken: { name: string; n: number }[] = [];
        let aheadRun = 0;
        let n = 0;
        const take = () => {
          const item = turns.next();
          if (item === undefined) return expect(waiting).toHaveLength(0);
          const othersWaited = waiting.some((w) => !isRecord(w.name));
          waiting.splice(waiting.indexOf(item), 1);
          aheadRun = isRecord(item.name) && othersWaited ? aheadRun + 1 : 0;
          expect(aheadRun).toBeLessThanOrEqual(AHEAD_IN_A_ROW);
          // Nothing ahead was passed over unless the others were owed a turn.
          if (!isRecord(item.name) && waiting.some((w) => isRecord(w.name))) expect(taken.slice(-AHEAD_IN_A_ROW).every((t) => isRecord(t.name))).toBe(true);
          taken.push(item);
        };
        for (const s of steps) {
          if ('push' in s) {
            const item = { name: s.push, n: n++ };
            turns.push(s.push, item);
            waiting.push(item);
          } else take();
          expect(turns.size).toBe(waiting.length);
        }
        while (turns.size > 0) take();
        expect(taken).toHaveLength(n);
        for (const name of ['findActor', 'ping', 'listActors', 'resolveName', 'search']) {
          const ns = taken.filter((t) => t.name === name).map((t) => t.n);
          expect(ns).toEqual([...ns].sort((a, b) => a - b));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('owes the others a turn only for what went ahead while they waited', () => {
    const turns = new Turns<string>(isRecord);
    for (let i = 1; i <= AHEAD_IN_A_ROW; i++) turns.push('ping', `ping${i}`);
    expect(all(turns)).toHaveLength(AHEAD_IN_A_ROW);
    turns.push('listActors', 'list');
    turns.push('findActor', 'record');
    expect(all(turns)).toEqual(['record', 'list']);
  });

  it('takes out a request that gave up, and hands every waiting one back when closing', () => {
    const turns = new Turns<string>(isRecord);
    turns.push('search', 'a');
    turns.push('search', 'b');
    turns.push('findActor', 'c');
    expect(turns.remove('search', 'a')).toBe(true);
    expect(turns.remove('search', 'a')).toBe(false);
    expect(turns.size).toBe(2);
    expect(turns.drain().sort()).toEqual(['b', 'c']);
    expect(turns.size).toBe(0);
    expect(turns.next()).toBeUndefined();
  });
});
