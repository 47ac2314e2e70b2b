/**
 * `npm run fuzz [-- --runs N --seed S --keep-going]`: at least 10,000 fuzzed requests;
 * prints how many of each input class were sent and what they were answered, and the
 * seed to replay a failure. With --keep-going it does not stop at the first failing
 * random case but counts the failures of every class (the hand-made cases always all run).
 */
import { CLASSES, fuzz } from './fuzzer.js';

const argument = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const runs = argument('runs') ?? 10_000;
const seed = argument('seed');
const keepGoing = process.argv.includes('--keep-going');
const started = performance.now();
const result = await fuzz({ numRuns: runs, keepGoing, ...(seed !== undefined ? { seed } : {}) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`seed ${result.seed}: ${result.runs} random cases + ${result.handMade} hand-made, ${result.requests} requests in ${seconds} s`);
console.log(`statuses: ${Object.entries(result.byStatus).map(([s, n]) => `${s}×${n}`).join(' ')}`);
console.log('per class: random + hand-made sent, failed, slowest, statuses');
for (const cls of CLASSES) {
  const c = result.classes[cls];
  const statuses = Object.entries(c.statuses).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`  ${cls.padEnd(20)} ${String(c.random).padStart(6)} + ${String(c.handMade).padStart(2)}   failed ${String(c.failed).padStart(5)}   ${c.maxMs.toFixed(0).padStart(5)} ms   ${statuses}`);
}
if (result.failure) {
  if (keepGoing) {
    for (const cls of CLASSES) {
      const c = result.classes[cls];
      if (!c.failed) continue;
      console.log(`\n${cls}: ${c.failed} failure${c.failed === 1 ? '' : 's'}; the first ${c.examples.length}:`);
      for (const example of c.examples) console.log(`  ${example.split('\n').join('\n    ')}`);
    }
    console.log(`\nFAILED — replay with: npm run fuzz -- --runs ${runs} --seed ${result.seed} --keep-going`);
  } else {
    console.log(`FAILED — replay with: npm run fuzz -- --runs ${runs} --seed ${result.seed}\n${result.failure}`);
  }
  process.exit(1);
}
console.log('0 failures');
