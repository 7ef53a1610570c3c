/**
 * The CLI fed nonsense (issue #16): every bad invocation exits 2 with a one-line message and no
 * stack trace, bad files exit 1 with a diagnostic, `--json` stays JSON, and export-sam creates
 * the folders it writes to. Uses real files in the OS temp folder and the CLI's own file reader.
 */
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../asl/yamlSupport';
import { cli, type CliIo } from './cli';
import { readTextFile } from './readText';

const dir = mkdtempSync(join(tmpdir(), 'asl-cli-'));
const flow = join(dir, 'flow.asl.json');
const definition = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

async function call(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: readTextFile };
  const code = await cli(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

function expectOneLineUsageError(r: { code: number; err: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  const first = r.err.split('\n')[0] ?? '';
  expect(first).toMatch(pattern);
  expect(r.err).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
  await loadYaml();
  writeFileSync(flow, JSON.stringify(definition));
  mkdirSync(join(dir, 'adir'));
});

describe('bad invocations exit 2 with one line, no stack trace', () => {
  it.each([
    [['run', flow, '--input', '@missing.json'], /does not exist/],
    [['run', flow, '--input', `@${dir}`], /is a directory/],
    [['run', flow, '--input', '@/dev/zero'], /not a regular file/],
    [['run', flow, '--mocks', 'missing.json'], /--mocks: 'missing.json' does not exist/],
    [['validate', join(dir, 'nope.json')], /does not exist/],
    [['export-sam', flow, '-o', join(dir, 'adir')], /is a directory/],
  ])('%j', async (argv, pattern) => {
    expectOneLineUsageError(await call(...argv), pattern);
  });

  it('keeps --json output valid JSON on errors', async () => {
    const r = await call('run', flow, '--json', '--input', '@missing.json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'ERROR', error: 'UsageError' });
  });
});

describe('bad files exit 1 with a diagnostic', () => {
  it('a binary file', async () => {
    const file = join(dir, 'binary.json');
    writeFileSync(file, Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d]));
    const r = await call('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FILE_UNREADABLE: .*binary file/);
  });

  it('a syntax error names its place', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"StartAt": "P", "States": {');
    const r = await call('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error SYNTAX_ERROR/);
  });

  it('an alias bomb fails fast with a located message', async () => {
    const file = join(dir, 'bomb.yaml');
    const lines = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(file, `Resources:\n  X:\n    Type: AWS::Serverless::StateMachine\n${lines.join('\n')}\n`);
    const r = await call('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/alias bomb/);
    expect(r.out).toMatch(/line \d+/);
  });
});

describe('encodings', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(definition))])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(definition), 'utf16le')])],
  ])('%s validates like plain UTF-8', async (_name, bytes) => {
    const file = join(dir, `enc-${bytes.length}.json`);
    writeFileSync(file, bytes);
    const r = await call('validate', file);
    expect(r.out).toContain('valid');
    expect(r.code).toBe(0);
  });
});

describe('runs that used to crash the history', () => {
  it('--history on a one-year Wait and on a retry storm prints every event', async () => {
    const wait = join(dir, 'wait.json');
    writeFileSync(wait, JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$.s', End: true } } }));
    const r = await call('run', wait, '--input', '{"s": 1e300}', '--history');
    expect(r.code).toBe(1);
    expect(r.out).toContain('ExecutionTimedOut');
    const storm = join(dir, 'storm.json');
    writeFileSync(storm, JSON.stringify({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', Parameters: { 'x.$': "States.StringToJson('{bad')" }, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 50, BackoffRate: 1 }], End: true } } }));
    const j = await call('run', storm, '--json', '--history');
    expect(j.code).toBe(1);
    expect(JSON.parse(j.out).events.length).toBeGreaterThan(50);
  });
});

describe('export-sam writes where it is told', () => {
  it('creates missing folders, and statemachine/ for --definition-uri', async () => {
    const target = join(dir, 'out', 'deep', 't.yaml');
    const r = await call('export-sam', flow, '--definition-uri', '-o', target);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    expect(existsSync(target)).toBe(true);
    expect(readdirSync(join(dir, 'out', 'deep', 'statemachine')).length).toBe(1);
  });
});
