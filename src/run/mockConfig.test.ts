import { describe, expect, it } from 'vitest';
import { compressResponses, exportMockConfig, importMockConfig, testCaseMocks } from './mockConfig';

const FILE = {
  StateMachines: {
    OrderFlow: {
      TestCases: {
        AllGood: { ChargeCard: 'ChargeOk', Notify: 'NotifyOk' },
        FlakyPayment: { ChargeCard: 'ChargeFlaky', Notify: 'NotifyOk' },
      },
    },
  },
  MockedResponses: {
    ChargeOk: { '0': { Return: { StatusCode: 200, Payload: { charged: true } } } },
    ChargeFlaky: {
      '0-1': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'throttled' } },
      '2': { Return: { StatusCode: 200, Payload: { charged: true } } },
    },
    NotifyOk: { '0': { Return: { MessageId: 'm-1' } } },
  },
};

describe('MockConfigFile import', () => {
  it('lists test cases per state machine', () => {
    const imported = importMockConfig(JSON.stringify(FILE));
    expect(imported.errors).toEqual([]);
    expect(imported.testCases).toEqual({ OrderFlow: ['AllGood', 'FlakyPayment'] });
  });

  it('expands a test case into per-state lists', () => {
    const mocks = testCaseMocks(FILE, 'OrderFlow', 'FlakyPayment');
    expect(mocks['ChargeCard']!.map((r) => ('Throw' in r ? 'throw' : 'return'))).toEqual(['throw', 'throw', 'return']);
    expect(mocks['Notify']).toEqual([{ Return: { MessageId: 'm-1' } }]);
  });

  it('explains what is wrong with a bad file', () => {
    expect(importMockConfig('{').errors[0]).toMatch(/^Not JSON/);
    const bad = importMockConfig(JSON.stringify({
      StateMachines: { M: { TestCases: { T: { A: 'Missing' } } } },
      MockedResponses: { R: { first: { Return: 1 }, '1': { Return: 1, Throw: { Error: 'E' } } } },
    }));
    expect(bad.errors).toEqual([
      'Test case T: state "A" names the unknown response "Missing".',
      // Integer-like keys come first in a JSON object's key order.
      'MockedResponses.R["1"] must have exactly one of Return or Throw.',
      'MockedResponses.R: "first" is not an invocation number or range like "1-2".',
    ]);
  });
});

describe('MockConfigFile export', () => {
  it('compresses repeated answers into ranges', () => {
    const t = { Throw: { Error: 'E', Cause: 'c' } };
    const r = { Return: { ok: true } };
    expect(compressResponses([t, t, r])).toEqual({ '0-1': t, '2': r });
    expect(compressResponses([r])).toEqual({ '0': r });
  });

  it('round-trips through import and keeps the other test cases', () => {
    const mocks = testCaseMocks(FILE, 'OrderFlow', 'FlakyPayment');
    const file = exportMockConfig('OrderFlow', 'Edited', mocks, FILE);
    expect(Object.keys(file.StateMachines['OrderFlow']!.TestCases)).toEqual(['AllGood', 'FlakyPayment', 'Edited']);
    expect(testCaseMocks(file, 'OrderFlow', 'Edited')).toEqual(mocks);
    expect(importMockConfig(JSON.stringify(file)).errors).toEqual([]);
  });

  it('replaces a test case and drops its unused responses', () => {
    const once = exportMockConfig('M', 'T', { A: [{ Return: 1 }] });
    const twice = exportMockConfig('M', 'T', { B: [{ Return: 2 }] }, once);
    expect(twice.MockedResponses).toEqual({ B_T: { '0': { Return: 2 } } });
    expect(twice.StateMachines['M']!.TestCases['T']).toEqual({ B: 'B_T' });
  });
});
