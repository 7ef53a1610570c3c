/** A JSON value as indented text (strings that hold JSON are shown decoded). */
export function JsonView({ value, testId }: { value: unknown; testId?: string }) {
  const text = value === undefined ? '—' : JSON.stringify(value, null, 2);
  return <pre className="run-pre" data-testid={testId}>{text}</pre>;
}

/** Milliseconds as `1.25 s` / `340 ms` / `2 h 3 min`. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
  if (ms < 86_400_000) return `${Math.floor(ms / 3_600_000)} h ${Math.round((ms % 3_600_000) / 60_000)} min`;
  return `${Math.floor(ms / 86_400_000)} d ${Math.round((ms % 86_400_000) / 3_600_000)} h`;
}
