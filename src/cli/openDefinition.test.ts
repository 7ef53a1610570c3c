/** `asl-studio open <history> --definition <file>`: what cannot be combined is a usage error (exit 2) with a message. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../asl/yamlSupport';
import { recordHistory } from '../history/testing/recorded';
import { cli } from './cli';

const PAY = { StartAt: 'Charge', States: { Charge: { Type: 'Pass', Next: 'Settle' }, Settle: { Type: 'Succeed' } } };
const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  PayFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: pay.asl.json
  Other:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: { StartAt: X, States: { X: { Type: Succeed } } }
`;

let root: string;

beforeAll(async () => {
  await loadYaml();
  root = await mkdtemp(join(tmpdir(), 'asl-open-definition-cli-'));
  await mkdir(join(root, 'dist'));
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>studio</title>');
  await writeFile(join(root, 'history.json'), JSON.stringify(await recordHistory(PAY, {})));
  await writeFile(join(root, 'pay.asl.json'), JSON.stringify(PAY));
  await writeFile(join(root, 'template.yaml'), TEMPLATE);
  process.env['ASL_STUDIO_DIST'] = join(root, 'dist');
});

afterAll(async () => {
  delete process.env['ASL_STUDIO_DIST'];
  await rm(root, { recursive: true, force: true });
});

describe('open --definition usage errors', () => {
  it('usage errors exit 2 with a message: a folder, a missing file, not a history, several machines, an unknown machine', async () => {
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (s: string) => void err.push(s), readFile: (path: string) => readFile(path, 'utf8') };
    const run = async (...argv: string[]) => {
      err.length = 0;
      const code = await cli(['open', ...argv, '--no-open'], io);
      return { code, message: err.join('') };
    };
    {
      const historyFile = join(root, 'history.json');
      const pay = join(root, 'pay.asl.json');
      const template = join(root, 'template.yaml');
      expect(await run(root, '--definition', pay)).toMatchObject({ code: 2, message: expect.stringContaining('is a folder') });
      expect(await run(historyFile, '--definition', join(root, 'nope.asl.json'))).toMatchObject({ code: 2, message: expect.stringContaining('nope.asl.json: no such file') });
      expect(await run(pay, '--definition', pay)).toMatchObject({ code: 2, message: expect.stringContaining('is not one') });
      expect(await run(historyFile, '--definition', template)).toMatchObject({ code: 2, message: expect.stringContaining('holds 2 state machines (PayFlow, Other); pick one with --state-machine') });
      expect(await run(historyFile, '--definition', template, '--state-machine', 'Nope')).toMatchObject({ code: 2, message: expect.stringContaining("no state machine 'Nope' (found: PayFlow, Other)") });
      expect(await run(historyFile, pay)).toMatchObject({ code: 2, message: expect.stringContaining('after --definition') });
    }
  });
});
