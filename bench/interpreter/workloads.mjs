/**
 * The five interpreter workloads of issue 9 (W1–W5): definition, input, task handler, the
 * number of state transitions, and a check of the output (a fast wrong answer does not count).
 */

const pass = (extra) => ({ Type: 'Pass', ...extra });

/** W1: Pass/Choice loop of 10,000 iterations counting with States.MathAdd. */
function w1() {
  const N = 10_000;
  return {
    definition: {
      StartAt: 'Init',
      States: {
        Init: pass({ Result: { count: 0 }, Next: 'Increment' }),
        Increment: pass({ Parameters: { 'count.$': 'States.MathAdd($.count, 1)' }, Next: 'Note' }),
        Note: pass({ Next: 'Check' }),
        Check: { Type: 'Choice', Choices: [{ Variable: '$.count', NumericLessThan: N, Next: 'Increment' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    input: {},
    transitions: 2 + 3 * N,
    check: (out) => out?.count === N,
  };
}

/** W2: inline Map over 10,000 items, 3 Pass states per item (Parameters/ResultPath), ResultSelector. */
function w2() {
  const N = 10_000;
  return {
    definition: {
      StartAt: 'Map',
      States: {
        Map: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            ProcessorConfig: { Mode: 'INLINE' },
            StartAt: 'A',
            States: {
              A: pass({ Parameters: { 'v.$': '$.v' }, ResultPath: '$.a', Next: 'B' }),
              B: pass({ Parameters: { 'w.$': '$.a.v' }, ResultPath: '$.b', Next: 'C' }),
              C: pass({ Parameters: { 'sum.$': 'States.MathAdd($.a.v, $.b.w)' }, ResultPath: '$.c', OutputPath: '$.c', End: true }),
            },
          },
          ResultSelector: { 'count.$': 'States.ArrayLength($)', 'last.$': '$[-1:]' },
          End: true,
        },
      },
    },
    input: { items: Array.from({ length: N }, (_, i) => ({ v: i })) },
    transitions: 1 + 3 * N,
    check: (out) => out?.count === N && JSON.stringify(out.last) === JSON.stringify([{ sum: 2 * (N - 1) }]),
  };
}

/** W3: one Parallel of 10 branches × 100 Pass states (a large definition). */
function w3() {
  const B = 10;
  const S = 100;
  const branches = Array.from({ length: B }, (_, b) => {
    const states = {};
    for (let s = 0; s < S; s++) {
      states[`B${b}S${s}`] = pass(s === S - 1 ? { Result: { branch: b }, End: true } : { Next: `B${b}S${s + 1}` });
    }
    return { StartAt: `B${b}S0`, States: states };
  });
  return {
    definition: { StartAt: 'Fan', States: { Fan: { Type: 'Parallel', Branches: branches, End: true } } },
    input: { hello: 'world' },
    transitions: 1 + B * S,
    check: (out) => Array.isArray(out) && out.length === B && out.every((o, i) => o.branch === i),
  };
}

/** A ~200 KiB nested document. */
function bigDocument() {
  const items = [];
  let size = 0;
  for (let i = 0; size < 200 * 1024; i++) {
    const item = { id: `item-${i}`, name: `Item number ${i}`, tags: ['alpha', 'beta', 'gamma'], dims: { w: i % 17, h: i % 23, d: i % 5 }, active: i % 2 === 0 };
    size += JSON.stringify(item).length + 1;
    items.push(item);
  }
  return { items, owner: { name: 'bench', nested: { deeper: { deepest: true } } } };
}

/** W4: a 200 KiB input through 500 Pass states with InputPath/Parameters/ResultPath/OutputPath. */
function w4() {
  const N = 500;
  const states = {};
  for (let s = 0; s < N; s++) {
    states[`S${s}`] = pass({
      InputPath: '$',
      Parameters: { 'n.$': 'States.MathAdd($.meta.n, 1)', 'firstId.$': '$.doc.items[0].id', 'owner.$': '$.doc.owner.name' },
      ResultPath: '$.meta',
      OutputPath: '$',
      ...(s === N - 1 ? { End: true } : { Next: `S${s + 1}` }),
    });
  }
  const doc = bigDocument();
  return {
    definition: { StartAt: 'S0', States: states },
    input: { doc, meta: { n: 0 } },
    transitions: N,
    check: (out) => out?.meta?.n === N && out.meta.firstId === 'item-0' && out.doc.items.length === doc.items.length,
  };
}

/** W5: 5,000 sequential Task invocations answered by local task handlers, Task + Choice loop. */
function w5() {
  const N = 5_000;
  return {
    definition: {
      StartAt: 'Init',
      States: {
        Init: pass({ Result: { i: 0 }, Next: 'Call' }),
        Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:increment', Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: N, Next: 'Call' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    input: {},
    handlerState: 'Call',
    handler: (input) => ({ i: input.i + 1 }),
    transitions: 2 + 2 * N,
    check: (out) => out?.i === N,
  };
}

export const WORKLOADS = {
  W1: { title: 'Pass/Choice loop ×10,000 (MathAdd)', make: w1 },
  W2: { title: 'inline Map of 10,000 items × 3 Pass', make: w2 },
  W3: { title: 'Parallel 10 branches × 100 Pass', make: w3 },
  W4: { title: '200 KiB document through 500 Pass', make: w4 },
  W5: { title: '5,000 Task calls (local handlers)', make: w5 },
};
