/**
 * `asl-studio open history.json --definition <file>`: the history opens on that workflow, which is
 * served for editing and written back to its file; nothing else is served. (Usage errors:
 * src/cli/openDefinition.test.ts.)
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../asl/yamlSupport';
import { recordHistory } from '../history/testing/recorded';
import { TOKEN_HEADER } from './security';
import { startOpenServer } from './server';

const PAY = { StartAt: 'Charge', States: { Charge: { Type: 'Pass', Next: 'Settle' }, Settle: { Type: 'Succeed' } } };
const PAY_TEXT = `${JSON.stringify(PAY, null, 4)}\n`;
const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  PayFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: ../statemachine/pay.asl.json
  Other:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: { StartAt: X, States: { X: { Type: Succeed } } }
`;

let root: string;
let dist: string;
let historyFile: string;

beforeAll(async () => {
  await loadYaml();
  root = await mkdtemp(join(tmpdir(), 'asl-open-definition-'));
  dist = join(root, 'dist');
  await mkdir(dist);
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>studio</title>');
  await mkdir(join(root, 'project', 'runs'), { recursive: true });
  await mkdir(join(root, 'project', 'statemachine'));
  await mkdir(join(root, 'project', 'infra'));
  historyFile = join(root, 'project', 'runs', 'history.json');
  await writeFile(historyFile, JSON.stringify(await recordHistory(PAY, {})));
  await writeFile(join(root, 'project', 'statemachine', 'pay.asl.json'), PAY_TEXT);
  await writeFile(join(root, 'project', 'infra', 'template.yaml'), TEMPLATE);
  await writeFile(join(root, 'project', 'secret.json'), '{"secret": true}');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('open <history> --definition <file>', () => {
  it('lists the definition (editable) and the history, starts on the history, and names the definition as its workflow', async () => {
    const server = await startOpenServer({ path: historyFile, distDir: dist, definition: { path: join(root, 'project', 'statemachine', 'pay.asl.json') } });
    const api = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${server.port}${path}`, { ...init, headers: { [TOKEN_HEADER]: server.token } });
    try {
      const list = await (await api('/api/workflows')).json() as { start: string; workflows: { id: string; kind: string }[] };
      expect(list.workflows.map((w) => `${w.id} ${w.kind}`)).toEqual(['statemachine/pay.asl.json asl', 'runs/history.json history']);
      expect(list.start).toBe('runs/history.json');
      const history = await (await api('/api/workflow?id=runs%2Fhistory.json')).json() as { readOnly: boolean; definitionFrom: { id: string; file: string; text: string } };
      expect(history.readOnly).toBe(true);
      expect(history.definitionFrom).toEqual({ id: 'statemachine/pay.asl.json', file: 'statemachine/pay.asl.json', text: PAY_TEXT, given: true });
      // The definition is editable and saved to its own file; files beside them are not served.
      const doc = await (await api('/api/workflow?id=statemachine%2Fpay.asl.json')).json() as { readOnly: boolean; version: string };
      expect(doc.readOnly).toBe(false);
      const renamed = PAY_TEXT.replaceAll('"Charge"', '"Pay"');
      expect((await api('/api/workflow?id=statemachine%2Fpay.asl.json', { method: 'PUT', body: JSON.stringify({ text: renamed, baseVersion: doc.version }) })).status).toBe(200);
      expect(await readFile(join(root, 'project', 'statemachine', 'pay.asl.json'), 'utf8')).toBe(renamed);
      expect((await api('/api/file?path=secret.json')).status).toBe(403);
      expect((await api('/api/file?path=..%2F..%2Fdist%2Findex.html')).status).toBe(403);
      await writeFile(join(root, 'project', 'statemachine', 'pay.asl.json'), PAY_TEXT);
    } finally {
      await server.close();
    }
  });

  it('a template definition: its machine by --state-machine (the DefinitionUri file beside it is writable)', async () => {
    const server = await startOpenServer({ path: historyFile, distDir: dist, definition: { path: join(root, 'project', 'infra', 'template.yaml'), stateMachine: 'PayFlow' } });
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/workflow?id=runs%2Fhistory.json`, { headers: { [TOKEN_HEADER]: server.token } });
      expect((await res.json() as { definitionFrom: { id: string; file: string } }).definitionFrom).toMatchObject({ id: 'infra/template.yaml#PayFlow', file: 'statemachine/pay.asl.json' });
    } finally {
      await server.close();
    }
  });
});
