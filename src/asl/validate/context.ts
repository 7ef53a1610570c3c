/**
 * What every validation rule sees: the raw definition walked once into scopes and states (with
 * their JSON paths and effective query language), and a `report` that builds diagnostics from
 * the message catalogue. The walk tolerates any input shape.
 */
import type { Diagnostic, QueryLanguage, StatePath } from '../types';
import type { ScopePath } from '../paths';
import { MESSAGES, SEVERITY, type MessageCode } from './messages';
import { isObj, type Obj } from '../objects';

export { isObj, type Obj };

export type JsonPath = (string | number)[];

export interface ScopeInfo {
  /** The scope object: the machine, a Parallel branch or a Map processor. */
  scope: Obj;
  kind: 'machine' | 'branch' | 'processor';
  jsonPath: JsonPath;
  statePath: ScopePath;
  /** Query language the scope's states inherit. */
  queryLanguage: QueryLanguage;
  /** States object when it is an object (else undefined). */
  states: Obj | undefined;
  /** For processors: the owning Map state. */
  owner?: StateInfo;
}

export interface StateInfo {
  name: string;
  /** The state value as written (may be any JSON). */
  raw: unknown;
  /** The state when it is an object, else an empty object (rules then see no fields). */
  state: Obj;
  jsonPath: JsonPath;
  statePath: StatePath;
  scope: ScopeInfo;
  /** Effective query language: own QueryLanguage, else the scope's. */
  queryLanguage: QueryLanguage;
}

type MessageArgs<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]>;

export interface ValidationContext {
  root: Obj;
  scopes: ScopeInfo[];
  states: StateInfo[];
  report<C extends MessageCode>(code: C, path: JsonPath, ...args: MessageArgs<C>): void;
}

function languageOf(value: unknown, fallback: QueryLanguage): QueryLanguage {
  return value === 'JSONata' || value === 'JSONPath' ? value : fallback;
}

/** Codes about a field's value that a deploy-time `${…}` placeholder makes unknowable here. */
const PLACEHOLDER_CHECKED: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'INVALID_FIELD_TYPE', 'FIELD_OUT_OF_RANGE', 'INVALID_MACHINE_TIMEOUT', 'INVALID_TIMESTAMP', 'INVALID_PROCESSOR_CONFIG',
]);

/** The placeholder name when the value at `path` is exactly one `${Name}` placeholder. */
export function placeholderAt(root: Obj, path: JsonPath): string | undefined {
  let node: unknown = root;
  for (const key of path) node = isObj(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
  return typeof node === 'string' ? /^\$\{([^}]+)\}$/.exec(node.trim())?.[1] : undefined;
}

/** Walks `root` into scopes and states, and collects reported diagnostics into `out`. */
export function createContext(root: Obj, out: Diagnostic[]): ValidationContext {
  const scopes: ScopeInfo[] = [];
  const states: StateInfo[] = [];
  const visitScope = (info: ScopeInfo): void => {
    scopes.push(info);
    if (!info.states) return;
    for (const [name, raw] of Object.entries(info.states)) {
      const state = isObj(raw) ? raw : {};
      const jsonPath = [...info.jsonPath, 'States', name];
      const statePath = [...info.statePath, name];
      const entry: StateInfo = {
        name, raw, state, jsonPath, statePath, scope: info,
        queryLanguage: languageOf(state.QueryLanguage, info.queryLanguage),
      };
      states.push(entry);
      const child = (scope: unknown, kind: 'branch' | 'processor', path: JsonPath, index: number): void => {
        if (!isObj(scope)) return;
        visitScope({
          scope, kind, jsonPath: path, statePath: [...statePath, index],
          queryLanguage: languageOf(scope.QueryLanguage, entry.queryLanguage),
          states: isObj(scope.States) ? scope.States : undefined,
          ...(kind === 'processor' ? { owner: entry } : {}),
        });
      };
      if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        state.Branches.forEach((b, i) => child(b, 'branch', [...jsonPath, 'Branches', i], i));
      } else if (state.Type === 'Map') {
        if (isObj(state.ItemProcessor)) child(state.ItemProcessor, 'processor', [...jsonPath, 'ItemProcessor'], 0);
        else if (isObj(state.Iterator)) child(state.Iterator, 'processor', [...jsonPath, 'Iterator'], 0);
      }
    }
  };
  visitScope({
    scope: root, kind: 'machine', jsonPath: [], statePath: [],
    queryLanguage: languageOf(root.QueryLanguage, 'JSONPath'),
    states: isObj(root.States) ? root.States : undefined,
  });
  return {
    root, scopes, states,
    report(code, path, ...args) {
      const placeholder = PLACEHOLDER_CHECKED.has(code) ? placeholderAt(root, path) : undefined;
      if (placeholder !== undefined) {
        // `"Seconds": "${Timeout}"`: DefinitionSubstitutions fill the value at deploy time (SAM /
        // CloudFormation), so its type and range are only known then — a warning, never an error.
        out.push({ code: 'PLACEHOLDER_VALUE', message: MESSAGES.PLACEHOLDER_VALUE(String(path[path.length - 1]), placeholder), severity: 'warning', path: [...path] });
        return;
      }
      const make = MESSAGES[code] as (...a: unknown[]) => string;
      out.push({ code, message: make(...args), severity: SEVERITY[code] ?? 'error', path: [...path] });
    },
  };
}
