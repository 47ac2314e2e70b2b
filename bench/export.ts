/**
 * The exports at scale: each export read whole by one client, with the records (lines)
 * per second, the bytes, the time to the first byte and the server's peak RSS while it
 * streamed; then a client that leaves midway, with the CPU the server spends in the second
 * after it left (a server that stopped reading spends next to none).
 */
import { readFileSync } from 'node:fs';
import { rssOf } from './drive.js';
import { fmt, fmtMs, verdict } from './stats.js';

export const EXPORT_RECORDS_PER_S = 50_000;
export const EXPORT_RSS_MB = 250;

/** The CPU time the process has used, in milliseconds (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface ExportRun {
  path: string;
  records: number;
  bytes: number;
  seconds: number;
  firstByteMs: number;
  peakRss: number;
}

async function readWhole(base: string, path: string, pid: number): Promise<ExportRun> {
  let peakRss = rssOf(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(pid))), 25);
  const started = performance.now();
  try {
    const response = await fetch(`${base}${path}`);
    if (!response.ok || !response.body) throw new Error(`${path}: ${response.status}`);
    let firstByteMs = 0;
    let bytes = 0;
    let records = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) records++;
    }
    if (path.includes('.csv')) records--; // the header
    return { path, records, bytes, seconds: (performance.now() - started) / 1000, firstByteMs, peakRss: Math.max(peakRss, rssOf(pid)) };
  } finally {
    clearInterval(sampler);
  }
}

/** Reads `bytes` of an export, leaves, and measures the server's CPU in the second after. */
async function leaveMidway(base: string, path: string, pid: number, bytes: number): Promise<{ read: number; cpuAfterMs: number; cpuWhileMs: number }> {
  const controller = new AbortController();
  const response = await fetch(`${base}${path}`, { signal: controller.signal });
  let read = 0;
  const cpuStart = cpuMs(pid);
  const readStart = performance.now();
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      read += chunk.length;
      if (read >= bytes) break;
    }
  } finally {
    controller.abort();
  }
  // CPU per second while it streamed, to compare with the second after.
  const cpuWhileMs = ((cpuMs(pid) - cpuStart) / (performance.now() - readStart)) * 1000;
  await new Promise((r) => setTimeout(r, 200));
  const before = cpuMs(pid);
  await new Promise((r) => setTimeout(r, 1000));
  return { read, cpuAfterMs: cpuMs(pid) - before, cpuWhileMs };
}

export interface ExportReport {
  size: number;
  rssBefore: number;
  runs: ExportRun[];
  left: { read: number; cpuAfterMs: number; cpuWhileMs: number };
}

export async function runExportBench(o: { base: string; pid: number; size: number; out: (line?: string) => void }): Promise<ExportReport> {
  const { base, pid, size, out } = o;
  const rssBefore = rssOf(pid);
  const paths = ['/export/statements.ndjson', '/export/statements.ndjson?include=speaker,issues,proposals,actors,evidence', '/export/statements.csv', '/export/events.plover.jsonl', '/export/evidence.ndjson'];
  if (size <= 100_000) paths.push('/export/knowledge-base.ndjson');
  out(`\n### Exports at ${fmt(size)} statements\n`);
  out(`One client reads each export whole; records/s counts lines (a CSV's header aside); peak RSS is the server's while it streamed (${fmt(rssBefore / 1024 / 1024)} MB before).\n`);
  out('| export | records | MB | seconds | records/s | first byte ms | peak RSS MB |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const runs: ExportRun[] = [];
  for (const path of paths) {
    const run = await readWhole(base, path, pid);
    runs.push(run);
    out(`| ${path} | ${fmt(run.records)} | ${fmt(run.bytes / 1024 / 1024, 1)} | ${fmt(run.seconds, 1)} | ${fmt(run.records / run.seconds)} | ${fmtMs(run.firstByteMs)} | ${fmt(run.peakRss / 1024 / 1024)} |`);
  }
  const left = await leaveMidway(base, '/export/statements.ndjson', pid, 4 * 1024 * 1024);
  out(
    `\nA client that reads ${fmt(left.read / 1024 / 1024, 1)} MB of /export/statements.ndjson and leaves: the server used ${fmt(left.cpuWhileMs)} ms of CPU a second while it streamed, and ${fmt(left.cpuAfterMs)} ms in the second after the client left (from 200 ms after).`,
  );
  return { size, rssBefore, runs, left };
}

/** The targets for the exports, met or missed. */
export function exportTargets(report: ExportReport, out: (line?: string) => void) {
  const whole = report.runs.find((r) => r.path === '/export/statements.ndjson')!;
  const at = report.size === 1_000_000 ? '' : ` (measured at ${fmt(report.size)}, not 1,000,000)`;
  out(
    `| /export/statements.ndjson at 1,000,000 statements: ≥ ${fmt(EXPORT_RECORDS_PER_S)} records/s | ${fmt(whole.records / whole.seconds)} records/s (${fmt(whole.records)} in ${fmt(whole.seconds, 1)} s)${at} | ${verdict(whole.records / whole.seconds >= EXPORT_RECORDS_PER_S)} |`,
  );
  out(`| the same, with flat memory: server RSS under ${EXPORT_RSS_MB} MB for the whole export | peak ${fmt(whole.peakRss / 1024 / 1024)} MB (${fmt(report.rssBefore / 1024 / 1024)} MB before)${at} | ${verdict(whole.peakRss < EXPORT_RSS_MB * 1024 * 1024)} |`);
  out(`| a client that disconnects midway stops the work at once | ${fmt(report.left.cpuAfterMs)} ms of CPU in the second after it left (${fmt(report.left.cpuWhileMs)} ms a second while streaming) | ${verdict(report.left.cpuAfterMs < report.left.cpuWhileMs / 10)} |`);
}
