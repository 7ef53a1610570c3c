/**
 * Suggested test cases for what no test covers, each with a sentence and (where one was found)
 * the case that covers it:
 * - a Catch or Retry of a Task, Map or Parallel: a mocked Task throws the error (suggestErrors);
 * - a Choice rule or Default: the input a test brings to the Choice, changed so that rule is the
 *   first to match, carried back to the case's input or mocks (suggestChoice);
 * - a state, transition or body: the suggested case whose run gets there, else the transitions
 *   that lead there.
 * Every draft is run on the engine before it is offered: a suggestion says it covers the item
 * only when its run did. A draft that does not is offered as the nearest try, saying so, with a
 * note in the case. Pure (async: runs the engine).
 */
import { decodeStatePath } from '../asl/paths';
import type { StateMachine } from '../asl/types';
import { aslToGraph } from '../graph/aslToGraph';
import type { HistoryEvent, MockResponse } from '../interpreter/types';
import { coverageOf, type CoverageItem } from '../run/coverage';
import { buildVisits } from '../run/visits';
import { caseMocks, runTestCase } from './case';
import type { SfnTestCase, SfnTestFile } from './format';
import { choiceDrafts } from './suggestChoice';
import { errorDrafts, type Base, type Draft } from './suggestErrors';

export interface CaseSuggestion {
  /** The coverage item it is about. */
  itemId: string;
  /** What to add, in a sentence ("No test reaches … : add a case where … throws …"). */
  text: string;
  /** The case to add; absent when there is nothing to add from here (the sentence says why). */
  testCase?: SfnTestCase;
  /** True when the case's run was seen to cover the item. */
  verified: boolean;
  /** The item whose suggested case this one reuses (its run gets here too). */
  via?: string;
}

/** A finished run of an existing case (the Tests panel's results, the runner's). */
export interface CaseRun {
  name: string;
  events: readonly HistoryEvent[];
}

const EMPTY_SUITE: SfnTestFile = { workflow: '', tests: [] };

function uniqueName(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
  taken.add(name);
  return name;
}

function nameOf(statePath: string): string {
  const path = decodeStatePath(statePath);
  return String(path[path.length - 1]);
}

/** Ids of every item a run covers. */
function coveredBy(definition: StateMachine, events: readonly HistoryEvent[]): Set<string> {
  const coverage = coverageOf(definition, [events]);
  const out = new Set<string>();
  for (const group of [coverage.states, coverage.transitions, coverage.retriers, coverage.bodies]) for (const i of group.items) if (i.covered) out.add(i.id);
  return out;
}

class Bases {
  private visitsByName = new Map<string, ReturnType<typeof buildVisits>>();

  constructor(
    private suite: SfnTestFile,
    runs: readonly CaseRun[],
  ) {
    for (const run of runs) this.visitsByName.set(run.name, buildVisits(run.events as HistoryEvent[]));
  }

  private base(test: SfnTestCase | undefined): Base {
    let mocks: Record<string, MockResponse[]> = {};
    try {
      if (test) mocks = caseMocks(this.suite, test, {});
    } catch {
      mocks = {};
    }
    return { testCase: test, mocks, visits: (test && this.visitsByName.get(test.name)) ?? [] };
  }

  /** The case whose run entered the state, else one whose mocks or expectations name it, else the first. */
  for(statePath: string): Base {
    const tests = this.suite.tests;
    const entered = tests.find((t) => this.visitsByName.get(t.name)?.some((v) => v.path === statePath));
    if (entered) return this.base(entered);
    const name = nameOf(statePath);
    const names = (t: SfnTestCase) => t.mocks?.[name] !== undefined || t.expect?.path?.includes(name) || t.expect?.passesThrough?.includes(name);
    return this.base(tests.find((t) => t.mockTestCase === undefined && names(t)) ?? tests.find((t) => t.mockTestCase === undefined) ?? tests[0]);
  }
}

/** Engine runs one call may make: a workflow with many missing items still gets its list quickly (the rest keep their labels). */
export const MAX_RUNS = 150;

/** The first draft whose run covers the item (and what else that run covers), else undefined. */
async function firstThatCovers(definition: StateMachine, suite: SfnTestFile, item: CoverageItem, drafts: readonly Draft[], budget: { runs: number }): Promise<{ draft: Draft; covers: Set<string> } | undefined> {
  for (const draft of drafts.slice(0, 10)) {
    if (budget.runs <= 0) return undefined;
    budget.runs--;
    const { result } = await runTestCase(definition, suite, { ...draft.testCase, expect: {} });
    const covers = coveredBy(definition, result.events);
    if (covers.has(item.id)) return { draft, covers };
  }
  return undefined;
}

const verb = (item: CoverageItem) => (item.kind === 'catch' ? 'reaches' : item.kind === 'retry' ? 'exercises' : item.kind === 'state' ? 'enters' : item.kind === 'body' ? 'runs' : 'takes');

const NOTE = 'ASL Studio could not make this case cover it: edit the input or mocks until it passes.';

/**
 * Suggestions for the uncovered items `missing` of `definition`, given the suite and the runs of
 * its cases (the input each brings to each state).
 */
