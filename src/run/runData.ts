/**
 * The run settings that belong to one workflow and are saved with it (library record, crash
 * journal, versions, share links): the per-state mocks the user edited, the Start form's input,
 * the default-mock policy, an imported MockConfigFile with the chosen test case, breakpoints and
 * limits. Stored data is never trusted: `readRunData` keeps what has the right shape and drops
 * the rest, so a damaged or older record still opens.
 */
import type { DefaultMockPolicy, MockConfigFile, MockResponse } from '../interpreter/types';
import { importMockConfig, type StateMocks } from './mockConfig';
import { isObj } from '../asl/objects';

export interface RunLimits {
  /** As typed in the Start form (validated there): a positive whole number, or ''. */
  maxTransitions?: string;
  maxEvents?: string;
  startPaused?: boolean;
}

export interface WorkflowRunData {
  /** Edited answers per Task state; a Task not listed gets the catalog default. */
  mocks?: StateMocks;
  /** The Start form's input text (kept as typed, even when it is not JSON yet). */
  input?: string;
  defaultPolicy?: DefaultMockPolicy;
  mockFile?: { name: string; file: MockConfigFile };
  /** The MockConfigFile test case used at Start (absent: the per-state mocks). */
  testCase?: { machine: string; name: string };
  /** Node ids where runs pause. */
  breakpoints?: string[];
  limits?: RunLimits;
}

/** Run data kept with each workflow by its host (library workspace or file session), opaque to it. */
export interface RunDataBinding {
  get(): unknown;
  /**
   * Shows `value`; `workflow` (the host's id of the workflow) is given when another workflow
   * opens, so what belongs to each workflow (its runs) follows.
   */
  set(value: unknown, workflow?: string): void;
  subscribe(listener: () => void): () => void;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const POLICIES: readonly DefaultMockPolicy[] = ['fail', 'input', 'empty'];


function isMockResponse(value: unknown): value is MockResponse {
  if (!isObj(value)) return false;
  if ('Return' in value) return !('Throw' in value);
  return isObj(value['Throw']);
}

export function mocksOf(value: unknown): StateMocks | undefined {
  if (!isObj(value)) return undefined;
  const out: StateMocks = {};
  for (const [state, list] of Object.entries(value)) {
    // A crafted `__proto__` key must not become the object's prototype.
    if (Array.isArray(list) && !UNSAFE_KEYS.has(state)) out[state] = list.filter(isMockResponse);
  }
  return out;
}

function limitsOf(value: unknown): RunLimits | undefined {
  if (!isObj(value)) return undefined;
  const out: RunLimits = {};
  if (typeof value['maxTransitions'] === 'string') out.maxTransitions = value['maxTransitions'];
  if (typeof value['maxEvents'] === 'string') out.maxEvents = value['maxEvents'];
  if (typeof value['startPaused'] === 'boolean') out.startPaused = value['startPaused'];
  return out;
}

/** The run data in a stored value, keeping only well-formed parts (undefined when there is none). */
export function readRunData(value: unknown): WorkflowRunData | undefined {
  if (!isObj(value)) return undefined;
  const out: WorkflowRunData = {};
  const mocks = mocksOf(value['mocks']);
  if (mocks) out.mocks = mocks;
  if (typeof value['input'] === 'string') out.input = value['input'];
  if (POLICIES.includes(value['defaultPolicy'] as DefaultMockPolicy)) out.defaultPolicy = value['defaultPolicy'] as DefaultMockPolicy;
  const mockFile = value['mockFile'];
  if (isObj(mockFile) && typeof mockFile['name'] === 'string') {
    const checked = importMockConfig(JSON.stringify(mockFile['file'] ?? null));
    if (checked.file) out.mockFile = { name: mockFile['name'], file: checked.file };
  }
  const testCase = value['testCase'];
  if (out.mockFile && isObj(testCase) && typeof testCase['machine'] === 'string' && typeof testCase['name'] === 'string') {
    out.testCase = { machine: testCase['machine'], name: testCase['name'] };
  }
  if (Array.isArray(value['breakpoints'])) out.breakpoints = value['breakpoints'].filter((b): b is string => typeof b === 'string');
  const limits = limitsOf(value['limits']);
  if (limits) out.limits = limits;
  return out;
}

/** Whether two run data values hold the same settings (key order aside). */
export function sameRunData(a: unknown, b: unknown): boolean {
  return stableJson(a ?? {}) === stableJson(b ?? {});
}

/** JSON with every object's keys sorted (two values that differ only in key order give the same text). */
export function stableJson(value: unknown, space?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => (isObj(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v), space);
}

/**
 * What a share link carries of the run data: everything but breakpoints and limits (they
 * describe one person's debugging session, not the workflow's test setup).
 */
export function sharedRunData(data: WorkflowRunData | undefined): WorkflowRunData | undefined {
  if (!data) return undefined;
  const { breakpoints: _breakpoints, limits: _limits, ...shared } = data;
  return Object.keys(shared).length > 0 ? shared : undefined;
}
