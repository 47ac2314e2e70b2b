import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJson } from '../../src/db/postgres/compact-json.js';

/** A value written the way PostgreSQL's json functions space it: `{"a" : 1, "b" : [1, 2]}`, json_agg's newlines. */
function spaced(value: unknown, depth = 0): string {
  if (Array.isArray(value)) return `[${value.map((v) => spaced(v, depth + 1)).join(depth % 2 ? ', ' : ', \n ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)} : ${spaced(v, depth + 1)}`).join(', ')}}`;
  return JSON.stringify(value);
}

const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '\n', '\t', '\u0001', '\u001f', ' ', 'é', '\u2028', '/'), fc.integer({ min: 0, max: 0xd7ff }).map((c) => String.fromCharCode(c)), fc.constantFrom('😀')) });
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 4 }),
})).value;

describe('compactJson', () => {
  it('gives what JSON.stringify(JSON.parse(text)) gives for any value PostgreSQL could space', () => {
    fc.assert(fc.property(json, (value) => {
      const pg = spaced(value);
      expect(compactJson(pg)).toBe(JSON.stringify(JSON.parse(pg)));
    }), { numRuns: 2000 });
  });

  it('cuts the whitespace PostgreSQL adds, and keeps whitespace inside strings', () => {
    expect(compactJson('{"a" : 1, "b" : [1, \n 2], "c" : "x , y : \\" z"}')).toBe('{"a":1,"b":[1,2],"c":"x , y : \\" z"}');
    expect(compactJson('[]')).toBe('[]');
    expect(compactJson(' "a" ')).toBe('"a"');
  });

  it('writes again what differs in more than whitespace: fractions, exponents, -0, escapes JSON.stringify would not write', () => {
    for (const pg of ['{"a" : 1e+20}', '[1.50, 2]', '{"n" : -0}', '"\\u00e9t\\u00E9"', '"a\\/b"', '{"x" : 0.00001}', '"\\u001F"']) {
      expect(compactJson(pg)).toBe(JSON.stringify(JSON.parse(pg)));
    }
    expect(compactJson('"\\u001f\\n"')).toBe('"\\u001f\\n"');
  });
});
