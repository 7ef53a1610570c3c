/** The CLI on SAM projects as they are laid out (synthetic examples). */
import { describe, expect, it } from 'vitest';
import { cli } from './cli';
import { memoryIo } from './testing/memoryIo';

const io = memoryIo;

const machine = (id: string, uri: string) => `  ${id}:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: ${uri}
      DefinitionSubstitutions:
        Delay: !Ref DelayParam
`;
const template = `Transform: AWS::Serverless-2016-10-31
Parameters:
  DelayParam:
    Type: String
    Default: '5'
Resources:
${machine('Orders', 'statemachine/orders.asl.json')}${machine('Refunds', 'statemachine/refunds.asl.json')}`;
const orders = JSON.stringify({ StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: '${Delay}', Next: 'Done' }, Done: { Type: 'Pass', Result: 'orders', End: true } } }, null, 2);
const refunds = JSON.stringify({ StartAt: 'R', States: { R: { Type: 'Pass', Result: 'refunds', End: true } } });
const project = { 'proj/template.yaml': template, 'proj/statemachine/orders.asl.json': orders, 'proj/statemachine/refunds.asl.json': refunds };

describe('CLI on a SAM project', () => {
  it('reads the DefinitionUri file relative to the template; the placeholder is a warning, not an error', async () => {
    const t = io(project);
    expect(await cli(['validate', 'proj/template.yaml'], t.io)).toBe(0);
    expect(t.out()).toContain('PLACEHOLDER_VALUE');
    expect(t.out()).toContain('2 state machines (Orders, Refunds); using Orders');
  });
  it('--state-machine picks among several', async () => {
    const t = io(project);
    const code = await cli(['run', 'proj/template.yaml', '--state-machine', 'Refunds', '--json'], t.io);
    expect(code, t.out() + t.err()).toBe(0);
    expect(JSON.parse(t.out()).output).toBe('refunds');
    const missing = io(project);
    expect(await cli(['validate', 'proj/template.yaml', '--state-machine', 'Nope'], missing.io)).toBe(1);
    expect(missing.out()).toContain('found: Orders, Refunds');
  });
  it('run fills placeholders from the template parameter defaults (a numeric Seconds becomes a number)', async () => {
    const t = io(project);
    expect(await cli(['run', 'proj/template.yaml', '--json', '--history'], t.io)).toBe(0);
    const result = JSON.parse(t.out()) as { output: unknown; events: { type: string; timestamp: string }[] };
    expect(result.output).toBe('orders');
    const entered = result.events.find((e) => e.type === 'WaitStateEntered')!;
    const exited = result.events.find((e) => e.type === 'WaitStateExited')!;
    expect(Date.parse(exited.timestamp) - Date.parse(entered.timestamp)).toBe(5000);
  });
  it('a DefinitionUri file that is not there names the path tried; S3 says so', async () => {
    const t = io({ 'proj/template.yaml': template });
    expect(await cli(['validate', 'proj/template.yaml'], t.io)).toBe(1);
    expect(t.out()).toContain('not found at proj/statemachine/orders.asl.json');
    const s3 = io({ 't.yaml': `Transform: AWS::Serverless-2016-10-31\nResources:\n${machine('Flow', 's3://bucket/flow.asl.json')}` });
    expect(await cli(['validate', 't.yaml'], s3.io)).toBe(1);
    expect(s3.out()).toMatch(/DefinitionUri points to Amazon S3/);
  });
  it('a key repeated inside the DefinitionUri file is an error located in that file, as in a plain ASL file', async () => {
    const repeated = orders.replace('"Next": "Done"', '"Next": "Hold", "Next": "Done"');
    const t = io({ ...project, 'proj/statemachine/orders.asl.json': repeated });
    expect(await cli(['validate', 'proj/template.yaml'], t.io)).toBe(1);
    expect(t.out()).toContain('error DUPLICATE_KEY: Duplicate key "Next" at line 7, column 23 of statemachine/orders.asl.json');
    // Another state machine's definition is not the one validated: a warning there.
    expect(await cli(['validate', 'proj/template.yaml', '--state-machine', 'Refunds'], t.io)).toBe(0);
    expect(t.out()).toContain('warning DUPLICATE_KEY');
  });
});
