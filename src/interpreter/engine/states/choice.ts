/**
 * Choice state (ASL spec "Choice State"): JSONPath rules through the choice evaluator, JSONata
 * `Condition`s here; the matched rule's `Assign`/`Output`, else `Default` with the state's own.
 */
import type { ChoiceRule, ChoiceState } from '../../../asl/types';
import { StatesError } from '../../../asl/statesError';
import { applyInputPath, applyOutputPath } from '../../dataflow';
import type { Gen } from '../effects';
import { assignPath, evalAssign, evalJsonata, pathCtx, type StateRun } from '../fields';

export interface ChoiceOutcome {
  output: unknown;
  next: string;
}

function noMatch(): StatesError {
  return new StatesError('States.NoChoiceMatched', 'No Matches!');
}

export function* runChoice(run: StateRun, state: ChoiceState): Gen<ChoiceOutcome> {
  const rules: ChoiceRule[] = Array.isArray(state.Choices) ? state.Choices : [];
  if (run.jsonata) {
    let matched: ChoiceRule | undefined;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const value = typeof rule.Condition === 'boolean' ? rule.Condition : yield* evalJsonata(run, rule.Condition, `Choices/${i}/Condition`);
      if (typeof value !== 'boolean') {
        throw new StatesError('States.QueryEvaluationError', `The Condition field of a Choice rule must evaluate to a boolean, but was: ${JSON.stringify(value)}`);
      }
      if (value) {
        matched = rule;
        break;
      }
    }
    if (!matched && state.Default === undefined) throw noMatch();
    const assign = matched ? matched.Assign : state.Assign;
    const outputField = matched && matched.Output !== undefined ? matched.Output : state.Output;
    if (assign != null) yield* evalAssign(run, assign, undefined);
    const output = outputField === undefined ? run.input : yield* evalJsonata(run, outputField, 'Output');
    return { output, next: matched ? String(matched.Next) : String(state.Default) };
  }
  const next = choicePath(run, state);
  return { output: run.output, next };
}

/**
 * The JSONPath Choice state (synchronous): returns the next state and leaves the state's output
 * in `run.output`.
 */
export function choicePath(run: StateRun, state: ChoiceState): string {
  const rules: ChoiceRule[] = Array.isArray(state.Choices) ? state.Choices : [];
  const effective = state.InputPath === undefined ? run.input : applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
  run.afterInputPath = effective;
  const ctx = pathCtx(run, effective);
  let matched: ChoiceRule | undefined;
  for (let i = 0; i < rules.length; i++) {
    if (run.rt.compiledRule(rules[i])(effective, ctx)) {
      matched = rules[i];
      break;
    }
  }
  if (!matched && state.Default === undefined) throw noMatch();
  const assign = matched ? matched.Assign : state.Assign;
  if (assign != null) assignPath(run, assign, effective);
  run.output = state.OutputPath === undefined ? effective : applyOutputPath(effective, state.OutputPath, pathCtx(run, effective));
  return matched ? String(matched.Next) : String(state.Default);
}
