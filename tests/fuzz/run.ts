/** `npm run fuzz [-- --runs N --seed S]`: at least 10,000 fuzzed requests; prints the seed to replay a failure. */
import { fuzz } from './fuzzer.js';

const argument = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const runs = argument('runs') ?? 10_000;
const seed = argument('seed');
const started = performance.now();
const result = await fuzz({ numRuns: runs, ...(seed !== undefined ? { seed } : {}) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`seed ${result.seed}: ${result.runs} cases, ${result.requests} requests in ${seconds} s`);
console.log(`statuses: ${Object.entries(result.byStatus).map(([s, n]) => `${s}×${n}`).join(' ')}`);
if (result.failure) {
  console.log(`FAILED — replay with: npm run fuzz -- --runs ${runs} --seed ${result.seed}\n${result.failure}`);
  process.exit(1);
}
console.log('0 failures');
