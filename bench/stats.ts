/** Small helpers shared by the benchmark's modules. */

/** The p-quantile (0–1) of ascending values: the smallest value with at least p of them at or below it. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;

export const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');

/** Milliseconds: one decimal below 100 ms, whole ones above. */
export const fmtMs = (ms: number) => (!Number.isFinite(ms) ? '—' : ms < 100 ? ms.toFixed(1) : fmt(ms));

export const verdict = (met: boolean) => (met ? 'met' : '**missed**');
