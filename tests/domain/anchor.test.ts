import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, type AnchorResult } from '../../src/domain/anchor.js';

describe('anchor', () => {
  const body = 'Lavrov warned that\nRussia would take steps to “neutralize” the threat. Russia would wait.';

  it('finds words across line breaks and curly quotes and returns the text as printed', () => {
    const found = anchor(body, 'warned that Russia would take steps to "neutralize"');
    expect(found).toMatchObject({ ok: true, start: 7, exact: 'warned that\nRussia would take steps to “neutralize”' });
    if (found.ok) expect(body.slice(found.start, found.end)).toBe(found.exact);
  });

  it('reports absent and ambiguous text', () => {
    expect(anchor(body, 'Putin')).toEqual({ ok: false, reason: 'absent', matches: 0 });
    expect(anchor(body, 'Russia would')).toEqual({ ok: false, reason: 'ambiguous', matches: 2 });
  });

  it('treats regular-expression characters literally', () => {
    expect(anchor('a (b) c.* d', '(b) c.*')).toMatchObject({ ok: true, start: 2, end: 9 });
  });

  it('matches any run of white space to any other, tabs, NBSP and CRLF included', () => {
    const printed = 'He said\r\n\tthe talks\u00a0\u00a0failed  today.';
    expect(anchor(printed, 'said the talks failed')).toEqual({ ok: true, start: 3, end: 27, exact: 'said\r\n\tthe talks\u00a0\u00a0failed' });
    expect(anchor('one\u2028two\u3000three', ' one\ttwo\r\nthree\n')).toEqual({ ok: true, start: 0, end: 13, exact: 'one\u2028two\u3000three' });
    // A space in the text needs white space in the body, and the body's white space needs one in the text.
    expect(anchor('talksfailed', 'talks failed')).toMatchObject({ ok: false, reason: 'absent' });
    expect(anchor('talks failed', 'talksfailed')).toMatchObject({ ok: false, reason: 'absent' });
  });

  it('splits on exactly the white space of JavaScript’s \\s', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      const found = anchor(`x${unit}y`, 'x y');
      expect(found.ok, `U+${c.toString(16).padStart(4, '0')}`).toBe(/\s/.test(unit));
    }
  });

  it('matches straight and curly single quotes to each other, and double ones to each other', () => {
    expect(anchor('the ‘new’ plan', "the 'new' plan")).toEqual({ ok: true, start: 0, end: 14, exact: 'the ‘new’ plan' });
    expect(anchor("Russia's 'no'", 'Russia’s ‘no’')).toEqual({ ok: true, start: 0, end: 13, exact: "Russia's 'no'" });
    expect(anchor('said “no” and ”yes“', 'said "no" and "yes"')).toMatchObject({ ok: true, start: 0, end: 19 });
    expect(anchor('the ‘new’ plan', 'the "new" plan')).toMatchObject({ ok: false, reason: 'absent' });
  });

  it('finds text at the very start and the very end of the body', () => {
    expect(anchor('Lavrov spoke. Rice listened', 'Lavrov spoke.')).toEqual({ ok: true, start: 0, end: 13, exact: 'Lavrov spoke.' });
    expect(anchor('Lavrov spoke. Rice listened', 'Rice\nlistened')).toEqual({ ok: true, start: 14, end: 27, exact: 'Rice listened' });
    expect(anchor('Lavrov', 'Lavrov')).toEqual({ ok: true, start: 0, end: 6, exact: 'Lavrov' });
    expect(anchor('  Lavrov\n', ' Lavrov ')).toEqual({ ok: true, start: 2, end: 8, exact: 'Lavrov' });
  });

  it('counts overlapping occurrences: two places are ambiguous', () => {
    expect(anchor('aaa', 'aa')).toEqual({ ok: false, reason: 'ambiguous', matches: 2 });
    expect(anchor('a a a', 'a a')).toEqual({ ok: false, reason: 'ambiguous', matches: 2 });
    expect(anchor('abababa', 'aba')).toEqual({ ok: false, reason: 'ambiguous', matches: 3 });
  });

  it('never anchors an empty or all-white text', () => {
    expect(anchor(body, '')).toEqual({ ok: false, reason: 'ambiguous', matches: body.length + 1 });
    expect(anchor(body, ' \n\t\u00a0')).toEqual({ ok: false, reason: 'ambiguous', matches: body.length + 1 });
    expect(anchor('', '')).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(anchor('', 'a')).toEqual({ ok: false, reason: 'absent', matches: 0 });
  });

  describe('agrees with the RegExp it replaced (property)', () => {
    /** The former implementation: the words joined by `\s+`, quotes as classes. Fine on tiny inputs. */
    function patternFor(text: string): string {
      return text
        .trim()
        .split(/\s+/)
        .map((word) =>
          word
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/["“”]/g, '["“”]')
            .replace(/['‘’]/g, "['‘’]"),
        )
        .join('\\s+');
    }
    /** Matches at every start, overlapping ones included, which the new count is defined by. */
    function reference(body: string, text: string): AnchorResult {
      const matches = [...body.matchAll(new RegExp(`(?=(${patternFor(text)}))`, 'g'))];
      if (matches.length !== 1) return { ok: false, reason: matches.length === 0 ? 'absent' : 'ambiguous', matches: matches.length };
      const match = matches[0]!;
      return { ok: true, start: match.index, end: match.index + match[1]!.length, exact: match[1]! };
    }
    /** The old count: non-overlapping matches. */
    const oldCount = (body: string, text: string) => [...body.matchAll(new RegExp(patternFor(text), 'g'))].length;

    const char = fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u00a0', '"', '“', '”', "'", '‘', '’');
    const str = (maxLength: number) => fc.array(char, { maxLength }).map((chars) => chars.join(''));
    const blank = (s: string) => s.trim() === '';
    /** A text that is often in the body: a slice of it, its white space and quotes retyped. */
    const retype = (s: string, seed: number) =>
      s.replace(/\s+|["“”'‘’]/g, (m) => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        if (/\s/.test(m)) return [' ', '\n', '  ', '\t\u00a0'][seed % 4]!;
        return /["“”]/.test(m) ? ['"', '“', '”'][seed % 3]! : ["'", '‘', '’'][seed % 3]!;
      });
    const cases = fc
      .oneof(
        fc.tuple(str(30), str(6)),
        fc.tuple(str(30), fc.nat(30), fc.integer({ min: 1, max: 10 }), fc.nat()).map(([body, from, length, seed]): [string, string] => [body, retype(body.slice(from, from + length), seed)]),
      )
      .filter(([, text]) => !blank(text));

    it('gives the same span, or the same absent/ambiguous answer and count', () => {
      fc.assert(
        fc.property(cases, ([body, text]) => {
          const found = anchor(body, text);
          expect(found).toEqual(reference(body, text));
          if (found.ok) expect(body.slice(found.start, found.end)).toBe(found.exact);
          // Against the old non-overlapping count: absent stays absent, ambiguous stays ambiguous,
          // and one old match becomes ambiguous only when occurrences overlap.
          const old = oldCount(body, text);
          if (old === 0) expect(found).toMatchObject({ reason: 'absent' });
          if (old >= 2) expect(found).toMatchObject({ reason: 'ambiguous' });
        }),
        { numRuns: 3000 },
      );
    });
  });
});
