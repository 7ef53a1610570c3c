/**
 * An input for a Choice state that takes a given rule (or its Default): starting from the input a
 * test already brings to the Choice, fields the rules read are changed until the wanted rule
 * matches and every rule before it does not (ASL spec "Choice State": the first matching rule
 * wins). Candidate values come from each rule's operator and operand (JSONPath rules) or from the
 * literals of the `Condition` (JSONata); every candidate is checked with the engine's own
 * evaluator, so a solution is never a guess. Pure.
 */
import type { ChoiceRule, ChoiceState } from '../asl/types';
import { evaluateChoiceRule, parseTimestamp, type ChoiceContext } from '../interpreter/choice';
import { evaluatePath } from '../asl/jsonpath';
import { isObj } from '../asl/objects';
import { getIn, keysOfPath, removeIn, setIn, type Key } from './jsonKeys';

/** A rule that must come out `want` (errors count as not holding: the run would fail there). */
export interface Goal {
  rule: ChoiceRule;
  want: boolean;
}

export interface ChoiceSolution {
  /** The Choice's raw input that satisfies every goal, or the nearest one found. */
  input: unknown;
  /** True when every goal holds for `input` (checked with the evaluator). */
  found: boolean;
  /** Why nothing was found (rules reading `$$` or variables, or no candidate worked). */
  reason?: string;
}

/** Goals for taking rule `index` (undefined: the Default): that rule true, every earlier one false. */
export function goalsFor(state: ChoiceState, index: number | undefined): Goal[] {
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  const upTo = index === undefined ? rules.length : index;
  const goals = rules.slice(0, upTo).map((rule) => ({ rule, want: false }));
  if (index !== undefined && rules[index]) goals.push({ rule: rules[index]!, want: true });
  return goals;
}

type Edit = { keys: Key[]; value?: unknown; remove?: true };

const STAMP = '2025-01-01T00:00:00Z';

function shiftStamp(value: string, ms: number): string | undefined {
  const instant = parseTimestamp(value);
  return instant ? new Date(instant.epochMillis + ms).toISOString().replace('.000Z', 'Z') : undefined;
}

/** A string StringMatches accepts: each unescaped `*` matches nothing, `\*` and `\\` are literal. */
function literalOf(pattern: string): string {
  return pattern.replace(/\\(.)|\*/g, (_, escaped: string | undefined) => escaped ?? '');
}

/** Values of the Variable that make `operator operand` come out `want` (the evaluator picks). */
function valuesFor(operator: string, operand: unknown, want: boolean): unknown[] {
  const base = operator.replace(/Path$/, '');
  if (typeof operand === 'number') {
    const table: Record<string, [unknown[], unknown[]]> = {
      NumericEquals: [[operand], [operand + 1, operand - 1]],
      NumericLessThan: [[operand - 1], [operand, operand + 1]],
      NumericGreaterThan: [[operand + 1], [operand, operand - 1]],
      NumericLessThanEquals: [[operand, operand - 1], [operand + 1]],
      NumericGreaterThanEquals: [[operand, operand + 1], [operand - 1]],
    };
    const pair = table[base];
    if (pair) return want ? pair[0] : [...pair[1], null];
  }
  if (typeof operand === 'boolean' && base === 'BooleanEquals') return want ? [operand] : [!operand, null];
  if (typeof operand === 'string' && base.startsWith('Timestamp')) {
    const before = shiftStamp(operand, -1000);
    const after = shiftStamp(operand, 1000);
    const table: Record<string, [unknown[], unknown[]]> = {
      TimestampEquals: [[operand], [after, before]],
      TimestampLessThan: [[before], [operand, after]],
      TimestampGreaterThan: [[after], [operand, before]],
      TimestampLessThanEquals: [[operand, before], [after]],
      TimestampGreaterThanEquals: [[operand, after], [before]],
    };
    const pair = table[base];
    if (pair) return (want ? pair[0] : [...pair[1], null]).filter((v) => v !== undefined);
  }
  if (typeof operand === 'string' && base === 'StringMatches') {
    const literal = literalOf(operand);
    return want ? [literal, operand.replace(/\\(.)|\*/g, (_, e: string | undefined) => e ?? 'x')] : [`${literal}#`, `#${literal}`, '', null];
  }
  if (typeof operand === 'string' && base.startsWith('String')) {
    const shorter = operand.slice(0, -1);
    const table: Record<string, [unknown[], unknown[]]> = {
      StringEquals: [[operand], [`${operand}-other`, '']],
      StringLessThan: [['', shorter], [operand, `${operand}z`]],
      StringGreaterThan: [[`${operand}z`, `${operand}~`], [operand, '']],
      StringLessThanEquals: [[operand, ''], [`${operand}z`]],
      StringGreaterThanEquals: [[operand, `${operand}z`], ['']],
    };
    const pair = table[base];
    if (pair) return want ? pair[0] : [...pair[1], null];
  }
  return [];
}

const TYPE_SAMPLES: Record<string, [unknown[], unknown[]]> = {
  IsNull: [[null], ['x', 0]],
  IsNumeric: [[0, 1], ['x']],
  IsString: [['x'], [0]],
  IsBoolean: [[true, false], ['x']],
  IsTimestamp: [[STAMP], ['x']],
};

/** A sample operand for a `…Path` comparison whose operand path is missing too. */
function sampleFor(operator: string): unknown {
  if (operator.startsWith('Numeric')) return 0;
  if (operator.startsWith('Boolean')) return true;
  if (operator.startsWith('Timestamp')) return STAMP;
  return 'a';
}

function operatorOf(rule: ChoiceRule): string | undefined {
  return Object.keys(rule).find((k) => k !== 'Variable' && k !== 'Next' && k !== 'Comment' && k !== 'Assign' && k !== 'Output');
}

