/**
 * Conformance: every case of `fixtures/conformance/cases.jsonl` (results recorded against real
 * AWS) through the engine, compared by the corpus README's rules. Prints the pass rate by
 * category, the cause agreement, and the three history rates. Known failures are listed below
 * with a reason; any other failure fails the suite, and a listed case that passes is reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_CASES } from '../testing/fixturePaths';
import { runCase, type CaseReport, type ConformanceCase } from './testing/conformance';


/** Result failures (status/output/error) that are understood, with the reason. */
const KNOWN_FAILURES: Record<string, string> = {};

/** History comparisons that are known to differ, per rate, with the reason. */
const KNOWN_HISTORY_FAILURES: Record<string, { rate: 'types' | 'shape' | 'payloads'; reason: string }> = {
  'scenarios/test_base_scenarios::test_map_state_nested_config_distributed#0': {
    rate: 'shape',
    reason:
      'AWS links MapStateExited to MapRunStarted (not MapRunSucceeded) for this nested distributed Map only; every other distributed Map links it to MapRunSucceeded, so there is no rule to follow.',
  },
};

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

describe('conformance corpus (fixtures/conformance)', () => {
  it('runs every case; results ≥ 99%, history rates ≥ 95%', async () => {
    const cases = readFileSync(CONFORMANCE_CASES, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as ConformanceCase);
    const reports: CaseReport[] = [];
    for (const c of cases) reports.push(await runCase(c));

    const byCategory = new Map<string, { pass: number; total: number }>();
    for (const r of reports) {
      const cat = byCategory.get(r.category) ?? { pass: 0, total: 0 };
      cat.total += 1;
      if (r.result) cat.pass += 1;
      byCategory.set(r.category, cat);
    }
    const passed = reports.filter((r) => r.result).length;
    const failedCases = reports.filter((r) => r.actual.status === 'FAILED' || !r.result);
    const causeChecked = reports.filter((r) => r.result && r.actual.status === 'FAILED');
    const withHistory = reports.filter((r) => r.history);
    const rate = (k: 'types' | 'shape' | 'payloads') => withHistory.filter((r) => r.history![k]).length;
    const lines = [
      `conformance: ${passed}/${reports.length} results (${pct(passed, reports.length)})`,
      ...[...byCategory.entries()].sort().map(([k, v]) => `  ${k.padEnd(22)} ${String(v.pass).padStart(4)}/${String(v.total).padEnd(4)} ${pct(v.pass, v.total)}`),
      `  cause matches on ${causeChecked.filter((r) => r.cause).length}/${causeChecked.length} failed executions`,
      `history (${withHistory.length} cases): (a) types+names ${rate('types')} ${pct(rate('types'), withHistory.length)}, (b) tree shape ${rate('shape')} ${pct(rate('shape'), withHistory.length)}, (c) payloads ${rate('payloads')} ${pct(rate('payloads'), withHistory.length)}`,
    ];
    console.log(lines.join('\n'));
    void failedCases;

    const unexpected: string[] = [];
    for (const r of reports) {
      if (!r.result && !KNOWN_FAILURES[r.id]) unexpected.push(`${r.id}: ${r.reason ?? ''}`);
      if (r.result && KNOWN_FAILURES[r.id]) console.warn(`known failure now passes: ${r.id}`);
      for (const k of ['types', 'shape', 'payloads'] as const) {
        if (!r.history) continue;
        const known = KNOWN_HISTORY_FAILURES[r.id]?.rate === k;
        if (!r.history[k] && !known) unexpected.push(`${r.id}: history (${k}) differs`);
        if (r.history[k] && known) console.warn(`known history failure now passes: ${r.id} (${k})`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(passed / reports.length).toBeGreaterThanOrEqual(0.99);
    for (const k of ['types', 'shape', 'payloads'] as const) expect(rate(k) / withHistory.length).toBeGreaterThanOrEqual(0.95);
  });
});
