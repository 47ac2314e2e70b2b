import { describe, expect, it } from 'vitest';
import { CLASSES, fuzz } from './fuzz/fuzzer.js';

describe('contract fuzzing', () => {
  it('keeps every fuzzed request within the documented contract (a few hundred cases; npm run fuzz runs 10,000)', async () => {
    const result = await fuzz({ numRuns: 300 });
    expect(result.failure, `seed ${result.seed}: ${result.failure}`).toBeUndefined();
    expect(result.requests).toBeGreaterThanOrEqual(300);
    // Every input class of the hardening issue is sent, by the hand-made cases at least, whatever the seed.
    for (const cls of CLASSES) {
      const sent = result.classes[cls].random + result.classes[cls].handMade;
      expect(sent, `${cls}: ${sent} sent`).toBeGreaterThanOrEqual(cls === 'baseline' ? 100 : 4);
    }
  }, 120_000);
});
