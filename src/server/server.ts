/**
 * `asl-studio open`: a local HTTP server (node:http, loopback by default) serving the built studio
 * bound to files on disk, and a small JSON API behind a per-session token:
 *
 *   GET  /api/workflows            the workflows found under the opened path
 *   GET  /api/workflow?id=ID       { entry, text, version, readOnly }
 *   PUT  /api/workflow?id=ID       { text, baseVersion, force? } → { version } | 409 { text, version }
 *   PUT  /api/settings?id=ID       { previous, next, definition? } → { version, warnings }: Config-mode
 *                                  settings written into the template's state machine properties
 *   GET  /api/tests?id=ID          the workflow's test file: { file, text (JSON) | null, version | null, problem? }
 *   PUT  /api/tests?id=ID          { text (JSON), baseVersion } → { file, version } | 409 { version }
 *   GET  /api/file?path=P          raw text of an opened file
 *   GET  /api/events               Server-Sent Events: `change` { file, version, ids } for a workflow file,
 *                                  `tests` { file, version, ids, deleted } for a test file read or written here
 */
import { randomBytes } from 'node:crypto';
import { access, constants, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { discoverWorkflows, type WorkflowEntry } from './discover';
import { ForbiddenPathError, PathGuard } from './pathGuard';
import { allowedHosts, originProblem, tokenMatches } from './security';
import { CONTENT_SECURITY_POLICY_HEADER } from '../security/contentSecurityPolicy';
import { readStatic } from './staticFiles';
import { FileWatcher } from './watcher';
import { ReadOnlyFileError, writeFileAtomic } from './atomicWrite';
import { inlineDefinitionText, replaceInlineDefinition, templateSettingsOf, versionOf } from './workflowText';
import { editTemplateSettings } from '../sam/templateEdit';
import { matchHistory } from './historyMatch';
import { nextTestFileText, suiteText, testFileCandidates } from './testFiles';
import type { StateMachine } from '../asl/types';
import { isObj } from '../asl/objects';

export interface OpenServerOptions {
  /** The file or folder to open. */
  path: string;
  /** The built studio (`dist/`). */
  distDir: string;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  pollMs?: number;
  /**
   * With a history `path`: the definition file it ran on (ASL, or a template), opened for editing
   * with the history as a run on it; `stateMachine` picks a template's machine.
   */
  definition?: { path: string; stateMachine?: string };
}

export interface OpenServer {
  url: string;
  port: number;
  token: string;
  workflows: WorkflowEntry[];
  close(): Promise<void>;
}

const MAX_BODY = 20 * 1024 * 1024;

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** No write permission, or no write bit at all (what `chmod a-w` means, even to root). */
async function isReadOnly(path: string): Promise<boolean> {
  const writable = await access(path, constants.W_OK).then(() => true, () => false);
  return !writable || ((await stat(path)).mode & 0o222) === 0;
}

/** Starts the server; resolves once it listens. */
export async function startOpenServer(options: OpenServerOptions): Promise<OpenServer> {
  const opened = resolve(options.path);
  const isFile = (await stat(opened)).isFile();
  const definitionPath = options.definition ? resolve(options.definition.path) : undefined;
  const guard = definitionPath ? await PathGuard.createForFiles([opened, definitionPath]) : await PathGuard.create(opened, isFile);
  const realOpened = isFile ? (await guard.resolve(opened, false)) : guard.base;
  const realDefinition = definitionPath ? await guard.resolve(definitionPath, false) : undefined;
  const discover = async () => [
    ...(realDefinition ? await discoverWorkflows(guard, realDefinition, true) : []),
    ...await discoverWorkflows(guard, realOpened, isFile),
  ];
  let workflows = await discover();
  const given = realDefinition ? givenDefinition(workflows, guard.relativeName(realOpened), options.definition!.stateMachine) : undefined;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const distDir = resolve(options.distDir);
  const clients = new Set<ServerResponse>();
  let hosts = new Set<string>();

  /** Test files read or written through /api/tests, and the workflows (ids) they belong to. */
  const testFileOwners = new Map<string, Set<string>>();
  const watcher = new FileWatcher((path, version) => {
    const file = guard.relativeName(path);
    const owners = testFileOwners.get(file);
    // A test file changed on disk goes to the Tests tab, not to the workflow's text.
    const event = owners ? 'tests' : 'change';
    const ids = owners ? [...owners] : workflows.filter((w) => w.file === file || w.template === file).map((w) => w.id);
    const data = JSON.stringify({ file, version, ids, deleted: version === null });
    for (const client of clients) client.write(`event: ${event}\ndata: ${data}\n\n`);
  }, options.pollMs);

  const entryFor = (id: string | null): WorkflowEntry => {
    const entry = workflows.find((w) => w.id === id);
    if (!entry) throw new HttpError(404, `No workflow "${id ?? ''}" under the opened path.`);
    if (entry.error) throw new HttpError(422, entry.error);
    return entry;
  };

  const readWorkflowText = async (entry: WorkflowEntry): Promise<string> => {
    const fileText = await readOrNull(await guard.resolve(entry.file));
    if (fileText === null) throw new HttpError(404, `${entry.file} was deleted.`, { deleted: true });
    return entry.kind === 'Definition' ? inlineDefinitionText(fileText, entry.logicalId!) : fileText;
  };

  const readWorkflow = async (entry: WorkflowEntry) => {
    const path = await guard.resolve(entry.file);
    const fileText = await readOrNull(path);
    watcher.track(path, fileText);
    if (fileText === null) throw new HttpError(404, `${entry.file} was deleted.`, { deleted: true });
    const text = entry.kind === 'Definition' ? inlineDefinitionText(fileText, entry.logicalId!) : fileText;
    const readOnly = entry.kind === 'history' || await isReadOnly(path);
    return { entry, text, version: versionOf(fileText), readOnly, ...(await readSettings(entry, fileText)), ...(entry.kind === 'history' ? await historyDefinition(fileText) : {}) };
  };

  /**
   * A history without its definition: the workflow of the folder it fits (read-only text when the
   * history was opened alone; in folder mode its id, so the studio opens it for editing).
   */
  const historyDefinition = async (historyText: string) => {
    if (given) {
      // Opened with --definition: that workflow, editable, whether or not the history fits it (the run view says).
      const entry = workflows.find((w) => w.id === given.id) ?? given;
      return { definitionFrom: { file: entry.file, id: entry.id, text: (await readWorkflowText(entry)), given: true }, definitionsTried: 1 };
    }
    const match = await matchHistory(historyText, guard.base, isFile ? undefined : workflows);
    return match.carried ? {} : { definitionFrom: match.found ?? null, definitionsTried: match.tried };
  };

  /** A template machine's settings (Config mode), read from its template. */
  const readSettings = async (entry: WorkflowEntry, fileText: string) => {
    if (!entry.template || !entry.logicalId) return {};
    const templatePath = await guard.resolve(entry.template);
    const templateText = entry.file === entry.template ? fileText : await readOrNull(templatePath);
    if (templateText === null) return {};
    watcher.track(templatePath, templateText);
    const uri = entry.kind === 'DefinitionUri' ? { name: entry.file, text: fileText } : undefined;
    return { settings: templateSettingsOf(templateText, entry.logicalId, uri), templateVersion: versionOf(templateText) };
  };

  const writeSettings = async (entry: WorkflowEntry, body: unknown) => {
    const { previous, next, definition } = (body ?? {}) as { previous?: unknown; next?: unknown; definition?: unknown };
    if (!entry.template || !entry.logicalId) throw new HttpError(400, `${entry.file} is an ASL file: its settings have no template to be written to.`);
    if (!isObj(previous) || !isObj(next)) throw new HttpError(400, 'The request needs "previous" and "next" settings.');
    const path = await guard.resolve(entry.template);
    const current = await readOrNull(path);
    if (current === null) throw new HttpError(404, `${entry.template} was deleted; the settings cannot be written without it.`, { deleted: true });
    let edited;
    try {
      edited = editTemplateSettings(current, entry.logicalId, previous, next, isObj(definition) ? definition as unknown as StateMachine : undefined);
    } catch (error) {
      throw new HttpError(422, error instanceof Error ? error.message : String(error));
    }
    if (edited.text !== current) {
      watcher.wrote(path, edited.text);
      try {
        await writeFileAtomic(path, edited.text);
      } catch (error) {
        watcher.wrote(path, current);
        if (error instanceof ReadOnlyFileError) throw new HttpError(403, error.message, { readOnly: true });
        throw error;
      }
    }
    return { version: versionOf(edited.text), warnings: edited.warnings, file: entry.template };
  };

  const writeWorkflow = async (entry: WorkflowEntry, body: unknown) => {
    const { text, baseVersion, force } = (body ?? {}) as { text?: unknown; baseVersion?: unknown; force?: unknown };
    if (typeof text !== 'string') throw new HttpError(400, 'The request needs "text".');
    if (entry.kind === 'history') throw new HttpError(403, `${entry.file} is a recorded AWS execution: it is never written.`, { readOnly: true });
    const path = await guard.resolve(entry.file);
    const current = await readOrNull(path);
    if (current !== null && force !== true && versionOf(current) !== baseVersion) {
      const theirs = entry.kind === 'Definition' ? inlineDefinitionText(current, entry.logicalId!) : current;
      throw new HttpError(409, `${entry.file} changed on disk since it was opened.`, { text: theirs, version: versionOf(current) });
    }
    if (current === null && entry.kind === 'Definition') throw new HttpError(404, `${entry.file} was deleted; the inline definition cannot be written without its template.`, { deleted: true });
    const next = entry.kind === 'Definition' ? replaceInlineDefinition(current!, entry.logicalId!, text) : text;
    watcher.wrote(path, next);
    try {
      await writeFileAtomic(path, next);
    } catch (error) {
      if (current !== null) watcher.wrote(path, current);
      if (error instanceof ReadOnlyFileError) throw new HttpError(403, error.message, { readOnly: true });
      throw error;
    }
    return { version: versionOf(next), recreated: current === null };
  };

  /** The workflow's test file: the first candidate on disk, else where a new one goes. Allowed beside an opened file too. */
  const testFileOf = async (entry: WorkflowEntry): Promise<{ file: string; path: string; text: string | null }> => {
    if (entry.kind === 'history') throw new HttpError(400, `${entry.file} is a recorded AWS execution: it has no test file.`);
    const found = await findTestFile(entry);
    // Followed from now on (also where it does not exist yet): a change on disk reaches the Tests tab.
    const owners = testFileOwners.get(found.file) ?? new Set<string>();
    owners.add(entry.id);
    testFileOwners.set(found.file, owners);
    watcher.track(found.path, found.text);
    return found;
  };

  const findTestFile = async (entry: WorkflowEntry): Promise<{ file: string; path: string; text: string | null }> => {
    const candidates = testFileCandidates(entry);
    for (const file of candidates) {
      const path = await guard.resolve(file, false);
      const text = await readOrNull(path);
      if (text !== null) {
        await guard.allow(file);
        return { file, path, text };
      }
    }
    await guard.allow(candidates[0]!);
    return { file: candidates[0]!, path: await guard.resolve(candidates[0]!), text: null };
  };

  const readTests = async (entry: WorkflowEntry) => {
    const { file, text } = await testFileOf(entry);
    if (text === null) return { file, text: null, version: null };
    const suite = await suiteText(text, file);
    return { file, version: versionOf(text), ...('text' in suite ? { text: suite.text } : { text: null, problem: suite.problem }) };
  };

  const writeTests = async (entry: WorkflowEntry, body: unknown) => {
    const { text, baseVersion } = (body ?? {}) as { text?: unknown; baseVersion?: unknown };
    if (typeof text !== 'string') throw new HttpError(400, 'The request needs "text".');
    let suite: unknown;
    try {
      suite = JSON.parse(text) as unknown;
    } catch (error) {
      throw new HttpError(422, `The tests are not JSON: ${(error as Error).message}`);
    }
    if (!isObj(suite)) throw new HttpError(422, 'The tests must be a JSON object (a test file).');
    const { file, path, text: current } = await testFileOf(entry);
    const currentVersion = current === null ? null : versionOf(current);
    if (currentVersion !== (baseVersion ?? null)) throw new HttpError(409, `${file} changed on disk since it was read.`, { version: currentVersion });
    const next = await nextTestFileText(current, file, suite, entry);
    if (next !== current) {
      // Our own write is not a change on disk for the studio to pick up.
      watcher.wrote(path, next, true);
      try {
        await writeFileAtomic(path, next);
        watcher.wrote(path, next);
      } catch (error) {
        if (current === null) watcher.track(path, null);
        else watcher.wrote(path, current);
        if (error instanceof ReadOnlyFileError) throw new HttpError(403, error.message, { readOnly: true });
        throw error;
      }
    }
    return { file, version: versionOf(next) };
  };

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (!tokenMatches(req, token)) throw new HttpError(401, 'Missing or wrong session token: open the URL asl-studio printed.');
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
      case 'GET /api/workflows':
        workflows = await discover();
        // With --definition the history opens first (on that definition, editable).
        return send(res, 200, { opened: guard.relativeName(realOpened) || '.', kind: isFile ? 'file' : 'folder', workflows, ...(given ? { start: guard.relativeName(realOpened) } : {}) });
      case 'GET /api/workflow':
        return send(res, 200, await readWorkflow(entryFor(url.searchParams.get('id'))));
      case 'PUT /api/workflow':
        return send(res, 200, await writeWorkflow(entryFor(url.searchParams.get('id')), await readBody(req)));
      case 'PUT /api/settings':
        return send(res, 200, await writeSettings(entryFor(url.searchParams.get('id')), await readBody(req)));
      case 'GET /api/tests':
        return send(res, 200, await readTests(entryFor(url.searchParams.get('id'))));
      case 'PUT /api/tests':
        return send(res, 200, await writeTests(entryFor(url.searchParams.get('id')), await readBody(req)));
      case 'GET /api/file': {
        const path = await guard.resolve(url.searchParams.get('path') ?? '');
        const text = await readOrNull(path);
        if (text === null) throw new HttpError(404, 'No such file.');
        return send(res, 200, { text, version: versionOf(text) });
      }
      case 'GET /api/events': {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        const beat = setInterval(() => res.write(': ping\n\n'), 15_000);
        req.on('close', () => {
          clearInterval(beat);
          clients.delete(res);
        });
        return;
      }
      default:
        throw new HttpError(404, `No API route ${route}.`);
    }
  };

  const server = createServer((req, res) => {
    // The same policy the built index.html carries as a meta tag (src/security), plus frame-ancestors.
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY_HEADER);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    const problem = originProblem(req, hosts);
    if (problem) return send(res, 403, { error: problem });
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      api(req, res, url).catch((error: unknown) => {
        if (error instanceof HttpError) return send(res, error.status, { error: error.message, ...error.extra });
        if (error instanceof ForbiddenPathError) return send(res, 403, { error: error.message });
        return send(res, 500, { error: error instanceof Error ? error.message : String(error) });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'Method not allowed.' });
    void readStatic(distDir, url.pathname).then((file) => {
      if (!file) return send(res, 404, { error: `No file ${url.pathname} in the studio build.` });
      res.writeHead(200, { 'content-type': file.type, 'cache-control': file.type.startsWith('text/html') ? 'no-store' : 'public, max-age=3600' });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(host, port);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    port,
    token,
    workflows,
    close: async () => {
      watcher.close();
      for (const client of clients) client.end();
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * The workflow `--definition` names for the history `historyId`: its only machine, or the one
 * `stateMachine` picks. Throws (a usage problem) when the history is not one, or nothing fits the flag.
 */
function givenDefinition(workflows: WorkflowEntry[], historyId: string, stateMachine: string | undefined): WorkflowEntry {
  if (!workflows.some((w) => w.id === historyId && w.kind === 'history')) {
    throw new DefinitionOptionError(`--definition goes with a recorded execution (get-execution-history output); ${historyId} is not one.`);
  }
  const candidates = workflows.filter((w) => w.kind !== 'history');
  const chosen = stateMachine ? candidates.filter((w) => w.logicalId === stateMachine || w.id === stateMachine) : candidates;
  if (chosen.length === 0) throw new DefinitionOptionError(stateMachine ? `--definition: no state machine '${stateMachine}' (found: ${candidates.map((w) => w.logicalId ?? w.id).join(', ') || 'none'}).` : '--definition: the file holds no workflow.');
  if (chosen.length > 1) throw new DefinitionOptionError(`--definition: the template holds ${chosen.length} state machines (${chosen.map((w) => w.logicalId).join(', ')}); pick one with --state-machine.`);
  const entry = chosen[0]!;
  if (entry.error) throw new DefinitionOptionError(`--definition: ${entry.id} cannot be opened: ${entry.error}`);
  return entry;
}

/** A `--definition` that cannot be used with the opened file (the CLI's usage error). */
export class DefinitionOptionError extends Error {
  override readonly name = 'DefinitionOptionError';
}
