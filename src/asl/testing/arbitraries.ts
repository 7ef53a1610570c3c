/**
 * fast-check arbitraries for ASL definitions (test-only). Generated machines have unique state
 * names machine-wide and transitions that point inside their scope, with arbitrary JSON in
 * payload fields and a mix of odd names ("__proto__", slashes, Unicode) to shake out key handling.
 */
import fc from 'fast-check';
import type { JsonValue, State, StateMachine, StatesScope } from '../types';

interface StateSpec {
  type: 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';
  picks: number[];
  payload: JsonValue;
  end: boolean;
  comment: string | null;
  children: StateSpec[][];
}

const NAME_STEMS = ['Step', 'Check order', 'Ünïcödé', 'a/b', 'x~y', '__proto__', 'constructor', '名前', 'End', 'States.Task'];

const payload = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>;
const leafType = fc.constantFrom('Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail') as fc.Arbitrary<StateSpec['type']>;

function stateSpec(depth: number): fc.Arbitrary<StateSpec> {
  const type = depth > 0 ? fc.oneof(leafType, fc.constantFrom('Parallel', 'Map') as fc.Arbitrary<StateSpec['type']>) : leafType;
  return type.chain((t) => fc.record({
    type: fc.constant(t),
    picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    payload,
    end: fc.boolean(),
    comment: fc.option(fc.string({ maxLength: 12 })),
    children: t === 'Parallel' ? fc.array(scopeSpec(depth - 1), { minLength: 1, maxLength: 2 })
      : t === 'Map' ? scopeSpec(depth - 1).map((s) => [s]) : fc.constant([]),
  }));
}

function scopeSpec(depth: number): fc.Arbitrary<StateSpec[]> {
  return fc.array(stateSpec(depth), { minLength: 1, maxLength: 4 });
}

class Builder {
  private n = 0;
  name(): string {
    const stem = NAME_STEMS[this.n % NAME_STEMS.length] ?? 'S';
    const name = this.n < NAME_STEMS.length ? stem : `${stem} ${this.n}`;
    this.n++;
    return name;
  }

  scope(specs: StateSpec[]): StatesScope {
    const names = specs.map(() => this.name());
    const states: Record<string, State> = {};
    specs.forEach((spec, i) => {
      const pick = (k: number): string => names[(spec.picks[k] ?? 0) % names.length] as string;
      const later = i + 1 < names.length ? names[i + 1] : undefined;
      Object.defineProperty(states, names[i] as string, { value: this.state(spec, pick, spec.end ? undefined : later), enumerable: true, writable: true, configurable: true });
    });
    return { StartAt: names[0] as string, States: states };
  }

  private state(spec: StateSpec, pick: (k: number) => string, next: string | undefined): State {
    const exit = next === undefined ? { End: true as const } : { Next: next };
    const base: Record<string, unknown> = spec.comment === null ? {} : { Comment: spec.comment };
    switch (spec.type) {
      case 'Task':
        return { ...base, Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { Payload: spec.payload },
          Catch: [{ ErrorEquals: ['States.ALL'], Next: pick(0) }], ...exit } as State;
      case 'Pass':
        return { ...base, Type: 'Pass', Result: spec.payload, ...exit } as State;
      case 'Choice':
        return { ...base, Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: spec.picks[1] ?? 0, Next: pick(1) },
          { Not: { Variable: '$.s', StringEquals: 'a' }, Next: pick(2) }], Default: pick(3) } as State;
      case 'Wait':
        return { ...base, Type: 'Wait', Seconds: spec.picks[0] ?? 1, ...exit } as State;
      case 'Succeed':
        return { ...base, Type: 'Succeed' } as State;
      case 'Fail':
        return { ...base, Type: 'Fail', Error: 'E', Cause: JSON.stringify(spec.payload) } as State;
      case 'Parallel':
        return { ...base, Type: 'Parallel', Branches: spec.children.map((c) => this.scope(c)), ...exit } as State;
      case 'Map':
        return { ...base, Type: 'Map', ItemsPath: '$.items', ItemProcessor: this.scope(spec.children[0] ?? []), ...exit } as State;
    }
  }
}

/** Arbitrary state machines, nested up to `depth` levels of Parallel / Map. */
export function arbitraryDefinition(depth = 2): fc.Arbitrary<StateMachine> {
  return fc.record({ scope: scopeSpec(depth), comment: fc.option(fc.string({ maxLength: 20 })), extra: fc.option(payload) })
    .map(({ scope, comment, extra }) => {
      const def: StateMachine = new Builder().scope(scope) as StateMachine;
      if (comment !== null) def.Comment = comment;
      if (extra !== null) def['x-extra'] = extra;
      return def;
    });
}
