/**
 * Small in-memory workflows and test files for the testing layer's own tests (not shipped).
 */
export const ORDER_FLOW = {
  Comment: 'Charge the order, retry throttling, catch failures',
  StartAt: 'Validate',
  States: {
    Validate: {
      Type: 'Choice',
      Choices: [{ Variable: '$.amount', NumericGreaterThan: 0, Next: 'Charge' }],
      Default: 'Rejected',
    },
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'receipt.$': '$.Payload.receipt' },
      ResultPath: '$.payment',
      Retry: [{ ErrorEquals: ['Throttled'], MaxAttempts: 2, IntervalSeconds: 1 }],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'PaymentFailed' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Rejected: { Type: 'Fail', Error: 'Rejected', Cause: 'amount must be positive' },
    PaymentFailed: { Type: 'Fail', Error: 'PaymentFailed' },
  },
};

export const ORDER_TESTS_YAML = `# tests of order.asl.json
workflow: order.asl.json
tests:
  - name: pays
    input: { amount: 5 }
    mocks:
      Charge:
        - Throw: { Error: Throttled }
        - Return: { receipt: r-1 }
    expect:
      status: SUCCEEDED
      outputContains: { payment: { receipt: r-1 } }
      path: [Validate, Charge, Done]
      states:
        Charge: { retries: 1, input: { amount: 5 } }
  - name: rejects zero
    input: { amount: 0 }
    expect:
      status: FAILED
      error: Rejected
      neverEnters: [Charge]
`;

/** A file system in memory: what `readFile` and the test command's `TestIo` read and write. */
export function memoryFiles(initial: Record<string, string>) {
  const files = new Map(Object.entries(initial));
  return {
    files,
    readFile: async (path: string) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
  };
}
