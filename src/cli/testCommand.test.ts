import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ORDER_FLOW, ORDER_TESTS_YAML } from '../testing/fixtures';
import { cli, type CliIo } from './cli';
import type { TestIo } from './testCommand';

/** The CLI over an in-memory file system, with a watcher and timers the test drives. */
function harness(initial: Record<string, string>) {
  const files = new Map(Object.entries(initial));
  const out: string[] = [];
  const err: string[] = [];
  const listeners: (() => void)[] = [];
  const runs: { run: number; code: number }[] = [];
  let stop: () => void = () => undefined;
  let runWaiter: ((n: number) => void) | undefined;
  const fs: TestIo = {
    writeFile: async (p, t) => void files.set(p, t),
    stat: async (p) => (files.has(p) ? 'file' : [...files.keys()].some((k) => p === '.' || k.startsWith(`${p}/`)) ? 'dir' : undefined),
    readDir: async (dir) => {
      const prefix = dir === '.' ? '' : `${dir}/`;
      return [...new Set([...files.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('/')[0]!))];
    },
    watch: (_paths, onChange) => {
      listeners.push(onChange);
      return { close: () => listeners.splice(listeners.indexOf(onChange), 1) };
    },
    stopped: new Promise<void>((resolve) => (stop = resolve)),
    setTimer: (fn) => fn(),
    onRun: (run, code) => {
      runs.push({ run, code });
      runWaiter?.(run);
    },
  };
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      const t = files.get(p);
      if (t === undefined) throw new Error(`ENOENT ${p}`);
      return t;
    },
    test: fs,
  };
  return {
    files,
    runs,
    out: () => out.join(''),
    err: () => err.join(''),
    run: (argv: string[]) => cli(['test', ...argv], io),
    /** Simulates a file change and resolves after the rerun it causes. */
    change: (path: string, text: string) =>
      new Promise<number>((resolve) => {
        runWaiter = resolve;
        files.set(path, text);
        for (const l of [...listeners]) l();
      }),
    stop: () => stop(),
  };
}

const flow = JSON.stringify(ORDER_FLOW, null, 2);
const FAILING = ORDER_TESTS_YAML.replace('error: Rejected', 'error: Denied');

