import type { StateMachine } from '../asl/types';

/** Per-state mock shorthand of DESIGN.md: the n-th entry answers the n-th invocation. */
export type MockShorthand = Record<string, ({ Return: unknown } | { Throw: { Error: string; Cause?: string } })[]>;

export interface StarterTemplate {
  id: string;
  title: string;
  description: string;
  /** Gallery grouping. */
  category: 'Basics' | 'Flow' | 'Error handling' | 'Integration patterns' | 'Data';
  definition: StateMachine;
  /** Input used when the template is run as a demo. */
  input: unknown;
  mocks: MockShorthand;
  /** Status a demo run ends with (the gallery shows it, the tests check it). */
  expectedStatus: 'SUCCEEDED' | 'FAILED';
}
