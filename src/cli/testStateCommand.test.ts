import { describe, expect, it } from 'vitest';
import { cli, type CliIo } from './cli';

const flow = JSON.stringify({
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { 'Payload.$': '$' },
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail' },
  },
});

/** A Distributed Map reading its items from S3, tolerating one failed iteration. */
const fan = JSON.stringify({
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Map',
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'b', Key: 'k' } },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Handle', States: { Handle: { Type: 'Pass', End: true } } },
      ToleratedFailureCount: 1,
      End: true,
    },
  },
});

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = { 'flow.json': flow, 'fan.json': fan, 'items.json': '[{"id": 1}, {"id": 2}, {"id": 3}]' };
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: async (p) => files[p] ?? Promise.reject(new Error(`ENOENT ${p}`)) };
  return cli(argv, io).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

describe('asl-studio test-state', () => {
  it('tests one state with a mocked result (JSON output, exit 0)', async () => {
    const r = await run(['test-state', 'flow.json', '--state', 'Charge', '--input', '{"a":1}', '--mock', '{"Payload":2}', '--json']);
    expect(r.code).toBe(0);
    const response = JSON.parse(r.out);
    expect(response.status).toBe('SUCCEEDED');
    expect(response.output).toEqual({ Payload: 2 });
    expect(response.nextState).toBe('Done');
    expect(response.inspectionData.afterParameters).toEqual({ Payload: { a: 1 } });
  });

  it('reports a caught error in the readable form (exit 1)', async () => {
    const r = await run(['test-state', 'flow.json', '--state', 'Charge', '--error', 'Boom', '--cause', 'it broke']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('CAUGHT_ERROR → next state: Failed');
    expect(r.out).toContain('error: Boom');
  });

  it('a Map: the ItemReader data (from a file), the failed iteration count, the inner state that raised the error', async () => {
    const base = ['test-state', 'fan.json', '--state', 'Fan', '--mock', '[1, 2, 3]', '--map-item-reader-data', '@items.json', '--json'];
    const tolerated = await run([...base, '--map-iteration-failure-count', '1']);
    expect(tolerated.code).toBe(0);
    expect(JSON.parse(tolerated.out)).toMatchObject({ status: 'SUCCEEDED', output: [1, 2, 3] });
    const exceeded = await run([...base, '--map-iteration-failure-count', '2']);
    expect(exceeded.code).toBe(1);
    expect(JSON.parse(exceeded.out)).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
    const raised = await run(['test-state', 'fan.json', '--state', 'Fan', '--error', 'Boom', '--error-caused-by-state', 'Handle', '--json']);
    expect(JSON.parse(raised.out)).toMatchObject({ status: 'FAILED', error: 'Boom' });
    expect((await run([...base, '--map-iteration-failure-count', '-1'])).err).toContain('--map-iteration-failure-count needs a whole number ≥ 0.');
  });

  it('prints AWS’s refusal and exits 1; usage errors exit 2', async () => {
    const refused = await run(['test-state', 'flow.json', '--state', 'Nope']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ValidationException: State not found in definition');
    expect((await run(['test-state', 'flow.json'])).code).toBe(2);
    expect((await run(['test-state', 'flow.json', '--state', 'Charge', '--input', '{bad'])).code).toBe(2);
  });
});