describe('asl-studio test', () => {
  it('finds test files in directories, prints the report and coverage, exits 0 when all pass', async () => {
    const h = harness({ 'w/order.asl.json': flow, 'w/order.sfn-test.yaml': ORDER_TESTS_YAML, 'w/readme.md': '#' });
    expect(await h.run(['w'])).toBe(0);
    expect(h.out()).toContain('✓ pays');
    expect(h.out()).toContain('✓ rejects zero');
    expect(h.out()).toContain('2 passed, 0 failed');
    expect(h.out()).toMatch(/w\/order\.asl\.json\s+4\/5\s+6\/8\s+2\/2\s+0\/1\s+1\/1\s+—\s+78\.5%/);
  });

  it('exits 1 on a failure and shows expected vs actual; exits 2 for usage errors', async () => {
    const h = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': FAILING });
    expect(await h.run(['order.sfn-test.yaml'])).toBe(1);
    expect(h.out()).toContain('✗ rejects zero');
    expect(h.out()).toContain('error: expected "Denied", got "Rejected"');
    expect(await h.run(['--reporter', 'html'])).toBe(2);
    expect(await h.run(['missing-dir'])).toBe(2);
    expect(await h.run(['--min-coverage', 'lots'])).toBe(2);
  });

  it('a test file that cannot run: its located problem, exit 1, and no coverage table of headers only', async () => {
    const h = harness({ 'order.asl.json': flow, 'bad.sfn-test.yaml': 'workflow: order.asl.json\ntests:\n  - name: x\n    expect: { stauts: SUCCEEDED }\n' });
    expect(await h.run(['bad.sfn-test.yaml'])).toBe(1);
    expect(h.out()).toContain("✗ bad.sfn-test.yaml:4:15: the value 'stauts' is not a known field");
    expect(h.out()).toContain('0 passed, 1 failed');
    expect(h.out()).not.toContain('coverage');
  });

  it('writes JUnit XML that parses back with a testsuite per file and the failure text', async () => {
    const h = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': FAILING });
    await h.run(['--junit', 'out/junit.xml', '--coverage', 'out/coverage.json', 'order.sfn-test.yaml']);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(h.files.get('out/junit.xml')!);
    const suite = doc.testsuites.testsuite;
    expect(doc.testsuites.tests).toBe('2');
    expect(doc.testsuites.failures).toBe('1');
    expect(suite.name).toBe('order.sfn-test.yaml');
    expect(suite.testcase.map((c: { name: string }) => c.name)).toEqual(['pays', 'rejects zero']);
    expect(suite.testcase[1].failure.message).toBe('error: expected "Denied", got "Rejected"');
    const coverage = JSON.parse(h.files.get('out/coverage.json')!);
    expect(coverage[0].states).toEqual({ total: 5, covered: 4, missing: ['PaymentFailed'] });
  });

  it('prints TAP and JSON reports', async () => {
    const h = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': FAILING });
    await h.run(['--reporter', 'tap', 'order.sfn-test.yaml']);
    expect(h.out()).toContain('ok 1 - order.sfn-test.yaml > pays\nnot ok 2 - order.sfn-test.yaml > rejects zero');
    expect(h.out()).toContain('1..2');
    const j = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': FAILING });
    await j.run(['--reporter', 'json', 'order.sfn-test.yaml']);
    const report = JSON.parse(j.out());
    expect([report.passed, report.failed]).toEqual([1, 1]);
    expect(report.files[0].cases[1].mismatches[0].what).toBe('error');
  });

  it('test-case names from the file stay text in JUnit, TAP and the terminal (no forged results, no hidden failures)', async () => {
    const MARKUP = '</testcase><testcase name="forged"/> <script>x</script> & "q"';
    const TODO = 'fails quietly # TODO';
    const FORGED_LINE = 'two lines\nnot ok 99 - forged';
    const ERASE = '\u001b[2K\u001b[1Ahidden';
    const UNPAIRED = 'lone \ud800 surrogate \uffff';
    const rejects = (name: string, status = 'FAILED') => ({ name, input: { amount: 0 }, expect: status === 'FAILED' ? { status, error: 'Rejected' } : { status } });
    const file = JSON.stringify({ workflow: 'order.asl.json', tests: [rejects(MARKUP), rejects(TODO, 'SUCCEEDED'), rejects(FORGED_LINE), rejects(ERASE), rejects(UNPAIRED)] });
    const files = { 'order.asl.json': flow, 'h.sfn-test.json': file };

    const junit = harness(files);
    expect(await junit.run(['--junit', 'out/junit.xml', 'h.sfn-test.json'])).toBe(1);
    const xml = junit.files.get('out/junit.xml')!;
    // Every character is one XML 1.0 allows, or a CI server refuses the whole report.
    expect(xml).toMatch(/^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const names = (doc.testsuites.testsuite.testcase as { name: string }[]).map((c) => c.name);
    expect(names).toHaveLength(5);
    expect(names[0]).toBe(MARKUP);
    expect(xml).toContain('name="two lines&#10;not ok 99 - forged"');
    expect(xml).toContain('name="lone \ufffd surrogate \ufffd"');

    const tap = harness(files);
    expect(await tap.run(['--reporter', 'tap', 'h.sfn-test.json'])).toBe(1);
    const results = tap.out().split('\n').filter((l) => /^(not )?ok \d/.test(l));
    expect(results).toHaveLength(5);
    // `# TODO` in a name would tell TAP consumers to ignore the failure: escaped, it stays a failure.
    expect(results[1]).toBe('not ok 2 - h.sfn-test.json > fails quietly \\# TODO');
    expect(results[2]).toBe('ok 3 - h.sfn-test.json > two lines\\nnot ok 99 - forged');
    expect(tap.out()).not.toContain('\u001b');

    const pretty = harness(files);
    await pretty.run(['h.sfn-test.json']);
    expect(pretty.out()).not.toContain('\u001b');
    expect(pretty.out()).toContain('✓ \\u001b[2K\\u001b[1Ahidden');
    expect(pretty.out()).toContain('✗ fails quietly # TODO');
  });

  it('fails below --min-coverage', async () => {
    const h = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': ORDER_TESTS_YAML });
    expect(await h.run(['--min-coverage', '90', 'order.sfn-test.yaml'])).toBe(1);
    expect(h.err()).toContain('coverage of order.asl.json is 78.5%, below --min-coverage 90%');
    expect(await h.run(['--min-coverage', '70', 'order.sfn-test.yaml'])).toBe(0);
  });

  it('--update writes the actual results as expectations, says what changed, keeps comments', async () => {
    const yaml = `${FAILING}  - name: new case\n    input: { amount: 3 }\n    mocks: { Charge: { Return: { receipt: r-3 } } }\n`;
    const h = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': yaml });
    expect(await h.run(['--update', 'order.sfn-test.yaml'])).toBe(0);
    expect(h.err()).toContain('updated order.sfn-test.yaml (2 changes):');
    expect(h.err()).toContain('rejects zero: expect.error: "Denied" → "Rejected"');
    expect(h.err()).toContain('new case: expect: added {"status":"SUCCEEDED"');
    const text = h.files.get('order.sfn-test.yaml')!;
    expect(text).toContain('# tests of order.asl.json');
    expect(text).toContain('error: Rejected');
    expect(text).toMatch(/- name: new case[\s\S]*expect:[\s\S]*status: SUCCEEDED[\s\S]*receipt: r-3[\s\S]*path:[\s\S]*- Done/);
    expect(h.out()).toContain('3 passed, 0 failed');
  });

  it('--update changes only the lines of the changed expectation (flow collections elsewhere stay as typed)', async () => {
    const yaml = [
      'workflow: order.asl.json   # the flow',
      'tests:',
      '  - name: zero',
      '    input: {amount: 0}',
      '    mocks:',
      '      Charge: [{Return: {receipt: r-0}}]',
      '    expect: {status: FAILED, error: Nope}',
      '  - name: kept',
      '    input: {amount: 0}',
      '    expect: {status: FAILED, error: Rejected}',
      '',
    ].join('\n');
    const h = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': yaml });
    expect(await h.run(['--update', 'order.sfn-test.yaml'])).toBe(0);
    const after = h.files.get('order.sfn-test.yaml')!.split('\n');
    const before = yaml.split('\n');
    const changed = before.map((line, i) => (after[i] === line ? null : i)).filter((i) => i !== null);
    expect(changed).toEqual([6]);
    expect(after[6]).toBe('    expect: {status: FAILED, error: Rejected}');
    expect(after.length).toBe(before.length);
  });

  it('--update edits a JSON test file in place', async () => {
    const json = JSON.stringify({ workflow: 'order.asl.json', tests: [{ name: 'zero', input: { amount: 0 }, expect: { status: 'FAILED', error: 'Nope' } }] }, null, 2);
    const h = harness({ 'order.asl.json': flow, 'z.sfn-test.json': json });
    expect(await h.run(['--update', 'z.sfn-test.json'])).toBe(0);
    expect(JSON.parse(h.files.get('z.sfn-test.json')!).tests[0].expect).toEqual({ status: 'FAILED', error: 'Rejected' });
  });

  it('--watch reruns when a test file or the workflow changes, until stopped', async () => {
    const h = harness({ 'order.asl.json': flow, 'order.sfn-test.yaml': ORDER_TESTS_YAML });
    const done = h.run(['--watch', 'order.sfn-test.yaml']);
    await expect.poll(() => h.runs.length).toBe(1);
    expect(await h.change('order.sfn-test.yaml', FAILING)).toBe(2);
    expect(h.runs[1]).toEqual({ run: 2, code: 1 });
    expect(h.out()).toContain('— rerun 2 —');
    const fixedFlow = JSON.stringify({ ...ORDER_FLOW, States: { ...ORDER_FLOW.States, Rejected: { Type: 'Fail', Error: 'Denied' } } });
    expect(await h.change('order.asl.json', fixedFlow)).toBe(3);
    expect(h.runs[2]).toEqual({ run: 3, code: 0 });
    h.stop();
    expect(await done).toBe(0);
  });
});
