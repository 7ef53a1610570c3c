/**
 * The TestState corpus: every case of `fixtures/teststate/cases.jsonl` (requests sent to AWS and
 * the responses AWS returned) through `testState`, compared by the corpus README's rules. Prints
 * the pass rate; known misses are listed below with the reason, any other miss fails the suite.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TESTSTATE_CASES } from '../testing/fixturePaths';
import { runTestStateCase, type TestStateCase, type TestStateReport } from './testing/corpus';


/** Understood misses, with the reason. */
const KNOWN_MISSES: Record<string, string> = {};

describe('TestState corpus (fixtures/teststate)', () => {
  it('answers every recorded request as AWS did (≥ 99%)', async () => {
    const cases = readFileSync(TESTSTATE_CASES, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as TestStateCase);
    const reports: TestStateReport[] = [];
    for (const c of cases) reports.push(await runTestStateCase(c));
    const passed = reports.filter((r) => r.pass).length;
    const refused = reports.filter((r) => r.messageMatches !== undefined);
    console.log(
      [
        `teststate: ${passed}/${reports.length} (${((100 * passed) / reports.length).toFixed(1)}%)`,
        `  AWS's exact message on ${refused.filter((r) => r.messageMatches).length}/${refused.length} refused requests`,
        ...reports.filter((r) => !r.pass).map((r) => `  miss ${r.id}: ${KNOWN_MISSES[r.id] ?? r.reason ?? ''}`),
      ].join('\n'),
    );
    const unexpected = reports.filter((r) => !r.pass && !KNOWN_MISSES[r.id]).map((r) => `${r.id}: ${r.reason ?? ''}`);
    for (const r of reports) if (r.pass && KNOWN_MISSES[r.id]) console.warn(`known miss now passes: ${r.id}`);
    expect(unexpected).toEqual([]);
    expect(passed / reports.length).toBeGreaterThanOrEqual(0.99);
  });
});
