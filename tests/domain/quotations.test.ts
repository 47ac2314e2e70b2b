import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/domain/quotations.js';

const texts = (body: string) => findQuotations(body).map((q) => q.text);

describe('findQuotations', () => {
  it('finds straight and curly quotations with their offsets', () => {
    const body = 'He said "no deal" and then “maybe later”.';
    const found = findQuotations(body);
    expect(found.map((q) => q.text)).toEqual(['no deal', 'maybe later']);
    for (const q of found) expect(body.slice(q.start, q.end)).toBe(q.text);
  });

  it('follows a quotation across line breaks inside a paragraph', () => {
    expect(texts('steps to "neutralize the\nthreat" posed')).toEqual(['neutralize the\nthreat']);
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const body = '"First part," she said. "Second part runs on.\n\nHeader line\n\n"Next quote," she said.';
    expect(texts(body)).toEqual(['First part,', 'Second part runs on.', 'Next quote,']);
  });

  it('treats a curly opening quote inside an open quotation as a new quotation', () => {
    expect(texts('“one “two”')).toEqual(['one', 'two']);
  });

  it('ignores empty quotes and text without quotes', () => {
    expect(texts('nothing "" here')).toEqual([]);
    expect(texts('plain text')).toEqual([]);
  });
});
