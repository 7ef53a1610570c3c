/**
 * The studio's derivations on real AWS histories (`fixtures/conformance/histories.jsonl`,
 * imported with importExecutionHistory): every state entered becomes one visit on a state of the
 * definition, and each visit's final status agrees with its events.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_HISTORIES } from '../testing/fixturePaths';
import { forEachState, encodeStatePath } from '../asl/paths';
import { importExecutionHistory } from '../history';
import { summarize } from './summary';
import { buildVisits, type Visit } from './visits';


/** What the events of one visit say its final status must be. */
function expectedStatus(visit: Visit, types: string[], executionSucceeded: boolean): Visit['status'][] {
  const exited = types.some((t) => t.endsWith('StateExited'));
  const lastFailure = [...types].reverse().find((t) => /(Failed|TimedOut)$/.test(t) && !t.startsWith('MapIteration'));
  if (exited) return lastFailure && types.lastIndexOf(lastFailure) > types.findIndex((t) => /Scheduled$|StateStarted$/.test(t)) ? ['caught', 'succeeded'] : ['succeeded', 'caught'];
  if (visit.type === 'Fail') return ['failed'];
  if (lastFailure) return ['failed', 'caught'];
  // Entered but not left: a Succeed/Choice-less end of the execution, or cut short by a failure elsewhere.
  return executionSucceeded ? ['succeeded'] : ['cancelled', 'failed', 'succeeded'];
}

describe('derived statuses on recorded AWS histories', () => {
  it('every visit sits on a state of the definition and ends with the status its events say (≥ 99%)', () => {
    const lines = readFileSync(CONFORMANCE_HISTORIES, 'utf8').split('\n').filter((l) => l.trim());
    let agree = 0;
    const misses: string[] = [];
    for (const line of lines) {
      const id = (JSON.parse(line) as { id: string }).id;
      const run = importExecutionHistory(line);
      const paths = new Set<string>();
      forEachState(run.definition!, ({ path }) => paths.add(encodeStatePath(path)));
      const visits = buildVisits(run.events);
      const problems: string[] = [];
      const entered = run.events.filter((e) => e.type.endsWith('StateEntered')).length;
      if (visits.length !== entered) problems.push(`${visits.length} visits for ${entered} states entered`);
      for (const visit of visits) {
        if (!paths.has(visit.path)) problems.push(`visit on unknown path ${visit.path}`);
        const types = visit.eventIndexes.map((i) => run.events[i]!.type);
        const allowed = expectedStatus(visit, types, run.status === 'SUCCEEDED');
        if (!allowed.includes(visit.status)) problems.push(`${visit.path}[${visit.iteration.join('.')}] is ${visit.status}, events ${types.join(',')}`);
      }
      if (summarize(run.events).status !== run.status) problems.push(`summary status ${summarize(run.events).status} ≠ ${run.status}`);
      if (problems.length === 0) agree++;
      else misses.push(`${id}: ${problems.join('; ')}`);
    }
    console.log(`histories: derived statuses agree with the events on ${agree}/${lines.length} (${((100 * agree) / lines.length).toFixed(1)}%)`);
    expect(misses).toEqual([]);
    expect(agree / lines.length).toBeGreaterThanOrEqual(0.99);
  });
});
