/** Fidelity items found in real workflows and AWS-recorded executions (synthetic examples). */
import { describe, expect, it } from 'vitest';
import { run } from './testing/run';

const READER = { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'b', Key: 'k' } };
const distributed = (extra: Record<string, unknown> = { ItemReader: READER }) => ({
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      End: true,
      ...extra,
    },
  },
});

describe('Distributed Map ItemReader without a mock', () => {
  it('fails with a hint under the fail policy', async () => {
    const r = await run(distributed(), {});
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('or choose a default-mock policy');
  });
  it('reads no items under another default-mock policy, or the configured sample', async () => {
    expect((await run(distributed(), {}, { defaultMockPolicy: 'empty' })).output).toEqual([]);
    const sample = await run(distributed(), {}, { defaultMockPolicy: 'input', defaultReaderItems: [{ id: 1 }, { id: 2 }] });
    expect(sample.status).toBe('SUCCEEDED');
    expect(sample.output).toEqual([{ id: 1 }, { id: 2 }]);
  });
});

describe('…Path integer fields read numeric strings, as AWS does', () => {
  it('MaxConcurrencyPath, ToleratedFailureCountPath and ToleratedFailurePercentagePath', async () => {
    const def = distributed({
      ItemsPath: '$.items',
      MaxConcurrencyPath: '$.width', ToleratedFailureCountPath: '$.count', ToleratedFailurePercentagePath: '$.pct',
    });
    const r = await run(def, { items: [1, 2], width: '2', count: '1', pct: '50.5' });
    expect(r.status, r.cause).toBe('SUCCEEDED');
    expect(r.output).toEqual([1, 2]);
  });
  it('Wait SecondsPath and Task TimeoutSecondsPath', async () => {
    const def = {
      StartAt: 'W',
      States: {
        W: { Type: 'Wait', SecondsPath: '$.delay', Next: 'T' },
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSecondsPath: '$.timeout', HeartbeatSecondsPath: '$.beat', End: true },
      },
    };
    const r = await run(def, { delay: '3', timeout: '30', beat: '10' }, { mocks: { T: [{ Return: 'ok' }] } });
    expect(r.status, r.cause).toBe('SUCCEEDED');
    const wait = r.events.filter((e) => e.type.startsWith('WaitState'));
    expect(Date.parse(wait[1]!.timestamp) - Date.parse(wait[0]!.timestamp)).toBe(3000);
  });
  it('a string that is not a number still fails', async () => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$.delay', End: true } } };
    expect((await run(def, { delay: 'soon' })).status).toBe('FAILED');
  });
});

describe('JSONata sequences as Step Functions returns them', () => {
  it('a one-element sequence is the single value', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: { P: { Type: 'Pass', Output: { one: '{% [1..1].($ * 10) %}', many: '{% [1..3].($ * 10) %}', filtered: '{% $states.input.xs[$ > 2] %}' }, End: true } },
    };
    const r = await run(def, { xs: [1, 3] });
    expect(r.status, r.cause).toBe('SUCCEEDED');
    expect(r.output).toEqual({ one: 10, many: [10, 20, 30], filtered: 3 });
  });
});
