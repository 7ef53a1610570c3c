/**
 * State plans: what every run of one state (in one scope) shares — names, event types, path,
 * next state — built once per execution, and the plan each state went to last (most states
 * always go to the same one), so walking a scope looks nothing up per transition.
 */
import { encodeStatePath } from '../../asl/paths';
import { StatesError } from '../../asl/statesError';
import type { State, StatesScope } from '../../asl/types';
import type { Frame } from './runtime';
import type { StateEnteredEvent, StateExitedEvent, StateTypeName, TaskHandler } from '../types';

/** What every run of one state (in one scope) shares: names, event types, path, next state. */
export interface StatePlan {
  name: string;
  state: State;
  /** Encoded StatePath. */
  path: string;
  /** `PassStateEntered`, … */
  entered: StateEnteredEvent['type'];
  exited: StateExitedEvent['type'];
  /** `Next`, or undefined for an End state (and for Choice, Succeed, Fail). */
  next: string | undefined;
  /** Pass, Choice or Succeed: synchronous in JSONPath. */
  simple: boolean;
  /** The plan of the state last gone to from this one (most states always go to the same). */
  followName: string | undefined;
  follow: StatePlan | undefined;
  /** The task handler answering this Task state (looked up on its first call; null: none). */
  handler: TaskHandler | null | undefined;
}

/** The state types that go on to their `Next` (Choice chooses; Succeed and Fail end). */
const FOLLOWS_NEXT: ReadonlySet<string> = new Set(['Pass', 'Wait', 'Task', 'Parallel', 'Map']);

/** The plans of one execution, by scope and state name. */
export class PlanTable {
  private readonly byScope = new WeakMap<StatesScope, Map<string, StatePlan>>();

  /** What every run of a state in a scope shares (memoised: a scope always has the same prefix). */
  of(frame: Frame, stateName: string, state: State): StatePlan {
    let byName = this.byScope.get(frame.scope);
    if (!byName) {
      byName = new Map();
      this.byScope.set(frame.scope, byName);
    }
    let plan = byName.get(stateName);
    if (plan === undefined || plan.state !== state) {
      // One of the 8 ASL types once validated (a run with skipValidation fails an unknown one as it enters).
      const type = String(state.Type) as StateTypeName;
      const s = state as { Next?: unknown; End?: unknown };
      plan = {
        name: stateName,
        state,
        path: encodeStatePath([...frame.prefix, stateName]),
        entered: `${type}StateEntered`,
        exited: `${type}StateExited`,
        next: !FOLLOWS_NEXT.has(type) || s.End === true || typeof s.Next !== 'string' ? undefined : s.Next,
        simple: type === 'Pass' || type === 'Choice' || type === 'Succeed',
        followName: undefined,
        follow: undefined,
        handler: undefined,
      };
      byName.set(stateName, plan);
    }
    return plan;
  }

  /**
   * The plan of the state `stateName` of the frame's scope.
   * @throws StatesError `States.Runtime` when the scope has no such state
   */
  at(frame: Frame, stateName: string): StatePlan {
    const state = frame.scope.States?.[stateName];
    if (!state) throw new StatesError('States.Runtime', `The state '${stateName}' does not exist in the state machine.`);
    return this.of(frame, stateName, state);
  }

  /** The plan of the state `plan` goes to next (memoised on `plan`). */
  after(frame: Frame, plan: StatePlan, next: string): StatePlan {
    if (plan.followName === next && plan.follow !== undefined) return plan.follow;
    const following = this.at(frame, next);
    plan.followName = next;
    plan.follow = following;
    return following;
  }
}
