/**
 * `require('asl-studio/testing')` for CommonJS consumers (Jest's default mode, ts-jest): the CommonJS
 * build (`vite build -c vite.lib.config.ts --mode cjs`) is installed under a temp project's
 * node_modules with the repository's own package.json (so its "exports" map is what routes
 * `require`), and a child `node` process runs a test file through it. The child refuses
 * require() of ES modules (--no-experimental-require-module), as Jest's CommonJS runtime does on
 * Node 20, and the build holds no `import()`, which that runtime cannot run either.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixturePaths';
import { ORDER_FLOW, ORDER_TESTS_YAML } from './fixtures';

const run = promisify(execFile);
// Inside the repository (test-results/ is ignored by git) so the build's dependencies resolve from its node_modules.
const project = join(REPO_ROOT, 'test-results', `commonjs-consumer-${process.pid}`);
const packageDir = join(project, 'node_modules', 'asl-studio');

const CONSUMER = `'use strict';
const { runTestFile, coverageOf } = require('asl-studio/testing');
const { testState, startExecution } = require('asl-studio');

(async () => {
  const file = await runTestFile('workflows/order.sfn-test.yaml');
  const jsonata = await testState({
    definition: JSON.stringify({ Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input.a + 1 %}', End: true }),
    input: '{"a": 41}',
  });
  const hashed = await startExecution({
    StartAt: 'H',
    States: { H: { Type: 'Pass', Parameters: { 'h.$': "States.Hash('abc', 'SHA-256')" }, End: true } },
  }, {}).result;
  console.log(JSON.stringify({
    problems: file.problems,
    cases: file.cases.map((c) => [c.name, c.passed]),
    states: [file.coverage.states.covered, file.coverage.states.total],
    missing: file.coverage.states.items.filter((i) => !i.covered).map((i) => i.state),
    fromNoRuns: coverageOf(file.definition, []).states.covered,
    jsonata: [jsonata.status, jsonata.output],
    hash: hashed.output,
  }));
})().catch((error) => { console.error(error); process.exitCode = 1; });
`;

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? jsFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.js') ? [join(dir, e.name)] : []))));
  return nested.flat();
}

describe('asl-studio/testing through require() (CommonJS build)', () => {
  beforeAll(async () => {
    await rm(project, { recursive: true, force: true });
    await run(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.lib.config.ts', '--mode', 'cjs', '--outDir', join(packageDir, 'dist-lib', 'cjs'), '--logLevel', 'warn'], { cwd: REPO_ROOT, maxBuffer: 1 << 24 });
    await writeFile(join(packageDir, 'package.json'), await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));
    await mkdir(join(project, 'workflows'), { recursive: true });
    await writeFile(join(project, 'workflows', 'order.asl.json'), JSON.stringify(ORDER_FLOW, null, 2));
    await writeFile(join(project, 'workflows', 'order.sfn-test.yaml'), ORDER_TESTS_YAML);
    await writeFile(join(project, 'consumer.cjs'), CONSUMER);
    // The consumer is a package of its own: without this file Node takes the repository's
    // package.json as its scope and resolves require('asl-studio') to the repository itself (a
    // package's self-reference), whose dist-lib/cjs a fresh clone has not built.
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'commonjs-consumer', private: true }));
  });
  afterAll(() => rm(project, { recursive: true, force: true }));

  it('runs a YAML test file, TestState with JSONata and States.Hash from a CommonJS file', async () => {
    const { stdout } = await run(process.execPath, ['--no-experimental-require-module', 'consumer.cjs'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({
      problems: [],
      cases: [['pays', true], ['rejects zero', true]],
      states: [4, 5],
      missing: ['PaymentFailed'],
      fromNoRuns: 0,
      jsonata: ['SUCCEEDED', 42],
      hash: { h: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    });
  });

  it('is CommonJS throughout: no import() and no require() of an ES module', async () => {
    const files = await jsFiles(join(packageDir, 'dist-lib', 'cjs'));
    expect(files.length).toBeGreaterThan(2);
    const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    const withImport = files.filter((_, i) => /\bimport\(/.test(texts[i]!.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(withImport.map((f) => relative(packageDir, f))).toEqual([]);
    const required = new Set(texts.flatMap((t) => [...t.matchAll(/require\("([^".][^"]*)"\)/g)].map((m) => m[1]!)));
    expect([...required].filter((name) => !name.startsWith('node:')).sort()).toEqual(['jsonata', 'jsonc-parser', 'yaml']);
  });
});
