/** Small statistics for the bench: medians and rounding. */

/** Median of a list of numbers (NaN when empty). */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds to `digits` decimals. */
export function round(value, digits = 0) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Median of per-run ratios a[i] / b[i] over the runs both sides have (a ratio measured within each run). */
export function pairedRatio(a, b) {
  const n = Math.min(a.length, b.length);
  const ratios = [];
  for (let i = 0; i < n; i += 1) if (b[i] > 0) ratios.push(a[i] / b[i]);
  return median(ratios);
}
