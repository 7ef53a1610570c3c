import { describe, expect, it } from 'vitest';
import { cli } from './cli';
import { memoryIo } from './testing/memoryIo';

const io = memoryIo;

const asl = JSON.stringify({
  StartAt: 'Charge',
  States: {
    Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$' }, OutputPath: '$.Payload', Next: 'Wait' },
    Wait: { Type: 'Wait', Seconds: 86400, End: true },
  },
});
const yamlAsl = 'StartAt: P\nStates:\n  P:\n    Type: Pass\n    Result: {ok: true}\n    End: true\n';
const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: P
        States:
          P:
            Type: Pass
            Result: from-sam
            End: true
`;
const mocks = JSON.stringify({ Charge: [{ Return: { charged: true } }] });

describe('asl-studio CLI', () => {
  it('run: prints the output and exits 0; --json and --history', async () => {
    const t = io({ 'flow.json': asl, 'mocks.json': mocks });
    expect(await cli(['run', 'flow.json', '--input', '{"amount":5}', '--mocks', 'mocks.json'], t.io)).toBe(0);
    expect(t.out()).toContain('SUCCEEDED');
    expect(t.out()).toContain('"charged": true');
    const j = io({ 'flow.json': asl, 'mocks.json': mocks });
    expect(await cli(['run', 'flow.json', '--input={}', '--mocks=mocks.json', '--json', '--history'], j.io)).toBe(0);
    const parsed = JSON.parse(j.out()) as { status: string; output: unknown; events: { type: string }[] };
    expect(parsed.status).toBe('SUCCEEDED');
    expect(parsed.events.map((e) => e.type)).toContain('TaskScheduled');
  });
  it('run: a failed workflow exits 1 and names the unmocked state', async () => {
    const t = io({ 'flow.json': asl });
    expect(await cli(['run', 'flow.json'], t.io)).toBe(1);
    expect(t.out()).toContain("Task state 'Charge'");
  });
  it('reads --input from @file, ASL YAML and SAM templates', async () => {
    const t = io({ 'p.yaml': yamlAsl, 'in.json': '{"x":1}' });
    expect(await cli(['run', 'p.yaml', '--input', '@in.json', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).output).toEqual({ ok: true });
    const s = io({ 'template.yaml': sam });
    expect(await cli(['run', 'template.yaml', '--json'], s.io)).toBe(0);
    expect(JSON.parse(s.out()).output).toBe('from-sam');
  });
  it('validate: exit 0 for a valid file, 1 with located diagnostics for an invalid one', async () => {
    const ok = io({ 'flow.json': asl });
    expect(await cli(['validate', 'flow.json'], ok.io)).toBe(0);
    const bad = io({ 'bad.json': JSON.stringify({ StartAt: 'Missing', States: { A: { Type: 'Pass', End: true } } }) });
    expect(await cli(['validate', 'bad.json'], bad.io)).toBe(1);
    expect(bad.out()).toMatch(/bad\.json: error /);
  });
  it('usage errors exit 2', async () => {
    expect(await cli([], io({}).io)).toBe(2);
    expect(await cli(['frobnicate'], io({}).io)).toBe(2);
    expect(await cli(['run'], io({}).io)).toBe(2);
    expect(await cli(['run', 'x.json', '--bogus'], io({ 'x.json': asl }).io)).toBe(2);
    expect(await cli(['run', 'x.json', '--input', '{nope'], io({ 'x.json': asl }).io)).toBe(2);
  });
});
