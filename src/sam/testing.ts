/**
 * Test support (Node only, not part of the library): the official SAM JSON schema compiled once
 * with ajv, and the fixture definitions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, SAM_SCHEMA } from '../testing/fixturePaths';
import { Ajv, type ValidateFunction } from 'ajv';
import type { StateMachine } from '../asl/types';

export { REPO_ROOT, SAM_POLICY_TEMPLATES } from '../testing/fixturePaths';
const FIXTURES = FIXTURES_DIR;

let validator: ValidateFunction | undefined;

/** Validate a template object against sam.schema.json; returns ajv's error strings. */
export function samSchemaErrors(template: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SAM_SCHEMA, 'utf8')) as Record<string, unknown>;
    // The schema declares draft-04; ajv 8 validates it as draft-07, which reads its keywords the same way.
    delete schema.$schema;
    validator = new Ajv({ strict: false, allErrors: true }).compile(schema);
  }
  if (validator(template)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Every `*.asl.json` in a fixtures folder, by file name. */
export function fixtureDefinitions(folder: string): [string, StateMachine][] {
  const dir = join(FIXTURES, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.asl.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as StateMachine]);
}

/** The one-Task machines of fixtures/sam/definitions/integrations.json, by integration name. */
export function integrationDefinitions(): [string, StateMachine][] {
  const table = JSON.parse(readFixture('sam', 'definitions', 'integrations.json')) as Record<string, unknown>;
  return Object.entries(table)
    .filter(([key]) => !key.startsWith('$'))
    .map(([key, state]) => [key, { Comment: key, StartAt: 'Call', States: { Call: state } } as unknown as StateMachine]);
}