/**
 * Edits of the raw input (each candidate a list of edits) that may make `rule` come out `want`.
 * `prefix` is where the state's InputPath points in the raw input.
 */
function candidates(rule: ChoiceRule, want: boolean, raw: unknown, prefix: Key[], holds: (r: ChoiceRule, w: boolean) => boolean): Edit[][] {
  if (Array.isArray(rule.And)) {
    if (want) {
      const first = rule.And.find((sub) => !holds(sub, true));
      return first ? candidates(first, true, raw, prefix, holds) : [];
    }
    return rule.And.flatMap((sub) => candidates(sub, false, raw, prefix, holds));
  }
  if (Array.isArray(rule.Or)) {
    if (want) return rule.Or.flatMap((sub) => candidates(sub, true, raw, prefix, holds));
    const first = rule.Or.find((sub) => !holds(sub, false));
    return first ? candidates(first, false, raw, prefix, holds) : [];
  }
  if (rule.Not !== undefined) return candidates(rule.Not, !want, raw, prefix, holds);
  const variable = keysOfPath(rule.Variable);
  const operator = operatorOf(rule);
  if (!variable || !operator) return [];
  const at = [...prefix, ...variable];
  const expected = rule[operator];
  const set = (value: unknown): Edit[] => [{ keys: at, value }];
  if (operator === 'IsPresent') return want === expected ? [set(getIn(raw, at).found ? getIn(raw, at).value : 'x'), set(0)] : [[{ keys: at, remove: true }]];
  const samples = TYPE_SAMPLES[operator];
  if (samples) return (want === expected ? samples[0] : samples[1]).map(set);
  if (operator.endsWith('Path')) {
    const operandKeys = keysOfPath(expected);
    if (!operandKeys) return [];
    const operandAt = [...prefix, ...operandKeys];
    const current = getIn(raw, operandAt);
    const operand = current.found ? current.value : sampleFor(operator);
    const extra: Edit[] = current.found ? [] : [{ keys: operandAt, value: operand }];
    return valuesFor(operator, operand, want).map((value) => [...extra, { keys: at, value }]);
  }
  return valuesFor(operator, expected, want).map(set);
}

function apply(raw: unknown, edits: readonly Edit[]): unknown {
  let out = raw;
  for (const edit of edits) out = edit.remove ? removeIn(out, edit.keys) : setIn(out, edit.keys, edit.value);
  return out;
}

/** Where the JSONPath InputPath of the Choice points in its raw input (undefined: not a simple path). */
function inputPrefix(state: ChoiceState): Key[] | undefined {
  if (state.InputPath === undefined || state.InputPath === '$') return [];
  if (state.InputPath === null) return undefined;
  return keysOfPath(state.InputPath);
}

const MAX_TRIES = 400;

/**
 * A raw input for a JSONPath Choice that meets every goal, starting from `start`: a depth-first
 * search over the candidate edits of the first goal that does not hold, each step checked with
 * the evaluator; the nearest input (most goals holding) when none is found within the budget.
 */
export function solveJsonPathChoice(state: ChoiceState, goals: readonly Goal[], start: unknown, ctx: ChoiceContext): ChoiceSolution {
  const prefix = inputPrefix(state);
  if (!prefix) return { input: start, found: false, reason: 'its InputPath is not a plain path' };
  const effective = (raw: unknown) => (state.InputPath === undefined ? raw : state.InputPath === null ? {} : evaluatePath(raw, state.InputPath, ctx));
  const holdsOn = (raw: unknown) => (rule: ChoiceRule, want: boolean): boolean => {
    try {
      return evaluateChoiceRule(rule, effective(raw), ctx) === want;
    } catch {
      return false;
    }
  };
  const score = (raw: unknown) => goals.filter((g) => holdsOn(raw)(g.rule, g.want)).length;
  let tries = 0;
  let nearest = { input: start, score: score(start) };
  const seen = new Set<string>();
  const search = (raw: unknown, depth: number): unknown => {
    const holds = holdsOn(raw);
    const failing = goals.find((g) => !holds(g.rule, g.want));
    if (!failing) return raw;
    if (depth >= 8) return undefined;
    for (const edits of candidates(failing.rule, failing.want, raw, prefix, holds)) {
      if (++tries > MAX_TRIES) return undefined;
      let next: unknown;
      try {
        next = apply(raw, edits);
      } catch {
        continue;
      }
      const key = JSON.stringify(next);
      if (seen.has(key)) continue;
      seen.add(key);
      const s = score(next);
      if (s > nearest.score) nearest = { input: next, score: s };
      const found = search(next, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  seen.add(JSON.stringify(start));
  const found = search(isObj(start) || Array.isArray(start) ? start : start, 0);
  if (found !== undefined) return { input: found, found: true };
  const unsettable = goals.some((g) => readsOutsideInput(g.rule));
  return { input: nearest.input, found: false, reason: unsettable ? 'a rule reads the context object or a variable, which a test input cannot set' : 'no candidate value made the rules come out that way' };
}

/** True when a rule reads `$$…` or a variable (a test's input cannot set them). */
function readsOutsideInput(rule: ChoiceRule): boolean {
  if (Array.isArray(rule.And)) return rule.And.some(readsOutsideInput);
  if (Array.isArray(rule.Or)) return rule.Or.some(readsOutsideInput);
  if (rule.Not !== undefined) return readsOutsideInput(rule.Not);
  const op = operatorOf(rule);
  const paths = [rule.Variable, op?.endsWith('Path') ? rule[op] : undefined].filter((p): p is string => typeof p === 'string');
  return paths.some((p) => !p.startsWith('$.') && p !== '$' && !p.startsWith('$['));
}
