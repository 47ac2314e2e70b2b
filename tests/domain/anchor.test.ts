import { describe, expect, it } from 'vitest';
import { anchor } from '../../src/domain/anchor.js';

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
});
