/**
 * Comparing two executions: their summaries side by side and the states that went differently
 * (status, number of visits, last output).
 */
import type { RunSummary } from './summary';
import type { Visit } from './visits';

export interface StateOutcome {
  status: string;
  visits: number;
  output?: string;
}

export interface StateDifference {
  path: string;
  name: string;
  a?: StateOutcome;
  b?: StateOutcome;
}

export interface SummaryRow {
  label: string;
  a: string;
  b: string;
  differs: boolean;
}

function outcomes(visits: readonly Visit[]): Map<string, StateOutcome & { name: string }> {
  const out = new Map<string, StateOutcome & { name: string }>();
  for (const v of visits) {
    const prev = out.get(v.path);
    const output = v.output === undefined ? undefined : JSON.stringify(v.output);
    out.set(v.path, { name: v.name, status: v.status, visits: (prev?.visits ?? 0) + 1, ...(output !== undefined ? { output } : {}) });
  }
  return out;
}

/** States whose status, visit count or last output differ (or that only one run reached). */
export function differingStates(a: readonly Visit[], b: readonly Visit[]): StateDifference[] {
  const left = outcomes(a);
  const right = outcomes(b);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  const out: StateDifference[] = [];
  for (const path of paths) {
    const l = left.get(path);
    const r = right.get(path);
    if (l && r && l.status === r.status && l.visits === r.visits && l.output === r.output) continue;
    const strip = (o: (StateOutcome & { name: string }) | undefined): StateOutcome | undefined => {
      if (!o) return undefined;
      const { name: _name, ...rest } = o;
      return rest;
    };
    const la = strip(l);
    const rb = strip(r);
    out.push({ path, name: (l ?? r)!.name, ...(la ? { a: la } : {}), ...(rb ? { b: rb } : {}) });
  }
  return out;
}

/** Side-by-side summary rows. */
export function summaryRows(a: RunSummary, b: RunSummary): SummaryRow[] {
  const rows: [string, string, string][] = [
    ['Status', a.status, b.status],
    ['Duration (simulated)', `${a.durationMs} ms`, `${b.durationMs} ms`],
    ['State transitions', String(a.transitions), String(b.transitions)],
    ['Retries', String(a.retries), String(b.retries)],
    ['Events', String(a.events), String(b.events)],
    ['Error', a.error ?? '', b.error ?? ''],
    ['Output', a.output === undefined ? '' : JSON.stringify(a.output), b.output === undefined ? '' : JSON.stringify(b.output)],
  ];
  return rows.map(([label, x, y]) => ({ label, a: x, b: y, differs: x !== y }));
}
