import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordHistory } from '../history/testing/recorded';
import { discoverWorkflows } from './discover';
import { matchHistory } from './historyMatch';
import { PathGuard } from './pathGuard';

const PAY = { StartAt: 'Charge', States: { Charge: { Type: 'Pass', Next: 'Settle' }, Settle: { Type: 'Succeed' } } };
const OTHER = { StartAt: 'Other', States: { Other: { Type: 'Pass', End: true } } };

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'asl-history-match-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const history = async () => JSON.stringify(await recordHistory(PAY, {}));

describe('finding the definition of a history that carries none', () => {
  it('takes the workflow of the folder the history fits, not one it does not fit', async () => {
    const dir = await folder({
      'a-other.asl.json': JSON.stringify(OTHER),
      'statemachine/pay.asl.json': JSON.stringify(PAY, null, 2),
      'history.json': await history(),
    });
    const match = await matchHistory(await history(), dir);
    expect(match).toMatchObject({ carried: false, found: { file: 'statemachine/pay.asl.json' }, tried: 2 });
    expect(JSON.parse(match.found!.text)).toEqual(PAY);
    expect(match.found!.id).toBeUndefined();
  });

  it('in folder mode names the workflow entry (so the studio opens it for editing), inline template definitions too', async () => {
    const template = `Resources:\n  PayFlow: # the payment machine\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition:\n        StartAt: Charge\n        States:\n          Charge: { Type: Pass, Next: Settle }\n          Settle: { Type: Succeed }\n`;
    const dir = await folder({ 'template.yaml': template, 'history.json': await history() });
    const workflows = await discoverWorkflows(await PathGuard.create(dir, false), dir, false);
    expect(workflows.map((w) => `${w.id} ${w.kind}`)).toEqual(['history.json history', 'template.yaml#PayFlow Definition']);
    const match = await matchHistory(await history(), dir, workflows);
    expect(match.found).toMatchObject({ id: 'template.yaml#PayFlow', file: 'template.yaml' });
  });

  it('reads describe-state-machine-for-execution output saved beside the history', async () => {
    const dir = await folder({ 'describe.json': JSON.stringify({ stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:Pay', definition: JSON.stringify(PAY) }) });
    expect((await matchHistory(await history(), dir)).found).toMatchObject({ file: 'describe.json' });
  });

  it('says nothing fits (and how many were tried) rather than picking a workflow the history does not fit', async () => {
    const dir = await folder({ 'other.asl.json': JSON.stringify(OTHER) });
    expect(await matchHistory(await history(), dir)).toEqual({ carried: false, tried: 1 });
  });

  it('a history that carries its definition needs no search', async () => {
    const dir = await folder({});
    const carried = JSON.stringify({ ...(await recordHistory(PAY, {})), definition: JSON.stringify(PAY) });
    expect(await matchHistory(carried, dir)).toEqual({ carried: true, tried: 0 });
  });

  it('does not follow a symbolic link out of the folder', async () => {
    const outside = await folder({ 'describe.json': JSON.stringify({ definition: JSON.stringify(PAY) }) });
    const dir = await folder({});
    await symlink(join(outside, 'describe.json'), join(dir, 'link.json'));
    expect((await matchHistory(await history(), dir)).found).toBeUndefined();
  });
});
