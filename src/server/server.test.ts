/** The open server against real files in a temp folder (spawned on port 0). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadYaml } from '../asl/yamlSupport';
import { startOpenServer, type OpenServer } from './server';
import { versionOf } from './workflowText';
import { TOKEN_HEADER } from './security';
import { CONTENT_SECURITY_POLICY_HEADER } from '../security/contentSecurityPolicy';

const TEMPLATE = `# my project
Transform: AWS::Serverless-2016-10-31
Resources:
  OrderFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/order.asl.json   # keep this comment
  InlineFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: First
        States:
          First:   # the only state
            Type: Task
            Resource: !GetAtt Worker.Arn
            End: true
      Tracing: { Enabled: true }
  Worker:
    Type: AWS::Serverless::Function
`;
const ORDER = `{
  "Comment": "orders",
  "StartAt": "Check",
  "States": {
    "Check": { "Type": "Pass", "End": true }
  }
}
`;

let root: string;
let project: string;
let dist: string;
let server: OpenServer;

function api(path: string, init: RequestInit = {}, token = server.token): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}${path}`, { ...init, headers: { [TOKEN_HEADER]: token, ...(init.headers as Record<string, string> | undefined) } });
}

function rawGet(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { [TOKEN_HEADER]: server.token, ...headers } }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  await loadYaml();
  root = await mkdtemp(join(tmpdir(), 'asl-open-'));
  project = join(root, 'project');
  dist = join(root, 'dist');
  await mkdir(join(project, 'statemachine'), { recursive: true });
  await mkdir(dist);
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>studio</title>');
  await writeFile(join(project, 'template.yaml'), TEMPLATE);
  await writeFile(join(project, 'statemachine', 'order.asl.json'), ORDER);
  await writeFile(join(root, 'secret.txt'), 'outside');
  await symlink(join(root, 'secret.txt'), join(project, 'link.json'));
  server = await startOpenServer({ path: project, distDir: dist, pollMs: 50 });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('asl-studio open server', () => {
  it('prints a loopback URL with the token and serves the studio', async () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{32}$`));
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('studio');
    // One policy for the server's header and the built index.html's meta tag (src/security).
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('lists the workflows: the DefinitionUri file and the inline definition', async () => {
    const body = await (await api('/api/workflows')).json() as { workflows: { id: string; file: string; kind: string }[] };
    expect(body.workflows).toEqual([
      { id: 'template.yaml#OrderFlow', template: 'template.yaml', logicalId: 'OrderFlow', file: 'statemachine/order.asl.json', kind: 'DefinitionUri' },
      { id: 'template.yaml#InlineFlow', template: 'template.yaml', logicalId: 'InlineFlow', file: 'template.yaml', kind: 'Definition' },
    ]);
  });

  it('needs the session token on every API request', async () => {
    expect((await api('/api/workflows', {}, '')).status).toBe(401);
    expect((await api('/api/workflows', {}, 'x'.repeat(32))).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${server.port}/api/workflows?token=${server.token}`)).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) or Origin (cross-origin pages)', async () => {
    expect(await rawGet('/api/workflows', { host: `evil.example:${server.port}` })).toBe(403);
    expect(await rawGet('/', { host: `evil.example:${server.port}` })).toBe(403);
    expect(await rawGet('/api/workflows', { origin: 'http://evil.example' })).toBe(403);
    expect(await rawGet('/api/workflows', { origin: 'null' })).toBe(403);
    expect(await rawGet('/api/workflows', { origin: `http://127.0.0.1:${server.port}` })).toBe(200);
    expect(await rawGet('/api/workflows', { host: `localhost:${server.port}` })).toBe(200);
  });

  it('refuses paths outside the opened folder: .., encoded slashes, absolute paths, symlinks', async () => {
    for (const path of ['../secret.txt', '..%2fsecret.txt', '..%252fsecret.txt', 'statemachine/../../secret.txt', join(root, 'secret.txt'), '/etc/passwd', 'link.json']) {
      const res = await api(`/api/file?path=${encodeURIComponent(decodeURIComponent(path))}`);
      const status = res.status;
      const body = await res.json() as { error?: string; text?: string };
      expect(body.text, path).toBeUndefined();
      expect([403, 404], `${path} → ${status}`).toContain(status);
    }
    expect((await api('/api/file?path=..%2fsecret.txt')).status).toBe(403);
    expect((await api('/api/file?path=link.json')).status).toBe(403);
    expect((await (await api('/api/file?path=link.json')).json() as { error: string }).error).toMatch(/symbolic link/);
    expect(await rawGet('/..%2f..%2fsecret.txt', {})).toBe(404);
    expect(await rawGet('/%2e%2e/secret.txt', {})).toBe(404);
    expect((await api('/api/file?path=statemachine/order.asl.json')).status).toBe(200);
  });

  it('reads and writes a DefinitionUri file atomically, refusing a stale base version', async () => {
    const read = await (await api('/api/workflow?id=template.yaml%23OrderFlow')).json() as { text: string; version: string; readOnly: boolean };
    expect(read.text).toBe(ORDER);
    expect(read.readOnly).toBe(false);
    const renamed = ORDER.replace(/Check/g, 'Verify');
    const put = await api('/api/workflow?id=template.yaml%23OrderFlow', { method: 'PUT', body: JSON.stringify({ text: renamed, baseVersion: read.version }) });
    expect(put.status).toBe(200);
    expect(await readFile(join(project, 'statemachine', 'order.asl.json'), 'utf8')).toBe(renamed);
    expect((await readdir(join(project, 'statemachine'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const stale = await api('/api/workflow?id=template.yaml%23OrderFlow', { method: 'PUT', body: JSON.stringify({ text: ORDER, baseVersion: read.version }) });
    expect(stale.status).toBe(409);
    expect((await stale.json() as { text: string }).text).toBe(renamed);
    expect(await readFile(join(project, 'statemachine', 'order.asl.json'), 'utf8')).toBe(renamed);
    const forced = await api('/api/workflow?id=template.yaml%23OrderFlow', { method: 'PUT', body: JSON.stringify({ text: ORDER, force: true }) });
    expect(forced.status).toBe(200);
    expect(await readFile(join(project, 'statemachine', 'order.asl.json'), 'utf8')).toBe(ORDER);
  });

  it('writes an inline Definition into the template, keeping the rest of its text and its tags', async () => {
    const read = await (await api('/api/workflow?id=template.yaml%23InlineFlow')).json() as { text: string; version: string };
    const definition = JSON.parse(read.text) as { States: Record<string, unknown>; StartAt: string };
    expect(definition.States.First).toEqual({ Type: 'Task', Resource: '${definition_substitution_1}', End: true });
    const next = read.text.replace(/First/g, 'Start');
    const put = await api('/api/workflow?id=template.yaml%23InlineFlow', { method: 'PUT', body: JSON.stringify({ text: next, baseVersion: read.version }) });
    expect(put.status).toBe(200);
    const written = await readFile(join(project, 'template.yaml'), 'utf8');
    expect(written, written).toBe(TEMPLATE.replace(/First/g, 'Start'));
  });

  it('writes Config-mode settings into the template in place (only the changed lines differ)', async () => {
    const read = await (await api('/api/workflow?id=template.yaml%23OrderFlow')).json() as { settings: Record<string, unknown> };
    expect(read.settings).toEqual({ name: 'OrderFlow' });
    const before = await readFile(join(project, 'template.yaml'), 'utf8');
    const put = await api('/api/settings?id=template.yaml%23OrderFlow', { method: 'PUT', body: JSON.stringify({ previous: read.settings, next: { ...read.settings, type: 'EXPRESS', tracing: true } }) });
    expect(put.status).toBe(200);
    const after = await readFile(join(project, 'template.yaml'), 'utf8');
    expect(after).toBe(before.replace('# keep this comment\n', '# keep this comment\n      Type: EXPRESS\n      Tracing:\n        Enabled: true\n'));
    const inline = await (await api('/api/workflow?id=template.yaml%23InlineFlow')).json() as { settings: Record<string, unknown> };
    expect(inline.settings).toMatchObject({ name: 'InlineFlow', tracing: true });
    const off = await api('/api/settings?id=template.yaml%23InlineFlow', { method: 'PUT', body: JSON.stringify({ previous: inline.settings, next: { ...inline.settings, tracing: false } }) });
    expect(off.status).toBe(200);
    expect(await readFile(join(project, 'template.yaml'), 'utf8')).toBe(after.replace('Tracing: { Enabled: true }', 'Tracing: { Enabled: false }'));
    await writeFile(join(project, 'template.yaml'), before);
  });

  it('a read-only file: a clear error, nothing written', async () => {
    const path = join(project, 'statemachine', 'order.asl.json');
    await chmod(path, 0o444);
    try {
      const read = await (await api('/api/workflow?id=template.yaml%23OrderFlow')).json() as { version: string; readOnly: boolean };
      expect(read.readOnly).toBe(true);
      const put = await api('/api/workflow?id=template.yaml%23OrderFlow', { method: 'PUT', body: JSON.stringify({ text: '{}', baseVersion: read.version }) });
      expect(put.status).toBe(403);
      expect((await put.json() as { error: string }).error).toMatch(/order\.asl\.json is read-only; your edits are kept/);
      expect(await readFile(path, 'utf8')).toBe(ORDER);
    } finally {
      await chmod(path, 0o644);
    }
  });

  it('reports a change on disk through Server-Sent Events, not its own writes', async () => {
    const controller = new AbortController();
    const res = await api('/api/events', { signal: controller.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (): Promise<{ file: string; ids: string[]; deleted: boolean }> => {
      for (;;) {
        const match = /event: change\ndata: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]!) as { file: string; ids: string[]; deleted: boolean };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value);
      }
    };
    const read = await (await api('/api/workflow?id=template.yaml%23OrderFlow')).json() as { version: string };
    // Our own write first: it must not come back as a change.
    await api('/api/workflow?id=template.yaml%23OrderFlow', { method: 'PUT', body: JSON.stringify({ text: ORDER.replace('orders', 'ours'), baseVersion: read.version }) });
    await writeFile(join(project, 'statemachine', 'order.asl.json'), ORDER.replace('orders', 'theirs'));
    const event = await nextEvent();
    expect(event).toMatchObject({ file: 'statemachine/order.asl.json', ids: ['template.yaml#OrderFlow'], deleted: false });
    await unlink(join(project, 'statemachine', 'order.asl.json'));
    // writeFile truncates before it writes, so the poll may have seen an empty file in between.
    let gone = await nextEvent();
    while (!gone.deleted) gone = await nextEvent();
    expect(gone).toMatchObject({ file: 'statemachine/order.asl.json', deleted: true });
    controller.abort();
    // Deleted while open: reading says so; saving recreates the file.
    const missing = await api('/api/workflow?id=template.yaml%23OrderFlow');
    expect(missing.status).toBe(404);
    expect((await missing.json() as { error: string; deleted: boolean })).toMatchObject({ deleted: true });
    const put = await api('/api/workflow?id=template.yaml%23OrderFlow', { method: 'PUT', body: JSON.stringify({ text: ORDER, baseVersion: 'x' }) });
    expect(await put.json()).toMatchObject({ recreated: true });
    expect(await readFile(join(project, 'statemachine', 'order.asl.json'), 'utf8')).toBe(ORDER);
  });

  it('a template with no state machine is refused with what it holds', async () => {
    const file = join(root, 'functions.yaml');
    await writeFile(file, 'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    await expect(startOpenServer({ path: file, distDir: dist })).rejects.toThrow(/no state machine.*AWS::Serverless::Function, AWS::S3::Bucket/);
  });

  it('opening one file allows that file only', async () => {
    const single = await startOpenServer({ path: join(project, 'statemachine', 'order.asl.json'), distDir: dist });
    try {
      const get = (path: string) => fetch(`http://127.0.0.1:${single.port}/api/file?path=${encodeURIComponent(path)}`, { headers: { [TOKEN_HEADER]: single.token } });
      expect((await get('order.asl.json')).status).toBe(200);
      expect((await get('../template.yaml')).status).toBe(403);
      expect(single.workflows.map((w) => w.id)).toEqual(['order.asl.json']);
    } finally {
      await single.close();
    }
  });

  it('tests: <name>.sfn-test.yaml beside the workflow, written atomically and minimally, read back as the studio edits them', async () => {
    const id = 'template.yaml%23OrderFlow';
    const none = await (await api(`/api/tests?id=${id}`)).json() as { file: string; text: string | null; version: string | null };
    expect(none).toEqual({ file: 'statemachine/order.sfn-test.yaml', text: null, version: null });
    const suite = { workflow: 'whatever.asl.json', tests: [{ name: 'passes', expect: { status: 'SUCCEEDED', path: ['Check'] } }] };
    const put = await api(`/api/tests?id=${id}`, { method: 'PUT', body: JSON.stringify({ text: JSON.stringify(suite), baseVersion: null }) });
    expect(put.status).toBe(200);
    const path = join(project, 'statemachine', 'order.sfn-test.yaml');
    const written = await readFile(path, 'utf8');
    expect(written).toBe('workflow: ../template.yaml\nstateMachine: OrderFlow\ntests:\n  - name: passes\n    expect:\n      status: SUCCEEDED\n      path:\n        - Check\n');
    expect((await readdir(join(project, 'statemachine'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The file is not a workflow of the folder; asl-studio test runs it on the template's state machine.
    const listed = await (await api('/api/workflows')).json() as { workflows: { id: string }[] };
    expect(listed.workflows.map((w) => w.id)).toEqual(['template.yaml#OrderFlow', 'template.yaml#InlineFlow']);
    const { runTestFile } = await import('../testing/runner');
    expect((await runTestFile(path)).cases?.map((c) => c.passed)).toEqual([true]);

    // The user comments the file by hand; a case added in the studio leaves the rest byte for byte.
    const commented = written.replace('tests:\n', 'tests:   # keep me\n');
    await writeFile(path, commented);
    const read = await (await api(`/api/tests?id=${id}`)).json() as { text: string; version: string };
    expect(JSON.parse(read.text)).toEqual({ workflow: '../template.yaml', stateMachine: 'OrderFlow', tests: suite.tests });
    const added = { ...JSON.parse(read.text) as object, tests: [...suite.tests, { name: 'second', input: { a: 1 } }] };
    const stale = await api(`/api/tests?id=${id}`, { method: 'PUT', body: JSON.stringify({ text: JSON.stringify(added), baseVersion: none.version }) });
    expect(stale.status).toBe(409);
    expect(await readFile(path, 'utf8')).toBe(commented);
    expect((await api(`/api/tests?id=${id}`, { method: 'PUT', body: JSON.stringify({ text: JSON.stringify(added), baseVersion: read.version }) })).status).toBe(200);
    const after = await readFile(path, 'utf8');
    expect(after.startsWith(commented)).toBe(true);
    expect(after.slice(commented.length)).toBe('  - name: second\n    input:\n      a: 1\n');

    // A broken file is reported with its line and column, and not overwritten by a read.
    await writeFile(path, 'tests: [\n  - oops\n');
    const broken = await (await api(`/api/tests?id=${id}`)).json() as { text: string | null; problem: string };
    expect(broken.text).toBeNull();
    expect(broken.problem).toMatch(/^statemachine\/order\.sfn-test\.yaml:\d+:\d+: /);
    await unlink(path);
  });

  it('a test file changed on disk is a `tests` event for its workflow; the server\'s own writes are not', async () => {
    const id = 'template.yaml%23OrderFlow';
    const path = join(project, 'statemachine', 'order.sfn-test.yaml');
    const controller = new AbortController();
    const res = await api('/api/events', { signal: controller.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (): Promise<{ event: string; file: string; ids: string[]; version: string | null; deleted: boolean }> => {
      for (;;) {
        const match = /event: (\w+)\ndata: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return { event: match[1]!, ...JSON.parse(match[2]!) as { file: string; ids: string[]; version: string | null; deleted: boolean } };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value);
      }
    };
    try {
      // Reading the tests starts following the file (it does not exist yet).
      const none = await (await api(`/api/tests?id=${id}`)).json() as { version: string | null };
      expect(none.version).toBeNull();
      // The studio's own write: no event. Then an outside edit: one, for OrderFlow's tests.
      const suite = { tests: [{ name: 'ours', expect: { status: 'SUCCEEDED' } }] };
      const put = await api(`/api/tests?id=${id}`, { method: 'PUT', body: JSON.stringify({ text: JSON.stringify(suite), baseVersion: null }) });
      expect(put.status).toBe(200);
      const ours = await readFile(path, 'utf8');
      const theirs = `${ours}  - name: theirs\n    input: {}\n`;
      await writeFile(path, theirs);
      const seen = [await nextEvent()];
      // writeFile truncates before it writes: the poll may see the empty file first.
      while (seen.at(-1)!.version !== versionOf(theirs)) seen.push(await nextEvent());
      // None of them is the server's own write.
      expect(seen.map((e) => e.version)).not.toContain(versionOf(ours));
      const event = seen.at(-1)!;
      expect(event).toMatchObject({ event: 'tests', file: 'statemachine/order.sfn-test.yaml', ids: ['template.yaml#OrderFlow'], deleted: false });
      const read = await (await api(`/api/tests?id=${id}`)).json() as { text: string; version: string };
      expect(read.version).toBe(event.version);
      expect((JSON.parse(read.text) as { tests: { name: string }[] }).tests.map((t) => t.name)).toEqual(['ours', 'theirs']);
      // The workflow's own file is not touched by it: no `change` event came for it.
      expect(buffer).not.toMatch(/event: change/);
      await unlink(path);
      let gone = await nextEvent();
      while (!gone.deleted) gone = await nextEvent();
      expect(gone).toMatchObject({ event: 'tests', deleted: true, ids: ['template.yaml#OrderFlow'] });
    } finally {
      controller.abort();
    }
  });
});
