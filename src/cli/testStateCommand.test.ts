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

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: async (p) => (p === 'flow.json' ? flow : Promise.reject(new Error(`ENOENT ${p}`))) };
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

  it('prints AWS’s refusal and exits 1; usage errors exit 2', async () => {
    const refused = await run(['test-state', 'flow.json', '--state', 'Nope']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ValidationException: State not found in definition');
    expect((await run(['test-state', 'flow.json'])).code).toBe(2);
    expect((await run(['test-state', 'flow.json', '--state', 'Charge', '--input', '{bad'])).code).toBe(2);
  });
});