export async function suggestCases(definition: StateMachine, suite: SfnTestFile | undefined, missing: readonly CoverageItem[], runs: readonly CaseRun[] = [], maxRuns = MAX_RUNS): Promise<CaseSuggestion[]> {
  const file = suite ?? EMPTY_SUITE;
  const budget = { runs: maxRuns };
  const bases = new Bases(file, runs);
  const taken = new Set(file.tests.map((t) => t.name));
  const out = new Map<string, CaseSuggestion>();
  const reached: { item: CoverageItem; suggestion: CaseSuggestion; covers: Set<string> }[] = [];
  const offer = (item: CoverageItem, text: string, testCase: SfnTestCase | undefined, verified: boolean) => {
    const named = testCase ? { ...testCase, name: uniqueName(taken, testCase.name), ...(verified ? {} : { note: NOTE }) } : undefined;
    const suggestion: CaseSuggestion = { itemId: item.id, text, verified, ...(named ? { testCase: named } : {}) };
    out.set(item.id, suggestion);
    return suggestion;
  };

  for (const item of missing) {
    if (item.covered || item.state === undefined) continue;
    const head = `No test ${verb(item)} ${item.label}`;
    // Out of engine runs: the rest keep their plain labels (nothing claimed that was not tried).
    if (budget.runs <= 0) break;
    if (item.kind === 'catch' || item.kind === 'retry') {
      const drafts = errorDrafts(definition, item, bases.for(item.state));
      if (drafts.length === 0) continue;
      const hit = await firstThatCovers(definition, file, item, drafts, budget);
      if (!hit && budget.runs <= 0) break;
      if (hit) reached.push({ item, covers: hit.covers, suggestion: offer(item, `${head}: ${hit.draft.text}.`, hit.draft.testCase, true) });
      else offer(item, `${head}: ${drafts[0]!.text} was tried, but its run does not get there (something before it goes another way); the case is added with a note to edit it.`, drafts[0]!.testCase, false);
    } else if (item.kind === 'choice' || item.kind === 'default') {
      const choice = nameOf(item.state);
      const base = bases.for(item.state);
      const found = await choiceDrafts(definition, item, base);
      if (!found) {
        offer(item, `${head}: no test reaches ${choice} yet, so there is no input to start from.`, undefined, false);
        continue;
      }
      const hit = found.unsolved ? undefined : await firstThatCovers(definition, file, item, found.drafts, budget);
      if (!hit && !found.unsolved && budget.runs <= 0) break;
      const nearest = found.drafts[0]!;
      if (hit) reached.push({ item, covers: hit.covers, suggestion: offer(item, `${head}: ${hit.draft.text}.`, hit.draft.testCase, true) });
      else if (found.unsolved) offer(item, `${head}: no input was found that takes it (${found.unsolved}); the case added starts from “${base.testCase?.name ?? ''}” for you to edit.`, nearest.testCase, false);
      else offer(item, `${head}: ${choice} takes it when its input has ${found.atChoice}, but no change of the case's input or mocks tried here brings that to ${choice}; the case added has the nearest try (${nearest.text.replace(/^add a case with /, '')}) for you to edit.`, nearest.testCase, false);
    }
  }

  // States, transitions and bodies: a suggested case that gets there, else the way in.
  const edges = aslToGraph(definition).edges;
  const labels = new Map(missing.map((i) => [i.id, i.label]));
  for (const item of missing) {
    if (item.covered || out.has(item.id) || (item.kind !== 'state' && item.kind !== 'transition' && item.kind !== 'body')) continue;
    const head = `No test ${verb(item)} ${item.label}`;
    const via = reached.find((r) => r.covers.has(item.id));
    if (via) {
      // The same case as the other suggestion (adding either adds it; the other is then covered).
      const text = `${head}: the case suggested for ${via.item.label} gets there too.`;
      out.set(item.id, { itemId: item.id, text, verified: true, via: via.item.id, ...(via.suggestion.testCase ? { testCase: via.suggestion.testCase } : {}) });
      continue;
    }
    if (item.kind === 'state') {
      const ways = edges.filter((e) => e.target === item.id).map((e) => labels.get(e.id) ?? e.id);
      if (ways.length > 0) offer(item, `${head}: it is entered through ${ways.join(' or ')}, which no test takes either.`, undefined, false);
    }
  }
  return missing.filter((i) => out.has(i.id)).map((i) => out.get(i.id)!);
}

/**
 * The suggested case as it is added: run once, its observed status becomes its expected status
 * (the path expectation stays what the suggestion is about: a case that misses it fails, visibly).
 */
export async function withObservedStatus(definition: StateMachine, suite: SfnTestFile | undefined, suggestion: CaseSuggestion): Promise<SfnTestCase | undefined> {
  const testCase = suggestion.testCase;
  if (!testCase) return undefined;
  const { result } = await runTestCase(definition, suite ?? EMPTY_SUITE, { ...testCase, expect: {} });
  return { ...testCase, expect: { status: result.status, ...testCase.expect } };
}
