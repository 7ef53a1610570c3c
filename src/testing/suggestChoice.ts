/**
 * Draft cases for a Choice rule or Default no test takes: the input a test brings to the Choice
 * is changed until that rule is the first to match (choiceSolve / choiceJsonata, checked with the
 * engine's evaluators), then the change is carried back to the case's input or mocks
 * (placeInput). Pure (async: JSONata evaluates asynchronously).
 */
import { decodeStatePath, getState } from '../asl/paths';
import type { ChoiceState, StateMachine } from '../asl/types';
import type { CoverageItem } from '../run/coverage';
import { solveJsonataChoice } from './choiceJsonata';
import { goalsFor, solveJsonPathChoice, type ChoiceSolution } from './choiceSolve';
import { changesBetween, pathText } from './jsonKeys';
import { placements } from './placeInput';
import type { Base, Draft } from './suggestErrors';

export interface ChoiceDrafts {
  /** In the order to try; the first is also the nearest when nothing was found. */
  drafts: Draft[];
  /** Set when no Choice input was found that takes the rule (the drafts then carry the nearest one). */
  unsolved?: string;
  /** What the rule needs at the Choice ("$.amount = 150"), when found. */
  atChoice?: string;
}

/** Which rule an item is (0-based), undefined for the Default. */
function ruleIndex(item: CoverageItem): number | undefined {
  const m = /: rule #(\d+) →/.exec(item.label);
  return m ? Number(m[1]) - 1 : undefined;
}

/** The target state of a rule or Default edge, from its label (`Route: rule #2 → Big order`). */
function targetOf(state: ChoiceState, index: number | undefined): string | undefined {
  return index === undefined ? state.Default : state.Choices?.[index]?.Next;
}

/**
 * Drafts for an uncovered Choice rule or Default, starting from `base`, a case whose run entered
 * the Choice (`base.visits` has the visit). Undefined when the item is no Choice edge or no run
 * reached the Choice.
 */
export async function choiceDrafts(definition: StateMachine, item: CoverageItem, base: Base): Promise<ChoiceDrafts | undefined> {
  if ((item.kind !== 'choice' && item.kind !== 'default') || item.state === undefined || !base.testCase) return undefined;
  const path = decodeStatePath(item.state);
  const state = getState(definition, path);
  if (state?.Type !== 'Choice') return undefined;
  const choice = state as ChoiceState;
  const visit = base.visits.find((v) => v.path === item.state);
  if (!visit) return undefined;
  const index = item.kind === 'default' ? undefined : ruleIndex(item);
  const goals = goalsFor(choice, index);
  const start = visit.input ?? {};
  const variables = visit.variables ?? {};
  const context = { Execution: { Input: base.testCase.input ?? {} }, State: { Name: String(path[path.length - 1]) } };
  const jsonata = (choice.QueryLanguage ?? definition.QueryLanguage) === 'JSONata';
  const solution: ChoiceSolution = jsonata ? await solveJsonataChoice(goals, start, { context, variables }) : solveJsonPathChoice(choice, goals, start, { context, variables });
  const target = targetOf(choice, index);
  const name = `${String(path[path.length - 1])} takes ${index === undefined ? 'Default' : `rule #${index + 1}`}`;
  const expect = target ? { passesThrough: [target] } : {};
  const places = placements(base.testCase, base.mocks, start, solution.input);
  const drafts: Draft[] = places.map((p) => ({
    testCase: { ...p.testCase, name, expect },
    text: `add a case with ${p.description} (from “${base.testCase!.name}”)`,
  }));
  if (drafts.length === 0) drafts.push({ testCase: { ...structuredClone(base.testCase), name, expect }, text: `add a case from “${base.testCase.name}”` });
  const atChoice = changesBetween(start, solution.input).map((c) => (c.removed ? `without ${pathText(c.keys)}` : `${pathText(c.keys)} = ${JSON.stringify(c.value)}`)).join(', ');
  return solution.found ? { drafts, atChoice } : { drafts, unsolved: solution.reason ?? 'no input found' };
}
