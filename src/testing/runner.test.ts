import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ORDER_FLOW, ORDER_TESTS_YAML, memoryFiles } from './fixtures';
import { TEST_FILE_SCHEMA, formatProblem, parseTestFile, runTestFile } from '.';

const flowJson = JSON.stringify(ORDER_FLOW, null, 2);

describe('test file format', () => {
  it('the schema is valid draft-07 and agrees with the built-in checker on a good file', async () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(TEST_FILE_SCHEMA);
    const parsed = await parseTestFile(ORDER_TESTS_YAML, 'order.sfn-test.yaml');
    expect(parsed.problems).toEqual([]);
    expect(validate(parsed.file)).toBe(true);
  });

  it('locates schema problems by line and column, and Ajv rejects the same file', async () => {
    const bad = 'workflow: order.asl.json\ntests:\n  - name: t\n    expect:\n      stauts: SUCCEEDED\n  - input: 1\n';
    const parsed = await parseTestFile(bad, 'bad.sfn-test.yaml');
    expect(parsed.file).toBeUndefined();
    expect(parsed.problems.map(formatProblem)).toEqual([
      "bad.sfn-test.yaml:5:7: the value 'stauts' is not a known field (expected one of: status, output, outputContains, error, cause, path, passesThrough, neverEnters, transitions, states) (at tests[0].expect.stauts)",
      "bad.sfn-test.yaml:6:5: the value is missing the required 'name' (at tests[1])",
    ]);
    const ajv = new Ajv({ strict: false });
    expect(ajv.compile(TEST_FILE_SCHEMA)((await import('yaml')).parse(bad))).toBe(false);
  });

  it('reports YAML syntax errors with their position', async () => {
    const parsed = await parseTestFile('workflow: x\ntests: [\n', 'broken.sfn-test.yaml');
    expect(parsed.problems[0]!.line).toBeGreaterThan(0);
    expect(parsed.problems[0]!.file).toBe('broken.sfn-test.yaml');
  });
});

describe('runTestFile', () => {
  it('runs every case with its mocks and passes when the expectations hold', async () => {
    const fs = memoryFiles({ 'w/order.asl.json': flowJson, 'w/order.sfn-test.yaml': ORDER_TESTS_YAML });
    const result = await runTestFile('w/order.sfn-test.yaml', { readFile: fs.readFile });
    expect(result.problems).toEqual([]);
    expect(result.cases!.map((c) => [c.name, c.passed, c.mismatches.map((m) => m.message)])).toEqual([
      ['pays', true, []],
      ['rejects zero', true, []],
    ]);
    expect(result.workflow).toBe('w/order.asl.json');
    expect(result.passed).toBe(true);
    // Hand count: 5 states (4 entered), 8 edges (6 taken: start, both Choice edges, Charge→Done,
    // Done→end, Rejected→end), 1 retrier (used); (4 + 6 + 1) / 14 = 78.57…%.
    expect(result.coverage!.percent).toBe(78.5);
    expect(result.coverage!.choiceRules.covered).toBe(2);
    expect(result.coverage!.retriers.covered).toBe(1);
    expect(result.coverage!.catchers.covered).toBe(0);
  });

  it('explains each unmet expectation, with a diff of expected and actual values', async () => {
    const yaml = `workflow: order.asl.json
tests:
  - name: wrong
    input: { amount: 5 }
    mocks: { Charge: { Return: { receipt: r-2 } } }
    expect:
      output: { amount: 5, payment: { receipt: r-1 } }
      path: [Validate, Done]
      passesThrough: [PaymentFailed]
      transitions: 2
      states:
        Charge: [{ retries: 1 }, { visit: 2, output: {} }]
`;
    const fs = memoryFiles({ 'order.asl.json': flowJson, 't.sfn-test.yaml': yaml });
    const c = (await runTestFile('t.sfn-test.yaml', { readFile: fs.readFile })).cases![0]!;
    expect(c.passed).toBe(false);
    expect(c.mismatches.map((m) => m.message)).toEqual([
      'output differs',
      'path: expected Validate → Done, got Validate → Charge → Done',
      'PaymentFailed was never entered',
      'transitions: expected 2, got 3',
      'states.Charge[visit 1].retries: expected 1, got 0',
      'Charge was entered 1 time(s); visit 2 was expected',
    ]);
    expect(c.mismatches[0]!.diff).toEqual(['  {', '    "amount": 5,', '    "payment": {', '-     "receipt": "r-1"', '+     "receipt": "r-2"', '    }', '  }']);
  });

  it('uses a MockConfigFile by path and its test cases (by mockTestCase or by the case name)', async () => {
    const config = {
      StateMachines: { Order: { TestCases: { HappyPath: { Charge: 'ok' }, 'card declined': { Charge: 'declined' } } } },
      MockedResponses: { ok: { '0': { Return: { receipt: 'r-9' } } }, declined: { '0-2': { Throw: { Error: 'Declined', Cause: 'no funds' } } } },
    };
    const yaml = `workflow: ../flows/order.asl.json
mocks: mocks.json
tests:
  - name: happy
    mockTestCase: HappyPath
    input: { amount: 1 }
    expect: { outputContains: { payment: { receipt: r-9 } } }
  - name: card declined
    input: { amount: 1 }
    expect:
      status: FAILED
      error: PaymentFailed
      states: { Charge: { caughtError: Declined } }
`;
    const fs = memoryFiles({ 'flows/order.asl.json': flowJson, 'tests/mocks.json': JSON.stringify(config), 'tests/order.sfn-test.yaml': yaml });
    const result = await runTestFile('tests/order.sfn-test.yaml', { readFile: fs.readFile });
    expect(result.cases!.map((c) => [c.name, c.mismatches.map((m) => m.message)])).toEqual([
      ['happy', []],
      ['card declined', []],
    ]);
    expect(result.coverage!.catchers.covered).toBe(1);
  });

  it('reads the state machine out of a SAM template', async () => {
    const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Other:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: { StartAt: X, States: { X: { Type: Fail } } }
  Order:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: ${JSON.stringify(ORDER_FLOW)}
`;
    const yaml = 'workflow: template.yaml\nstateMachine: Order\ntests:\n  - name: zero\n    input: { amount: 0 }\n    expect: { status: FAILED, error: Rejected }\n';
    const fs = memoryFiles({ 'template.yaml': template, 'order.sfn-test.yaml': yaml });
    const result = await runTestFile('order.sfn-test.yaml', { readFile: fs.readFile });
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('fails the file with a located problem when the workflow or a mock test case is missing', async () => {
    const fs = memoryFiles({ 'a.sfn-test.yaml': 'workflow: nope.json\ntests: [{ name: t }]\n' });
    const missing = await runTestFile('a.sfn-test.yaml', { readFile: fs.readFile });
    expect(missing.passed).toBe(false);
    expect(missing.problems.map(formatProblem)).toEqual(["a.sfn-test.yaml: the workflow file 'nope.json' cannot be read (looked for nope.json) (at workflow)"]);
    const fs2 = memoryFiles({
      'order.asl.json': flowJson,
      'm.json': JSON.stringify({ StateMachines: { O: { TestCases: {} } }, MockedResponses: {} }),
      'b.sfn-test.yaml': 'workflow: order.asl.json\nmocks: m.json\ntests: [{ name: t, mockTestCase: Nope }]\n',
    });
    const bad = await runTestFile('b.sfn-test.yaml', { readFile: fs2.readFile });
    expect(bad.problems[0]!.message).toBe("test case 't' names mockTestCase 'Nope', which the MockConfigFile does not define");
  });
});
