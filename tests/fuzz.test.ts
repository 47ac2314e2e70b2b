import { describe, expect, it } from 'vitest';
import { fuzz } from './fuzz/fuzzer.js';

describe('contract fuzzing', () => {
  it('keeps every fuzzed request within the documented contract (a few hundred cases; npm run fuzz runs 10,000)', async () => {
    const result = await fuzz({ numRuns: 300 });
    expect(result.failure, `seed ${result.seed}: ${result.failure}`).toBeUndefined();
    expect(result.requests).toBeGreaterThanOrEqual(300);
  }, 120_000);
});
