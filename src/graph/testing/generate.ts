/**
 * Generates large, realistic definitions for layout benchmarks and tests: Task chains with Retry
 * and Catch, Choice fan-outs, Parallel and Map containers (a Map holding a nested Parallel),
 * exactly `n` states in total, deterministic (no randomness).
 */
import type { State, StateMachine, StatesScope, TaskState } from '../../asl/types';

export interface GenerateOptions {
  /** States inside each Parallel / Map (default: 6 below 500 states, 60 from 500 on). */
  containerSize?: number;
}

const LAMBDA = 'arn:aws:states:::lambda:invoke';

function task(next: string | undefined, catchTo?: string): TaskState {
  const state: TaskState = {
    Type: 'Task', Resource: LAMBDA,
    Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:work', 'Payload.$': '$' },
    Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }],
  };
  if (catchTo) state.Catch = [{ ErrorEquals: ['States.ALL'], Next: catchTo, ResultPath: '$.error' }];
  if (next) state.Next = next;
  else state.End = true;
  return state;
}

function transition(next: string | undefined): { Next: string } | { End: true } {
  return next ? { Next: next } : { End: true };
}

/** A chain of `k` states (Task/Pass alternating); nested Parallel inside when `k` is large. */
function chainScope(prefix: string, k: number): StatesScope {
  const states: Record<string, State> = {};
  if (k >= 12) {
    // Task → Parallel(two chains) → Pass…: exercises containers nested in containers.
    const inner = k - 3;
    const left = Math.ceil(inner / 2);
    states[`${prefix} start`] = task(`${prefix} fan`);
    states[`${prefix} fan`] = { Type: 'Parallel', Branches: [chainScope(`${prefix}.a`, left), chainScope(`${prefix}.b`, inner - left)], Next: `${prefix} done` };
    states[`${prefix} done`] = { Type: 'Pass', End: true };
    return { StartAt: `${prefix} start`, States: states };
  }
  for (let i = 0; i < k; i += 1) {
    const next = i + 1 < k ? `${prefix} ${i + 1}` : undefined;
    states[`${prefix} ${i}`] = i % 2 === 0 ? task(next) : { Type: 'Pass', ...transition(next) };
  }
  return { StartAt: `${prefix} 0`, States: states };
}

function countStates(scope: StatesScope): number {
  let n = 0;
  for (const state of Object.values(scope.States)) {
    n += 1;
    if (state.Type === 'Parallel') n += state.Branches.reduce((s, b) => s + countStates(b), 0);
    if (state.Type === 'Map' && state.ItemProcessor) n += countStates(state.ItemProcessor);
  }
  return n;
}

type Block = (id: number, next: string | undefined, budget: number) => Record<string, State>;

const blocks: Block[] = [
  // Task chain with Retry, and a Catch to a local fallback that rejoins the flow.
  (id, next) => ({
    [`Step ${id}.1`]: task(`Step ${id}.2`, `Recover ${id}`),
    [`Step ${id}.2`]: task(`Step ${id}.3`, `Recover ${id}`),
    [`Step ${id}.3`]: task(next),
    [`Recover ${id}`]: { Type: 'Pass', Result: { recovered: true }, ResultPath: '$.recovery', ...transition(next) },
  }),
  // Choice fan-out joining again.
  (id, next) => ({
    [`Route ${id}`]: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.kind', StringEquals: 'a', Next: `Handle A ${id}` },
        { Variable: '$.amount', NumericGreaterThan: 100, Next: `Handle B ${id}` },
      ],
      Default: `Handle other ${id}`,
    },
    [`Handle A ${id}`]: task(`Join ${id}`),
    [`Handle B ${id}`]: { Type: 'Wait', Seconds: 5, Next: `Join ${id}` },
    [`Handle other ${id}`]: { Type: 'Pass', Next: `Join ${id}` },
    [`Join ${id}`]: { Type: 'Pass', ...transition(next) },
  }),
  // Parallel with two branches.
  (id, next, budget) => {
    const inner = Math.max(2, budget - 1);
    const left = Math.ceil(inner / 2);
    return { [`Fork ${id}`]: { Type: 'Parallel', Branches: [chainScope(`Left ${id}`, left), chainScope(`Right ${id}`, inner - left)], ...transition(next) } };
  },
  // Map over items.
  (id, next, budget) => ({
    [`Each ${id}`]: {
      Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 5,
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...chainScope(`Item ${id}`, Math.max(1, budget - 1)) },
      ...transition(next),
    },
  }),
];

/** A definition with exactly `n` states (n ≥ 1). */
export function generateDefinition(n: number, options: GenerateOptions = {}): StateMachine {
  const containerSize = options.containerSize ?? (n >= 500 ? 60 : 6);
  const parts: Record<string, State>[] = [];
  let total = 0;
  let id = 0;
  // Build blocks without their successor first, to know where to stop; wire them afterwards.
  while (total < n) {
    const remaining = n - total;
    const kind = id % blocks.length;
    const budget = Math.min(containerSize + 1, remaining);
    if ((kind === 0 && remaining < 4) || (kind === 1 && remaining < 5) || (kind >= 2 && remaining < 3)) break;
    const block = blocks[kind]!(id, `#next`, budget);
    const count = countStates({ StartAt: '', States: block });
    if (count > remaining) break;
    parts.push(block);
    total += count;
    id += 1;
  }
  for (let i = 0; total < n; i += 1, total += 1) parts.push({ [`Tail ${i}`]: { Type: 'Pass', Next: '#next' } });

  const states: Record<string, State> = {};
  parts.forEach((block, i) => {
    const nextStart = parts[i + 1] ? Object.keys(parts[i + 1]!)[0]! : undefined;
    for (const [name, state] of Object.entries(block)) {
      const wired = { ...state } as State & { Next?: string; End?: boolean };
      if (wired.Next === '#next') {
        delete wired.Next;
        if (nextStart) wired.Next = nextStart;
        else wired.End = true;
      }
      states[name] = wired;
    }
  });
  return { Comment: `Generated workflow with ${n} states`, StartAt: Object.keys(states)[0]!, States: states };
}

export { countStates as countGeneratedStates };
