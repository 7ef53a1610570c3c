/**
 * The one place tests find the repository's public corpora (`fixtures/`). A corpus that is
 * missing is an error, never a silent skip: `npm test` on a fresh clone runs all of it.
 *
 * Usage: `import { fixturePath, CONFORMANCE_CASES } from '../testing/fixturePaths';`
 * then `readFileSync(CONFORMANCE_CASES, 'utf8')` or `fixturePath('sam', 'golden', name)`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/testing/fixturePaths.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'fixtures');

/**
 * Absolute path of `fixtures/<parts…>`; throws, naming the path, when it does not exist (a test
 * that reads a corpus fails loudly rather than passing on nothing).
 */
export function fixturePath(...parts: string[]): string {
  const path = join(FIXTURES_DIR, ...parts);
  if (!existsSync(path)) {
    throw new Error(`Missing test corpus: fixtures/${parts.join('/')} (it ships with the repository; restore it with git checkout -- fixtures)`);
  }
  return path;
}

/** Absolute path of `fixtures/<parts…>` that may not exist yet (golden files being created). */
export function fixtureTarget(...parts: string[]): string {
  return join(FIXTURES_DIR, ...parts);
}

/** 501 conformance cases with results recorded on AWS (see fixtures/conformance/README.md). */
export const CONFORMANCE_CASES = fixturePath('conformance', 'cases.jsonl');
/** 272 raw GetExecutionHistory recordings of those cases. */
export const CONFORMANCE_HISTORIES = fixturePath('conformance', 'histories.jsonl');
/** 134 TestState requests and AWS's responses (see fixtures/teststate/README.md). */
export const TESTSTATE_CASES = fixturePath('teststate', 'cases.jsonl');
/** AWS SAM's JSON schema and policy templates (see fixtures/sam/official/README.md). */
export const SAM_SCHEMA = fixturePath('sam', 'official', 'sam.schema.json');
export const SAM_POLICY_TEMPLATES = fixturePath('sam', 'official', 'policy_templates.json');
